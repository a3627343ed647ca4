"""The search index, kept current by the database: the current SQL, for the post_migrate handler
and the rebuild command (migration 0004 keeps a frozen copy of the first version).

The importer writes with bulk_create/bulk_update and the admin with queryset.update(), so no
Python hook sees every write; the database does. On SQLite, triggers on articles_article keep an
external-content FTS5 table in step; on PostgreSQL, search_vector is a generated column.

SQLite drops a table's triggers when a migration rebuilds the table (most AlterField and
RemoveField operations on Article do): a post_migrate handler (articles.apps) reinstalls whatever
is missing after every migrate, and a test checks nothing is. Changing the SQL here needs a new
migration that drops and reinstalls the index.
"""

FTS_TABLE = "article_fts"
PG_VECTOR_COLUMN = "search_vector"

_FTS_COLUMNS = "title, search_text"
_FTS_NEW = "new.id, new.title, new.search_text"
_FTS_OLD = "'delete', old.id, old.title, old.search_text"

SQLITE_TRIGGERS = {
    "article_fts_insert": f"""
        CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON articles_article BEGIN
            INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) VALUES ({_FTS_NEW});
        END""",
    "article_fts_delete": f"""
        CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON articles_article BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) VALUES ({_FTS_OLD});
        END""",
    # Only when the indexed text changes: publishing or featuring an article leaves the index be.
    "article_fts_update": f"""
        CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF title, search_text
        ON articles_article
        WHEN old.title IS NOT new.title OR old.search_text IS NOT new.search_text BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) VALUES ({_FTS_OLD});
            INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) VALUES ({_FTS_NEW});
        END""",
}

SQLITE_INSTALL = [
    # unicode61 folds case in every alphabet (Cyrillic too) and, with remove_diacritics 2,
    # lets Erdogan find Erdoğan.
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        {_FTS_COLUMNS}, content='articles_article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    # The default ORDER BY rank: a title match weighs ten times a body match.
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES('rank', 'bm25(10.0, 1.0)')",
    *SQLITE_TRIGGERS.values(),
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')",
    # Checking each match is published would otherwise read the whole row (is_published comes
    # after the long body columns, so past their overflow pages); this index answers it alone.
    """CREATE INDEX IF NOT EXISTS article_search_filter
        ON articles_article (id, is_published, sort_date)""",
]

SQLITE_UNINSTALL = [
    "DROP INDEX IF EXISTS article_search_filter",
    *(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS),
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

# 'simple' lower-cases and does not stem: Cyrillic words and names stay as written. The title is
# the first line of search_text (already case-folded), weighted A; the whole text is weighted B.
PG_INSTALL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"""ALTER TABLE articles_article ADD COLUMN IF NOT EXISTS {PG_VECTOR_COLUMN} tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, split_part(search_text, E'\\n', 1)), 'A')
            || setweight(to_tsvector('simple'::regconfig, search_text), 'B')
        ) STORED""",
    # Keep the vector in the row (compressed) rather than in TOAST: when the planner checks @@
    # row by row (frequent words, phrases) each check then costs no TOAST lookups.
    f"ALTER TABLE articles_article ALTER COLUMN {PG_VECTOR_COLUMN} SET STORAGE MAIN",
    f"""CREATE INDEX IF NOT EXISTS article_search_vector
        ON articles_article USING gin ({PG_VECTOR_COLUMN})""",
    """CREATE INDEX IF NOT EXISTS article_title_trigram
        ON articles_article USING gin (title gin_trgm_ops)""",
]

PG_UNINSTALL = [
    "DROP INDEX IF EXISTS article_title_trigram",
    "DROP INDEX IF EXISTS article_search_vector",
    f"ALTER TABLE articles_article DROP COLUMN IF EXISTS {PG_VECTOR_COLUMN}",
]


def _run(connection, statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install(connection):
    """Create whatever part of the index is missing and fill a new one (idempotent)."""
    if connection.vendor == "sqlite":
        _run(connection, SQLITE_INSTALL)
    elif connection.vendor == "postgresql":
        _run(connection, PG_INSTALL)


def rebuild_index(connection):
    """Reinstall whatever is missing, then re-read every article into the index."""
    if missing_parts(connection):
        install(connection)
    if connection.vendor == "sqlite":
        _run(
            connection,
            [
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')",
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('optimize')",
            ],
        )
    elif connection.vendor == "postgresql":
        # The generated column follows search_text on every write; only the index can bloat.
        _run(connection, ["REINDEX INDEX article_search_vector", "ANALYZE articles_article"])


def table_exists(connection):
    """False before the articles table is migrated in (or after it is migrated out)."""
    return "articles_article" in connection.introspection.table_names()


def missing_parts(connection):
    """Names of the parts of the search index that are missing: on SQLite, a migration that
    rebuilds articles_article drops its triggers and indexes."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")
            expected = [*SQLITE_TRIGGERS, "article_search_filter"]
        elif connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'articles_article' "
                "UNION SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'articles_article'"
            )
            expected = [PG_VECTOR_COLUMN, "article_search_vector", "article_title_trigram"]
        else:
            return []
        present = {row[0] for row in cursor.fetchall()}
    return [name for name in expected if name not in present]
