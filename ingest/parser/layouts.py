"""Layout detection and cutting a page's units into article drafts.

Layout names (PageRecord.layout), checked in this order:

- ``author-profile``: an ``Our People > Name`` breadcrumb; a profile header, then listing
  entries that are that person's articles.
- ``listing``: a ``Viewing results A - B of N`` line; entries of a title and one run-together
  paragraph, cut at 500 words with ``...``.
- ``single``: one author box, and no photo credit before the title.
- ``author-box``: a river of articles each closed by ``View more articles from<Name>``.
- ``avatar``: a river of articles each closed by ``Avatar`` and a name line.
- ``legacy``: older pages: a spam line on top, ``• Written by`` bylines or teaser ends
  (``Register to read more ...``, ``Continue reading``, ``Read more: ...``).
- ``title-body``: the first title is followed by its body without a blank line.
- ``headlines``: anything else; articles follow each other with only a Title Case title
  between them.

Rivers without boxes (legacy, title-body, headlines) are cut by ``rivers.cut_river``; listing
entries and author boxes here. Everywhere a title must be title-shaped (short, no closing
full stop, first letter a capital): an article is never titled with a paragraph. A line
without a letter where a title should be ("★★★") still makes a draft, which the page drops
with a warning naming it, and its byline with it.
"""

from .articles import FLAT, SHAPED, SPACED, Draft
from .author_boxes import ROLE, STAFF, Box, find_boxes, is_generic, parse_profile
from .furniture import (
    ARTICLES,
    AVATAR,
    BREADCRUMB,
    BYLINE,
    CAPTION,
    CREDIT,
    ITEM,
    MORE,
    READ_MORE,
    TEXT,
    VIEW_MORE,
    Scan,
    Unit,
)
from .records import AuthorProfile, Warnings
from .rivers import cut_river
from .titles import has_letters, is_title_shaped

_MAX_ROLE_WORDS = 6


def cut_page(scan: Scan) -> tuple[str, AuthorProfile | None, list[Draft], str]:
    """Return (layout, profile, drafts, body mode) for a scanned page."""
    units = scan.units
    kinds = {unit.kind for unit in units}
    if BREADCRUMB in kinds:
        profile, drafts = _profile(units, scan.warnings)
        return "author-profile", profile, drafts, FLAT
    if scan.listing:
        return "listing", None, cut_listing_entries(units, scan.warnings), FLAT
    if VIEW_MORE in kinds or AVATAR in kinds:
        boxes = find_boxes(units, scan.warnings)
        drafts = cut_at_author_boxes(units, boxes)
        return _boxed_layout(units, len(boxes), kinds), None, drafts, SPACED
    if scan.spam or kinds & {BYLINE, MORE, READ_MORE} or any(unit.cut for unit in units):
        return "legacy", None, cut_river(units, scan.warnings), SHAPED
    texts = [unit for unit in units if unit.kind == TEXT]
    layout = "title-body" if len(texts) > 1 and texts[1].gap == 0 else "headlines"
    return layout, None, cut_river(units, scan.warnings), SHAPED


def _boxed_layout(units: list[Unit], box_count: int, kinds: set[str]) -> str:
    first_text = next((i for i, unit in enumerate(units) if unit.kind == TEXT), len(units))
    first_credit = next((i for i, unit in enumerate(units) if unit.kind == CREDIT), len(units))
    if box_count == 1 and first_text < first_credit:
        return "single"
    return "author-box" if VIEW_MORE in kinds else "avatar"


def cut_at_author_boxes(units: list[Unit], boxes: list[Box]) -> list[Draft]:
    """Each author box closes the article before it."""
    drafts: list[Draft] = []
    start = 0
    for box in boxes:
        draft = _segment(units[start : box.start])
        if draft is not None:
            draft.author, draft.bio = box.author, box.bio
            drafts.append(draft)
        start = box.end
    tail = _segment(units[start:])
    if tail is not None:
        drafts.append(tail)
    return drafts


