"""The full-text search index, maintained by the database (see articles.search.schema).

SQLite: an external-content FTS5 table over (title, search_text) with triggers. PostgreSQL: a
stored generated tsvector column with a GIN index, and pg_trgm with a trigram index on titles.
"""

from django.db import migrations

from articles.search.schema import install_search_index, uninstall_search_index


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editors_group")]

    operations = [migrations.RunPython(install_search_index, uninstall_search_index)]
