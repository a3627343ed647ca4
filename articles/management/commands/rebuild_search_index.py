"""Repair the search index: recompute every article's search text, then re-read it into the index.

The index is kept current by the database on every write (articles.search.schema), so this is
for repairs: after a change to how search text is derived, after a migration that rebuilt the
articles table on SQLite (and dropped its triggers), or to compact the index.
"""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from articles.models import Article
from articles.search.schema import missing_parts, rebuild_index

BATCH_SIZE = 500


class Command(BaseCommand):
    help = "Recompute the search text of every article and rebuild the full-text index."

    def add_arguments(self, parser):
        parser.add_argument(
            "--index-only",
            action="store_true",
            help="Keep the stored search text; only reinstall and refill the index.",
        )

    def handle(self, *args, index_only=False, **options):
        missing = missing_parts(connection)
        if missing:
            self.stdout.write(f"Reinstalling missing parts: {', '.join(missing)}")
        changed = 0 if index_only else self.recompute_search_text()
        rebuild_index(connection)
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt on {connection.vendor}: "
                f"{Article.objects.count():,} articles, {changed:,} search texts updated."
            )
        )

    def recompute_search_text(self):
        changed = 0
        articles = Article.objects.only("pk", "title", "body", "search_text").order_by("pk")
        batch = []
        for article in articles.iterator(chunk_size=BATCH_SIZE):
            before = article.search_text
            article.compute_derived()
            if article.search_text != before:
                batch.append(article)
            if len(batch) == BATCH_SIZE:
                changed += self.save(batch)
                batch = []
        return changed + self.save(batch)

    def save(self, batch):
        with transaction.atomic():
            Article.objects.bulk_update(batch, ["search_text"])
        return len(batch)
