"""How a sighting of an article on a page becomes, or updates, an Article.

Merging never loses information:
- a sighting identical to one already merged (same fingerprint) changes nothing, so importing
  the same files again, in any order, changes nothing;
- a complete body replaces an excerpt, or a different complete body (a changed copy); an excerpt
  never replaces a complete body, and replaces a shorter excerpt only;
- a credit, dateline, captions, kind or author from one sighting fill a gap left by another; a
  complete sighting also updates them, but never replaces a person with the outlet's byline;
- `first_seen` and `last_seen` are the earliest and latest capture dates of the pages the
  article was seen on (left empty when no page had one; the import day is never a date), also
  from a sighting identical to one merged before;
- the publication date is the parser's estimate from the article's own text (`published`, a
  date at day, month or year precision); of several sightings' estimates the most precise wins,
  then the earliest, so the order of imports does not matter; an editor's date is locked; no
  estimate leaves the date unknown;
- the language follows the sighting that sets the body; a provisional title (the page gave
  none) is marked so editors can see it;
- a field whose name is in `locked_fields` is never written;
- a sample import marks the articles it creates as samples; a real sighting of a sample article
  makes it a real one.
"""

import hashlib
import json

from articles.models import Article, DateSource

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
        language=record.language,
        title_is_provisional=record.title_provisional,
        **_publication(record.published),
    )


def article_merge(*, article, record, author, page_date, sample=False):
    """Merge a sighting into a stored article by the module's rules; returns changed fields."""
    changed = set()

    def put(name, value, current=None):
        current = getattr(article, name) if current is None else current
        if not article.is_locked(name) and current != value:
            setattr(article, name, value)
            changed.add(name)

    if article.is_sample and not sample:
        put("is_sample", False)
    # What depends on the page rather than the text: an identical sighting on another page
    # still moves the capture dates and may date the text better.
    if page_date and (article.first_seen is None or page_date < article.first_seen):
        put("first_seen", page_date)
    if page_date and (article.last_seen is None or page_date > article.last_seen):
        put("last_seen", page_date)
    _merge_publication(article, record.published, put)
    fingerprint = sighting_fingerprint(record)
    if fingerprint in article.fingerprints:
        return changed

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
    if "body" in changed:
        put("language", record.language)
    if changed:
        article.fingerprints = [*article.fingerprints, fingerprint][-MAX_FINGERPRINTS:]
        changed.add("fingerprints")
    return changed


PRECISION_RANK = {"year": 1, "month": 2, "day": 3}


def _publication(published):
    """Article fields for a parser estimate (a PartialDate) or none."""
    if published is None:
        return {}
    return {
        "published_on": published.first_day(),
        "date_precision": published.precision,
        "date_source": DateSource.TEXT,
    }


def _merge_publication(article, published, put):
    """Keep the best estimate: the most precise, then the earliest; an editor's date stays."""
    if published is None or article.is_locked("published_on"):
        return
    if article.date_source not in ("", DateSource.TEXT):
        return
    if article.published_on is not None:
        stored = (-PRECISION_RANK.get(article.date_precision, 0), article.published_on)
        incoming = (-PRECISION_RANK[published.precision], published.first_day())
        if stored <= incoming:
            return
    for name, value in _publication(published).items():
        put(name, value)


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
