"""The full-text search index, maintained by the database (see articles.search.schema).

SQLite: an external-content FTS5 table over (title, search_text) with triggers. PostgreSQL: a
stored generated tsvector column with a GIN index, and pg_trgm with a trigram index on titles.

The SQL is frozen here as it was when this migration was written: articles.search.schema holds
the current SQL, which later migrations and the post_migrate handler install.
"""

from django.db import migrations

SQLITE_INSTALL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(\n        title, search_text, content='articles_article', content_rowid='id',\n        tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO article_fts(article_fts, rank) VALUES('rank', 'bm25(10.0, 1.0)')",
    '\n        CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON articles_article BEGIN\n            INSERT INTO article_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);\n        END',
    "\n        CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON articles_article BEGIN\n            INSERT INTO article_fts(article_fts, rowid, title, search_text) VALUES ('delete', old.id, old.title, old.search_text);\n        END",
    "\n        CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF title, search_text\n        ON articles_article\n        WHEN old.title IS NOT new.title OR old.search_text IS NOT new.search_text BEGIN\n            INSERT INTO article_fts(article_fts, rowid, title, search_text) VALUES ('delete', old.id, old.title, old.search_text);\n            INSERT INTO article_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);\n        END",
    "INSERT INTO article_fts(article_fts) VALUES('rebuild')",
    'CREATE INDEX IF NOT EXISTS article_search_filter\n        ON articles_article (id, is_published, date)',
]

SQLITE_UNINSTALL = [
    'DROP INDEX IF EXISTS article_search_filter',
    'DROP TRIGGER IF EXISTS article_fts_insert',
    'DROP TRIGGER IF EXISTS article_fts_delete',
    'DROP TRIGGER IF EXISTS article_fts_update',
    'DROP TABLE IF EXISTS article_fts',
]

PG_INSTALL = [
    'CREATE EXTENSION IF NOT EXISTS pg_trgm',
    "ALTER TABLE articles_article ADD COLUMN IF NOT EXISTS search_vector tsvector\n        GENERATED ALWAYS AS (\n            setweight(to_tsvector('simple'::regconfig, split_part(search_text, E'\\n', 1)), 'A')\n            || setweight(to_tsvector('simple'::regconfig, search_text), 'B')\n        ) STORED",
    'ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN',
    'CREATE INDEX IF NOT EXISTS article_search_vector\n        ON articles_article USING gin (search_vector)',
    'CREATE INDEX IF NOT EXISTS article_title_trigram\n        ON articles_article USING gin (title gin_trgm_ops)',
]

PG_UNINSTALL = [
    'DROP INDEX IF EXISTS article_title_trigram',
    'DROP INDEX IF EXISTS article_search_vector',
    'ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector',
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def install(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, {"sqlite": SQLITE_INSTALL, "postgresql": PG_INSTALL}.get(vendor, []))


def uninstall(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, {"sqlite": SQLITE_UNINSTALL, "postgresql": PG_UNINSTALL}.get(vendor, []))


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editors_group")]

    operations = [migrations.RunPython(install, uninstall)]
