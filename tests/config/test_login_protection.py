"""Signing in: django-axes locks a user name at one address after repeated wrong passwords, and
Django's password validators refuse weak passwords."""

import builtins
import getpass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
EDITOR_ADDRESS = "203.0.113.7"


@pytest.fixture
def editors():
    User = get_user_model()
    return [
        User.objects.create_user(name, password=PASSWORD, is_staff=True) for name in ("ana", "bek")
    ]


def sign_in(client, username, password, address=EDITOR_ADDRESS):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == reverse("admin:index")


def test_the_right_password_signs_in(client, editors):
    assert signed_in(sign_in(client, "ana", PASSWORD))


def test_four_wrong_passwords_then_the_right_one_signs_in(client, editors):
    for _ in range(4):
        assert sign_in(client, "ana", "wrong").status_code == 200  # the form again
    assert signed_in(sign_in(client, "ana", PASSWORD))


def test_the_sixth_attempt_after_five_wrong_passwords_is_refused(client, editors):
    for _ in range(5):
        assert not signed_in(sign_in(client, "ana", "wrong"))
    locked = sign_in(client, "ana", "wrong")
    assert locked.status_code == 429
    # Even the right password: the user name is locked at this address until the cool-off.
    refused = sign_in(client, "ana", PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_holds_only_for_that_user_at_that_address(client, editors):
    for _ in range(5):
        sign_in(client, "ana", "wrong")
    assert sign_in(client, "ana", PASSWORD).status_code == 429
    assert signed_in(sign_in(client.__class__(), "bek", PASSWORD))  # another user, same address
    assert signed_in(sign_in(client.__class__(), "ana", PASSWORD, address="198.51.100.9"))


def test_the_lockout_ends_after_the_cool_off(client, editors, settings):
    from datetime import timedelta

    settings.AXES_COOLOFF_TIME = timedelta(microseconds=1)
    for _ in range(5):
        sign_in(client, "ana", "wrong")
    assert signed_in(sign_in(client, "ana", PASSWORD))


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, editors, settings):
    """DJANGO_BEHIND_PROXY=1: the right-most X-Forwarded-For entry, which the proxy appended;
    what a client puts to its left cannot move it out of its lockout."""
    settings.AXES_CLIENT_IP_CALLABLE = "config.proxy.client_address"
    for n in range(5):
        client.post(
            reverse("admin:login"),
            {"username": "ana", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",  # the proxy
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {EDITOR_ADDRESS}",
        )
    locked = client.post(
        reverse("admin:login"),
        {"username": "ana", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=f"192.0.2.99, {EDITOR_ADDRESS}",
    )
    assert locked.status_code == 429
    elsewhere = client.__class__().post(
        reverse("admin:login"),
        {"username": "ana", "password": PASSWORD, "next": reverse("admin:index")},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert signed_in(elsewhere)


def test_a_one_character_password_is_refused():
    with pytest.raises(ValidationError) as refused:
        validate_password("1")
    messages = " ".join(refused.value.messages)
    assert "too short" in messages and "entirely numeric" in messages


def test_createsuperuser_refuses_a_weak_password(monkeypatch, capsys):
    """Interactively: "1" is refused with the reasons, then a good password is accepted."""
    passwords = iter(["1", "1", PASSWORD, PASSWORD])
    answers = iter(["root", "root@example.org", "n"])  # name, email, "bypass validation?" no
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(passwords))
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(answers))
    call_command("createsuperuser", interactive=True, stdin=FakeTTY())
    err = capsys.readouterr().err
    assert "This password is too short" in err
    user = get_user_model().objects.get(username="root")
    assert user.check_password(PASSWORD) and not user.check_password("1")


class FakeTTY:
    def isatty(self):
        return True
