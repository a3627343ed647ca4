"""The query planner's statistics, kept fresh while an import grows the tables.

PostgreSQL plans each file's lookups (articles by identity key, links by article) from what it
last measured: a table measured empty and now holding 600,000 rows gets plans for an empty table,
and the cost per file keeps growing. So a run measures again (ANALYZE, a sample of each table:
about a second at a million articles) each time the articles it created reach half of what the
tables held at the last measure, and once more at its end. SQLite plans these lookups well
without statistics; a run ends with `PRAGMA optimize`, which measures only what needs it.
"""

from django.db import connection

from articles.models import Article, Author, ImportFile

MIN_GROWTH = 5_000  # articles created before a measure is worth taking
_TABLES = [
    Article._meta.db_table,
    Article.seen_in.through._meta.db_table,
    Article.topics.through._meta.db_table,
    Article.countries.through._meta.db_table,
    Author._meta.db_table,
    ImportFile._meta.db_table,
]


class PlannerStatistics:
    def __init__(self):
        self.measured = Article.objects.count()
        self.created = 0

    def note(self, created):
        """Count articles created; measure when they outgrow the last measure."""
        self.created += created
        if self.created >= max(MIN_GROWTH, self.measured // 2):
            self.measure()

    def finish(self):
        if self.created >= MIN_GROWTH or connection.vendor == "sqlite" and self.created:
            self.measure()

    def measure(self):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                for table in _TABLES:
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
            elif connection.vendor == "sqlite":
                cursor.execute("PRAGMA optimize")
        self.measured += self.created
        self.created = 0
