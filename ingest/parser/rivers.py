"""Rivers without author boxes: where a headline opens an article (``cut_river``).

What opens an article, in this order:

- a title-shaped line (or one without letters, which the page then drops) directly above
  a ``• Written by`` byline;
- with no article open (the page's top, or after a staff byline closed the last one), or
  after a teaser end or a ``Read more`` link: a title-shaped line (short, no closing full
  stop, first letter a capital);
- with no article open, a line that opens like a story without a headline (a dateline,
  ``BISHKEK (TCA) — …``, or a series label, ``The Publisher's note: …``): an untitled
  article, its provisional title made later;
- inside a titled article, a title-shaped line behind a kind prefix (``Opinion: …``,
  ``Interview: …``): section headings never carry one;
- inside a titled article, a Title Case line of at least three significant words that names
  something: one of its words is an acronym (``UNDP``), has a capital inside (``McDonald``),
  or is a name on this page, i.e. the page's running text capitalises it mid-sentence and
  never writes it in lower case. A news headline names who or where; a section heading in
  Title Case ("Expanded Facilities and More Flights") names nothing, and stays a heading.
- An untitled article, or one titled by a bare series label ("Weekly Digest"), is one piece
  (a digest, a note): its headline-shaped lines are its inner headings, not new articles.

The outlet's name alone on a line (``Times of Central Asia``) is the staff byline of the
article above and closes it: credits and captions after it belong to the next article. Text
that no headline claims is dropped with a warning (``no headline found`` when the page has
no article at all).
"""

import re
from dataclasses import dataclass, field

from .articles import Draft
from .author_boxes import STAFF, choose_author, is_generic
from .datelines import opens_with_dateline
from .furniture import BYLINE, CAPTION, CREDIT, ITEM, MORE, READ_MORE, TEXT, Unit
from .records import Warnings
from .titles import (
    has_letters,
    is_heading_shaped,
    is_title_shaped,
    series_label,
    split_kind,
    title_case_words,
)

# Fewer significant words than this and a Title Case line reads as a subheading
# ("Tajikistan and Kyrgyzstan", "Conclusion") rather than a headline.
_MIN_TITLE_WORDS = 3
_SKIPPED_BETWEEN = (CREDIT, CAPTION)
_TITLED, _UNTITLED = "titled", "untitled"
_WARNING_WORDS = 8


def cut_river(units: list[Unit], warnings: Warnings) -> list[Draft]:
    """Cut a river into drafts by the rules in the module docstring."""
    names = PageNames(units)
    opens = [
        unit.kind == TEXT and not is_generic(unit.text) and _names_a_story(units, i, names)
        for i, unit in enumerate(units)
    ]
    opens.append(False)  # past the last unit nothing opens
    past = _past_credits(units)
    river = _River()
    for index, unit in enumerate(units):
        if unit.kind == TEXT and is_generic(unit.text):
            river.close_by_staff()
            continue
        start = _start(units, index, river.current, river.closed, opens)
        if start is not None:
            river.open(unit, titled=start == _TITLED)
        elif unit.kind == BYLINE:
            river.sign(unit.text)
        elif river.current is None:
            river.hold(unit)
        elif unit.kind in _SKIPPED_BETWEEN and (river.closed or opens[past[index + 1]]):
            river.pending.append(unit)
        else:
            river.keep(unit)
    river.finish()
    _warn_dropped(river.dropped, bool(river.drafts), warnings)
    return river.drafts


@dataclass
class _River:
    """The drafts cut so far and the one being filled."""

    drafts: list[Draft] = field(default_factory=list)
    current: Draft | None = None
    pending: list[Unit] = field(default_factory=list)  # credits and captions for the next title
    closed: bool = False  # a teaser end or "Read more" link usually closes its entry
    dropped: list[tuple[int, str]] = field(default_factory=list)  # (drafts before it, text)

    def open(self, unit: Unit, *, titled: bool) -> None:
        self.current = Draft(unit.text if titled else None)
        self.current.units, self.pending = self.pending, []
        if not titled:
            self.current.units.append(unit)
        self.drafts.append(self.current)
        self.closed = False

    def close_by_staff(self) -> None:
        """The outlet's name alone signs the article above and ends it."""
        if self.current is not None:
            self.current.author = self.current.author or STAFF
        self.current, self.closed = None, False

    def sign(self, byline: str) -> None:
        if self.current is not None:
            self.current.author = choose_author(byline)

    def hold(self, unit: Unit) -> None:
        """With no article open: text is dropped, furniture waits for the next title."""
        if unit.kind in (TEXT, ITEM):
            self.dropped.append((len(self.drafts), unit.text))
        else:
            self.pending.append(unit)

    def keep(self, unit: Unit) -> None:
        if self.current is None:
            self.hold(unit)
            return
        self.current.units += self.pending
        self.current.units.append(unit)
        self.pending = []
        if unit.kind in (MORE, READ_MORE) or unit.cut:
            self.closed = True
        elif unit.kind in (TEXT, ITEM):
            self.closed = False

    def finish(self) -> None:
        if self.current is not None:
            self.current.units += self.pending


