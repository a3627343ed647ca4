import pytest
from django.urls import reverse

from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def test_author_list_shows_people_and_the_staff_byline(client):
    person = make_author(name="Zara Reporter", role="Correspondent")
    outlet = make_author(name="Times of Central Asia", is_outlet=True)
    idle = make_author(name="Never Published")
    make_article(author=person)
    make_article(author=outlet)
    make_article(author=idle, is_published=False)
    response = client.get(reverse("articles:author_list"))
    assert response.status_code == 200
    assert [a.name for a in response.context["authors"]] == [
        "Times of Central Asia",
        "Zara Reporter",
    ]
    assert "Staff byline" in response.text
    assert "Correspondent" in response.text
    assert "Never Published" not in response.text


def test_author_page_shows_role_bio_and_articles(client):
    author = make_author(
        name="Zara Reporter", role="Correspondent", bio="Covers the Fergana Valley."
    )
    make_article(title="Valley harvest", author=author)
    make_article(title="Someone else's", author=make_author())
    make_article(title="Withdrawn", author=author, is_published=False)
    response = client.get(author.get_absolute_url())
    assert response.status_code == 200
    html = response.text
    assert "<h1>Zara Reporter</h1>" in html
    assert "Correspondent" in html and "Covers the Fergana Valley." in html
    assert [a.title for a in response.context["articles"]] == ["Valley harvest"]
    # The byline is the page's own heading: the cards do not repeat it.
    assert html.count(f'href="{author.get_absolute_url()}"') == 0


def test_author_without_published_articles_is_404(client):
    author = make_author()
    make_article(author=author, is_published=False)
    assert client.get(author.get_absolute_url()).status_code == 404
    assert client.get("/authors/nobody/").status_code == 404


@pytest.mark.parametrize("per_page", [3, 8])
def test_author_pages_query_count_does_not_grow(
    client, settings, django_assert_num_queries, per_page
):
    settings.ARTICLES_PER_PAGE = per_page
    author = make_author()
    for _ in range(12):
        make_article(author=author, countries=["kazakhstan"], topics=["energy", "diplomacy"])
        make_article(author=make_author())
    # the content version (articles.freshness) first on every public page, then the view's:
    with django_assert_num_queries(1 + 1):
        client.get(reverse("articles:author_list"))
    # author, page count, page, its topics
    with django_assert_num_queries(1 + 4):
        response = client.get(author.get_absolute_url())
    assert len(response.context["articles"]) == per_page
