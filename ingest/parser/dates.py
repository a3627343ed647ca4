"""When a story happened, estimated from its own opening text (``estimate_published``).

Where: the article's opening paragraph, and the second paragraph only when the first names no
usable date. Dates deeper in the body are about other things (background, history, plans)
and are never read. The caller leaves out a digest's series note, which is boilerplate.

Forms read, in English and Russian:

- day, month and year: ``May 30, 2025``, ``30 May 2025``, ``23 мая 2025 года``;
- day and month: ``On May 23,``, ``on May 23``, ``Dec 17 —`` (a digest item), ``23 мая``;
- a range of days gives its first day: ``on June 11-12``, ``11–12 June``, ``11-12 июня``;
- month and year: ``In February 2024``, ``в феврале 2024 года``;
- a month alone after "in": ``In April,``, ``в апреле`` (a month of the capture year or the
  one before, like a day without a year);
- a year alone only as ``In 2025,`` (or ``В 2025 году``) opening the paragraph, and only
  when it is the capture year: the text then speaks of the current year as the story's time.
  Past years open many later stories with statistics ("In 2023, exports grew…"), so any
  other bare year says nothing about when the story happened and is ignored, as is every
  bare year when the page has no capture date.

A mention right after "since", "until", "till", "before", "by" (or "с", "до", "к") is a
reference point ("the lowest since November 2022"), not the story's date, and is skipped.

English month names are capitalised full names or the abbreviations Jan Feb Mar Apr Jun Jul
Aug Sep Sept Oct Nov Dec, with or without a dot; ``May`` counts only with a day or a year
beside it, or after "in". Russian month names are the genitive after a day (``мая``), or the
prepositional or nominative before a year (``в феврале``, ``январь``).

Which mention: within a paragraph the most precise one wins (day over month over year), the
first among equals.

Resolving against the capture date (the page's own date):

- a date without a year takes the latest year that puts it on or before the capture date;
  without a capture date it gives no estimate and the next mention is tried;
- a date with a year that lies after the capture date is a plan, not the story, and is
  skipped (a month or a year is compared by its first day);
- years before 1991 are history, not news, and impossible dates ("February 30") are skipped.

No date named: None. Nothing is ever guessed from the capture date alone.
"""

import re
from collections.abc import Iterable, Iterator
from datetime import date

from .records import PartialDate

_EN_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_RU_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря"]  # fmt: skip
_RU_PREPOSITIONAL = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                     "сентябре", "октябре", "ноябре", "декабре"]  # fmt: skip
_RU_NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь"]  # fmt: skip
_RU_MONTHS = {
    name: number
    for names in (_RU_GENITIVE, _RU_PREPOSITIONAL, _RU_NOMINATIVE)
    for number, name in enumerate(names, start=1)
}


def _alternatives(names: Iterable[str]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))  # longest first: "Sept" before "Sep"


