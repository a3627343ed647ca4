"""Hostile text from a dump (markup, event handlers, javascript: links) in every field a page
shows: every public page and feed answers 200 and carries it only as escaped text."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from articles.models import Country, Topic
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('xss')</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "<svg/onload=alert(2)>"
LINK = '<a href="javascript:alert(3)">click</a>'
QUOTE_BREAK = "' onmouseover='alert(4)"
HOSTILE = f"{SCRIPT} {IMG} {SVG} {LINK} {QUOTE_BREAK}"
# What must never appear verbatim: each would be live markup, or in HTML a live attribute (XML
# text may keep its quotes: with < escaped no attribute can start).
MARKUP = [SCRIPT, IMG, SVG, LINK, "<img src=x", "<script>alert", "<svg/", '<a href="javascript']
ATTRIBUTES = ['href="javascript:', QUOTE_BREAK]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def hostile():
    author = make_author(name=f"Hostile Author {HOSTILE}", slug="hostile-author")
    author.bio = f"Bio {HOSTILE}"
    author.role = f"Role {HOSTILE}"
    author.save()
    country = Country.objects.create(name=f"Evilstan {SCRIPT}", slug="evilstan")
    topic = Topic.objects.create(
        name=f"Evil topic {IMG}", slug="evil-topic", description=f"About {HOSTILE}"
    )
    article = make_article(
        title=f"Hydropower {HOSTILE}",
        body=[
            {"kind": "p", "text": f"Hydropower first paragraph {HOSTILE}"},
            {"kind": "h", "text": f"Heading {HOSTILE}"},
            {"kind": "p", "text": f"Second paragraph {LINK} " + "x" * 300},
        ],
        dateline=f"ALMATY {SCRIPT}",
        photo_credit=f"Photo: {HOSTILE}",
        captions=[f"Caption {HOSTILE}"],
        author=author,
        countries=[country, "kazakhstan"],
        topics=[topic, "energy"],
    )
    return {
        "home": "/",
        "list": reverse("articles:article_list"),
        "filtered list": reverse("articles:article_list")
        + "?country=evilstan&topic=evil-topic&q=hydropower",
        "bad filter": reverse("articles:article_list") + "?country=%3Cscript%3E&q=%22%3E%3Cimg",
        "article": article.get_absolute_url(),
        "countries": reverse("articles:country_list"),
        "country": reverse("articles:country_detail", args=["evilstan"]),
        "topics": reverse("articles:topic_list"),
        "topic": reverse("articles:topic_detail", args=["evil-topic"]),
        "authors": reverse("articles:author_list"),
        "author": author.get_absolute_url(),
        "search": reverse("articles:search") + "?q=hydropower",
        "search for markup": reverse("articles:search") + "?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "feed": reverse("articles:feed"),
        "country feed": reverse("articles:country_feed", args=["evilstan"]),
        "topic feed": reverse("articles:topic_feed", args=["evil-topic"]),
        "author feed": reverse("articles:author_feed", args=["hostile-author"]),
        "search feed": reverse("articles:search_feed") + "?q=hydropower",
        "sitemap": reverse("sitemap"),
    }


def test_every_public_page_escapes_hostile_text(client, hostile):
    for name, url in hostile.items():
        response = client.get(url)
        assert response.status_code == 200, name
        content = response.content.decode()
        is_html = response["Content-Type"].startswith("text/html")
        for needle in MARKUP + (ATTRIBUTES if is_html else []):
            assert needle not in content, (name, needle)


def test_the_hostile_text_is_shown_as_text(client, hostile):
    article = client.get(hostile["article"]).content.decode()
    assert "Hydropower &lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in article
    assert "Caption &lt;script&gt;" in article and "Photo: &lt;script&gt;" in article


def test_feeds_carry_summaries_as_text_and_name_the_site_as_author(client, hostile):
    for name in ("feed", "country feed", "topic feed", "author feed", "search feed"):
        feed = ET.fromstring(client.get(hostile[name]).content)
        assert feed.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Central Asia Reader", name
        [entry] = feed.findall(f"{ATOM}entry")
        summary = entry.find(f"{ATOM}summary")
        assert summary.get("type") == "text", name
        # The reader shows exactly the dump's words, markup characters and all, as text.
        assert summary.text == f"Hydropower first paragraph {HOSTILE}"
        assert entry.findtext(f"{ATOM}title") == f"Hydropower {HOSTILE}"


def test_an_entry_without_an_author_is_valid_atom_through_the_feed_author(client):
    make_article(title="Unsigned", countries=["kazakhstan"])
    feed = ET.fromstring(client.get(reverse("articles:feed")).content)
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author") is None
    # RFC 4287 4.1.1: a feed must have an author unless every entry has one.
    assert feed.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Central Asia Reader"
