import pytest

from articles import editorial
from articles.models import Article, Author, Country, Topic
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def country_slugs(article):
    return [link.country.slug for link in article.country_links.order_by("rank")]


def test_lock_names_map_primary_country_to_countries_and_skip_the_lock_list():
    names = editorial.lock_names_for(["title", "primary_country", "locked_fields", "countries"])
    assert names == ["title", "countries"]


def test_unlock_fields_removes_named_locks_or_all():
    article = make_article(locked_fields=["title", "body", "topics"])
    other = make_article(locked_fields=["title"])

    assert editorial.unlock_fields(objects=[article], field_names=["body"]) == 1
    article.refresh_from_db()
    assert article.locked_fields == ["title", "topics"]

    assert editorial.unlock_fields(objects=Article.objects.all()) == 2
    assert list(Article.objects.values_list("locked_fields", flat=True)) == [[], []]
    other.refresh_from_db()
    assert other.locked_fields == []


def test_set_published_locks_only_articles_it_changed():
    shown = make_article(is_published=True)
    hidden = make_article(is_published=False)

    assert editorial.set_published(articles=Article.objects.all(), published=False) == 1

    shown.refresh_from_db()
    hidden.refresh_from_db()
    assert (shown.is_published, shown.locked_fields) == (False, ["is_published"])
    assert hidden.locked_fields == []


def test_feature_gives_the_next_ranks_in_the_order_given():
    make_article(is_featured=True, featured_rank=4)
    first, second = make_article(), make_article()

    assert editorial.feature(articles=[first, second]) == 2

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.featured_rank, second.featured_rank) == (5, 6)
    assert first.is_featured and set(first.locked_fields) == {"is_featured", "featured_rank"}


def test_feature_keeps_the_rank_of_an_article_already_featured():
    featured = make_article(is_featured=True, featured_rank=2)
    assert editorial.feature(articles=[featured]) == 0
    featured.refresh_from_db()
    assert featured.featured_rank == 2


def test_unfeature_clears_the_rank_and_locks_both_fields():
    article = make_article(is_featured=True, featured_rank=1)
    editorial.unfeature(articles=[article])
    article.refresh_from_db()
    assert (article.is_featured, article.featured_rank) == (False, None)
    assert set(article.locked_fields) == {"is_featured", "featured_rank"}


def test_add_topic_skips_articles_that_have_it():
    energy = Topic.objects.get(slug="energy")
    has_it = make_article(topics=[energy])
    lacks_it = make_article()

    assert editorial.add_topic(articles=Article.objects.all(), topic=energy) == 1

    assert list(lacks_it.topics.all()) == [energy]
    lacks_it.refresh_from_db()
    has_it.refresh_from_db()
    assert lacks_it.locked_fields == ["topics"]
    assert has_it.locked_fields == []


def test_set_primary_country_moves_it_to_rank_zero_and_keeps_the_others_in_order():
    article = make_article(countries=["uzbekistan", "russia", "kazakhstan"])

    editorial.set_primary_country(
        articles=[article], country=Country.objects.get(slug="kazakhstan")
    )

    article.refresh_from_db()
    assert country_slugs(article) == ["kazakhstan", "uzbekistan", "russia"]
    assert article.primary_country.slug == "kazakhstan"
    assert article.locked_fields == ["countries"]


def test_set_primary_country_adds_a_country_the_article_lacked():
    article = make_article(countries=["russia"])
    editorial.set_primary_country(
        articles=[article], country=Country.objects.get(slug="tajikistan")
    )
    article.refresh_from_db()
    assert country_slugs(article) == ["tajikistan", "russia"]


def test_renumber_countries_closes_gaps_and_follows_rank_zero():
    article = make_article(countries=["russia", "china"])
    article.country_links.filter(country__slug="russia").update(rank=7)
    article.country_links.filter(country__slug="china").update(rank=3)

    editorial.renumber_countries(article=article)

    article.refresh_from_db()
    assert list(article.country_links.values_list("country__slug", "rank")) == [
        ("china", 0),
        ("russia", 1),
    ]
    assert article.primary_country.slug == "china"
    assert article.locked_fields == ["countries"]


def test_renumber_countries_without_links_clears_the_primary():
    article = make_article(countries=["russia"])
    article.country_links.all().delete()
    editorial.renumber_countries(article=article)
    article.refresh_from_db()
    assert article.primary_country is None


def test_mark_duplicate_unpublishes_unfeatures_and_repoints_older_duplicates():
    kept = make_article()
    duplicate = make_article(is_featured=True, featured_rank=1)
    older = make_article(is_published=False, duplicate_of=duplicate)

    editorial.mark_duplicate(duplicate=duplicate, of=kept)

    duplicate.refresh_from_db()
    older.refresh_from_db()
    assert duplicate.duplicate_of == kept
    assert (duplicate.is_published, duplicate.is_featured, duplicate.featured_rank) == (
        False,
        False,
        None,
    )
    assert {"is_published", "is_featured", "featured_rank"} <= set(duplicate.locked_fields)
    assert older.duplicate_of == kept


def test_mark_duplicate_refuses_itself_and_a_duplicate_as_the_kept_article():
    article = make_article()
    with pytest.raises(ValueError):
        editorial.mark_duplicate(duplicate=article, of=article)
    already = make_article(duplicate_of=make_article())
    with pytest.raises(ValueError):
        editorial.mark_duplicate(duplicate=article, of=already)


def test_merge_authors_moves_articles_and_keeps_names_as_aliases():
    keep = make_author(name="Aigerim Example", aliases="A. Example")
    twin = make_author(name="Aigerim Exampel", aliases="aigerim example\nAigerim E.")
    article = make_article(author=twin)

    assert editorial.merge_authors(keep=keep, others=[keep, twin]) == 1

    article.refresh_from_db()
    keep.refresh_from_db()
    assert article.author == keep
    assert article.locked_fields == []
    assert keep.alias_list() == ["A. Example", "Aigerim Exampel", "Aigerim E."]
    assert not Author.objects.filter(pk=twin.pk).exists()


def test_keep_old_name_adds_an_alias_once():
    author = make_author(name="New Spelling")
    editorial.keep_old_name(author=author, old_name="Old Spelling")
    editorial.keep_old_name(author=author, old_name="old spelling")
    assert author.alias_list() == ["Old Spelling"]


def test_save_edits_writes_only_the_edited_fields_onto_the_current_row():
    article = make_article(title="Invented Before", dateline="ASTANA")
    Article.objects.filter(pk=article.pk).update(dateline="ALMATY")
    article.title = "Invented After"
    article.lock("title")

    saved = editorial.save_edits(obj=article, field_names=["title"])

    article.refresh_from_db()
    assert (article.title, article.dateline, article.locked_fields) == (
        "Invented After",
        "ALMATY",
        ["title"],
    )
    assert "invented after" in saved.search_text
