from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, ArticleCountry, Country, ImportFile, ImportRun, Topic
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def form_values(form):
    """What a browser would post for an unbound or bound form, as it was rendered."""
    data = {}
    for bound in form:
        value = bound.value()
        if bound.field.show_hidden_initial:
            data[bound.html_initial_name] = "" if value is None else value
        if value is None or value is False:
            continue
        if value is True:
            value = "on"
        data[bound.html_name] = value
    return data


def change_form_data(response, **overrides):
    """The POST data of an admin change form as rendered, with `overrides` applied."""
    data = form_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(form_values(formset.management_form))
        for form in formset.forms:
            data.update(form_values(form))
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def post_change(client, article, **overrides):
    page = client.get(change_url(article))
    assert page.status_code == 200
    return client.post(change_url(article), change_form_data(page, **overrides))


def post_action(client, action, articles, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    return client.post(CHANGELIST, data)


def test_changelist_shows_the_curation_columns(admin_client):
    make_article(
        title="Invented Headline About Steppe Trains",
        countries=["kazakhstan"],
        topics=["energy"],
        author=make_author(name="Invented Writer"),
    )
    response = admin_client.get(CHANGELIST)
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "Invented Headline About Steppe Trains",
        "Kazakhstan",
        "Energy",
        "Invented Writer",
    ]:
        assert text in content


@pytest.mark.parametrize(
    "query",
    [
        {"countries__id__exact": "KZ"},
        {"topics__id__exact": "ENERGY"},
        {"kind__exact": "news"},
        {"is_published__exact": "1"},
        {"is_featured__exact": "0"},
        {"is_truncated__exact": "0"},
        {"locked": "yes"},
        {"published_on__gte": "2025-01-01"},
    ],
)
def test_changelist_filters(admin_client, query):
    kazakh = make_article(countries=["kazakhstan"], topics=["energy"], locked_fields=["title"])
    make_article(
        countries=["china"],
        topics=["diplomacy"],
        kind=Article.Kind.OPINION,
        is_published=False,
        is_featured=True,
        is_truncated=True,
        date=date(2024, 6, 1),
    )
    ids = {
        "KZ": Country.objects.get(slug="kazakhstan").pk,
        "ENERGY": Topic.objects.get(slug="energy").pk,
    }
    response = admin_client.get(CHANGELIST, {k: ids.get(v, v) for k, v in query.items()})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [kazakh]


def test_changelist_filters_by_author_and_hand_edits(admin_client):
    author = make_author()
    mine = make_article(author=author)
    make_article(locked_fields=["title"])
    response = admin_client.get(CHANGELIST, {"author__id__exact": author.pk, "locked": "no"})
    assert list(response.context["cl"].result_list) == [mine]


def test_changelist_search_finds_cyrillic_in_any_case_in_title_and_body(admin_client):
    in_title = make_article(title="Почта Казахстана запускает сервис")
    in_body = make_article(body=[{"kind": "p", "text": "Придуманный абзац про ПОЧТУ."}])
    make_article(title="Unrelated Invented Story")

    found = admin_client.get(CHANGELIST, {"q": "ПОЧТА"}).context["cl"].result_list
    assert list(found) == [in_title]
    found = admin_client.get(CHANGELIST, {"q": "почту"}).context["cl"].result_list
    assert list(found) == [in_body]


def test_changelist_runs_the_same_queries_for_20_and_100_rows(admin_client):
    author = make_author()

    def count_queries(rows):
        Article.objects.all().delete()
        for _ in range(rows):
            make_article(author=author, countries=["kazakhstan", "china"], topics=["energy"])
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get(CHANGELIST)
        assert len(response.context["cl"].result_list) == rows
        return len(queries)

    twenty, hundred = count_queries(20), count_queries(100)
    assert twenty == hundred


def test_change_form_renders_with_countries_inline_and_locks(admin_client):
    article = make_article(countries=["kazakhstan", "china"], locked_fields=["title"])
    response = admin_client.get(change_url(article))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="locked_fields"' in content
    assert "country_links-TOTAL_FORMS" in content


def test_editing_the_headline_locks_the_title_and_keeps_the_identity(admin_client):
    article = make_article(title="Original Invented Headline")
    key = article.identity_key

    response = post_change(admin_client, article, title="Corrected Invented Headline")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Corrected Invented Headline"
    assert article.identity_key == key
    assert article.locked_fields == ["title"]


def test_saving_without_changes_locks_nothing(admin_client):
    article = make_article(
        countries=["kazakhstan"],
        topics=["energy"],
        captions=["An invented caption"],
        body=[{"kind": "h", "text": "A subheading"}, {"kind": "p", "text": "A paragraph."}],
    )
    assert post_change(admin_client, article).status_code == 302
    article.refresh_from_db()
    assert article.locked_fields == []
    assert article.body[0] == {"kind": "h", "text": "A subheading"}


