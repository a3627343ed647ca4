"""HTTP caching of public pages by the site-wide content version (articles.freshness and
articles.middleware): validators, 304s, Cache-Control, and the server-side page cache."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import freshness
from articles.models import Article, ContentVersion
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    """The server-side cache on (the suite runs with PAGE_CACHE_SECONDS=0), empty."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site():
    author = make_author(name="Nurlan Ospanov")
    article = make_article(author=author, countries=["kazakhstan"], topics=["energy"])
    return {
        "home": "/",
        "list": reverse("articles:article_list"),
        "filtered list": reverse("articles:article_list") + "?country=kazakhstan",
        "article": article.get_absolute_url(),
        "countries": reverse("articles:country_list"),
        "country": reverse("articles:country_detail", args=["kazakhstan"]),
        "topics": reverse("articles:topic_list"),
        "topic": reverse("articles:topic_detail", args=["energy"]),
        "authors": reverse("articles:author_list"),
        "author": author.get_absolute_url(),
        "search": reverse("articles:search") + "?q=article",
        "feed": reverse("articles:feed"),
        "country feed": reverse("articles:country_feed", args=["kazakhstan"]),
        "topic feed": reverse("articles:topic_feed", args=["energy"]),
        "author feed": reverse("articles:author_feed", args=[author.slug]),
        "search feed": reverse("articles:search_feed") + "?q=article",
        "sitemap": reverse("sitemap"),
        "robots.txt": reverse("robots"),
    }


def test_every_public_page_has_validators_and_public_cache_control(client, site):
    for name, url in site.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert response["ETag"].startswith('W/"'), name
        assert response.has_header("Last-Modified"), name
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert directives == {
            "public",
            "max-age=60",
            "s-maxage=300",
            "stale-while-revalidate=600",
        }, name


def test_every_public_page_answers_304_to_its_etag_and_to_its_date(client, site):
    for name, url in site.items():
        first = client.get(url)
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304, name
        assert again.content == b""
        assert again["ETag"] == first["ETag"]
        assert again["Cache-Control"] == first["Cache-Control"]
        assert again["Vary"] == "Accept-Encoding"
        since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        assert since.status_code == 304, name


def test_a_revalidation_runs_no_view_only_the_version_query(client, site):
    first = client.get(site["country"])
    with CaptureQueriesContext(connection) as queries:
        assert client.get(site["country"], HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert len(queries) == 1
    assert "articles_contentversion" in queries[0]["sql"]


def test_after_a_bump_the_page_is_sent_again_with_a_new_etag(client, site):
    first = client.get("/")
    freshness.bump()
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=again["ETag"]).status_code == 304


def test_bump_counts_up_and_a_rolled_back_write_bumps_nothing():
    before = freshness.current()
    freshness.bump()
    assert freshness.current().number == before.number + 1
    with pytest.raises(RuntimeError), transaction.atomic():
        freshness.bump()
        raise RuntimeError("the import failed")
    assert freshness.current().number == before.number + 1


def test_current_without_its_row_is_version_zero_and_bump_recreates_it():
    ContentVersion.objects.all().delete()
    assert freshness.current().number == 0
    freshness.bump()
    assert freshness.current().number == 1


def test_a_deploy_that_changes_the_markup_changes_the_etag(client, site, monkeypatch):
    first = client.get("/")
    freshness.release.cache_clear()
    monkeypatch.setattr(freshness, "RELEASE_SOURCES", ("templates",))  # other files, other digest
    try:
        again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    finally:
        freshness.release.cache_clear()
    assert again.status_code == 200 and again["ETag"] != first["ETag"]


def test_a_signed_in_editor_is_never_served_from_or_into_a_shared_cache(admin_client, site):
    response = admin_client.get("/")
    assert response.status_code == 200
    assert not response.has_header("ETag")
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-cache"} <= directives and "public" not in directives


def test_the_admin_and_healthz_are_never_cached(admin_client, client):
    admin = admin_client.get(reverse("admin:index"))
    assert "public" not in admin["Cache-Control"] and "no-store" in admin["Cache-Control"]
    assert not admin.has_header("ETag")
    health = client.get(reverse("healthz"))
    assert "public" not in health["Cache-Control"] and not health.has_header("ETag")


def test_errors_are_not_marked_for_caching(client, site):
    response = client.get(reverse("articles:article_list") + "?page=99")
    assert response.status_code == 404
    assert not response.has_header("ETag")
    assert "public" not in response.get("Cache-Control", "")


def test_a_cached_page_is_served_without_running_the_view(client, page_cache, site):
    first = client.get(site["home"])
    with CaptureQueriesContext(connection) as queries:
        again = client.get(site["home"])
    assert len(queries) == 1  # the content version, nothing else
    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_a_write_and_a_bump_make_every_cached_page_stale_at_once(client, page_cache, site):
    for url in site.values():
        client.get(url)
    Article.objects.update(title="Renamed by an editor")
    assert b"Renamed by an editor" not in client.get(site["list"]).content  # not bumped yet
    freshness.bump()
    for name in ("home", "list", "article", "country", "feed"):
        assert b"Renamed by an editor" in client.get(site[name]).content, name


def test_the_page_cache_keys_on_the_whole_url_and_on_gzip(client, page_cache, site):
    kazakhstan = client.get(site["list"], {"country": "kazakhstan"})
    china = client.get(site["list"], {"country": "china"})
    assert kazakhstan.content != china.content
    plain = client.get(site["home"])
    gzipped = client.get(site["home"], HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip" and not plain.has_header("Content-Encoding")
    assert client.get(site["home"])["Content-Length"] == plain["Content-Length"]


def test_a_cache_that_is_down_does_not_break_the_pages(client, page_cache, site, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("redis is away")

    monkeypatch.setattr(cache, "get", down)
    monkeypatch.setattr(cache, "set", down)
    assert client.get(site["home"]).status_code == 200


def test_pages_are_shared_through_redis(client, settings, site):
    """With REDIS_URL the page cache is Django's RedisCache (db 5 of the local Redis)."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/5", socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/5",
            "KEY_PREFIX": "reader-tests",
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    from django.core.cache import cache as redis_cache

    redis_cache.clear()
    try:
        first = client.get(site["home"])
        with CaptureQueriesContext(connection) as queries:
            again = client.get(site["home"])
        assert len(queries) == 1 and again.content == first.content
        keys = redis.Redis.from_url("redis://127.0.0.1:6379/5").keys("reader-tests:*")
        assert any(b":page:" in key for key in keys)
    finally:
        redis_cache.clear()
