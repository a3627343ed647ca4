"""gunicorn.conf.py, as gunicorn reads it: gthread workers sized to the machine, and make run
serves with it."""

import os
import subprocess
import sys

from tests.config.conftest import BASE_DIR, GOOD_KEY


def gunicorn_config(**env):
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--print-config", "-c", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        # --print-config loads the application too, so the settings need their key.
        env={"PATH": os.environ.get("PATH", ""), "DJANGO_SECRET_KEY": GOOD_KEY, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    settings = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("=")
        settings[name.strip()] = value.strip()
    return settings


def test_gthread_workers_from_the_core_count():
    config = gunicorn_config()
    cores = len(os.sched_getaffinity(0))
    assert config["worker_class"] == "gthread"
    assert config["workers"] == str(min(2 * cores + 1, 12))
    assert config["threads"] == "4"
    assert config["bind"] == "['127.0.0.1:8000']"
    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == ("30", "30", "5")
    assert "%(M)s" in config["access_log_format"]  # the time each request took


def test_the_environment_overrides_the_sizes_and_the_address():
    config = gunicorn_config(
        PORT="8101", WEB_CONCURRENCY="3", GUNICORN_THREADS="8", GUNICORN_TIMEOUT="60"
    )
    assert config["bind"] == "['127.0.0.1:8101']"  # PORT alone never opens 0.0.0.0
    assert (config["workers"], config["threads"], config["timeout"]) == ("3", "8", "60")
    assert gunicorn_config(GUNICORN_BIND="0.0.0.0:8000")["bind"] == "['0.0.0.0:8000']"


def test_make_run_serves_with_gunicorn_conf_over_plain_http():
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "run"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "gunicorn config.wsgi -c gunicorn.conf.py" in dry_run