def _start(
    units: list[Unit], index: int, current: Draft | None, closed: bool, opens: list[bool]
) -> str | None:
    """Whether this unit opens an article, titled or untitled, or None."""
    if units[index].kind != TEXT:
        return None
    text = units[index].text
    # A byline's title; a paragraph above a byline is still a paragraph, and a line without
    # letters still makes the draft the page drops with a warning.
    followed_by_byline = index + 1 < len(units) and units[index + 1].kind == BYLINE
    if followed_by_byline and (is_title_shaped(text) or not has_letters(text)):
        return _TITLED
    if current is None or closed:
        if is_title_shaped(text):
            return _TITLED
        if current is None and (opens_with_dateline(text) or series_label(text)):
            return _UNTITLED
        return None
    if current.title is None or _is_series_title(current.title):
        return None
    return _TITLED if opens[index] else None


def _is_series_title(title: str) -> bool:
    label = series_label(title)
    return label is not None and not label[1]


def _warn_dropped(dropped: list[tuple[int, str]], any_article: bool, warnings: Warnings) -> None:
    """One warning per run of dropped text, a run being the text between two articles."""
    runs: dict[int, str] = {}
    for place, text in dropped:
        runs.setdefault(place, text)  # a run is named by its first words
    for text in runs.values():
        words = " ".join(text.split()[:_WARNING_WORDS])
        if any_article:
            warnings.append(f"text without a headline dropped: {words}…")
        else:
            warnings.append(f"no headline found: {words}…")


def _names_a_story(units: list[Unit], index: int, names: "PageNames") -> bool:
    """A headline inside a titled article (see the module rules)."""
    text = units[index].text
    if _next_unit(units, index) is None:
        return False
    kind, rest = split_kind(text)
    if kind is not None:
        return is_title_shaped(rest)
    return (
        is_heading_shaped(text)
        and title_case_words(text) >= _MIN_TITLE_WORDS
        and names.named_in(text)
    )


def _next_unit(units: list[Unit], index: int) -> Unit | None:
    for unit in units[index + 1 : index + 4]:
        if unit.kind not in _SKIPPED_BETWEEN:
            return unit
    return None


def _past_credits(units: list[Unit]) -> list[int]:
    """For each index, the first index at or after it that is not a credit or caption.

    One backward pass: a run of a million credits must not be rescanned from each of them.
    """
    past = [len(units)] * (len(units) + 1)
    for index in range(len(units) - 1, -1, -1):
        past[index] = past[index + 1] if units[index].kind in _SKIPPED_BETWEEN else index
    return past


# --- names on a page -------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVES = ("'s", "’s", "'", "’")
_STEM = 5  # letters: "Kazakh" and "Kazakhstan", "Казахстан" and "Казахстана" share a stem
# A word mid-sentence: after a letter, digit, comma or semicolon and a space.
_AFTER_WORD = re.compile(r"(?<=[\w,;] )[^\W\d_][\w'’-]*")


class PageNames:
    """Words the page uses as names: capitalised mid-sentence in its prose, never lower case.

    Prose is every text line that is not heading-shaped, list items and caption lines;
    headings are in Title Case and say nothing about which words are names. Words are
    compared by their first five letters, casefolded, without a possessive.
    """

    def __init__(self, units: list[Unit]) -> None:
        words: set[str] = set()
        mid_sentence: set[str] = set()
        for unit in units:
            if unit.kind not in (TEXT, ITEM, CAPTION):
                continue
            words.update(_TOKEN.findall(unit.text))
            if unit.kind != TEXT or not is_heading_shaped(unit.text):
                mid_sentence.update(_AFTER_WORD.findall(unit.text))
        # Stems of distinct words only: a page repeats its words many times over.
        lower = {_stem(word) for word in words if word[0].islower()}
        capitalised = {_stem(word) for word in mid_sentence if word[0].isupper()}
        self._names = capitalised - lower
        self._asked: dict[str, bool] = {}  # a river repeats its furniture-like titles

    def named_in(self, title: str) -> bool:
        if title not in self._asked:
            self._asked[title] = any(self._is_name(word) for word in _TOKEN.findall(title))
        return self._asked[title]

    def _is_name(self, word: str) -> bool:
        bare = _bare(word)
        if len(bare) >= 2 and (bare.isupper() or _capital_inside(bare)):
            return True
        return word[0].isupper() and _stem(word) in self._names


def _bare(word: str) -> str:
    for ending in _POSSESSIVES:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _stem(word: str) -> str:
    # Only a short word's stem can reach its possessive ending: "Osh's" -> "osh".
    return (_bare(word) if len(word) <= _STEM + 2 else word[: _STEM + 2]).casefold()[:_STEM]


def _capital_inside(word: str) -> bool:
    """ "McDonald", "iPhone"; not "Check-In", which is how Title Case writes compounds."""
    if word == word.upper():
        return False
    return any(part[1:] != part[1:].lower() for part in word.split("-"))
