"""The promise: what an editor changes in the admin stands through every later import."""

from io import StringIO

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Country
from tests.articles.test_admin_articles import change_form_data
from tests.factories import make_author

pytestmark = pytest.mark.django_db

FIRST_SIGHTING = """photo: invented-agency.kz

Kazakhstan Opens Invented Rail Link to China

An invented first paragraph about Astana and a new railway towards China.

An invented second paragraph about Almaty freight yards.

Avatar

Times of Central Asia

Invented Traffic Plan Approved in Bishkek

An invented paragraph about Kyrgyzstan and traffic in Bishkek.

Avatar

Times of Central Asia
"""

# The same two stories, changed: new bodies and credit. The bodies now mention Tajikistan
# throughout, so tagging would move them to Tajikistan where an editor did not lock countries.
CHANGED_COPY = """photo: another-invented-agency.tj

Kazakhstan Opens Invented Rail Link to China

A rewritten invented paragraph: Dushanbe and Tajikistan join the railway from Astana.

Tajik officials in Dushanbe welcomed the invented plan.

Avatar

Times of Central Asia

Invented Traffic Plan Approved in Bishkek

A rewritten invented paragraph: Dushanbe and Tajikistan watch Bishkek traffic.

Tajik planners in Dushanbe studied the invented scheme.

Avatar

Times of Central Asia
"""


def write_dump(folder, text):
    folder.mkdir()
    (folder / "page.txt").write_text(text, encoding="utf-8")
    return str(folder)


def import_dumps(*paths):
    call_command("import_dumps", *paths, stdout=StringIO())


def change(client, article, **overrides):
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client.get(url), **overrides))
    assert response.status_code == 302, response.context["adminform"].form.errors


@pytest.fixture
def imported(tmp_path):
    first = write_dump(tmp_path / "first", FIRST_SIGHTING)
    import_dumps(first)
    rail = Article.objects.get(title="Kazakhstan Opens Invented Rail Link to China")
    traffic = Article.objects.get(title="Invented Traffic Plan Approved in Bishkek")
    return first, rail, traffic


@pytest.fixture
def edited(admin_client, imported):
    """Editors' work through the real admin views: a headline, countries, author, visibility."""
    first, rail, traffic = imported
    uzbekistan = Country.objects.get(slug="uzbekistan")
    writer = make_author(name="Invented Staff Writer")
    # Headline and author on the change form; countries replaced in the inline.
    change(
        admin_client,
        rail,
        title="Kazakhstan and China Open an Invented Railway",
        author=writer.pk,
        **{
            "country_links-0-country": uzbekistan.pk,
            "country_links-1-DELETE": "on",
        },
    )
    # Unpublished with the bulk action.
    admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", ACTION_CHECKBOX_NAME: [traffic.pk]},
    )
    return first, rail, traffic, writer


def assert_edits_stand(rail, traffic, writer):
    rail.refresh_from_db()
    traffic.refresh_from_db()
    assert rail.title == "Kazakhstan and China Open an Invented Railway"
    assert rail.author == writer
    assert [c.slug for c in rail.countries.order_by("article_links__rank")] == ["uzbekistan"]
    assert rail.primary_country.slug == "uzbekistan"
    assert not traffic.is_published
    assert Article.objects.count() == 2


def test_admin_edits_are_locked(edited):
    _, rail, traffic, _ = edited
    rail.refresh_from_db()
    traffic.refresh_from_db()
    assert set(rail.locked_fields) == {"title", "author", "countries"}
    assert traffic.locked_fields == ["is_published"]


def test_reimporting_the_same_dumps_keeps_every_edit(edited):
    first, rail, traffic, writer = edited
    import_dumps(first)
    assert_edits_stand(rail, traffic, writer)


def test_a_changed_copy_updates_unlocked_fields_and_keeps_every_edit(edited, tmp_path):
    first, rail, traffic, writer = edited
    changed = write_dump(tmp_path / "changed", CHANGED_COPY)

    import_dumps(changed)
    import_dumps(first, changed)

    assert_edits_stand(rail, traffic, writer)
    # Unlocked fields follow the new copy: body, credit, and the traffic story's countries.
    assert rail.paragraphs[0].startswith("A rewritten invented paragraph")
    assert rail.photo_credit == "another-invented-agency.tj"
    assert traffic.paragraphs[0].startswith("A rewritten invented paragraph")
    assert "tajikistan" in {c.slug for c in traffic.countries.all()}


def test_retitled_article_is_updated_not_copied_under_its_old_headline(edited, tmp_path):
    _, rail, _, _ = edited
    import_dumps(write_dump(tmp_path / "changed", CHANGED_COPY))
    assert not Article.objects.filter(title="Kazakhstan Opens Invented Rail Link to China").exists()
    assert Article.objects.filter(identity_key=rail.identity_key).count() == 1


def test_unlocking_lets_the_next_import_update_the_field_again(admin_client, edited, tmp_path):
    _, _, traffic, _ = edited
    change(admin_client, traffic, locked_fields=[], is_published="on")
    traffic.refresh_from_db()
    # Re-publishing is itself an edit, so it is locked again; unlock it with the action.
    assert traffic.locked_fields == ["is_published"]
    admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unlock_all", ACTION_CHECKBOX_NAME: [traffic.pk]},
    )
    Article.objects.filter(pk=traffic.pk).update(body=[])

    import_dumps(write_dump(tmp_path / "changed", CHANGED_COPY))

    traffic.refresh_from_db()
    assert traffic.is_published
    assert traffic.paragraphs[0].startswith("A rewritten invented paragraph")
