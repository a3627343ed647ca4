from unittest import mock

import pytest
from django.db import OperationalError
from django.template import loader
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_does(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.text == "ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("articles.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.text == "database unavailable\n"


def test_500_page_renders_without_a_request_or_database():
    html = loader.get_template("500.html").render()
    assert "Something went wrong" in html
