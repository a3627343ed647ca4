from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from articles.models import ExchangeRate
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HOME = reverse("articles:home")


def add_rate(currency, rate, change, day):
    return ExchangeRate.objects.create(
        currency=currency, rate=Decimal(rate), change_percent=Decimal(change), date=day
    )


def test_home_lists_latest_published_articles(client):
    make_article(title="Fresh news from Astana", countries=["kazakhstan"])
    make_article(title="Withdrawn story", is_published=False)
    response = client.get(HOME)
    assert response.status_code == 200
    assert "Fresh news from Astana" in response.text
    assert "Withdrawn story" not in response.text


def test_featured_articles_come_first_in_editors_order(client):
    make_article(title="Plain story", date=date(2025, 7, 1))
    make_article(title="Second pick", is_featured=True, featured_rank=2)
    make_article(title="First pick", is_featured=True, featured_rank=1)
    make_article(title="Hidden pick", is_featured=True, featured_rank=0, is_published=False)
    response = client.get(HOME)
    assert [a.title for a in response.context["top"]] == ["First pick", "Second pick"]
    assert [a.title for a in response.context["latest"]] == ["Plain story"]
    assert "Hidden pick" not in response.text


def test_without_featured_articles_the_newest_lead(client):
    for day in range(1, 6):
        make_article(title=f"Day {day}", date=date(2025, 6, day))
    response = client.get(HOME)
    assert [a.title for a in response.context["top"]] == ["Day 5", "Day 4", "Day 3"]
    assert [a.title for a in response.context["latest"]] == ["Day 2", "Day 1"]


def test_each_central_asian_country_has_a_section(client):
    make_article(title="Tashkent metro extended", countries=["uzbekistan"])
    make_article(title="Seoul summit", countries=["south-korea"])
    response = client.get(HOME)
    sections = {
        country.slug: articles for country, articles in response.context["country_sections"]
    }
    assert list(sections) == [
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
        "turkmenistan",
        "uzbekistan",
    ]
    assert [a.title for a in sections["uzbekistan"]] == ["Tashkent metro extended"]
    assert sections["kazakhstan"] == []
    assert 'href="/countries/uzbekistan/"' in response.text


def test_country_sections_put_the_countrys_own_stories_first(client):
    make_article(
        title="Mainly Kyrgyz", countries=["kyrgyzstan", "kazakhstan"], date=date(2025, 1, 1)
    )
    make_article(title="Mainly Kazakh", countries=["kazakhstan"], date=date(2024, 1, 1))
    response = client.get(HOME)
    sections = {
        country.slug: articles for country, articles in response.context["country_sections"]
    }
    assert [a.title for a in sections["kazakhstan"]] == ["Mainly Kazakh", "Mainly Kyrgyz"]


def test_rates_strip_shows_each_currencys_latest_rate(client):
    add_rate("KZT", "0.00200", "0.10", date(2025, 6, 1))
    add_rate("KZT", "0.00196", "-0.25", date(2025, 6, 2))
    add_rate("KGS", "0.01144", "0", date(2025, 6, 2))
    add_rate("EUR", "1.10", "0", date(2025, 6, 2))  # not a Central Asian currency
    response = client.get(HOME)
    strip = response.text[response.text.index('class="rates"') :]
    strip = strip[: strip.index("</section>")]
    assert "KZT" in strip and "KGS" in strip and "EUR" not in strip
    assert "510" in strip  # 1 / 0.00196, whole units
    assert "-0.25%" in strip and "2 Jun" in strip
    assert "rate__change--down" in strip


def test_region_map_links_each_country_and_has_a_text_list(client):
    make_article(countries=["kazakhstan"])
    response = client.get(HOME)
    html = response.text
    assert '<svg class="region-map__svg"' in html
    assert 'href="/countries/kazakhstan/" aria-label="Kazakhstan: 1 article"' in html
    assert 'aria-label="Tajikistan: 0 articles"' not in html  # drawn, but no link to an empty page
    assert '<ul class="map-list">' in html
    assert "region shade-5 region--core" in html  # the most covered republic is darkest


@pytest.mark.parametrize("per_page", [3, 8])
def test_home_query_count_does_not_grow(client, settings, django_assert_num_queries, per_page):
    settings.ARTICLES_PER_PAGE = per_page
    for n in range(15):
        make_article(
            countries=["kazakhstan", "uzbekistan"],
            topics=["energy", "diplomacy"],
            is_featured=n < 2,
            featured_rank=n,
        )
    add_rate("KZT", "0.002", "0", date(2025, 6, 1))
    # the content version (articles.freshness); top, latest, sections (each + topics); countries,
    # counts, rates, map (2), topic index (2)
    with django_assert_num_queries(1 + 9):
        response = client.get(HOME)
    assert len(response.context["latest"]) + len(response.context["headlines"]) == per_page
