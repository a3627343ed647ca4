from django.core.management.base import BaseCommand

from ingest.samples import samples_remove


class Command(BaseCommand):
    help = (
        "Delete every sample article (imported with --sample or by import_samples), and the "
        "authors left with no article; nothing else."
    )

    def handle(self, *args, **options):
        articles, authors = samples_remove()
        if not articles:
            self.stdout.write("No sample articles to remove.")
            return
        self.stdout.write(f"Removed {articles} sample articles.")
        if authors:
            self.stdout.write(
                f"Removed {len(authors)} authors left without articles: {', '.join(authors)}."
            )