def _segment(units: list[Unit]) -> Draft | None:
    """Optional credit, the title (first text line), optional credit, then the body.

    The box says this is an article: when its first text is no headline, the article is
    untitled and that text is its first paragraph.
    """
    for index, unit in enumerate(units):
        if unit.kind == TEXT:
            before = [u for u in units[:index] if u.kind == CREDIT]
            if is_title_shaped(unit.text) or not has_letters(unit.text):
                draft = Draft(unit.text, units[index + 1 :])
            else:
                draft = Draft(None, units[index:])
            draft.credit = before[0].text if before else None
            return draft
    return None


def cut_listing_entries(units: list[Unit], warnings: Warnings) -> list[Draft]:
    """Entries of a title and a body; a body always follows its title.

    After a body, a title-shaped line opens the next entry, and credits wait for it. The
    outlet's name alone on a line is the staff byline of the entry above. Text before the
    first title is dropped with a warning.
    """
    drafts: list[Draft] = []
    current: Draft | None = None
    pending: list[Unit] = []
    has_body = False
    for unit in units:
        if unit.kind == TEXT and is_generic(unit.text):
            if current is not None:
                current.author = current.author or STAFF
            continue
        if unit.kind == TEXT and (current is None or has_body) and _titles_entry(unit.text):
            current = Draft(unit.text)
            current.units, pending = pending, []
            drafts.append(current)
            has_body = False
        elif current is None:
            if unit.kind == TEXT:
                warnings.append(f"text without a headline dropped: {unit.text[:60]}…")
            else:
                pending.append(unit)
        elif unit.kind in (CREDIT, CAPTION) and has_body:
            pending.append(unit)
        else:
            current.units += pending
            current.units.append(unit)
            pending = []
            has_body = has_body or unit.kind in (TEXT, ITEM)
    if current is not None:
        current.units += pending
    return drafts


def _titles_entry(text: str) -> bool:
    return is_title_shaped(text) or not has_letters(text)


def _profile(units: list[Unit], warnings: Warnings) -> tuple[AuthorProfile, list[Draft]]:
    """The profile header between the breadcrumb and "Articles", then the entries.

    Without an "Articles" heading (a profile with one entry has none) the header is the
    avatar, the lines that repeat the person's name and a role line; the entries start at
    the first other line. A warning is given when no extra blank line marks that start.
    """
    crumb_at = next(i for i, unit in enumerate(units) if unit.kind == BREADCRUMB)
    articles_at = next((i for i, u in enumerate(units) if u.kind == ARTICLES), None)
    if articles_at is None:
        entries_at = _header_end(units, crumb_at)
        if entries_at < len(units) and not units[entries_at].spaced:
            warnings.append("author profile without an 'Articles' heading")
        header, entries = units[crumb_at + 1 : entries_at], units[entries_at:]
    else:
        header, entries = units[crumb_at + 1 : articles_at], units[articles_at + 1 :]
    profile = parse_profile(header, units[crumb_at].text or None)
    drafts = cut_listing_entries(units[:crumb_at] + entries, warnings)
    for draft in drafts:
        draft.author = profile.name
    return profile, drafts


def _header_end(units: list[Unit], crumb_at: int) -> int:
    near = units[crumb_at : crumb_at + 3]
    names = {unit.text.casefold() for unit in near if unit.kind in (BREADCRUMB, AVATAR)}
    end = crumb_at + 1
    while end < len(units) and _is_header_line(units[end], names, first=end == crumb_at + 1):
        end += 1
    return end


def _is_header_line(unit: Unit, names: set[str], *, first: bool) -> bool:
    """An avatar, the person's name, or a role line, before the first extra blank line."""
    if unit.spaced and not first:
        return False
    if unit.kind == AVATAR:
        return True
    if unit.kind != TEXT:
        return False
    text = unit.text
    return text.casefold() in names or (
        len(text.split()) <= _MAX_ROLE_WORDS and ROLE.search(text) is not None
    )
