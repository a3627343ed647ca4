"""Dumps into the database: one transaction per file, bulk writes, editors' locks respected.

Identity: an article is the same article when its normalised title (`identity_key`: quotes,
dashes, case, spacing and kind prefixes do not matter) is the same, across files and runs; an
article whose page gave no headline (a provisional title) is identified by the opening of its
body instead, so two untitled digests never merge (`ingest.parser.record_identity_key`). The key
is stored when the article is first imported, so editors may retitle it freely. Articles of a
run started with --sample, or of a page that says it is a sample, are marked as samples. The
merge rules are in `ingest.merge`, the author rules in `ingest.author_index`, the field limits
in `ingest.limits`.

A file is read, checked and parsed outside any transaction; its write is one transaction that
first takes the import write lock (`ingest.locks`), so runs at the same time write one file after
another and each file reads, inside its transaction, everything the others committed: authors,
articles by identity key, slugs. A write that still meets a conflict (an editor's concurrent
change) is retried from the start. A file that fails leaves nothing behind but its ImportFile
record saying why; the other files of the run are imported. A file whose bytes were imported
before under the same rules, whose articles are all still there, is skipped unread.
The number of queries per file does not depend on its number of articles.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, IntegrityError, OperationalError, transaction
from django.db.models import Count, F

from articles import upkeep
from articles.models import Article, ExchangeRate, ImportFile, ImportRun
from articles.tagging import Tagger, set_primary_country, store_tag_links
from ingest import locks
from ingest.author_index import authors_resolve
from ingest.files import ImportFailure, display, read_dump
from ingest.limits import page_checked
from ingest.merge import article_merge
from ingest.parser import ParseError, parse_page
from ingest.rows import RowWriter, ids_by, insert_links
from ingest.runs import run_heartbeat
from ingest.sightings import prepare
from ingest.slugs import assign_unique_slugs

logger = logging.getLogger(__name__)
WRITE_ATTEMPTS = 3
DERIVED_TEXT = ["body_html", "summary", "search_text"]

__all__ = ["ImportFailure", "RunState", "file_failed", "file_import", "page_import"]


@dataclass
class ArticleTally:
    """What importing one file did to its articles."""

    found: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class RunState:
    """What the files of one run share: the run record, the tagging rules, how articles are
    written. Nothing read from the articles or authors: other runs change them meanwhile."""

    run: ImportRun
    force: bool = False
    tagger: Tagger = field(default_factory=Tagger.from_database)
    rows: RowWriter = field(default_factory=lambda: RowWriter(Article))

    @property
    def sample(self):
        return self.run.is_sample


def file_import(*, dump, state):
    """Import one dump (an ingest.files.DumpFile) and record the file either way."""
    record = ImportFile(
        run=state.run, path=display(dump.path), name=dump.name, outcome=ImportFile.Outcome.IMPORTED
    )
    try:
        data = read_dump(dump.path)
        record.checksum, record.size = hashlib.sha256(data).hexdigest(), len(data)
        if not state.force and (earlier := unchanged_since(record.checksum, state)):
            record.outcome = ImportFile.Outcome.SKIPPED
            record.message = f"unchanged since import #{earlier}"
            record.save()
            return record
        page = _parse(data)
        checked = page_checked(page)
        if not checked:
            raise ImportFailure("no article with a usable title in the file")
        sightings = prepare(sightings=checked, page=page, state=state)
        record.layout, record.encoding = page.layout, page.encoding
        record.page_date, record.warnings = page.page_date, page.warnings
        _write(record, page, sightings, state)
    except ImportFailure as failure:
        _record_failure(record, str(failure))
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the run
        # The command prints one line per failed file; the traceback is for debug logs only.
        logger.debug("Importing %s failed", record.path, exc_info=True)
        _record_failure(record, f"internal error: {type(error).__name__}: {_one_line(error)}")
    return record


def file_failed(*, run, path, reason):
    """Record a path that could not be imported at all (found while looking for files)."""
    return ImportFile.objects.create(
        run=run, path=path, name=path, outcome=ImportFile.Outcome.FAILED, message=reason
    )


def unchanged_since(checksum, state):
    """The id of an earlier run that imported these bytes under the same rules and kind (sample
    or not), all of whose articles from the file are still stored; else None."""
    return (
        ImportFile.objects.filter(
            checksum=checksum,
            outcome=ImportFile.Outcome.IMPORTED,
            run__rules_fingerprint=state.run.rules_fingerprint,
            run__is_sample=state.sample,
            run__dry_run=False,
        )
        .exclude(run=state.run)
        .annotate(kept=Count("articles"))
        .filter(kept=F("articles_found"))
        .values_list("run_id", flat=True)
        .first()
    )


def _write(record, page, sightings, state):
    """The file's one transaction, retried when it meets a conflict."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                locks.lock_file_writes()
                record.save()
                tally = page_import(page=page, sightings=sightings, import_file=record, state=state)
                _set_counts(record, tally)
                record.save()
                run_heartbeat(state.run)  # inside: no second turn at the write lock
            return
        except (IntegrityError, OperationalError):
            record.pk, record._state.adding = None, True
            if attempt == WRITE_ATTEMPTS:
                raise
            logger.info("Retrying %s after a conflict", record.path, exc_info=True)


