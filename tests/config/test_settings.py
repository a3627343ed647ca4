"""config.settings: production is the default, and a bad secret key stops the process."""

import stat
import subprocess

import pytest

from tests.config.conftest import BASE_DIR, GOOD_KEY, PRODUCTION_ENV, run_python


def test_debug_is_off_unless_asked_for(load_settings):
    assert load_settings(PRODUCTION_ENV, "DEBUG") == {"DEBUG": False}
    assert load_settings({**PRODUCTION_ENV, "DJANGO_DEBUG": "0"}, "DEBUG") == {"DEBUG": False}
    assert load_settings({"DJANGO_DEBUG": "1"}, "DEBUG") == {"DEBUG": True}


@pytest.mark.parametrize(
    "key",
    [
        "",
        " ",
        "\t \n",
        "short-key",
        "a" * 60,  # long but not random
        "django-insecure-" + "x1y2z3" * 10,  # Django's startproject placeholder
    ],
    ids=["empty", "space", "whitespace", "short", "one-character", "django-insecure"],
)
def test_a_blank_or_weak_secret_key_is_refused_with_debug_off(load_settings, key):
    with pytest.raises(RuntimeError, match="DJANGO_SECRET_KEY is missing, blank or too short"):
        load_settings({**PRODUCTION_ENV, "DJANGO_SECRET_KEY": key}, "SECRET_KEY")


def test_no_secret_key_at_all_is_refused_with_debug_off(load_settings):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    with pytest.raises(RuntimeError, match="DJANGO_SECRET_KEY is missing"):
        load_settings(env, "SECRET_KEY")


def test_the_secret_key_is_read_from_the_key_file(load_settings, tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(GOOD_KEY + "\n")
    env = {"DJANGO_SECRET_KEY_FILE": str(key_file)}
    assert load_settings(env, "SECRET_KEY") == {"SECRET_KEY": GOOD_KEY}


def test_debug_alone_runs_with_a_development_key(load_settings):
    loaded = load_settings({"DJANGO_DEBUG": "1"}, "SECRET_KEY", "SECURE_SSL_REDIRECT")
    assert loaded == {"SECRET_KEY": "development-only-not-secret", "SECURE_SSL_REDIRECT": False}


def test_unset_allowed_hosts_mean_this_machine_only(load_settings):
    loaded = load_settings({"DJANGO_SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS")
    assert loaded == {"ALLOWED_HOSTS": ["localhost", "127.0.0.1", "[::1]"]}


def test_production_defaults_are_secure(load_settings):
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_NAME",
        "CSRF_COOKIE_NAME",
    ]
    assert load_settings(PRODUCTION_ENV, *names) == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "CSRF_COOKIE_NAME": "__Host-csrftoken",
    }


def test_plain_http_for_make_run_turns_off_only_what_needs_https(load_settings):
    env = {**PRODUCTION_ENV, "DJANGO_HTTPS": "0"}
    loaded = load_settings(env, "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS")
    assert loaded == {"DEBUG": False, "SECURE_SSL_REDIRECT": False, "SECURE_HSTS_SECONDS": 0}
    loaded = load_settings(env, "SESSION_COOKIE_NAME", "SESSION_COOKIE_SECURE")
    assert loaded == {"SESSION_COOKIE_NAME": "sessionid", "SESSION_COOKIE_SECURE": False}


def test_forwarded_proto_is_trusted_only_behind_a_proxy(load_settings):
    code = "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"
    assert run_python(code, PRODUCTION_ENV).stdout.strip() == "None"
    behind = {**PRODUCTION_ENV, "DJANGO_BEHIND_PROXY": "1"}
    assert run_python(code, behind).stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_hsts_and_lockout_are_set_from_the_environment(load_settings):
    env = {
        **PRODUCTION_ENV,
        "DJANGO_HSTS_SECONDS": "600",
        "DJANGO_LOGIN_FAILURE_LIMIT": "3",
        "DJANGO_LOGIN_COOLOFF_MINUTES": "5",
    }
    loaded = load_settings(env, "SECURE_HSTS_SECONDS", "AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME")
    assert loaded == {
        "SECURE_HSTS_SECONDS": 600,
        "AXES_FAILURE_LIMIT": 3,
        "AXES_COOLOFF_TIME": "0:05:00",
    }


def test_check_deploy_is_clean_with_production_settings():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(sys.argv)",
        PRODUCTION_ENV,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_make_writes_a_private_secret_key_once(tmp_path):
    # The Makefile's key rule in a scratch copy: a random key with mode 600, kept on re-runs.
    target = tmp_path / "var" / "secret_key"
    make = ["make", "--no-print-directory", "-C", str(BASE_DIR), f"KEY_FILE={target}", str(target)]
    subprocess.run(make, check=True, capture_output=True, timeout=60)
    key = target.read_text().strip()
    assert len(key) >= 50 and len(set(key)) >= 5
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    subprocess.run(make, check=True, capture_output=True, timeout=60)
    assert target.read_text().strip() == key
