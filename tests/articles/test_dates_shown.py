"""Dates are shown as far as they are known, and the import day never stands in for one."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_article

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def json_ld(response):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    return json.loads(found.group(1))


def test_an_article_with_no_known_date_shows_none(client):
    article = make_article(title="Undated story", date=None)
    response = client.get(article.get_absolute_url())
    assert "<time" not in response.text
    assert "datePublished" not in json_ld(response)
    assert "article:published_time" not in response.text
    assert "<time" not in client.get(reverse("articles:article_list")).text


def test_an_article_seen_on_a_captured_page_says_seen_with_that_day(client):
    article = make_article(title="Captured story", date=None, first_seen=date(2025, 12, 8))
    response = client.get(article.get_absolute_url())
    assert (
        'Seen</span> <time datetime="2025-12-08">8 December 2025</time> '
        '<span class="date-note">(publication date unknown)</span>'
    ) in response.text
    assert "datePublished" not in json_ld(response)
    listed = client.get(reverse("articles:article_list")).text
    assert 'Seen</span> <time datetime="2025-12-08">8 Dec 2025</time>' in listed
    assert '<span class="visually-hidden"> (publication date unknown)</span>' in listed


@pytest.mark.parametrize(
    ("precision", "shown", "iso"),
    [
        ("day", "23 May 2025", "2025-05-23"),
        ("month", "May 2025", "2025-05"),
        ("year", "2025", "2025"),
    ],
)
def test_an_estimated_date_is_shown_at_its_precision_and_called_an_estimate(
    client, precision, shown, iso
):
    article = make_article(title="Estimated story", date=None)
    article.published_on = date(2025, 5, 23 if precision == "day" else 1)
    article.date_precision, article.date_source = precision, "text"
    article.save()
    # Listed: a visible "est.", its meaning in words for screen readers (not an abbr a touch
    # screen cannot expand).
    listed = client.get(reverse("articles:article_list")).text
    assert f'<time datetime="{iso}">{shown}</time> <span class="date-note"' in listed
    assert '<span aria-hidden="true">est.</span>' in listed
    assert '<span class="visually-hidden">(estimated from the story\'s text)</span>' in listed
    # On the article page, spelled out.
    response = client.get(article.get_absolute_url())
    assert (
        f'<time datetime="{iso}">{shown}</time> '
        '<span class="date-note">(estimated from the story\'s text)</span>'
    ) in response.text
    assert ("datePublished" in json_ld(response)) == (precision == "day")


def test_feeds_publish_only_a_known_day(client):
    make_article(title="Dated", date=date(2025, 3, 1))
    make_article(title="Undated", date=None)
    feed = ET.fromstring(client.get(reverse("articles:feed")).content)
    published = {
        entry.findtext(f"{ATOM}title"): entry.findtext(f"{ATOM}published")
        for entry in feed.findall(f"{ATOM}entry")
    }
    assert published["Dated"].startswith("2025-03-01")
    assert published["Undated"] is None


def test_undated_articles_come_after_dated_ones_and_in_no_date_range(client):
    make_article(title="Undated", date=None)
    make_article(title="Old", date=date(2019, 1, 1))
    listed = client.get(reverse("articles:article_list")).context["articles"]
    assert [a.title for a in listed] == ["Old", "Undated"]
    ranged = client.get(reverse("articles:article_list"), {"date_to": "2030-01-01"})
    assert [a.title for a in ranged.context["articles"]] == ["Old"]
