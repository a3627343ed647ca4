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
"""

from .articles import FLAT, SHAPED, SPACED, Draft
from .author_boxes import Box, choose_author, find_boxes, parse_profile
from .furniture import (
    ARTICLES,
    AVATAR,
    BREADCRUMB,
    BYLINE,
    CAPTION,
    CREDIT,
    MORE,
    READ_MORE,
    TEXT,
    VIEW_MORE,
    Scan,
    Unit,
)
from .records import AuthorProfile
from .titles import is_heading_shaped, title_case_words

# Fewer significant words than this and a Title Case line reads as a subheading
# ("Tajikistan and Kyrgyzstan", "Conclusion") rather than a headline.
_MIN_TITLE_WORDS = 3
_SKIPPED_BETWEEN = (CREDIT, CAPTION)


def cut_page(scan: Scan) -> tuple[str, AuthorProfile | None, list[Draft], str]:
    """Return (layout, profile, drafts, body mode) for a scanned page."""
    units = scan.units
    kinds = {unit.kind for unit in units}
    if BREADCRUMB in kinds:
        profile, drafts = _profile(units, scan.warnings)
        return "author-profile", profile, drafts, FLAT
    if scan.listing:
        return "listing", None, cut_listing_entries(units), FLAT
    if VIEW_MORE in kinds or AVATAR in kinds:
        boxes = find_boxes(units, scan.warnings)
        drafts = cut_at_author_boxes(units, boxes)
        return _boxed_layout(units, len(boxes), kinds), None, drafts, SPACED
    if scan.spam or kinds & {BYLINE, MORE, READ_MORE} or any(unit.cut for unit in units):
        return "legacy", None, cut_river(units), SHAPED
    texts = [unit for unit in units if unit.kind == TEXT]
    layout = "title-body" if len(texts) > 1 and texts[1].gap == 0 else "headlines"
    return layout, None, cut_river(units), SHAPED


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
    """Optional credit, the title (first text line), optional credit, then the body."""
    for index, unit in enumerate(units):
        if unit.kind == TEXT:
            before = [u for u in units[:index] if u.kind == CREDIT]
            draft = Draft(unit.text, units[index + 1 :])
            draft.credit = before[0].text if before else None
            return draft
    return None


def cut_river(units: list[Unit]) -> list[Draft]:
    """Rivers without separators: a Title Case line, or a line above a byline, opens an article."""
    drafts: list[Draft] = []
    current: Draft | None = None
    pending: list[Unit] = []  # credits and captions seen before the next title
    after_teaser = False  # a teaser end or "Read more" link usually closes its entry
    opens, past = _openers(units), _past_credits(units)
    for index, unit in enumerate(units):
        if unit.kind == TEXT and (
            current is None or opens[index] or (after_teaser and is_heading_shaped(unit.text))
        ):
            current = Draft(unit.text)
            current.units, pending = pending, []
            drafts.append(current)
            after_teaser = False
        elif unit.kind == BYLINE:
            if current is not None:
                current.author = choose_author(unit.text)
        elif current is None or (unit.kind == CREDIT and opens[past[index + 1]]):
            pending.append(unit)
        else:
            current.units.append(unit)
            if unit.kind in (MORE, READ_MORE) or unit.cut:
                after_teaser = True
            elif unit.kind == TEXT:
                after_teaser = False
    return drafts


def _opens_article(units: list[Unit], index: int) -> bool:
    if index + 1 < len(units) and units[index + 1].kind == BYLINE:
        return True
    text = units[index].text
    return (
        is_heading_shaped(text)
        and title_case_words(text) >= _MIN_TITLE_WORDS
        and _next_unit(units, index) is not None
    )


def _openers(units: list[Unit]) -> list[bool]:
    """Whether each unit opens an article; decided once per unit, so lookahead stays linear."""
    opens = [unit.kind == TEXT and _opens_article(units, i) for i, unit in enumerate(units)]
    return [*opens, False]  # past the last unit nothing opens


def _past_credits(units: list[Unit]) -> list[int]:
    """For each index, the first index at or after it that is not a credit or caption.

    One backward pass: a run of a million credits must not be rescanned from each of them.
    """
    past = [len(units)] * (len(units) + 1)
    for index in range(len(units) - 1, -1, -1):
        past[index] = past[index + 1] if units[index].kind in _SKIPPED_BETWEEN else index
    return past


def _next_unit(units: list[Unit], index: int) -> Unit | None:
    for unit in units[index + 1 : index + 4]:
        if unit.kind not in _SKIPPED_BETWEEN:
            return unit
    return None


def cut_listing_entries(units: list[Unit]) -> list[Draft]:
    """Entries of a title and a body; a body always follows its title."""
    drafts: list[Draft] = []
    current: Draft | None = None
    pending: list[Unit] = []
    has_body = False
    for unit in units:
        if unit.kind == TEXT and (current is None or (has_body and is_heading_shaped(unit.text))):
            current = Draft(unit.text)
            current.units, pending = pending, []
            drafts.append(current)
            has_body = False
        elif current is None or (unit.kind == CREDIT and has_body):
            pending.append(unit)
        else:
            current.units.append(unit)
            has_body = has_body or unit.kind == TEXT
    return drafts


def _profile(units: list[Unit], warnings: list[str]) -> tuple[AuthorProfile, list[Draft]]:
    crumb_at = next(i for i, unit in enumerate(units) if unit.kind == BREADCRUMB)
    articles_at = next((i for i, u in enumerate(units) if u.kind == ARTICLES), None)
    if articles_at is None:
        warnings.append("author profile without an 'Articles' heading")
        articles_at = crumb_at + 1
        while articles_at < len(units) and _is_header_line(units[articles_at]):
            articles_at += 1
    profile = parse_profile(units[crumb_at + 1 : articles_at], units[crumb_at].text or None)
    drafts = cut_listing_entries(units[:crumb_at] + units[articles_at + 1 :])
    for draft in drafts:
        draft.author = profile.name
    return profile, drafts


def _is_header_line(unit: Unit) -> bool:
    return unit.kind == AVATAR or (unit.kind == TEXT and len(unit.text.split()) <= 4)