def _record_failure(record, reason):
    _set_counts(record, ArticleTally())
    record.pk, record.outcome, record.message = None, ImportFile.Outcome.FAILED, reason
    record._state.adding = True
    record.save()


def _one_line(error):
    return " ".join(str(error).split())[:500]


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


def page_import(*, page, sightings, import_file, state):
    """Create or merge every prepared sighting of a checked page, with its authors, tags and
    rates. Runs inside the file's locked transaction."""
    authors = authors_resolve(records=[s.record for s in sightings], profile=page.author_profile)
    rates_store(page=page)
    merged = _merge_sightings(sightings=sightings, page=page, authors=authors, state=state)
    with upkeep.articles_changing([a.pk for a in merged.changed]) as changes:
        tagged = _retag(merged)
        _save(merged, state.rows)
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
    how many were unchanged, every one of them by identity key, and the tags prepared for
    each sighting's own text."""

    stored: dict
    new: list = field(default_factory=list)
    changed: dict = field(default_factory=dict)
    unchanged: int = 0
    prepared: dict = field(default_factory=dict)


def _merge_sightings(*, sightings, page, authors, state):
    """Merge each sighting into the stored article of the same identity, or a new one."""
    profile_name = page.author_profile.name if page.author_profile else None
    # Locked until this file commits, so an editor's save cannot land between this read and
    # the write below (the admin saves through select_for_update too). A no-op on SQLite, whose
    # IMMEDIATE transactions already keep writers apart.
    # The derived text is not read: an article that changes gets it computed afresh.
    stored = (
        Article.objects.select_for_update(of=("self",))
        .select_related("author")
        .defer(*DERIVED_TEXT)
        .in_bulk([s.key for s in sightings], field_name="identity_key")
    )
    merged = MergedPage(stored=stored)
    for sighting in sightings:
        key, record = sighting.key, sighting.record
        author = authors.get(record.author or profile_name)
        merged.prepared[key] = sighting
        if key not in stored:
            draft = sighting.draft
            draft.pk, draft._state.adding = None, True  # a retried write starts again
            draft.author = author
            stored[key] = draft
            merged.new.append(draft)
        elif fields := article_merge(
            article=stored[key],
            record=record,
            author=author,
            page_date=page.page_date,
            sample=state.sample or page.is_sample,
        ):
            merged.changed[stored[key]] = fields
        else:
            merged.unchanged += 1
    return merged


def _retag(merged):
    """Tags of new articles and of those whose title or body changed (those prepared when the
    text is the sighting's own); their primary country is set on the objects, so it is saved
    with the article rows rather than by a separate update."""
    changed_text = [a for a, fields in merged.changed.items() if fields & {"title", "body"}]
    tagged = [(article, merged.prepared[article.identity_key].tags) for article in merged.new]
    for article in changed_text:
        tagged.append((article, merged.prepared[article.identity_key].tags_for(article)))
    set_primary_country(tagged)
    for article in changed_text:
        merged.changed[article].add("primary_country")
    return tagged


def _save(merged, rows):
    new, changed = merged.new, merged.changed
    assign_unique_slugs(
        new, text=lambda a: a.title, seed=lambda a: a.identity_key, fallback="article"
    )
    for article in changed:  # new ones were computed when prepared
        article.compute_derived()
    rows.insert(new)
    ids = ids_by(Article, "identity_key", [a.identity_key for a in new])
    for article in new:
        article.pk = ids[article.identity_key]
        article._state.adding, article._state.db = False, DEFAULT_DB_ALIAS
    if changed:
        fields = set().union(*changed.values(), Article.DERIVED_FIELDS)
        rows.update(list(changed), fields)


def _record_seen(articles, import_file):
    """Remember that the file carried these articles (the file record is new: no conflicts)."""
    insert_links(
        Article.seen_in.through,
        ["article", "importfile"],
        [(article.pk, import_file.pk) for article in articles],
    )


def rates_store(*, page):
    """Exchange rates of the page (checked by ingest.limits), one per currency and page date.
    A page without a date has no day to file them under: they were skipped with a warning."""
    if not page.rates or page.page_date is None:
        return
    ExchangeRate.objects.bulk_create(
        [
            ExchangeRate(
                currency=rate.currency,
                base=rate.base,
                rate=rate.rate,
                change_percent=Decimal(str(rate.change_percent)),
                date=page.page_date,
            )
            for rate in page.rates
        ],
        update_conflicts=True,
        unique_fields=["currency", "base", "date"],
        update_fields=["rate", "change_percent"],
    )
