"""How a sighting of an article on a page becomes, or updates, an Article.

Merging never loses information:
- a sighting identical to one already merged (same fingerprint) changes nothing, so importing
  the same files again, in any order, changes nothing;
- a complete body replaces an excerpt, or a different complete body (a changed copy); an excerpt
  never replaces a complete body, and replaces a shorter excerpt only;
- a credit, dateline, captions, kind or author from one sighting fill a gap left by another; a
  complete sighting also updates them, but never replaces a person with the outlet's byline;
- `first_seen` and `last_seen` are the earliest and latest capture dates of the pages the
  article was seen on (left empty when no page had one; the import day is never a date);
- a field whose name is in `locked_fields` is never written;
- a sample import marks the articles it creates as samples; a real sighting of a sample article
  makes it a real one.
"""

import hashlib
import json

from articles.models import Article

KINDS = {label.casefold(): value for value, label in Article.Kind.choices}
MAX_FINGERPRINTS = 50


def sighting_fingerprint(record):
    payload = [
        record.title,
        record.kind,
        record.dateline,
        record.photo_credit,
        record.captions,
        record.author,
        record.author_bio,
        [[b.kind, b.text] for b in record.blocks],
        record.truncated,
    ]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()[:16]


def blocks_of(record):
    return [{"kind": block.kind, "text": block.text} for block in record.blocks]


def kind_of(record):
    return KINDS.get((record.kind or "").casefold(), Article.Kind.NEWS)


def article_new(*, key, record, author, page_date, sample=False):
    """An unsaved Article for a first sighting; slug and derived fields are set by the caller."""
    return Article(
        identity_key=key,
        title=record.title,
        kind=kind_of(record),
        dateline=record.dateline or "",
        photo_credit=record.photo_credit or "",
        captions=list(record.captions),
        body=blocks_of(record),
        is_truncated=record.truncated,
        author=author,
        first_seen=page_date,
        last_seen=page_date,
        fingerprints=[sighting_fingerprint(record)],
        is_sample=sample,
    )


def article_merge(*, article, record, author, page_date, sample=False):
    """Merge a sighting into a stored article by the module's rules; returns changed fields."""
    changed = set()
    if article.is_sample and not sample:
        article.is_sample = False
        changed.add("is_sample")
    fingerprint = sighting_fingerprint(record)
    if fingerprint in article.fingerprints:
        return changed

    def put(name, value, current=None):
        current = getattr(article, name) if current is None else current
        if not article.is_locked(name) and current != value:
            setattr(article, name, value)
            changed.add(name)

    complete = not record.truncated
    _merge_body(article, record, complete, put)
    for name, value in (
        ("photo_credit", record.photo_credit or ""),
        ("dateline", record.dateline or ""),
        ("captions", list(record.captions)),
    ):
        if value and (complete or not getattr(article, name)):
            put(name, value)
    kind = kind_of(record)
    if kind != Article.Kind.NEWS and (complete or article.kind == Article.Kind.NEWS):
        put("kind", kind)
    if author is not None and _better_author(article.author, author, complete):
        put("author", author, current=article.author)
    if page_date and (article.first_seen is None or page_date < article.first_seen):
        put("first_seen", page_date)
    if page_date and (article.last_seen is None or page_date > article.last_seen):
        put("last_seen", page_date)
    if changed:
        article.fingerprints = [*article.fingerprints, fingerprint][-MAX_FINGERPRINTS:]
        changed.add("fingerprints")
    return changed


def _merge_body(article, record, complete, put):
    if article.is_locked("body"):
        return
    blocks = blocks_of(record)
    if complete:
        put("body", blocks)
        put("is_truncated", False)
    elif article.is_truncated and _length(blocks) > _length(article.body):
        put("body", blocks)


def _better_author(current, incoming, complete):
    if current is None:
        return True
    if current.pk == incoming.pk or incoming.is_outlet and not current.is_outlet:
        return False
    return complete or current.is_outlet


def _length(blocks):
    return sum(len(block["text"]) for block in blocks)
