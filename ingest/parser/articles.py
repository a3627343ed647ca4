"""Drafts (a title and its units) -> ArticleRecord.

- Blocks: text lines are paragraphs or subheadings (by the body mode), bulleted lines list
  items; a line without a letter or digit ("***") is no block.
- Captions and credits: a credit line before any text is the lead photo's credit, later ones
  and captions go to ``captions``, each text once (casefolded), never repeating the credit.
- Dateline: taken from the start of the first text, a paragraph or a heading-shaped line;
  when the second block opens with one, the short first block is the lead photo's caption
  line and moves to ``captions``. A title opening with ``PLACE (AGENCY) —`` gives it too.
- Excerpts: a listing body ending in ``...`` is cut there and marked truncated.
- Untitled drafts, and titles that are only a series label ("Weekly Digest"), get a
  provisional title (``titles.provisional_title``) and ``title_provisional``.
- ``published`` (``dates.estimate_published``) from the opening paragraphs, a series note
  left out; ``language`` (``language.guess_language``) from the title and body.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .datelines import split_dateline
from .dates import estimate_published, opens_with_date
from .furniture import CAPTION, CREDIT, ITEM, MORE, READ_MORE, TEXT, Unit
from .language import guess_language
from .records import ArticleRecord, Block
from .titles import identity_key, is_heading_shaped, provisional_title, series_label, split_kind

# How a body tells subheadings from paragraphs.
SPACED = "spaced"  # rivers with author boxes: a short line after an extra blank or NBSP spacer
SHAPED = "shaped"  # rivers without separators: any short line without closing punctuation
FLAT = "flat"  # listings: bodies are run together, everything is one paragraph

_EXCERPT_END = "..."
_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or digit: a line without one ("***") is no block
_READ_MORE_PREFIX = re.compile(r"^Read\s+more\b\s*:?\s*", re.IGNORECASE)
# A first block longer than this is a paragraph, not the lead photo's caption line.
_MAX_CAPTION_WORDS = 40
_LANGUAGE_SAMPLE = 3000


@dataclass
class Draft:
    title: str | None  # None: the page gave this article no headline
    units: list[Unit] = field(default_factory=list)
    credit: str | None = None
    author: str | None = None
    bio: str | None = None


def build_article(draft: Draft, mode: str, captured: date | None = None) -> ArticleRecord:
    """The record for one draft; ``captured`` is the page's date, for ``published``."""
    kind, title = split_kind(draft.title) if draft.title is not None else (None, "")
    dateline, title = split_dateline(title, in_title=True)
    untitled = not title  # no headline, or one that was only a dateline ("ALMATY (TCA) —")
    article = ArticleRecord(
        title=title,
        kind=kind,
        dateline=dateline,
        photo_credit=draft.credit,
        author=draft.author,
        author_bio=draft.bio,
    )
    _fill_body(article, draft.units, mode)
    if mode == FLAT:
        _mark_excerpt(article)
    _take_dateline(article)
    _collapse_captions(article)
    label = _series(article, untitled=untitled)
    article.published = estimate_published(_opening_paragraphs(article, label), captured)
    article.language = guess_language(_sample_text(article))
    return article


def _fill_body(article: ArticleRecord, units: list[Unit], mode: str) -> None:
    last_text = max((i for i, unit in enumerate(units) if unit.kind in (TEXT, ITEM)), default=-1)
    own_title = identity_key(article.title) if article.title else ""
    for index, unit in enumerate(units):
        if unit.kind in (TEXT, ITEM) and not _WORD_CHAR.search(unit.text):
            continue
        if unit.kind == TEXT:
            heading = index < last_text and _is_subheading(unit, mode)
            article.blocks.append(Block("h" if heading else "p", unit.text))
            article.truncated = article.truncated or unit.cut
        elif unit.kind == ITEM:
            article.blocks.append(Block("li", unit.text))
        elif unit.kind == CAPTION:
            article.captions.append(unit.text)
        elif unit.kind == CREDIT:
            # A credit line before any text is the lead photo's; later ones go with images.
            if article.photo_credit is None and not article.blocks:
                article.photo_credit = unit.text
            else:
                article.captions.append(unit.text)
        elif unit.kind == MORE:
            article.truncated = True
        elif unit.kind == READ_MORE and _links_to(unit.text, own_title):
            # "Read more: <its own title>" closes a teaser; a link to another story does not.
            article.truncated = True


def _links_to(read_more: str, own_title: str) -> bool:
    linked = _READ_MORE_PREFIX.sub("", read_more)
    return bool(linked) and bool(own_title) and identity_key(linked) == own_title


def _is_subheading(unit: Unit, mode: str) -> bool:
    if mode == FLAT or (mode == SPACED and not unit.spaced):
        return False
    # A digest item's dated summary ('Dec 17 — "…"') is short but never a heading.
    return is_heading_shaped(unit.text) and not opens_with_date(unit.text)


def _mark_excerpt(article: ArticleRecord) -> None:
    """A listing cuts long bodies at 500 words and appends "..."; that is an excerpt."""
    if not article.blocks:
        return
    last = article.blocks[-1]
    if last.kind == "p" and last.text.endswith(_EXCERPT_END):
        text = last.text[: -len(_EXCERPT_END)].rstrip()
        article.blocks[-1] = Block("p", text)
        article.truncated = True


def _take_dateline(article: ArticleRecord) -> None:
    """The dateline opening the first text, or the second after a caption line."""
    blocks = article.blocks
    for position in (0, 1):
        if position >= len(blocks) or blocks[position].kind == "li":
            return
        place, rest = split_dateline(blocks[position].text)
        if place is None:
            continue
        if position == 1:
            if blocks[0].kind != "h" and len(blocks[0].text.split()) > _MAX_CAPTION_WORDS:
                return
            article.captions.insert(0, blocks.pop(0).text)
        article.dateline = article.dateline or place
        if rest:
            blocks[0] = Block("p", rest)
        else:  # "ALMATY (TCA) —" alone on its line
            blocks.pop(0)
        return


def _collapse_captions(article: ArticleRecord) -> None:
    """Each caption text once, and none repeating the photo credit."""
    seen = {article.photo_credit.casefold()} if article.photo_credit else set()
    kept = []
    for caption in article.captions:
        key = caption.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(caption)
    article.captions = kept


def _series(article: ArticleRecord, *, untitled: bool) -> str | None:
    """The series label the article opens with, making its provisional title if it needs one.

    Returns the label when the first paragraph opens with it (that paragraph is then the
    series note, which says nothing about this issue).
    """
    title_label = series_label(article.title) if article.title else None
    first = article.blocks[0].text if article.blocks else ""
    body_label = series_label(first) if article.blocks and article.blocks[0].kind == "p" else None
    if untitled or (title_label is not None and not title_label[1]):
        if body_label is not None:
            label, opening = body_label
        else:
            label, opening = (title_label[0] if title_label else None), first
        article.title = provisional_title(label, opening)
        article.title_provisional = True
    return body_label[0] if body_label else None


def _opening_paragraphs(article: ArticleRecord, label: str | None) -> list[str]:
    paragraphs = article.paragraphs[:3]
    return paragraphs[1:] if label is not None and len(paragraphs) > 1 else paragraphs


def _sample_text(article: ArticleRecord) -> str:
    parts, size = [article.title], len(article.title)
    for block in article.blocks:
        if size >= _LANGUAGE_SAMPLE:
            break
        parts.append(block.text[:_LANGUAGE_SAMPLE])
        size += len(parts[-1])
    return " ".join(parts)
