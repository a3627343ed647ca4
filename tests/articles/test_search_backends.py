"""The search interface, on whichever database the suite runs on (CI runs SQLite and PostgreSQL)."""

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article, SpellingVariant
from articles.search import SearchResults, matching, parse_query, results
from articles.search.schema import missing_parts
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def para(*texts):
    return [{"kind": "p", "text": text} for text in texts]


def found(query, queryset=None, **kwargs):
    results = SearchResults(parse_query(query), queryset or Article.objects.all(), **kwargs)
    return [article.title for article in results[: results.count()]]


def test_every_word_must_match():
    make_article(title="Caspian ferry", body=para("New cargo route across the sea."))
    make_article(title="Caspian caviar", body=para("Sturgeon numbers recover."))
    assert found("caspian cargo") == ["Caspian ferry"]


def test_title_matches_rank_above_body_matches():
    make_article(title="Budget talks", body=para("The melons of Khorezm were mentioned once."))
    make_article(title="Melons of Khorezm", body=para("A harvest story."))
    assert found("melons") == ["Melons of Khorezm", "Budget talks"]


def test_quoted_phrase_needs_the_words_together():
    make_article(title="One", body=para("The green valley road was closed."))
    make_article(title="Two", body=para("The road to the green valley was closed."))
    assert found('"valley road"') == ["One"]


def test_minus_excludes():
    make_article(title="Solar park opens", body=para("Panels in the steppe."))
    make_article(title="Solar and coal", body=para("Panels beside a coal plant."))
    assert found("solar -coal") == ["Solar park opens"]
    assert found('panels -"coal plant"') == ["Solar park opens"]


def test_or_finds_either():
    make_article(title="Apricot exports", body=para("Dried fruit."))
    make_article(title="Walnut exports", body=para("Forest nuts."))
    make_article(title="Cotton exports", body=para("Fields."))
    assert sorted(found("apricot OR walnut exports")) == ["Apricot exports", "Walnut exports"]


def test_cyrillic_matches_whatever_its_case():
    make_article(title="Выставка ковров", body=para("Мастерицы из Ошской области показали КОВРЫ."))
    for query in ("ковры", "КОВРЫ", "Ковры", "ВЫСТАВКА", "ошской"):
        assert found(query) == ["Выставка ковров"], query


def test_yo_and_ye_are_one_letter():
    make_article(title="Зелёный коридор", body=para("Грузы идут быстрее."))
    assert found("зеленый") == ["Зелёный коридор"]


def test_spelling_variants_find_each_other_in_both_alphabets():
    make_article(title="Tokayev opens a school", body=para("A new school in the capital."))
    make_article(title="Встреча", body=para("Президент Токаев встретился с учителями."))
    make_article(title="Tokaev visits a farm", body=para("Wheat."))
    expected = ["Tokaev visits a farm", "Tokayev opens a school", "Встреча"]
    for query in ("Tokayev", "Tokaev", "Токаев", "ТОКАЕВ"):
        assert sorted(found(query)) == expected, query


def test_transliteration_finds_names_not_in_the_table():
    make_article(title="Новости Каракола", body=para("Туристы едут в горы."))
    assert found("Karakola") == ["Новости Каракола"]


def test_editors_add_spellings_in_the_database():
    make_article(title="Kurmanjan Datka remembered", body=para("A statue."))
    assert found("Kurmandzhan") == []
    SpellingVariant.objects.create(name="Kurmanjan", variants="Kurmandzhan\nКурманжан")
    assert found("Kurmandzhan") == ["Kurmanjan Datka remembered"]
    assert found("Курманжан") == ["Kurmanjan Datka remembered"]


def test_multi_word_spelling_matches_as_a_phrase():
    make_article(title="Kyrgyz Republic budget", body=para("Spending."))
    assert found("Kyrgyzstan") == ["Kyrgyz Republic budget"]


def test_only_published_articles_are_returned():
    make_article(title="Hidden glacier report", is_published=False)
    make_article(title="Public glacier report")
    assert found("glacier") == ["Public glacier report"]
    assert found("glacier", Article.objects.filter(is_published=False)) == []


def test_field_operators_filter():
    author = make_author(name="Askar Alimzhanov")
    make_article(title="Dam opinion", kind="opinion", author=author, countries=["kyrgyzstan"])
    make_article(title="Dam news", countries=["tajikistan"], topics=["energy"])
    assert found("dam kind:opinion") == ["Dam opinion"]
    assert found("dam author:alimzhanov") == ["Dam opinion"]
    assert found("dam country:tajikistan") == ["Dam news"]
    assert found("dam topic:energy") == ["Dam news"]
    assert found("dam -country:kyrgyzstan") == ["Dam news"]
    assert sorted(found("country:kyrgyzstan OR country:tajikistan")) == ["Dam news", "Dam opinion"]


def test_filters_alone_list_newest_first():
    make_article(title="Older", countries=["uzbekistan"], date="2025-01-01")
    make_article(title="Newer", countries=["uzbekistan"], date="2025-02-01")
    assert found("country:uzbekistan") == ["Newer", "Older"]


