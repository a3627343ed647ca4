import pytest
from django.urls import reverse

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def topic_url(slug):
    return reverse("articles:topic_detail", kwargs={"slug": slug})


def test_topic_list_shows_every_topic_with_published_counts(client):
    make_article(topics=["energy"])
    make_article(topics=["energy", "health"])
    make_article(topics=["energy"], is_published=False)
    response = client.get(reverse("articles:topic_list"))
    assert response.status_code == 200
    counts = {t.slug: t.article_count for t in response.context["topics"]}
    assert counts["energy"] == 2
    assert counts["health"] == 1
    assert counts["diplomacy"] == 0
    assert 'href="/topics/energy/"' in response.text


def test_topic_page_lists_its_articles_and_country_breakdown(client):
    make_article(title="Pipeline", countries=["turkmenistan", "china"], topics=["energy"])
    make_article(title="Refinery", countries=["turkmenistan"], topics=["energy"])
    make_article(title="Clinic", countries=["turkmenistan"], topics=["health"])
    response = client.get(topic_url("energy"))
    assert response.status_code == 200
    assert "<h1>Energy</h1>" in response.text
    assert {a.title for a in response.context["articles"]} == {"Pipeline", "Refinery"}
    breakdown = [(c.slug, c.article_count) for c in response.context["country_breakdown"]]
    assert breakdown == [("turkmenistan", 2), ("china", 1)]
    assert 'href="?country=china"' in response.text


def test_topic_page_filters_by_country(client):
    make_article(title="Pipeline", countries=["china"], topics=["energy"])
    make_article(title="Refinery", countries=["turkmenistan"], topics=["energy"])
    response = client.get(topic_url("energy"), {"country": "china"})
    assert [a.title for a in response.context["articles"]] == ["Pipeline"]


def test_unknown_topic_is_404(client):
    assert client.get(topic_url("astrology")).status_code == 404


@pytest.mark.parametrize("per_page", [3, 8])
def test_topic_pages_query_count_does_not_grow(
    client, settings, django_assert_num_queries, per_page
):
    settings.ARTICLES_PER_PAGE = per_page
    for _ in range(12):
        make_article(countries=["kazakhstan", "china"], topics=["energy", "diplomacy"])
    # the content version (articles.freshness), then topics and their counts
    with django_assert_num_queries(1 + 1):
        client.get(reverse("articles:topic_list"))
    # the content version; topic, country counts, countries, page count, page, its topics
    with django_assert_num_queries(1 + 5):
        response = client.get(topic_url("energy"))
    assert len(response.context["articles"]) == per_page
