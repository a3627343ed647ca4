"""rebuild_search_index: repairs search text and the index, on either database."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from articles.search import SearchResults, parse_query
from articles.search.schema import missing_parts
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def found(query):
    results = SearchResults(parse_query(query), Article.objects.all())
    return [article.title for article in results[: results.count()]]


def rebuild(*args):
    out = StringIO()
    call_command("rebuild_search_index", *args, stdout=out)
    return out.getvalue()


def test_rebuild_recomputes_stale_search_text():
    make_article(title="Камчатка", body=[{"kind": "p", "text": "Volcanoes erupt."}])
    Article.objects.update(search_text="stale")  # as if derived by an older version
    assert found("volcanoes") == []
    output = rebuild()
    assert "1 search texts updated" in output
    assert found("volcanoes") == ["Камчатка"]
    assert found("Kamchatka") == ["Камчатка"]


def test_index_only_keeps_search_text():
    make_article(title="Tulips of Almaty")
    assert "0 search texts updated" in rebuild("--index-only")
    assert found("tulips") == ["Tulips of Almaty"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite triggers")
def test_rebuild_reinstalls_dropped_triggers_and_refills_the_index():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER article_fts_insert")
    make_article(title="Written while the trigger was missing")
    assert found("trigger") == []
    assert "Reinstalling missing parts: article_fts_insert" in rebuild("--index-only")
    assert missing_parts(connection) == []
    assert found("trigger") == ["Written while the trigger was missing"]
    make_article(title="Written after the repair trigger")
    assert len(found("trigger")) == 2