def test_order_by_date_when_asked():
    make_article(title="Wheat harvest wheat wheat", date="2025-01-01")
    make_article(title="Newer story", body=para("Wheat mentioned."), date="2025-03-01")
    assert found("wheat", order="newest") == ["Newer story", "Wheat harvest wheat wheat"]
    assert found("wheat", order="oldest") == ["Wheat harvest wheat wheat", "Newer story"]


def test_highlight_escapes_dump_text_and_marks_matches():
    make_article(
        title="Saiga <b>count</b>",
        body=para("Nothing here.", "The <script>alert(1)</script> saiga herd grew & grew."),
    )
    [article] = SearchResults(parse_query("saiga"), Article.objects.all())[:1]
    assert article.search_title == "<mark>Saiga</mark> &lt;b&gt;count&lt;/b&gt;"
    assert article.search_passage == (
        "The &lt;script&gt;alert(1)&lt;/script&gt; <mark>saiga</mark> herd grew &amp; grew."
    )


def test_highlight_marks_other_spellings_and_cuts_long_paragraphs():
    filler = "word " * 80
    make_article(title="Speech", body=para(f"{filler}then Токаев spoke. {filler}"))
    [article] = SearchResults(parse_query("Tokayev"), Article.objects.all())[:1]
    assert "<mark>Токаев</mark>" in article.search_passage
    assert article.search_passage.startswith("… ") and article.search_passage.endswith(" …")
    assert len(article.search_passage) < 300


def test_matching_keeps_the_queryset_order():
    make_article(title="Yak milk", date="2025-01-01")
    make_article(title="Yak wool", date="2025-02-01")
    queryset = Article.objects.order_by("sort_date")
    assert [a.title for a in matching(parse_query("yak"), queryset)] == ["Yak milk", "Yak wool"]


def test_index_follows_bulk_update_queryset_update_and_delete():
    article = make_article(title="Apple orchard", body=para("Fruit."))
    article.title = "Pear orchard"
    article.compute_derived()
    Article.objects.bulk_update([article], ["title", "search_text"])
    assert found("apple") == []
    assert found("pear") == ["Pear orchard"]
    Article.objects.filter(pk=article.pk).update(is_published=False)
    assert found("pear") == []
    Article.objects.filter(pk=article.pk).update(is_published=True)
    assert found("pear") == ["Pear orchard"]
    Article.objects.filter(pk=article.pk).delete()
    assert found("pear") == []


def test_index_follows_bulk_create():
    new = Article(
        title="Bulk camel", slug="bulk-camel", identity_key="bulk camel", first_seen="2025-01-01"
    )
    new.compute_derived()
    Article.objects.bulk_create([new])
    assert found("camel") == ["Bulk camel"]


def test_every_part_of_the_index_survives_the_migrations():
    # On SQLite a later migration that rebuilds articles_article drops triggers and indexes;
    # the post_migrate handler in articles.apps puts them back.
    assert missing_parts(connection) == []


def test_migrate_puts_back_a_dropped_part_of_the_index():
    # What a migration that rebuilds articles_article does to its triggers on SQLite.
    drop = (
        "DROP TRIGGER article_fts_update"
        if connection.vendor == "sqlite"
        else "DROP INDEX article_search_vector"
    )
    with connection.cursor() as cursor:
        cursor.execute(drop)
    assert missing_parts(connection) != []
    call_command("migrate", verbosity=0)
    assert missing_parts(connection) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm near matches")
def test_near_matches_on_postgresql():
    make_article(title="Tokayev meets farmers")
    results = SearchResults(parse_query("Tokayeb"), Article.objects.all())
    assert results.count() == 0
    assert [a.title for a in results.near_matches()] == ["Tokayev meets farmers"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="pg_trgm near matches are PostgreSQL's")
def test_no_near_matches_on_sqlite():
    make_article(title="Tokayev meets farmers")
    assert SearchResults(parse_query("Tokayeb"), Article.objects.all()).near_matches() == []


def test_relevance_is_judged_in_a_window_of_recent_matches(monkeypatch):
    monkeypatch.setattr(results, "RANK_WINDOW", 3)
    monkeypatch.setattr(results, "COUNT_LIMIT", 4)
    for n in range(6):  # added oldest first; the last three form the window
        title = "Flood flood report" if n in (0, 4) else f"Report {n}"
        make_article(title=title, body=para(f"Flood number {n}."))
    search = SearchResults(parse_query("flood"), Article.objects.all())
    assert search.count() == 4 and search.is_count_capped and search.is_window_partial
    page = [a.body[0]["text"] for a in search[0:10]]  # no further than the (capped) count
    # Window (articles 5, 4, 3): the title match first, then newest; then older ones, newest first.
    assert page == [f"Flood number {n}." for n in (4, 5, 3, 2)]
    assert [a.body[0]["text"] for a in search[2:4]] == ["Flood number 3.", "Flood number 2."]
    assert Article.objects.filter(pk__in=search.window()).count() == 3


def test_small_result_sets_are_counted_exactly():
    make_article(title="Snow leopard")
    search = SearchResults(parse_query("leopard"), Article.objects.all())
    assert search.count() == 1 and not search.is_count_capped and not search.is_window_partial
