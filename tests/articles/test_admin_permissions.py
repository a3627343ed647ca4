import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.models import Country, Topic
from tests.articles.test_admin_articles import change_form_data
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = User.objects.create_user("invented-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_an_editor_can_curate_articles(editor_client):
    article = make_article(countries=["kazakhstan"])
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = editor_client.get(url)
    assert page.status_code == 200

    data = change_form_data(page, title="An Editor's Invented Headline", is_published=None)
    assert editor_client.post(url, data).status_code == 302

    article.refresh_from_db()
    assert article.title == "An Editor's Invented Headline"
    assert not article.is_published
    assert set(article.locked_fields) == {"title", "is_published"}


def test_an_editor_can_use_the_bulk_actions_and_retag(editor_client):
    article = make_article()
    changelist = reverse("admin:articles_article_changelist")
    editor_client.post(changelist, {"action": "feature", ACTION_CHECKBOX_NAME: [article.pk]})
    article.refresh_from_db()
    assert article.is_featured
    assert editor_client.get(reverse("admin:articles_country_retag")).status_code == 200


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:articles_author_changelist",
        "admin:articles_country_changelist",
        "admin:articles_topic_changelist",
        "admin:articles_spellingvariant_changelist",
        "admin:articles_importrun_changelist",
        "admin:articles_importfile_changelist",
        "admin:articles_exchangerate_changelist",
        "admin:articles_topic_add",
        "admin:articles_spellingvariant_add",
    ],
)
def test_an_editor_reaches_every_curation_page(editor_client, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 200


def test_an_editor_can_edit_authors_countries_and_topics(editor_client):
    for obj, name in [
        (make_author(), "author"),
        (Country.objects.get(slug="mongolia"), "country"),
        (Topic.objects.get(slug="energy"), "topic"),
    ]:
        url = reverse(f"admin:articles_{name}_change", args=[obj.pk])
        assert 'name="_save"' in editor_client.get(url).content.decode()


def test_an_editor_gets_403_on_the_user_admin(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_add")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_an_editor_cannot_change_exchange_rates_or_import_history(editor_client):
    assert editor_client.get(reverse("admin:articles_importrun_add")).status_code == 403
    assert editor_client.get(reverse("admin:articles_exchangerate_add")).status_code == 403
