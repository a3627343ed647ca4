"""/sitemap.xml (a urlset of articles, countries, topics, authors) and /robots.txt naming it."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from articles.models import Country, Topic
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(client):
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urlset = ET.fromstring(response.content)
    assert urlset.tag == f"{SITEMAP}urlset"
    urls = urlset.findall(f"{SITEMAP}url")
    assert all(url.findtext(f"{SITEMAP}loc", "").startswith("http://testserver/") for url in urls)
    return {url.findtext(f"{SITEMAP}loc") for url in urls}, urls


def test_sitemap_lists_published_articles_and_the_list_pages(client):
    author = make_author(name="Sitemap Author")
    shown = make_article(title="Shown", author=author)
    hidden = make_article(title="Hidden", is_published=False)
    make_author(name="Nothing Published")
    locs, urls = locations(client)
    base = "http://testserver"
    assert base + shown.get_absolute_url() in locs
    assert base + hidden.get_absolute_url() not in locs
    assert base + author.get_absolute_url() in locs
    assert base + reverse("articles:author_detail", args=["nothing-published"]) not in locs
    assert base + Country.objects.get(slug="kazakhstan").get_absolute_url() in locs
    assert base + Topic.objects.get(slug="energy").get_absolute_url() in locs
    article_entry = next(
        u for u in urls if u.findtext(f"{SITEMAP}loc").endswith(shown.get_absolute_url())
    )
    assert article_entry.findtext(f"{SITEMAP}lastmod") == shown.updated_at.date().isoformat()


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