def test_body_is_edited_as_text_with_subheadings(admin_client):
    article = make_article()
    body = "First new paragraph.\r\n\r\n## A new subheading\r\n\r\nLast paragraph."
    post_change(admin_client, article, body=body)
    article.refresh_from_db()
    assert article.body == [
        {"kind": "p", "text": "First new paragraph."},
        {"kind": "h", "text": "A new subheading"},
        {"kind": "p", "text": "Last paragraph."},
    ]
    assert "<h2" in article.body_html
    assert article.locked_fields == ["body"]


def test_unpublishing_on_the_change_form_locks_is_published(admin_client):
    article = make_article()
    post_change(admin_client, article, is_published=None)
    article.refresh_from_db()
    assert not article.is_published
    assert article.locked_fields == ["is_published"]


def test_changing_author_and_topics_locks_the_relations(admin_client):
    article = make_article(topics=["energy"])
    author = make_author()
    diplomacy = Topic.objects.get(slug="diplomacy")

    post_change(admin_client, article, author=author.pk, topics=[diplomacy.pk])

    article.refresh_from_db()
    assert article.author == author
    assert list(article.topics.all()) == [diplomacy]
    assert set(article.locked_fields) == {"author", "topics"}


def test_changing_countries_in_the_inline_renumbers_ranks_and_sets_the_primary(admin_client):
    article = make_article(countries=["kazakhstan", "china"])
    russia = Country.objects.get(slug="russia")

    # China (form 1) deleted; Russia added with rank 0, tying with Kazakhstan: entry order wins.
    post_change(
        admin_client,
        article,
        **{
            "country_links-1-DELETE": "on",
            "country_links-2-country": russia.pk,
            "country_links-2-rank": "0",
        },
    )

    article.refresh_from_db()
    ranked = list(article.country_links.values_list("country__slug", "rank"))
    assert ranked == [("kazakhstan", 0), ("russia", 1)]
    assert article.primary_country.slug == "kazakhstan"
    assert article.locked_fields == ["countries"]


def test_a_country_added_in_the_inline_goes_last_by_default(admin_client):
    article = make_article(countries=["kazakhstan", "china"])
    mongolia = Country.objects.get(slug="mongolia")
    post_change(admin_client, article, **{"country_links-2-country": mongolia.pk})
    slugs = list(article.country_links.order_by("rank").values_list("country__slug", flat=True))
    assert slugs == ["kazakhstan", "china", "mongolia"]


def test_moving_a_country_to_rank_zero_makes_it_primary(admin_client):
    article = make_article(countries=["kazakhstan", "china"])
    post_change(admin_client, article, **{"country_links-0-rank": "5"})
    article.refresh_from_db()
    assert article.primary_country.slug == "china"
    assert list(article.country_links.values_list("rank", flat=True)) == [0, 1]


def test_unticking_a_lock_unlocks_the_field(admin_client):
    article = make_article(locked_fields=["title", "body"])
    post_change(admin_client, article, locked_fields=["body"])
    article.refresh_from_db()
    assert article.locked_fields == ["body"]


def test_marking_a_duplicate_on_the_change_form_unpublishes_it(admin_client):
    kept = make_article()
    duplicate = make_article()
    post_change(admin_client, duplicate, duplicate_of=kept.pk)
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == kept
    assert not duplicate.is_published
    assert "is_published" in duplicate.locked_fields


def test_an_article_cannot_be_its_own_duplicate(admin_client):
    article = make_article()
    response = post_change(admin_client, article, duplicate_of=article.pk)
    assert response.status_code == 200
    assert "cannot be a duplicate of itself" in response.content.decode()


def test_editing_featured_rank_in_the_list_locks_it(admin_client):
    article = make_article(is_featured=True, featured_rank=3)
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": article.pk,
        "form-0-featured_rank": "1",
        "_save": "Save",
    }
    assert admin_client.post(CHANGELIST, data).status_code == 302
    article.refresh_from_db()
    assert article.featured_rank == 1
    assert article.locked_fields == ["featured_rank"]


def test_articles_are_neither_added_nor_deleted_in_the_admin(admin_client):
    article = make_article()
    assert admin_client.get(reverse("admin:articles_article_add")).status_code == 403
    delete = reverse("admin:articles_article_delete", args=[article.pk])
    assert admin_client.get(delete).status_code == 403


def test_change_form_lists_the_files_the_article_was_seen_in(admin_client):
    article = make_article()
    run = ImportRun.objects.create()
    seen = ImportFile.objects.create(run=run, path="/dumps/invented_page.txt", outcome="imported")
    article.seen_in.add(seen)
    content = admin_client.get(change_url(article)).content.decode()
    assert "/dumps/invented_page.txt" in content
    assert reverse("admin:articles_importfile_change", args=[seen.pk]) in content


