from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from articles.models import ExchangeRate
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def country_url(slug):
    return reverse("articles:country_detail", kwargs={"slug": slug})


def test_country_list_puts_central_asia_first_with_published_counts(client):
    make_article(countries=["kazakhstan"])
    make_article(countries=["kazakhstan", "japan"])
    make_article(countries=["uzbekistan"])
    make_article(countries=["kazakhstan", "tajikistan"], is_published=False)
    response = client.get(reverse("articles:country_list"))
    assert response.status_code == 200
    counts = {c.slug: c.article_count for c in response.context["countries"]}
    assert counts == {"kazakhstan": 2, "uzbekistan": 1, "japan": 1}  # central Asia first
    assert '<svg class="region-map__svg"' in response.text


def test_country_list_links_no_country_without_published_articles(client):
    make_article(countries=["kazakhstan"])
    make_article(countries=["tajikistan"], is_published=False)
    html = client.get(reverse("articles:country_list")).text
    assert 'href="/countries/kazakhstan/"' in html
    assert 'href="/countries/tajikistan/"' not in html  # not in the tiles nor on the map
    assert 'href="/countries/japan/"' not in html


def test_country_page_shows_facts_and_latest_rate(client):
    ExchangeRate.objects.create(
        currency="KGS", rate=Decimal("0.0114"), change_percent=Decimal("0.5"), date=date(2025, 6, 2)
    )
    make_article(countries=["kyrgyzstan"])
    response = client.get(country_url("kyrgyzstan"))
    html = response.text
    assert response.status_code == 200
    assert "<h1>Kyrgyzstan</h1>" in html
    assert "Bishkek" in html
    assert "87.72 KGS" in html  # 1 / 0.0114
    assert "rate__change--up" in html and "0.50%" in html
    assert response.context["article_count"] == 1


def test_country_page_lists_only_its_published_articles(client):
    make_article(title="Osh bazaar reopens", countries=["kyrgyzstan"])
    make_article(title="Kyrgyz as second country", countries=["kazakhstan", "kyrgyzstan"])
    make_article(title="Almaty marathon", countries=["kazakhstan"])
    make_article(title="Withdrawn", countries=["kyrgyzstan"], is_published=False)
    response = client.get(country_url("kyrgyzstan"))
    titles = {a.title for a in response.context["articles"]}
    assert titles == {"Osh bazaar reopens", "Kyrgyz as second country"}


def test_country_page_topic_breakdown_and_topic_filter(client):
    make_article(title="Dam", countries=["tajikistan"], topics=["energy", "diplomacy"])
    make_article(title="Grid", countries=["tajikistan"], topics=["energy"])
    make_article(title="Elsewhere", countries=["uzbekistan"], topics=["health"])
    response = client.get(country_url("tajikistan"))
    breakdown = [(t.slug, t.article_count, t.share) for t in response.context["topic_breakdown"]]
    assert breakdown == [("energy", 2, 100), ("diplomacy", 1, 50)]
    assert 'href="?topic=energy"' in response.text

    response = client.get(country_url("tajikistan"), {"topic": "diplomacy"})
    assert [a.title for a in response.context["articles"]] == ["Dam"]
    assert 'aria-label="Remove filter: Diplomacy"' in response.text


def test_country_page_names_its_most_frequent_authors(client):
    busy, occasional = make_author(name="Busy Writer"), make_author(name="Occasional Writer")
    for _ in range(3):
        make_article(countries=["turkmenistan"], author=busy)
    make_article(countries=["turkmenistan"], author=occasional)
    make_article(countries=["uzbekistan"], author=occasional)
    make_article(countries=["turkmenistan"], author=occasional, is_published=False)
    response = client.get(country_url("turkmenistan"))
    authors = [(a.name, a.article_count) for a in response.context["top_authors"]]
    assert authors == [("Busy Writer", 3), ("Occasional Writer", 1)]


def test_country_page_for_a_country_off_the_map_has_no_map(client):
    response = client.get(country_url("united-states"))
    assert response.status_code == 200
    assert "region-map__svg" not in response.text


def test_unknown_country_is_404(client):
    assert client.get(country_url("atlantis")).status_code == 404


def test_country_page_past_the_end_is_404(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    make_article(countries=["kazakhstan"])
    assert client.get(country_url("kazakhstan"), {"page": 2}).status_code == 404


@pytest.mark.parametrize("per_page", [3, 8])
def test_country_pages_query_count_does_not_grow(
    client, settings, django_assert_num_queries, per_page
):
    settings.ARTICLES_PER_PAGE = per_page
    for n in range(12):
        make_article(
            countries=["kazakhstan", "china"],
            topics=["energy", "economy-and-trade"],
            author=make_author() if n % 2 else None,
        )
    # the content version (articles.freshness); the countries and their counts, for the map too
    with django_assert_num_queries(1 + 1):
        client.get(reverse("articles:country_list"))
    # the content version; country, total, topic counts, topics, page count, rate, map (2), page,
    # its topics, authors
    with django_assert_num_queries(1 + 9):
        response = client.get(country_url("kazakhstan"))
    assert len(response.context["articles"]) == per_page
