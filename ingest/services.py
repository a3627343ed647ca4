"""Dumps into the database: one transaction per file, bulk writes, editors' locks respected.

Identity: an article is the same article when its normalised title (`identity_key`: quotes,
dashes, case, spacing and kind prefixes do not matter) is the same, across files and runs. The key
is stored when the article is first imported, so editors may retitle it freely. The merge rules
are in `ingest.merge`, the author rules in `ingest.author_index`.

A file that fails leaves nothing behind but its ImportFile record saying why; the other files of
the run are imported. The number of queries per file does not depend on its number of articles.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from articles.derived_text import make_slug
from articles.models import Article, ExchangeRate, ImportFile, ImportRun
from articles.tagging import Tagger, set_primary_country, store_tag_links
from ingest.author_index import AuthorIndex, authors_resolve
from ingest.merge import article_merge, article_new
from ingest.parser import ParseError, identity_key, parse_page

logger = logging.getLogger(__name__)
BATCH_SIZE = 500


class ImportFailure(Exception):
    """A file that cannot be imported; the message names the reason."""


@dataclass
class Counts:
    found: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class Context:
    """What the files of one run share: the run record, the tagging rules, the known authors."""

    run: ImportRun
    tagger: Tagger = field(default_factory=Tagger.from_database)
    authors: AuthorIndex = field(default_factory=AuthorIndex)
    today: date = field(default_factory=timezone.localdate)


def find_dump_files(paths):
    """Expand files and folders (searched recursively for *.txt) into (files, problems)."""
    files, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                problems.append((str(path), "folder holds no *.txt files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    return files, problems


def run_start(*, paths, dry_run=False):
    return ImportRun.objects.create(arguments=[str(p) for p in paths], dry_run=dry_run)


def run_finish(*, run, files):
    """Add up the files of a run and store the totals."""
    run.files_total = len(files)
    run.files_failed = sum(f.outcome == ImportFile.Outcome.FAILED for f in files)
    run.articles_created = sum(f.articles_created for f in files)
    run.articles_updated = sum(f.articles_updated for f in files)
    run.articles_unchanged = sum(f.articles_unchanged for f in files)
    run.status = ImportRun.Status.FAILED if run.files_failed else ImportRun.Status.SUCCEEDED
    run.finished_at = timezone.now()
    run.save()
    return run


def file_failed(*, run, path, reason):
    return ImportFile.objects.create(
        run=run, path=str(path), outcome=ImportFile.Outcome.FAILED, message=reason
    )


def file_import(*, path, context):
    """Import one dump in its own transaction and record the file either way."""
    record = ImportFile(run=context.run, path=str(path), outcome=ImportFile.Outcome.IMPORTED)
    try:
        data = _read(path)
        record.checksum, record.size = hashlib.sha256(data).hexdigest(), len(data)
        page = _parse(data)
        record.layout, record.encoding = page.layout, page.encoding
        record.page_date, record.warnings = page.page_date, page.warnings
        with transaction.atomic():
            record.save()
            counts = page_import(page=page, import_file=record, context=context)
            _set_counts(record, counts)
            record.save()
    except ImportFailure as failure:
        _record_failure(record, str(failure))
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the run
        # The command prints one line per failed file; the traceback is for debug logs only.
        logger.debug("Importing %s failed", path, exc_info=True)
        context.authors.reload()  # authors created in the rolled-back transaction are gone
        _record_failure(record, f"internal error: {type(error).__name__}: {error}")
    return record


def _record_failure(record, reason):
    _set_counts(record, Counts())
    record.pk, record.outcome, record.message = None, ImportFile.Outcome.FAILED, reason
    record.save()


def _read(path):
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ImportFailure(f"cannot read file: {error.strerror or error}") from error


def _parse(data):
    try:
        page = parse_page(data)
    except ParseError as error:
        raise ImportFailure(str(error)) from error
    if not page.articles:
        raise ImportFailure("no article found in the file")
    return page


def _set_counts(record, counts):
    record.articles_found = counts.found
    record.articles_created = counts.created
    record.articles_updated = counts.updated
    record.articles_unchanged = counts.unchanged


def page_import(*, page, import_file, context):
    """Create or merge every article of a parsed page, with its authors, tags and rates."""
    authors = authors_resolve(page=page, index=context.authors)
    profile_name = page.author_profile.name if page.author_profile else None
    rates_store(page=page)
    sightings = {}
    for record in page.articles:  # a repeat within one page merges into the first sighting
        sightings.setdefault(identity_key(record.title), record)
    sightings.pop("", None)
    # Locked until this file commits, so an editor's save cannot land between this read and
    # the write below (the admin saves through select_for_update too). A no-op on SQLite, whose
    # IMMEDIATE transactions already keep writers apart.
    stored = (
        Article.objects.select_for_update(of=("self",))
        .select_related("author")
        .in_bulk(list(sightings), field_name="identity_key")
    )
    counts = Counts(found=len(sightings))
    new, changed = [], {}
    for key, record in sightings.items():
        author = authors.get(record.author or profile_name)
        if key not in stored:
            day = page.page_date or context.today
            stored[key] = article_new(key=key, record=record, author=author, day=day)
            new.append(stored[key])
        elif fields := article_merge(
            article=stored[key], record=record, author=author, page_date=page.page_date
        ):
            changed[stored[key]] = fields
        else:
            counts.unchanged += 1
    retag = [*new, *(a for a, fields in changed.items() if fields & {"title", "body"})]
    tagged = [(article, context.tagger.tag_article(article)) for article in retag]
    set_primary_country(tagged)  # saved with the article rows, not by a separate update
    for article, _ in tagged:
        if article.pk is not None and article in changed:
            changed[article].add("primary_country")
    _save(new, changed)
    store_tag_links(tagged)
    Article.seen_in.through.objects.bulk_create(
        [
            Article.seen_in.through(article_id=article.pk, importfile_id=import_file.pk)
            for article in stored.values()
        ],
        ignore_conflicts=True,
    )
    counts.created, counts.updated = len(new), len(changed)
    return counts


def _save(new, changed):
    _assign_slugs(new)
    for article in [*new, *changed]:
        article.compute_derived()
    Article.objects.bulk_create(new, batch_size=BATCH_SIZE)
    if changed:
        now = timezone.now()
        for article in changed:
            article.updated_at = now
        # updated_at too: bulk_update does not apply auto_now.
        fields = set().union(*changed.values(), Article.DERIVED_FIELDS, {"updated_at"})
        Article.objects.bulk_update(list(changed), sorted(fields), batch_size=BATCH_SIZE)


def _assign_slugs(articles):
    for article in articles:
        article.slug = make_slug(article.title) or "article"
    wanted = [a.slug for a in articles]
    taken = set(Article.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    for article in articles:
        if article.slug in taken:
            digest = hashlib.sha1(article.identity_key.encode()).hexdigest()[:6]
            article.slug = f"{article.slug}-{digest}"
        taken.add(article.slug)


def rates_store(*, page):
    """Exchange rates of the page, one per currency and page date (a page without a date has
    no day to file them under, so they are skipped with a warning)."""
    if not page.rates:
        return
    if page.page_date is None:
        page.warnings.append("currency rates skipped: the page has no capture date")
        return
    ExchangeRate.objects.bulk_create(
        [
            ExchangeRate(
                currency=rate.currency,
                base=rate.base,
                rate=rate.rate,
                change_percent=Decimal(rate.change_percent),
                date=page.page_date,
            )
            for rate in page.rates
        ],
        update_conflicts=True,
        unique_fields=["currency", "base", "date"],
        update_fields=["rate", "change_percent"],
    )
