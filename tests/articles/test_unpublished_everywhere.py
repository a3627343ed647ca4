"""`is_published` is the single switch for public visibility.

An article unpublished in the admin must leave no trace on any public page: every page renders
exactly as if the article did not exist (lists, counts, breakdowns, search results, feeds and the
sitemap alike), and its own URL answers 404.
"""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse

from articles.models import Article
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

SHARED = {"countries": ["kazakhstan", "china"], "topics": ["energy"]}


@pytest.fixture
def hidden(admin_client):
    """A featured article, unpublished through the admin, beside a published one like it."""
    author = make_author(name="Invented Shared Byline")
    make_article(
        title="Invented Visible Story About Steppe Wind Farms",
        body=[{"kind": "p", "text": "An invented paragraph about steppe wind in Kazakhstan."}],
        author=author,
        **SHARED,
    )
    article = make_article(
        title="Invented Hidden Story About Zorgonite Mines",
        body=[{"kind": "p", "text": "An invented paragraph about steppe zorgonite in Kazakhstan."}],
        author=author,
        is_featured=True,
        featured_rank=1,
        **SHARED,
    )
    response = admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", ACTION_CHECKBOX_NAME: [article.pk]},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.is_published
    return article


def url(name, *args, query=""):
    try:
        return reverse(name, args=args) + query
    except NoReverseMatch:
        pytest.skip(f"no URL named {name} yet")


def visible_url():
    return Article.objects.get(slug__startswith="invented-visible-story").get_absolute_url()


def country(article):
    return article.primary_country.slug


def topic(article):
    return article.topics.get().slug


PAGES = {
    "home": lambda a: url("articles:home"),
    "article list": lambda a: url("articles:article_list"),
    "article list by country": lambda a: url("articles:article_list", query="?country=kazakhstan"),
    "article list by word": lambda a: url("articles:article_list", query="?q=steppe"),
    "country page": lambda a: url("articles:country_detail", country(a)),
    "second country page": lambda a: url("articles:country_detail", "china"),
    "topic page": lambda a: url("articles:topic_detail", topic(a)),
    "author page": lambda a: url("articles:author_detail", a.author.slug),
    "country list": lambda a: url("articles:country_list"),
    "topic list": lambda a: url("articles:topic_list"),
    "author list": lambda a: url("articles:author_list"),
    "a related article": lambda a: visible_url(),
    "search for its word": lambda a: url("articles:search", query="?q=zorgonite"),
    "search for a shared word": lambda a: url("articles:search", query="?q=steppe"),
    "feed": lambda a: url("articles:feed"),
    "country feed": lambda a: url("articles:country_feed", country(a)),
    "topic feed": lambda a: url("articles:topic_feed", topic(a)),
    "author feed": lambda a: url("articles:author_feed", a.author.slug),
    "search feed": lambda a: url("articles:search_feed", query="?q=steppe"),
    "sitemap": lambda a: url("sitemap"),
}


def render(client, page_url):
    cache.clear()
    response = client.get(page_url)
    assert response.status_code == 200, page_url
    return response.content.decode()


@pytest.mark.parametrize("page", PAGES)
def test_an_unpublished_article_leaves_no_trace(client, hidden, page):
    page_url = PAGES[page](hidden)

    shown = render(client, page_url)

    assert hidden.title not in shown
    assert hidden.get_absolute_url() not in shown
    # Counts too: the page is exactly what it would be without the article.
    Article.objects.filter(pk=hidden.pk).delete()
    assert render(client, page_url) == shown


def test_an_unpublished_article_answers_404(client, hidden):
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_a_published_article_answers_200(client, hidden):
    assert client.get(visible_url()).status_code == 200
