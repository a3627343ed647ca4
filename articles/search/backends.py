"""The two full-text backends behind one interface: SQLite FTS5 and PostgreSQL tsvector.

Both index Article.title and Article.search_text (see articles.search.schema, kept current by
the database itself) and take an ExpandedQuery: every group must match, through any of its
alternative texts; each text is matched as a phrase of its words.
"""

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connections
from django.db.models import Expression, F
from django.db.models.expressions import RawSQL

from articles.search import schema


class SQLiteBackend:
    """FTS5 over (title, search_text); bm25 ranks a title match ten times a body match."""

    _MATCHING_IDS = f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH %s"

    def match(self, queryset, groups):
        return queryset.filter(pk__in=RawSQL(self._MATCHING_IDS, [_fts_expression(groups)]))

    def exclude(self, queryset, texts):
        if not texts:
            return queryset
        return queryset.exclude(pk__in=RawSQL(self._MATCHING_IDS, [_fts_expression([texts])]))

    def ranked_ids(self, queryset, groups, *, offset, limit):
        # A join lets FTS5 compute bm25 during its own scan; a per-row subquery would not.
        inner = queryset.order_by().values("pk", "date").query
        inner_sql, inner_params = inner.get_compiler(using=queryset.db).as_sql()
        sql = (
            f"SELECT candidate.pk FROM {schema.FTS_TABLE} "
            f"JOIN ({inner_sql}) AS candidate ON candidate.pk = {schema.FTS_TABLE}.rowid "
            f"WHERE {schema.FTS_TABLE} MATCH %s "
            f"ORDER BY {schema.FTS_TABLE}.rank, candidate.date DESC, candidate.pk DESC "
            "LIMIT %s OFFSET %s"
        )
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [*inner_params, _fts_expression(groups), limit, offset])
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


class PostgresBackend:
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

    def ranked_ids(self, queryset, groups, *, offset, limit):
        ranked = self.match(queryset, groups).annotate(
            search_rank=SearchRank(SearchVectorColumn(), _ts_query(groups))
        )
        ordered = ranked.order_by("-search_rank", "-date", "-id").values_list("pk", flat=True)
        return list(ordered[offset : offset + limit])

    def near(self, queryset, text):
        """Headlines that nearly contain the text (pg_trgm word similarity, GIN-indexed)."""
        return (
            queryset.filter(TrigramWordSimilar(F("title"), text))
            .annotate(similarity=TrigramWordSimilarity(text, "title"))
            .order_by("-similarity", "-date", "-id")
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
        return SQLiteBackend()
    if vendor == "postgresql":
        return PostgresBackend()
    raise NotImplementedError(f"Search has no backend for {vendor}")
