import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Author
from tests.articles.test_admin_articles import change_form_data
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_author_changelist")


def post_change(client, author, **overrides):
    url = reverse("admin:articles_author_change", args=[author.pk])
    return client.post(url, change_form_data(client.get(url), **overrides))


def test_author_list_counts_articles_and_searches_aliases(admin_client):
    author = make_author(name="Invented Correspondent", aliases="I. Correspondent")
    make_article(author=author)
    make_article(author=author, is_published=False)
    make_author(name="Someone Else Entirely")

    response = admin_client.get(CHANGELIST, {"q": "I. Corr"})

    rows = list(response.context["cl"].result_list)
    assert rows == [author]
    assert rows[0].article_count == 2


def test_editing_an_author_locks_the_changed_fields(admin_client):
    author = make_author(role="Journalist")
    post_change(admin_client, author, role="Senior Editor", bio="An invented biography.")
    author.refresh_from_db()
    assert (author.role, author.bio) == ("Senior Editor", "An invented biography.")
    assert set(author.locked_fields) == {"role", "bio"}


def test_renaming_an_author_keeps_the_old_name_as_an_alias(admin_client):
    author = make_author(name="Invented Mispeled Name")
    post_change(admin_client, author, name="Invented Misspelled Name")
    author.refresh_from_db()
    assert author.name == "Invented Misspelled Name"
    assert author.alias_list() == ["Invented Mispeled Name"]
    assert "name" in author.locked_fields


def test_unticking_an_author_lock_unlocks_it(admin_client):
    author = make_author(locked_fields=["bio", "role"])
    post_change(admin_client, author, locked_fields=["role"])
    author.refresh_from_db()
    assert author.locked_fields == ["role"]


def test_merge_action_asks_which_author_to_keep_then_merges(admin_client):
    keep = make_author(name="Invented Reporter")
    twin = make_author(name="Invented Reporter (staff)")
    article = make_article(author=twin)
    data = {"action": "merge", ACTION_CHECKBOX_NAME: [keep.pk, twin.pk]}

    page = admin_client.post(CHANGELIST, data)
    assert page.status_code == 200
    assert "Invented Reporter (staff)" in page.content.decode()

    done = admin_client.post(CHANGELIST, {**data, "keep": keep.pk, "apply": "Merge authors"})

    assert done.status_code == 302
    article.refresh_from_db()
    keep.refresh_from_db()
    assert article.author == keep
    assert keep.alias_list() == ["Invented Reporter (staff)"]
    assert list(Author.objects.all()) == [keep]
