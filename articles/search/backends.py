"""The two full-text backends behind one interface: SQLite FTS5 and PostgreSQL tsvector.

Both index Article.title and Article.search_text (see articles.search.schema, kept current by
the database itself). Queries come as groups of alternative texts: every group must match,
through any of its texts, each matched as a phrase of its words. `match` and `exclude` filter a
queryset; `recent_ids` stops at a limit; `rank` orders a bounded list of ids (see
results.RANK_WINDOW); `near` finds near spellings where the database can.
"""

import json

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Expression, F
from django.db.models.expressions import RawSQL

from articles.models import Article
from articles.search import schema


class Backend:
    def __init__(self, using):
        self.using = using


class SQLiteBackend(Backend):
    """FTS5 over (title, search_text); bm25 ranks a title match ten times a body match."""

    _MATCHING_IDS = f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH %s"

    def match(self, queryset, groups):
        return queryset.filter(pk__in=RawSQL(self._MATCHING_IDS, [_fts_expression(groups)]))

    def exclude(self, queryset, texts):
        if not texts:
            return queryset
        return queryset.exclude(pk__in=RawSQL(self._MATCHING_IDS, [_fts_expression([texts])]))

    def recent_ids(self, queryset, groups, *, limit):
        """Ids of the `limit` most recently added matches, most recent first."""
        # FTS5 drives: it walks its matches newest rowid first and looks each up in the
        # filtered articles, so the work stops at `limit`. pk__in=(MATCH subquery) would first
        # collect every match.
        inner = queryset.order_by().values("pk").query
        try:
            inner_sql, inner_params = inner.get_compiler(using=self.using).as_sql()
        except EmptyResultSet:  # queryset.none(), e.g. after an invalid filter
            return []
        fts = schema.FTS_TABLE
        sql = (
            f"SELECT candidate.pk FROM {fts} "
            f"JOIN ({inner_sql}) AS candidate ON candidate.pk = {fts}.rowid "
            f"WHERE {fts} MATCH %s ORDER BY {fts}.rowid DESC LIMIT %s"
        )
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, [*inner_params, _fts_expression(groups), limit])
            return [row[0] for row in cursor.fetchall()]

    def rank(self, ids, groups, *, offset, limit):
        """These article ids, best match first (bm25; newest first among equals)."""
        if not ids:
            return []
        # The rowid bound lets FTS5 skip the doclists below it. The unary + keeps the IN from
        # being handed to FTS5, which would run the whole MATCH once per listed id; the ids go
        # as one JSON parameter, clear of SQLite's limit on parameters.
        sql = (
            f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH %s "
            "AND rowid >= %s AND +rowid IN (SELECT value FROM json_each(%s)) "
            "ORDER BY rank, rowid DESC LIMIT %s OFFSET %s"
        )
        params = [_fts_expression(groups), min(ids), json.dumps(ids), limit, offset]
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def near(self, queryset, text):
        """Near matches need pg_trgm; SQLite offers none."""
        return queryset.none()


def _fts_phrase(text):
    return '"' + text.replace('"', '""') + '"'


def _fts_expression(groups):
    return " AND ".join("(" + " OR ".join(map(_fts_phrase, group)) + ")" for group in groups)


class SearchVectorColumn(Expression):
    """articles_article.search_vector: a generated column that no model field describes.

    Compiled against the query's own base alias, so it stays right inside subqueries (U0).
    """

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.{connection.ops.quote_name(schema.PG_VECTOR_COLUMN)}", []


class PostgresBackend(Backend):
    """A stored tsvector (title weight A, body B, 'simple' config) with a GIN index."""

    def match(self, queryset, groups):
        return queryset.alias(search_vector=SearchVectorColumn()).filter(
            search_vector=_ts_query(groups)
        )

    def exclude(self, queryset, texts):
        if not texts:
            return queryset
        return queryset.alias(search_vector=SearchVectorColumn()).exclude(
            search_vector=_ts_query([texts])
        )

    def recent_ids(self, queryset, groups, *, limit):
        """Ids of the `limit` most recently added matches, most recent first."""
        recent = self.match(queryset, groups).order_by("-pk").values_list("pk", flat=True)
        return list(recent[:limit])

    def rank(self, ids, groups, *, offset, limit):
        """These article ids, best match first (ts_rank; newest first among equals)."""
        ranked = (
            Article.objects.using(self.using)
            .filter(pk__in=ids)
            .annotate(search_rank=SearchRank(SearchVectorColumn(), _ts_query(groups)))
            .order_by("-search_rank", "-pk")
            .values_list("pk", flat=True)
        )
        return list(ranked[offset : offset + limit])

    def near(self, queryset, text):
        """Headlines that nearly contain the text (pg_trgm word similarity, GIN-indexed)."""
        return (
            queryset.filter(TrigramWordSimilar(F("title"), text))
            .annotate(similarity=TrigramWordSimilarity(text, "title"))
            .order_by("-similarity", "-sort_date", "-id")
        )


def _ts_query(groups):
    query = None
    for group in groups:
        alternatives = None
        for text in group:
            phrase = SearchQuery(text, config="simple", search_type="phrase")
            alternatives = phrase if alternatives is None else alternatives | phrase
        query = alternatives if query is None else query & alternatives
    return query


def backend_for(queryset):
    vendor = connections[queryset.db].vendor
    if vendor == "sqlite":
        return SQLiteBackend(queryset.db)
    if vendor == "postgresql":
        return PostgresBackend(queryset.db)
    raise NotImplementedError(f"Search has no backend for {vendor}")
