"""`is_published` is the single switch for public visibility.

An article unpublished in the admin must leave no trace on any public page: every page renders
exactly as if the article did not exist (lists, counts, breakdowns, search results, feeds and the
sitemap alike), and its own URL answers 404.
"""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.cache import cache
from django.urls import Resolver404, resolve, reverse

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


def visible(slug):
    return Article.objects.get(slug__startswith=slug)


PAGES = {
    "home": lambda a: reverse("articles:home"),
    "article list": lambda a: reverse("articles:article_list"),
    "country page": lambda a: a.primary_country.get_absolute_url(),
    "second country page": lambda a: a.countries.get(slug="china").get_absolute_url(),
    "topic page": lambda a: a.topics.get().get_absolute_url(),
    "author page": lambda a: a.author.get_absolute_url(),
    "country list": lambda a: reverse("articles:country_list"),
    "topic list": lambda a: reverse("articles:topic_list"),
    "author list": lambda a: reverse("articles:author_list"),
    "a related article": lambda a: visible("invented-visible-story").get_absolute_url(),
    "search for its word": lambda a: "/search/?q=zorgonite",
    "search for a shared word": lambda a: "/search/?q=steppe",
    "article list by country": lambda a: reverse("articles:article_list") + "?country=kazakhstan",
    "article list by word": lambda a: reverse("articles:article_list") + "?q=steppe",
}


def require_url(url):
    try:
        resolve(url.split("?")[0])
    except Resolver404:
        pytest.skip(f"{url.split('?')[0]} is not in the URLconf yet")


def render(client, url):
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("page", PAGES)
def test_an_unpublished_article_leaves_no_trace(client, hidden, page):
    url = PAGES[page](hidden)
    require_url(url)

    shown = render(client, url)

    assert hidden.title not in shown
    assert hidden.get_absolute_url() not in shown
    # Counts too: the page is exactly what it would be without the article.
    Article.objects.filter(pk=hidden.pk).delete()
    assert render(client, url) == shown


def test_an_unpublished_article_answers_404(client, hidden):
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_a_published_article_answers_200(client, hidden):
    assert client.get(visible("invented-visible-story").get_absolute_url()).status_code == 200
