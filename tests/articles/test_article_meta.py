"""The article page's head: canonical link, OpenGraph, Twitter card and JSON-LD NewsArticle."""

import json
import re
from html.parser import HTMLParser

import pytest

from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.scripts, self._in_ld = {}, {}, [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links[attrs.get("rel")] = attrs.get("href")
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.scripts[-1] += data


def head_of(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return response, parser


def test_article_head_carries_canonical_opengraph_twitter_and_json_ld(client):
    author = make_author(name="Askar Alimzhanov")
    article = make_article(
        title="Dam on the Naryn",
        body=[{"kind": "p", "text": "Engineers began work on the dam."}],
        author=author,
        countries=["kyrgyzstan", "uzbekistan"],
        topics=["energy"],
    )
    _, head = head_of(client, article)
    url = f"http://testserver{article.get_absolute_url()}"
    assert head.links["canonical"] == url
    assert head.meta["og:type"] == ["article"]
    assert head.meta["og:title"] == ["Dam on the Naryn"]
    assert head.meta["og:url"] == [url]
    assert head.meta["og:description"] == ["Engineers began work on the dam."]
    assert head.meta["article:published_time"] == ["2025-06-01"]
    assert head.meta["article:tag"] == ["Energy", "Kyrgyzstan", "Uzbekistan"]
    assert head.meta["twitter:card"] == ["summary"]
    assert head.meta["twitter:title"] == ["Dam on the Naryn"]
    [script] = head.scripts
    data = json.loads(script)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Dam on the Naryn"
    assert data["datePublished"] == "2025-06-01"
    assert data["dateModified"].startswith(article.updated_at.date().isoformat())
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Askar Alimzhanov",
            "url": f"http://testserver{author.get_absolute_url()}",
        }
    ]
    assert data["publisher"]["@type"] == "Organization"
    assert data["about"] == [
        {"@type": "Country", "name": "Kyrgyzstan"},
        {"@type": "Country", "name": "Uzbekistan"},
    ]
    assert data["mainEntityOfPage"]["@id"] == url


def test_json_ld_survives_hostile_text(client):
    title = 'He said "</script><script>alert(1)</script>" & left\\ \u2028 -->'
    article = make_article(title=title, body=[{"kind": "p", "text": "<!-- x -->\n\ttabs"}])
    response, head = head_of(client, article)
    [script] = head.scripts
    assert json.loads(script)["headline"] == title
    assert json.loads(script)["description"] == "<!-- x --> tabs"
    ld = re.search(rb'<script type="application/ld\+json">(.*?)</script>', response.content, re.S)
    assert b"<" not in ld.group(1) and b"alert(1)</script>" not in response.content


def test_json_ld_without_author_or_countries(client):
    article = make_article(title="Untagged", author=None)
    _, head = head_of(client, article)
    data = json.loads(head.scripts[0])
    assert "author" not in data
    assert data["about"] == []
