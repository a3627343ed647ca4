from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.models import Article
from ingest.samples import SAMPLES_FOLDER


class Command(BaseCommand):
    help = (
        "Import the bundled sample pages (invented stories, marked as samples) into an EMPTY "
        "database, for a first look; with articles already there it says so and does nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="*", help=f"sample dumps (default: {SAMPLES_FOLDER.name}/)"
        )

    def handle(self, *args, paths, **options):
        existing = Article.objects.count()
        if existing:
            samples = Article.objects.filter(is_sample=True).count()
            what = "sample articles" if samples == existing else "articles"
            self.stdout.write(
                f"Samples not imported: the database already holds {existing:,} {what}. "
                "Samples go only into an empty database."
            )
            return
        call_command(
            "import_dumps",
            *(paths or [str(SAMPLES_FOLDER)]),
            sample=True,
            force=True,
            stdout=self.stdout,
            stderr=self.stderr,
        )
