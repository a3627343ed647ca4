"""The article change form shows why the tagger gives the topics it gives."""

import pytest
from django.urls import reverse

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_change_form_shows_topic_scores_minimums_and_matched_terms(admin_client):
    article = make_article(
        title="Tajikistan Opens Hydropower Plant",
        body=[
            {"kind": "p", "text": "A hydropower plant opened near Dushanbe."},
            {"kind": "p", "text": "It adds electricity for the winter; the World Bank lent money."},
        ],
    )
    content = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    content = content.content.decode()

    assert "Why these topics" in content
    assert "<strong>Energy</strong>" in content
    assert "hydropower ×2 (weight 3)" in content
    assert "World Bank ×1 (weight 0)" in content  # a shield shows what it kept out
    assert "<strong>Tajikistan</strong>" in content


def test_change_form_says_so_when_no_keyword_appears(admin_client):
    article = make_article(title="Invented Headline", body=[{"kind": "p", "text": "Nothing."}])
    content = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert "No topic keyword appears in this article." in content.content.decode()
