"""Atom feeds: valid Atom, at most 50 entries, with author, categories and summary."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy

from articles.feeds import FEED_ENTRIES
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
    return feed, entries


def entry_titles(entries):
    return [entry.findtext(f"{ATOM}title") for entry in entries]


def test_latest_feed_has_author_categories_and_summary(client):
    author = make_author(name="Laura Hamilton")
    make_article(
        title="Rail link agreed",
        body=[{"kind": "p", "text": "Ministers <em>signed</em> the deal."}],
        author=author,
        countries=["kazakhstan"],
        topics=["transport-and-logistics"],
    )
    make_article(title="Hidden", is_published=False)
    feed, [entry] = atom(client, reverse("articles:feed"))
    assert entry.findtext(f"{ATOM}title") == "Rail link agreed"
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Laura Hamilton"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == [
        "Kazakhstan",
        "Transport and Logistics",
    ]
    assert entry.findtext(f"{ATOM}summary") == "Ministers <em>signed</em> the deal."
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/articles/")


def test_feeds_stop_at_fifty_entries_newest_first_in_constant_queries(client):
    author = make_author()
    for n in range(FEED_ENTRIES + 3):
        make_article(
            title=f"Story {n}",
            date=date(2025, 1, 1) + timedelta(days=n),
            author=author,
            countries=["tajikistan"],
            topics=["health"],
        )
    with CaptureQueriesContext(connection) as queries:
        _, entries = atom(client, reverse("articles:feed"))
    assert len(entries) == FEED_ENTRIES
    assert entry_titles(entries)[0] == f"Story {FEED_ENTRIES + 2}"
    # the content version (articles.freshness), articles with author and country, their topics
    assert len(queries) == 1 + 2


def test_country_topic_and_author_feeds(client):
    author = make_author(name="Nurlan Ospanov")
    make_article(title="Kazakh wheat", countries=["kazakhstan"], topics=["energy"], author=author)
    make_article(title="Uzbek cotton", countries=["uzbekistan"])
    country = atom(client, reverse("articles:country_feed", args=["kazakhstan"]))
    assert entry_titles(country[1]) == ["Kazakh wheat"]
    assert country[0].findtext(f"{ATOM}title").endswith("Kazakhstan")
    assert entry_titles(atom(client, reverse("articles:topic_feed", args=["energy"]))[1]) == [
        "Kazakh wheat"
    ]
    by_author = atom(client, reverse("articles:author_feed", args=[author.slug]))
    assert entry_titles(by_author[1]) == ["Kazakh wheat"]
    assert client.get(reverse("articles:country_feed", args=["atlantis"])).status_code == 404


def test_search_feed_is_a_saved_search(client):
    make_article(title="Tokayev in Aktau", date=date(2025, 1, 1), countries=["kazakhstan"])
    make_article(title="Tokaev in Atyrau", date=date(2025, 2, 1), countries=["kazakhstan"])
    make_article(title="Tokayev abroad", date=date(2025, 3, 1), countries=["china"])
    make_article(title="Unrelated", countries=["kazakhstan"])
    feed, entries = atom(
        client, reverse("articles:search_feed"), {"q": "Токаев", "country": "kazakhstan"}
    )
    assert entry_titles(entries) == ["Tokaev in Atyrau", "Tokayev in Aktau"]
    assert "Токаев" in feed.findtext(f"{ATOM}title")
    assert client.get(reverse("articles:search_feed")).status_code == 404
    assert client.get(reverse("articles:search_feed"), {"q": '"'}).status_code == 404


def test_pages_link_their_feeds(client):
    author = make_author(name="Feed Writer")
    make_article(title="Linked", countries=["kazakhstan"], topics=["energy"], author=author)
    pages = {
        reverse("articles:home"): reverse("articles:feed"),
        reverse("articles:country_detail", args=["kazakhstan"]): reverse(
            "articles:country_feed", args=["kazakhstan"]
        ),
        reverse("articles:topic_detail", args=["energy"]): reverse(
            "articles:topic_feed", args=["energy"]
        ),
        reverse("articles:author_detail", args=[author.slug]): reverse(
            "articles:author_feed", args=[author.slug]
        ),
        reverse("articles:search") + "?q=linked": reverse("articles:search_feed") + "?q=linked",
    }
    for page, feed in pages.items():
        content = client.get(page).content.decode()
        assert '<link rel="alternate" type="application/atom+xml"' in content, page
        assert f'href="{feed}"' in content, page
        # and a link a reader can see and follow
        assert f'<a href="{feed}" type="application/atom+xml">' in content, page
        assert "Subscribe (Atom feed)" in content, page


def test_sample_stories_say_so_in_the_feed_title(client):
    make_article(title="Invented", is_sample=True, date=date(2025, 6, 2))
    make_article(title="Reported", date=date(2025, 6, 1))
    _, entries = atom(client, reverse("articles:feed"))
    assert entry_titles(entries) == ["[Sample] Invented", "Reported"]


FEEDS = {
    "latest": (reverse_lazy("articles:feed"), {}),
    "country": (reverse_lazy("articles:country_feed", args=["kyrgyzstan"]), {}),
    "topic": (reverse_lazy("articles:topic_feed", args=["energy"]), {}),
    "author": (reverse_lazy("articles:author_feed", args=["steady-writer"]), {}),
    "search": (reverse_lazy("articles:search_feed"), {"q": "hydropower"}),
}


def add_stories(count, author):
    for n in range(count):
        make_article(
            title=f"Hydropower story {n}",
            body=[{"kind": "p", "text": f"Hydropower plant number {n} opens."}],
            author=author,
            countries=["kyrgyzstan", "kazakhstan"],
            topics=["energy", "health"],
        )


@pytest.mark.parametrize("feed", FEEDS)
def test_every_feed_runs_the_same_queries_for_few_and_many_entries(client, feed):
    url, params = FEEDS[feed]
    author = make_author(name="Steady Writer", slug="steady-writer")
    counts = []
    for more in (3, 30):
        add_stories(more, author)
        with CaptureQueriesContext(connection) as queries:
            atom(client, url, params)
        counts.append(len(queries))
    assert counts[0] == counts[1], feed
