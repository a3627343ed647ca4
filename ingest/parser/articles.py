"""Drafts (a title and its units) -> ArticleRecord: blocks, dateline, credit, truncation."""

import re
from dataclasses import dataclass, field

from .furniture import CAPTION, CREDIT, MORE, READ_MORE, TEXT, Unit
from .records import ArticleRecord, Block
from .titles import identity_key, is_heading_shaped, split_kind

# How a body tells subheadings from paragraphs.
SPACED = "spaced"  # rivers with author boxes: a short line after an extra blank or NBSP spacer
SHAPED = "shaped"  # rivers without separators: any short line without closing punctuation
FLAT = "flat"  # listings: bodies are run together, everything is one paragraph

_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w'’., -]{0,40}?)\s*(?:\((?P<agency>[^)]{1,20})\)\s*)?"
    r"[-–—]{1,2}\s+(?=\S)"
)
_EXCERPT_END = "..."
_READ_MORE_PREFIX = re.compile(r"^Read\s+more\b\s*:?\s*", re.IGNORECASE)


@dataclass
class Draft:
    title: str
    units: list[Unit] = field(default_factory=list)
    credit: str | None = None
    author: str | None = None
    bio: str | None = None


def build_article(draft: Draft, mode: str) -> ArticleRecord:
    kind, title = split_kind(draft.title)
    article = ArticleRecord(
        title=title,
        kind=kind,
        dateline=None,
        photo_credit=draft.credit,
        author=draft.author,
        author_bio=draft.bio,
    )
    _fill_body(article, draft.units, mode)
    if mode == FLAT:
        _mark_excerpt(article)
    _take_dateline(article)
    return article


def _fill_body(article: ArticleRecord, units: list[Unit], mode: str) -> None:
    last_text = max((i for i, unit in enumerate(units) if unit.kind == TEXT), default=-1)
    for index, unit in enumerate(units):
        if unit.kind == TEXT:
            heading = index < last_text and _is_subheading(unit, mode)
            article.blocks.append(Block("h" if heading else "p", unit.text))
            article.truncated = article.truncated or unit.cut
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
        elif unit.kind == READ_MORE and _links_to(unit.text, article.title):
            # "Read more: <its own title>" closes a teaser; a link to another story does not.
            article.truncated = True


def _links_to(read_more: str, title: str) -> bool:
    linked = _READ_MORE_PREFIX.sub("", read_more)
    return bool(linked) and identity_key(linked) == identity_key(title)


def _is_subheading(unit: Unit, mode: str) -> bool:
    if mode == FLAT or (mode == SPACED and not unit.spaced):
        return False
    return is_heading_shaped(unit.text)


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
    """An ALL-CAPS place opening the body ("ASTANA - ", "BISHKEK (TCA) — ")."""
    if not article.blocks or article.blocks[0].kind != "p":
        return
    text = article.blocks[0].text
    match = _DATELINE.match(text)
    if match is None:
        return
    place = match["place"].strip(" ,")
    rest = text[match.end() :]
    letters = [char for char in place if char.isalpha()]
    if len(letters) < 2 or not place.isupper() or rest[0].islower():
        return
    article.dateline = place
    article.blocks[0] = Block("p", rest)
