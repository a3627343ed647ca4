"""The bundled sample pages: invented stories, marked as samples, for a first look at an empty
reader. They go in only when the database has no article yet, and all come out again with
remove_samples."""

from django.conf import settings
from django.db import transaction

from articles import upkeep
from articles.models import Article, Author
from ingest import locks

SAMPLES_FOLDER = settings.BASE_DIR / "samples"


def samples_remove():
    """Delete every sample article, and the authors it leaves without articles (nothing else:
    rates, import history and other authors stay). Returns (articles removed, author names)."""
    with transaction.atomic():
        locks.lock_file_writes()  # not while an import is merging into them
        samples = Article.objects.filter(is_sample=True)
        ids = list(samples.values_list("pk", flat=True))
        author_ids = set(samples.exclude(author=None).values_list("author_id", flat=True))
        with upkeep.articles_changing(ids):
            Article.objects.filter(pk__in=ids).delete()
        orphans = Author.objects.filter(pk__in=author_ids, articles=None)
        names = sorted(orphans.values_list("name", flat=True))
        orphans.delete()
    return len(ids), names