_EN = rf"(?:{_alternatives(_EN_MONTHS)})"
# "May" without a day only before a year: "in May 2024", never "may 2024 bring".
_EN_DAYLESS = rf"(?:{_alternatives(set(_EN_MONTHS) - {'May'})}|May(?=\s+[0-9]{{4}}))"
_RU_GEN = rf"(?:{_alternatives(_RU_GENITIVE)})"
_RU_BEFORE_YEAR = rf"(?:{_alternatives([*_RU_PREPOSITIONAL, *_RU_NOMINATIVE])})"
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_RANGE = r"(?:\s*[-–—]\s*[0-9]{1,2})?"
_YEAR = r"[0-9]{4}"
_EN_FULL = rf"(?:{_alternatives(list(_EN_MONTHS)[:12])})"  # January ... December
_RU_IN_MONTH = rf"(?:{_alternatives(_RU_PREPOSITIONAL)})"
_END = r"(?![^\W\d_])"  # a month name ends where its word ends: not "Mayor", not "маяк"
_MENTION = re.compile(
    rf"\b(?P<m1>{_EN})\.?\s+(?P<d1>{_DAY}){_RANGE}(?![0-9])(?:,?\s+(?P<y1>{_YEAR})(?![0-9]))?"
    rf"|\b(?P<d2>[0-9]{{1,2}}){_RANGE}\s+(?P<m2>{_EN}){_END}\.?"
    rf"(?:,?\s+(?P<y2>{_YEAR})(?![0-9]))?"
    rf"|\b(?P<m3>{_EN_DAYLESS})\.?,?\s+(?P<y3>{_YEAR})(?![0-9])"
    rf"|\b(?P<d4>[0-9]{{1,2}}){_RANGE}\s+(?P<m4>{_RU_GEN}){_END}"
    rf"(?:\s+(?P<y4>{_YEAR})(?![0-9]))?"
    rf"|(?<![\w-])(?P<m5>{_RU_BEFORE_YEAR})\s+(?P<y5>{_YEAR})(?![0-9])"
    rf"|^(?:In|В)\s+(?P<y6>{_YEAR})(?![0-9])(?:\s+году)?(?=[\s,])"
    rf"|\b[Ii]n\s+(?P<m7>{_EN_FULL}){_END}(?!\.?,?\s+[0-9])"
    rf"|(?<![\w-])[Вв]\s+(?P<m8>{_RU_IN_MONTH}){_END}(?!\s+[0-9])"
)
# A mention after one of these is a reference point, not the story's date.
_REFERENCE = re.compile(r"(?:\b(?:since|until|till|before|by)|(?<![\w-])(?:с|со|до|к))\s+$", re.I)
_REFERENCE_REACH = 8  # characters before a mention that may hold the word
# The alternatives of _MENTION as (day, month, year) group names; the month, or the year when
# there is no month, is always set when its alternative matched.
_ALTERNATIVES = (
    ("d1", "m1", "y1"),
    ("d2", "m2", "y2"),
    (None, "m3", "y3"),
    ("d4", "m4", "y4"),
    (None, "m5", "y5"),
    (None, None, "y6"),
    (None, "m7", None),
    (None, "m8", None),
)
_ORDINAL = "stndrh"
_FIRST_INDEPENDENT_YEAR = 1991
_LAST_YEAR = 2100
# How many years back a date without a year may go to fit before the capture date (29 February).
_YEARS_BACK = 8
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}


def estimate_published(paragraphs: list[str], captured: date | None) -> PartialDate | None:
    """The story's date from its first paragraph, else its second (see the module rules)."""
    for paragraph in paragraphs[:2]:
        best: PartialDate | None = None
        for found in _mentions(paragraph, captured):
            if best is None or _PRECISION_RANK[found.precision] > _PRECISION_RANK[best.precision]:
                best = found
            if best.precision == "day":
                break  # nothing later can beat the first day
        if best is not None:
            return best
    return None


def opens_with_date(text: str) -> bool:
    """``Dec 17 — "..."``, ``17 мая:``: a line that opens with a date (a digest item's)."""
    match = _MENTION.match(text)
    return match is not None and match["y6"] is None


def _mentions(text: str, captured: date | None) -> Iterator[PartialDate]:
    for match in _MENTION.finditer(text):
        if _REFERENCE.search(text, max(0, match.start() - _REFERENCE_REACH), match.start()):
            continue
        year, month, day = _parts(match)
        if match["y6"] and (captured is None or year != captured.year):
            continue  # a bare year only names the story's year when it is the current one
        resolved = _resolve(year, month, day, captured)
        if resolved is not None:
            yield resolved


def _parts(match: re.Match) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as written; None for a part the mention leaves out."""
    for day_key, month_key, year_key in _ALTERNATIVES:
        if match[month_key or year_key] is None:
            continue
        name = match[month_key] if month_key else None
        month = (_EN_MONTHS.get(name) or _RU_MONTHS.get(name)) if name else None
        day = match[day_key] if day_key else None
        year = match[year_key] if year_key else None
        return (int(year) if year else None, month, int(day.rstrip(_ORDINAL)) if day else None)
    return None, None, None  # unreachable: every alternative sets its month or year


def _resolve(
    year: int | None, month: int | None, day: int | None, captured: date | None
) -> PartialDate | None:
    if year is None:
        return _without_year(month, day, captured)
    if not _FIRST_INDEPENDENT_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        found = PartialDate(year, month, day)
    except ValueError:
        return None
    if captured is not None and found.first_day() > captured:
        return None
    return found


def _without_year(month: int | None, day: int | None, captured: date | None) -> PartialDate | None:
    if captured is None or month is None:
        return None
    for year in range(captured.year, captured.year - _YEARS_BACK, -1):
        try:
            found = PartialDate(year, month, day)
        except ValueError:
            continue
        if found.first_day() <= captured:
            return found
    return None