def test_view_on_site_links_to_the_public_page_while_it_is_published(admin_client):
    article = make_article()
    content = admin_client.get(change_url(article)).content.decode()
    assert f'href="{article.get_absolute_url()}"' in content

    Article.objects.filter(pk=article.pk).update(is_published=False)
    content = admin_client.get(change_url(article)).content.decode()
    assert f'href="{article.get_absolute_url()}"' not in content


# --- Bulk actions ---------------------------------------------------------------------------------


def test_publish_and_unpublish_actions_lock_is_published(admin_client):
    article = make_article()
    assert post_action(admin_client, "unpublish", [article]).status_code == 302
    article.refresh_from_db()
    assert not article.is_published and article.locked_fields == ["is_published"]
    history = admin_client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert "Bulk action: Unpublished 1 article." in history.content.decode()

    post_action(admin_client, "publish", [article])
    article.refresh_from_db()
    assert article.is_published


def test_feature_action_appends_in_list_order_and_unfeature_clears(admin_client):
    make_article(is_featured=True, featured_rank=1)
    older = make_article(date=date(2025, 1, 1))
    newer = make_article(date=date(2025, 2, 1))

    post_action(admin_client, "feature", [older, newer])

    ranks = dict(Article.objects.filter(is_featured=True).values_list("pk", "featured_rank"))
    assert (ranks[newer.pk], ranks[older.pk]) == (2, 3)

    post_action(admin_client, "unfeature", [older])
    older.refresh_from_db()
    assert (older.is_featured, older.featured_rank) == (False, None)


def test_add_topic_action_asks_for_the_topic_then_adds_and_locks(admin_client):
    articles = [make_article(), make_article()]
    energy = Topic.objects.get(slug="energy")

    page = post_action(admin_client, "add_topic", articles)
    assert page.status_code == 200
    assert "Add a topic" in page.content.decode()

    done = post_action(admin_client, "add_topic", articles, topic=energy.pk, apply="Add a topic")
    assert done.status_code == 302
    for article in articles:
        article.refresh_from_db()
        assert list(article.topics.all()) == [energy]
        assert article.locked_fields == ["topics"]


def test_set_primary_country_action(admin_client):
    article = make_article(countries=["china", "kazakhstan"])
    kazakhstan = Country.objects.get(slug="kazakhstan")

    post_action(admin_client, "set_primary_country", [article], country=kazakhstan.pk, apply="Set")

    article.refresh_from_db()
    assert article.primary_country == kazakhstan
    assert ArticleCountry.objects.get(article=article, rank=0).country == kazakhstan
    assert article.locked_fields == ["countries"]


def test_retag_action_applies_rules_except_where_an_editor_set_countries(admin_client):
    body = [{"kind": "p", "text": "An invented paragraph about Tashkent and Samarkand."}]
    untouched = make_article(title="Invented News From Tashkent", body=body)
    hand_set = make_article(
        title="Invented News From Tashkent Again",
        body=body,
        countries=["mongolia"],
        locked_fields=["countries"],
    )

    post_action(admin_client, "retag", [untouched, hand_set])

    untouched.refresh_from_db()
    hand_set.refresh_from_db()
    assert untouched.primary_country.slug == "uzbekistan"
    assert hand_set.primary_country.slug == "mongolia"


def test_mark_duplicates_action_keeps_the_chosen_article(admin_client):
    kept, first, second = make_article(), make_article(), make_article()
    selection = [kept, first, second]

    page = post_action(admin_client, "mark_duplicates", selection)
    assert page.status_code == 200

    post_action(admin_client, "mark_duplicates", selection, keep=kept.pk, apply="Mark")

    assert set(kept.duplicates.all()) == {first, second}
    assert Article.objects.published().get() == kept


def test_unlock_all_action(admin_client):
    article = make_article(locked_fields=["title", "countries"])
    post_action(admin_client, "unlock_all", [article])
    article.refresh_from_db()
    assert article.locked_fields == []


def test_actions_work_across_every_page_with_select_across(admin_client):
    articles = [make_article(), make_article()]
    post_action(admin_client, "unpublish", articles[:1], select_across="1", index="0")
    assert not Article.objects.published().exists()


def test_saving_the_form_does_not_undo_an_import_made_while_it_was_open(admin_client):
    article = make_article(title="An Invented Headline")
    page = admin_client.get(change_url(article))
    new_body = [{"kind": "p", "text": "A fuller invented body from a later import."}]
    Article.objects.filter(pk=article.pk).update(body=new_body, photo_credit="invented.kz")
    article.topics.set([Topic.objects.get(slug="energy")])

    data = change_form_data(page, title="An Edited Invented Headline")
    assert admin_client.post(change_url(article), data).status_code == 302

    article.refresh_from_db()
    assert article.title == "An Edited Invented Headline"
    assert (article.body, article.photo_credit) == (new_body, "invented.kz")
    assert article.locked_fields == ["title"]
    assert [topic.slug for topic in article.topics.all()] == ["energy"]
    assert "edited invented headline" in article.search_text
