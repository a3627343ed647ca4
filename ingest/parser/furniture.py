"""Line scanner: cuts a dump into units and takes the page furniture out of the text.

One pass over the lines. Furniture that only carries page data (ticker, capture date,
``Viewing results``, spam, shortcodes, the sample notice) is consumed here; furniture that
marks structure (author boxes, breadcrumbs, bylines, teaser ends, photo captions, list
items) becomes a unit of its own kind so that the layout code can use it, and never reaches
an article's text as a paragraph.

The sample notice is a line opening with ``SAMPLE PAGE`` (the bundled samples start with
``SAMPLE PAGE — invented text for the Central Asia Reader; not news``): it is dropped and the
page is marked ``is_sample``.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .cleaning import clean, normalise_credit, strip_invisible
from .rates import TICKER_ITEM, read_rate, skipped_warning
from .records import Rate, Warnings
from .shortcodes import CAPTION_MARK, MARK_CLOSE, MARK_OPEN, replace_shortcodes

TEXT = "text"
CREDIT = "credit"  # photo credit line: "photo: akorda.kz", "@norma.uz"
CAPTION = "caption"  # from a [caption] shortcode, or a line ending "(Ministry photo)"
AVATAR = "avatar"  # "Avatar" or "Name's Avatar" (text: the name or "")
VIEW_MORE = "view-more"  # "View more articles fromName" (text: the name)
BREADCRUMB = "breadcrumb"  # "Our People > Name" (text: the name)
ARTICLES = "articles"  # "Articles" heading of an author profile
BYLINE = "byline"  # "• Written by Name" (text: the name)
MORE = "more"  # a teaser end on its own line: "Continue reading"
READ_MORE = "read-more"  # "Read more: <title>" link after a teaser (text: the whole line)
ITEM = "item"  # a bulleted line that is no ticker, byline or article info: a list item


@dataclass(slots=True)
class Unit:
    kind: str
    text: str
    gap: int = 0  # blank or spacer lines before this one
    spaced: bool = False  # an extra blank line or an NBSP-only spacer came before it
    cut: bool = False  # a teaser marker was removed from its end


@dataclass
class Scan:
    units: list[Unit] = field(default_factory=list)
    rates: list[Rate] = field(default_factory=list)
    page_date: date | None = None
    results_total: int | None = None
    listing: bool = False  # a "Viewing results" line was seen
    spam: bool = False
    is_sample: bool = False
    warnings: Warnings = field(default_factory=Warnings)
    captions: list[str] = field(default_factory=list)  # shortcode captions, by marker index
    rate_seen: dict[str, Rate] = field(default_factory=dict)  # by currency
    items_read: set[str] = field(default_factory=set)  # ticker items as printed


_LINE = re.compile(
    r"(?P<bullet>•)\s*(?P<bullet_body>.*)"
    r"|(?P<ticker>[A-Z]{3}\s*/\s*[A-Z]{3}\s*=.*)"
    r"|Viewing\s+results\s+\d+\s*[-–]\s*\d+\s+of\b\s*(?P<total>[0-9][0-9,]*)?\s*$"
    r"|View\s+more\s+articles\s+from\s*(?P<view_more>.*)"
    r"|(?:Home\s*[>›»]\s*)?Our\s+People\s*[>›»]\s*(?P<breadcrumb>.*)"
    r"|(?P<avatar>Avatar)$"
    r"|(?P<articles>Articles)(?:\s*\(\d+\))?$"
    r"|(?P<divider>divider)$"
    r"|(?P<sample>SAMPLE\s+PAGE\b)"
    r"|(?P<read_more>Read\s+more\b\s*(?::.*|\.\.\.|…)?)$"
    r"|(?P<credit>(?i:photo|image|foto|фото)(?i:\s+credit)?\s*:.*|@\S.{0,150})$"
    r"|(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})$"
    r"|(?P<month2>[A-Za-z]+)\s+(?P<day2>\d{1,2}),\s*(?P<year2>\d{4})$"
)
# A photo's caption line ends by crediting it: "(Ministry photo)", "(Photo: TCA)".
_PHOTO_CAPTION = re.compile(
    r"\((?:[^()]{1,60}\s)?(?:photo|photograph|фото)(?:\s+by\s+[^()]{1,60}|\s*:\s*[^()]{1,60})?\)$",
    re.IGNORECASE,
)
_PHOTO_CAPTION_TAIL = 160  # characters: the longest credit in parentheses and some
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_AVATAR_OF = re.compile(r"(.+?)['’]s\s+Avatar$")
_TICKER_LIKE = re.compile(r"[A-Z]{3}\s*/\s*[A-Z]{3}")
_BYLINE = re.compile(r"Written\s+by\s+(?P<name>\S.*)", re.IGNORECASE)
# Other lines of the old article-info list; they say nothing the record keeps.
_INFO_BULLET = re.compile(
    r"(?:(?:Published|Created|Last\s+Updated|Hits|Category|Parent\s+Category)\s*:|Details$)",
    re.IGNORECASE,
)
# "divider" glued into running text after a sentence; "a room divider" stays.
_INLINE_DIVIDER = re.compile(r"(?:^|(?<=[.!?:;\"”’)]))\s*divider(?![a-zа-я])\s*")
_TEASER_END = re.compile(
    r"\s*(?:Register\s+to\s+read\s+more|Continue\s+reading)\s*(?:\.\.\.|…|→|»|›)?\s*$",
    re.IGNORECASE,
)
_SPAM = re.compile(
    r"\b(?:astropay|bozdurma|bahis|deneme\s+bonusu|güvenilir|giriş|kumar|casino\s+siteleri)\b",
    re.IGNORECASE,
)
# A result count longer than this is not a count.
_MAX_TOTAL_DIGITS = 9
_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip


# Groups of _LINE that become structural units, and whether the group text is their payload.
_MARKERS = (
    ("view_more", VIEW_MORE, True),
    ("breadcrumb", BREADCRUMB, True),
    ("avatar", AVATAR, False),
    ("articles", ARTICLES, False),
    ("read_more", READ_MORE, True),
)


def scan(text: str) -> Scan:
    """Split decoded text into units; collect rates, capture date and result count."""
    result = Scan()
    text = strip_invisible(text)
    # The caption markers' characters mean nothing in a dump; a page that has them loses them.
    for char in (MARK_OPEN, MARK_CLOSE):
        if char in text:
            text = text.replace(char, "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "[" in text:
        text = replace_shortcodes(text, result.captions)
    blanks, spacer, after_ticker = 0, False, False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if line:
                spacer = spacer or not line.isascii()
            blanks += 1
            continue
        # Whitespace runs collapse first, so no pattern below meets a long run of spaces.
        captions, stripped = _captions(clean(stripped), result)
        kept = _line(stripped, result, after_ticker) if stripped else "caption"
        after_ticker = kept == "ticker"
        for unit in captions + (kept if isinstance(kept, list) else []):
            unit.gap, unit.spaced = blanks, spacer or blanks >= 2
            result.units.append(unit)
        blanks, spacer = 0, False
    return result


def _captions(line: str, result: Scan) -> tuple[list[Unit], str]:
    """Caption units for the markers in a line, and the line without them."""
    if MARK_OPEN not in line:
        return [], line
    units = [Unit(CAPTION, result.captions[int(i)]) for i in CAPTION_MARK.findall(line)]
    return units, clean(CAPTION_MARK.sub(" ", line))


def _line(line: str, result: Scan, after_ticker: bool) -> list[Unit] | str:
    """Units for one non-blank line, or a tag saying what furniture it was."""
    match = _LINE.match(line)
    if match is None or match["credit"]:
        if not result.units and not result.spam and _SPAM.search(line):
            result.spam = True
            return "spam"
        if match is None:
            return _text(line, result)
        if line[0] == "@" and _SENTENCE_END.search(line):
            return _text(line, result)  # "@UN_Women said ..." opens a paragraph
        credit = normalise_credit(line)
        return [Unit(CREDIT, credit)] if credit else "credit"
    if match["bullet"] or match["ticker"]:
        return _bullet(line, match["bullet_body"] or line, result)
    if match["day"] or match["day2"]:
        return _date(match, line, result, after_ticker)
    for group, kind, payload in _MARKERS:
        if match[group] is not None:
            return [Unit(kind, clean(match[group]) if payload else "")]
    if match["divider"]:
        return "divider"
    if match["sample"]:
        result.is_sample = True
        return "sample"
    # Only "Viewing results" is left.
    result.listing = True
    digits = (match["total"] or "").replace(",", "")
    if len(digits) > _MAX_TOTAL_DIGITS:
        result.warnings.append(f"result count not understood: {digits[:20]}…")
    elif digits:
        result.results_total = int(digits)
    return "viewing-results"


def _text(line: str, result: Scan) -> list[Unit]:
    units = []
    if "divider" in line:
        line = _INLINE_DIVIDER.sub(" ", line).strip()
    if line.endswith("Avatar"):
        named = _AVATAR_OF.match(line)
        if named:
            return [*units, Unit(AVATAR, clean(named[1]))]
    cut = False
    if "read" in line[-32:].lower():
        trimmed = _TEASER_END.sub("", line)
        if not trimmed:
            return [*units, Unit(MORE, "")]
        cut, line = trimmed != line, trimmed
    if line:
        caption = not cut and _PHOTO_CAPTION.search(line, max(0, len(line) - _PHOTO_CAPTION_TAIL))
        units.append(Unit(CAPTION if caption else TEXT, clean(line), cut=cut))
    return units


def _bullet(line: str, body: str, result: Scan) -> list[Unit] | str:
    # One rate per line is by far the most common bullet: try it first.
    single = TICKER_ITEM.fullmatch(line)
    if single:
        _add_rate(result, single)
        return "ticker"
    byline = _BYLINE.match(body)
    if byline:
        return [Unit(BYLINE, clean(byline["name"]))]
    if _INFO_BULLET.match(body):
        return "article-info"
    items = list(TICKER_ITEM.finditer(line))
    if items and sum(len(item[0]) for item in items) >= len(line):
        for item in items:
            _add_rate(result, item)
        return "ticker"
    if _TICKER_LIKE.search(body):
        result.warnings.append(f"ticker line not understood: {line[:80]}")
        return "ticker"
    units = _text(body, result)
    for unit in units:
        if unit.kind == TEXT:
            unit.kind = ITEM
    return units


def _add_rate(result: Scan, item: re.Match) -> None:
    """The first plausible value of each currency; an implausible one is skipped with a warning."""
    if item[0] in result.items_read:  # the ticker repeats itself; each item is read once
        return
    result.items_read.add(item[0])
    rate = read_rate(item)
    if rate is None:
        result.warnings.append(skipped_warning(item))
        return
    seen = result.rate_seen.setdefault(rate.currency, rate)
    if seen is rate:
        result.rates.append(rate)
    elif seen != rate:
        result.warnings.append(f"ticker repeats {rate.currency} with another value")


def _date(match: re.Match, line: str, result: Scan, after_ticker: bool) -> list[Unit] | str:
    month = _MONTHS.get((match["month"] or match["month2"]).casefold())
    if month is None:
        return _text(line, result)
    day, year = int(match["day"] or match["day2"]), int(match["year"] or match["year2"])
    try:
        found = date(year, month, day)
    except ValueError:
        return _text(line, result)
    if result.page_date is None and (after_ticker or not result.units):
        result.page_date = found
    return "date"
