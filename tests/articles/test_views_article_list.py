from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_article

pytestmark = pytest.mark.django_db

LIST = reverse("articles:article_list")


def test_article_list_shows_published_articles_newest_first(client):
    make_article(title="Older story", date=date(2025, 5, 1))
    make_article(title="Newer story", date=date(2025, 6, 1))
    make_article(title="Withdrawn story", is_published=False)
    response = client.get(LIST)
    assert response.status_code == 200
    assert [a.title for a in response.context["articles"]] == ["Newer story", "Older story"]
    assert "Withdrawn story" not in response.text


def test_country_filter_shows_only_that_countrys_articles(client):
    make_article(title="Bishkek budget", countries=["kyrgyzstan"])
    make_article(title="Astana budget", countries=["kazakhstan"])
    response = client.get(LIST, {"country": "kyrgyzstan"})
    assert [a.title for a in response.context["articles"]] == ["Bishkek budget"]
    assert "Astana budget" not in response.text


def test_filters_show_as_removable_chips(client):
    make_article(countries=["kyrgyzstan"], topics=["energy"])
    response = client.get(LIST, {"country": "kyrgyzstan", "topic": "energy"})
    assert 'aria-label="Remove filter: Kyrgyzstan"' in response.text
    assert 'href="/articles/?topic=energy"' in response.text  # Kyrgyzstan's chip drops only it
    assert 'href="/articles/?country=kyrgyzstan"' in response.text


def test_result_count_and_pagination_keep_the_filters(client, settings):
    settings.ARTICLES_PER_PAGE = 6
    for day in range(1, 21):
        make_article(countries=["tajikistan"], date=date(2025, 6, day))
    make_article(countries=["kazakhstan"])
    response = client.get(LIST, {"country": "tajikistan", "page": 2})
    assert "Viewing 7–12 of 20 articles" in response.text
    assert 'rel="next" href="?country=tajikistan&amp;page=3"' in response.text
    assert 'rel="prev" href="?country=tajikistan&amp;page=1"' in response.text


def test_page_past_the_end_is_404(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    make_article()
    assert client.get(LIST, {"page": 2}).status_code == 404
    assert client.get(LIST, {"page": "abc"}).status_code == 404


def test_empty_list_is_a_page_not_a_404(client):
    response = client.get(LIST)
    assert response.status_code == 200
    assert "No articles match" in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"country": "atlantis"},
        {"topic": "astrology"},
        {"author": "nobody"},
        {"kind": "poem"},
        {"date_from": "31/02/2025"},
        {"sort": "sideways"},
        {"q": "nul\x00byte"},
    ],
)
def test_bad_filter_values_give_a_form_error_not_a_500(client, params):
    make_article(countries=["kazakhstan"])
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert 'class="form-errors" role="alert"' in response.text
    assert list(response.context["articles"]) == []


def test_form_keeps_chosen_values(client):
    response = client.get(LIST, {"country": "uzbekistan", "q": "cotton", "sort": "oldest"})
    html = response.text
    assert 'value="uzbekistan" id="id_country_4" checked' in html
    assert 'value="cotton"' in html
    assert '<option value="oldest" selected>' in html


@pytest.mark.parametrize("per_page", [3, 8])
def test_article_list_query_count_does_not_grow(
    client, settings, django_assert_num_queries, per_page
):
    settings.ARTICLES_PER_PAGE = per_page
    for _ in range(12):
        make_article(countries=["kazakhstan", "kyrgyzstan"], topics=["energy", "diplomacy"])
    # the content version (articles.freshness); count, page of articles, their topics, country
    # choices, topic choices
    with django_assert_num_queries(1 + 5):
        response = client.get(LIST)
    assert len(response.context["articles"]) == per_page
    # the same plus one to check each filter's slugs (country, topic)
    with django_assert_num_queries(1 + 7):
        client.get(LIST, {"country": "kazakhstan", "topic": "energy", "page": 2})


def test_several_countries_read_as_alternatives_in_chips_and_count(client):
    make_article(countries=["kazakhstan"])
    make_article(countries=["uzbekistan"])
    make_article(countries=["tajikistan"])
    response = client.get(LIST + "?country=kazakhstan&country=uzbekistan")
    html = response.text
    assert "Viewing 1–2 of 2 articles about Kazakhstan or Uzbekistan</p>" in html
    assert '<span class="chips__joiner">or</span> <a class="chip"' in html
    assert 'Filters (2<span class="visually-hidden"> in force</span>)' in html


def test_the_filter_panel_folds_unless_a_value_was_refused(client):
    assert '<details class="filters-panel">' in client.get(LIST).text
    assert '<details class="filters-panel" open>' in client.get(LIST, {"kind": "poem"}).text
