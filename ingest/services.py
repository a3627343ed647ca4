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
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from articles import upkeep
from articles.models import Article, ExchangeRate, ImportFile, ImportRun
from articles.tagging import Tagger, set_primary_country, store_tag_links
from ingest.author_index import AuthorIndex, authors_resolve
from ingest.merge import article_merge, article_new
from ingest.parser import ParseError, identity_key, parse_page
from ingest.slugs import assign_unique_slugs

logger = logging.getLogger(__name__)
BATCH_SIZE = 500


class ImportFailure(Exception):
    """A file that cannot be imported; the message names the reason."""


@dataclass
class ArticleTally:
    """What importing one file did to its articles."""

    found: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class RunState:
    """What the files of one run share: the run record, the tagging rules, the known authors."""

    run: ImportRun
    tagger: Tagger = field(default_factory=Tagger.from_database)
    authors: AuthorIndex = field(default_factory=AuthorIndex)


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


def file_import(*, path, state):
    """Import one dump in its own transaction and record the file either way."""
    record = ImportFile(run=state.run, path=str(path), outcome=ImportFile.Outcome.IMPORTED)
    try:
        data = _read(path)
        record.checksum, record.size = hashlib.sha256(data).hexdigest(), len(data)
        page = _parse(data)
        record.layout, record.encoding = page.layout, page.encoding
        record.page_date, record.warnings = page.page_date, page.warnings
        with transaction.atomic():
            record.save()
            tally = page_import(page=page, import_file=record, state=state)
            _set_counts(record, tally)
            record.save()
    except ImportFailure as failure:
        _record_failure(record, str(failure))
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the run
        # The command prints one line per failed file; the traceback is for debug logs only.
        logger.debug("Importing %s failed", path, exc_info=True)
        state.authors.reload()  # authors created in the rolled-back transaction are gone
        _record_failure(record, f"internal error: {type(error).__name__}: {error}")
    return record


def _record_failure(record, reason):
    _set_counts(record, ArticleTally())
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


def _set_counts(record, tally):
    record.articles_found = tally.found
    record.articles_created = tally.created
    record.articles_updated = tally.updated
    record.articles_unchanged = tally.unchanged


def page_import(*, page, import_file, state):
    """Create or merge every article of a parsed page, with its authors, tags and rates."""
    authors = authors_resolve(page=page, index=state.authors)
    rates_store(page=page)
    merged = _merge_sightings(page=page, authors=authors)
    with upkeep.articles_changing([a.pk for a in merged.changed]) as changes:
        tagged = _retag(merged, state.tagger)
        _save(merged.new, merged.changed)
        changes.created([a.pk for a in merged.new])
        store_tag_links(tagged)
    _record_seen(merged.stored.values(), import_file)
    return ArticleTally(
        found=len(merged.stored),
        created=len(merged.new),
        updated=len(merged.changed),
        unchanged=merged.unchanged,
    )


@dataclass
class MergedPage:
    """The page's articles after merging: new (unsaved), changed ({article: changed fields}),
    how many were unchanged, and every one of them by identity key."""

    stored: dict
    new: list = field(default_factory=list)
    changed: dict = field(default_factory=dict)
    unchanged: int = 0


def _merge_sightings(*, page, authors):
    """Merge each article of the page into the stored article of the same identity, or a new one.

    A repeat within one page merges into its first sighting.
    """
    profile_name = page.author_profile.name if page.author_profile else None
    sightings = {}
    for record in page.articles:
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
    merged = MergedPage(stored=stored)
    for key, record in sightings.items():
        author = authors.get(record.author or profile_name)
        if key not in stored:
            stored[key] = article_new(
                key=key, record=record, author=author, page_date=page.page_date
            )
            merged.new.append(stored[key])
        elif fields := article_merge(
            article=stored[key], record=record, author=author, page_date=page.page_date
        ):
            merged.changed[stored[key]] = fields
        else:
            merged.unchanged += 1
    return merged


def _retag(merged, tagger):
    """Tag new articles and those whose title or body changed; set their primary country on the
    objects, so it is saved with the article rows rather than by a separate update."""
    changed_text = [a for a, fields in merged.changed.items() if fields & {"title", "body"}]
    tagged = [(article, tagger.tag_article(article)) for article in [*merged.new, *changed_text]]
    set_primary_country(tagged)
    for article in changed_text:
        merged.changed[article].add("primary_country")
    return tagged


def _record_seen(articles, import_file):
    """Remember that the file carried these articles."""
    Article.seen_in.through.objects.bulk_create(
        [
            Article.seen_in.through(article_id=article.pk, importfile_id=import_file.pk)
            for article in articles
        ],
        ignore_conflicts=True,
    )


def _save(new, changed):
    assign_unique_slugs(
        new, text=lambda a: a.title, seed=lambda a: a.identity_key, fallback="article"
    )
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
