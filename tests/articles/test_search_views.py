"""/search/: ranked, highlighted results, facets, the reader's filters, and bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def para(*texts):
    return [{"kind": "p", "text": text} for text in texts]


def search(client, **params):
    response = client.get(reverse("articles:search"), params)
    assert response.status_code == 200
    return response


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_search_page_explains_the_syntax_without_a_query(client):
    response = search(client)
    assert b'"a phrase"' in response.content.replace(b"&quot;", b'"')
    assert response.context["articles"] == []


def test_results_are_ranked_highlighted_and_counted(client):
    make_article(title="Budget", body=para("Apricots were mentioned in passing."))
    make_article(title="Apricots of Isfara", body=para("Apricots, apricots everywhere."))
    response = search(client, q="apricots")
    assert titles(response) == ["Apricots of Isfara", "Budget"]
    assert response.context["page_obj"].paginator.count == 2
    assert b"<mark>Apricots</mark> of Isfara" in response.content
    assert b"Viewing 1\xe2\x80\x932 of 2 articles" in response.content


def test_facets_count_results_and_narrow_when_clicked(client):
    author = make_author(name="Askar Alimzhanov")
    make_article(title="Glacier one", countries=["kyrgyzstan"], topics=["energy"], author=author)
    make_article(title="Glacier two", countries=["kyrgyzstan", "tajikistan"], kind="opinion")
    make_article(title="Glacier three", countries=["tajikistan"])
    response = search(client, q="glacier")
    facets = {label: values for label, values in response.context["facets"]}
    countries = {value.value: (value.count, narrowed) for value, narrowed in facets["Countries"]}
    assert countries["kyrgyzstan"][0] == 2 and countries["tajikistan"][0] == 2
    assert [(v.value, v.count) for v, _ in facets["Authors"]] == [("askar-alimzhanov", 1)]
    assert sorted((v.value, v.count) for v, _ in facets["Kinds"]) == [("news", 2), ("opinion", 1)]
    narrowed = countries["kyrgyzstan"][1]
    assert narrowed.urlencode() == "q=glacier&country=kyrgyzstan"
    response = search(client, **narrowed.dict())
    assert sorted(titles(response)) == ["Glacier one", "Glacier two"]
    assert "Countries" not in dict(response.context["facets"])  # in force: shown as a chip
    assert b"?q=glacier&amp;country=kyrgyzstan" in search(client, q="glacier").content


def test_the_reader_filters_apply(client):
    make_article(title="Wool market", date="2025-01-10", is_truncated=True)
    make_article(title="Wool prices", date="2025-03-10")
    assert titles(search(client, q="wool", complete="1")) == ["Wool prices"]
    assert titles(search(client, q="wool", date_from="2025-02-01")) == ["Wool prices"]
    assert titles(search(client, q="wool", sort="oldest")) == ["Wool market", "Wool prices"]


def test_spellings_find_each_other(client):
    make_article(title="Japarov signs a law", body=para("Parliament agreed."))
    for query in ("Zhaparov", "Жапаров", "japarov"):
        assert titles(search(client, q=query)) == ["Japarov signs a law"]


def test_unpublished_articles_never_show(client):
    make_article(title="Secret melon", is_published=False)
    assert titles(search(client, q="melon")) == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unterminated',
        "OR",
        "-",
        "- OR -",
        "country:",
        "kind:nonsense",
        "\x00\x1f",
        "a" * 5000,
        "NEAR(x y)",
        "x AND",
        "title:x",
        "*",
        "(",
        "'",
        "%",
        "\\",
        "ü" * 400,
        "-x -y -z",
    ],
)
def test_malformed_queries_never_fail(client, query):
    make_article(title="Anything at all")
    search(client, q=query)


def test_bad_filter_values_and_pages(client):
    make_article(title="Steppe")
    search(client, q="steppe", country="atlantis", date_from="yesterday")
    assert client.get(reverse("articles:search"), {"q": "steppe", "page": "9"}).status_code == 404


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm near matches")
def test_near_matches_when_nothing_matches(client):
    make_article(title="Nazarbayev library opens")
    response = search(client, q="Nazarbajev")
    assert titles(response) == []
    assert [a.title for a in response.context["near_matches"]] == ["Nazarbayev library opens"]


@pytest.mark.parametrize("per_page", [2, 6])
def test_query_count_does_not_grow_with_results(client, settings, per_page):
    settings.ARTICLES_PER_PAGE = per_page
    author = make_author()
    for n in range(8):
        make_article(
            title=f"Cotton report {n}",
            countries=["uzbekistan", "tajikistan"],
            topics=["energy", "health"],
            author=author,
        )
    with CaptureQueriesContext(connection) as queries:
        response = search(client, q="cotton", country="uzbekistan")
    assert len(response.context["articles"]) == per_page
    # the content version (articles.freshness); spellings, country filter, count, ranked ids,
    # articles, topics, 3 facets (country in force)
    assert len(queries) == 1 + 9, [q["sql"] for q in queries]
