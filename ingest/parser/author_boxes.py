"""Author boxes under articles, the header of an author profile page, and the names in them."""

import re
from dataclasses import dataclass

from .cleaning import clean
from .furniture import AVATAR, TEXT, VIEW_MORE, Unit
from .records import AuthorProfile
from .titles import is_heading_shaped

STAFF = "Times of Central Asia"
# Bylines that name the outlet rather than a person; the bio then names the author.
GENERIC_NAMES = frozenset(
    {"times of central asia", "the times of central asia", "tca", "tca staff", "staff"}
)
# In a bio "divider" is always the separator, even glued on: "Strathclyde.dividerShe".
_DIVIDER = re.compile(r"(?<![^\W\d_])divider(?![a-zа-я])")
# How far back from "View more articles from" the name line may be (bio paragraphs).
_MAX_BIO_UNITS = 8
_MAX_NAME_WORDS = 6
ROLE = re.compile(
    r"\b(?:journalist|editor|correspondent|contributor|reporter|writer|analyst|columnist|"
    r"photographer|director|founder|publisher|producer|manager|researcher|fellow|chief|"
    r"intern|author|economist|professor|lecturer|translator|coordinator|head|"
    r"журналист|редактор|корреспондент|обозреватель|автор)\b",
    re.IGNORECASE,
)


@dataclass
class Box:
    start: int  # index of the box's first unit
    end: int  # index after its last unit
    author: str | None
    bio: str | None


def is_generic(name: str | None) -> bool:
    return name is not None and name.casefold() in GENERIC_NAMES


def clean_bio(parts: list[str]) -> str | None:
    bio = clean(_DIVIDER.sub(" ", " ".join(parts)))
    return bio or None


def choose_author(displayed: str | None, bio: str | None = None) -> str | None:
    """The displayed name, unless it is the outlet and the bio opens with a person.

    Every spelling of the outlet comes back as the one staff byline.
    """
    if displayed and not is_generic(displayed):
        return displayed
    person = leading_name(bio) if bio else None
    return person or (STAFF if displayed else None)


def find_boxes(units: list[Unit], warnings: list[str]) -> list[Box]:
    """Author boxes in page order: "View more articles from" boxes, then bare avatars."""
    boxes: list[Box] = []
    floor = 0
    for index, unit in enumerate(units):
        if unit.kind == VIEW_MORE:
            box = _view_more_box(units, index, floor, warnings)
            boxes.append(box)
            floor = box.end
    taken = {i for box in boxes for i in range(box.start, box.end)}
    for index, unit in enumerate(units):
        if unit.kind == AVATAR and index not in taken:
            boxes.append(_avatar_box(units, index, unit.text or None))
    return sorted(boxes, key=lambda box: box.start)


def _view_more_box(units: list[Unit], index: int, floor: int, warnings: list[str]) -> Box:
    shown = units[index].text
    name_at = _name_line_above(units, index, floor, shown.casefold())
    if name_at is None:
        warnings.append(f"author box without a name line: View more articles from{shown}")
        return Box(index, index + 1, choose_author(shown or None), None)
    key = units[name_at].text.casefold()
    bio = clean_bio([unit.text for unit in units[name_at + 1 : index] if unit.kind == TEXT])
    start = name_at
    # The name line may be shown twice, and an avatar may sit above it.
    while start > floor and _is_name(units[start - 1], key):
        start -= 1
    if start > floor and units[start - 1].kind == AVATAR:
        start -= 1
    return Box(start, index + 1, choose_author(shown or units[name_at].text, bio), bio)


def _name_line_above(units: list[Unit], index: int, floor: int, key: str) -> int | None:
    """The box's name line: the name "View more" shows, else the nearest name-like line."""
    window = range(index - 1, max(floor, index - _MAX_BIO_UNITS) - 1, -1)
    candidates = []
    for back in window:
        if units[back].kind != TEXT:
            break
        candidates.append(back)
    exact = [back for back in candidates if key and _is_name(units[back], key)]
    if exact:
        return exact[0]
    return next((back for back in candidates if _looks_like_name(units[back].text)), None)


def _is_name(unit: Unit, key: str) -> bool:
    return unit.kind == TEXT and unit.text.casefold() == key


def _looks_like_name(text: str) -> bool:
    return len(text.split()) <= _MAX_NAME_WORDS and (is_generic(text) or leading_name(text) == text)


def _avatar_box(units: list[Unit], index: int, named: str | None) -> Box:
    following = units[index + 1 : index + 3]
    if following and _is_name_line(following[0], following[1:]):
        return Box(index, index + 2, choose_author(following[0].text), None)
    return Box(index, index + 1, choose_author(named), None)


def _is_name_line(unit: Unit, after: list[Unit]) -> bool:
    """A name under an avatar, not the next article's title.

    A title is followed by its body, a name by the next title or credit, or nothing.
    """
    if unit.kind != TEXT or not _looks_like_name(unit.text):
        return False
    nxt = after[0] if after else None
    return nxt is None or nxt.kind != TEXT or is_heading_shaped(nxt.text)


def parse_profile(header: list[Unit], crumb: str | None) -> AuthorProfile:
    """Name, role and bio from the units between the breadcrumb and "Articles"."""
    avatar_name = next((u.text for u in header if u.kind == AVATAR and u.text), None)
    known = {n.casefold() for n in (crumb, avatar_name) if n}
    name = role = None
    bio_parts: list[str] = []
    for unit in header:
        if unit.kind != TEXT:
            continue
        text = unit.text
        short = len(text.split()) <= _MAX_NAME_WORDS and is_heading_shaped(text)
        if bio_parts or not short:
            bio_parts.append(text)
        elif name is None and role is None and text.casefold() in known:
            name = text
        elif role is None and ROLE.search(text):
            role = text
        elif name is None and role is None and leading_name(text) == text:
            name = text
        elif role is None and name is not None:
            role = text
        else:
            bio_parts.append(text)
    bio = clean_bio(bio_parts)
    displayed = name or _person(avatar_name, crumb)
    return AuthorProfile(name=choose_author(displayed, bio), role=role, bio=bio)


def _person(*names: str | None) -> str | None:
    """First name that is a person; the outlet only when nothing else is given."""
    given = [name for name in names if name]
    return next((name for name in given if not is_generic(name)), given[0] if given else None)


_POSSESSIVE = re.compile(r"['’]s$")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*$")
_DEGREES = frozenset(
    {"ma", "msc", "ba", "bsc", "mba", "phd", "mphil", "dphil", "llm", "llb", "md", "ms", "bs",
     "jd", "jr", "sr", "ph.d", "m.a", "b.a", "m.sc"}
)  # fmt: skip
_HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "sir", "др", "проф"})
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "da", "di", "del", "al", "el", "bin", "ibn", "ben", "la", "le"}
)


def leading_name(text: str) -> str | None:
    """The person a bio opens with: "Laura Hamilton MA, is ..." -> "Laura Hamilton".

    Capitalised tokens are taken up to the first comma or lower-case word; degrees and
    honorifics are dropped. At least two and at most five name words, or None.
    """
    name: list[str] = []
    for raw in text.split(maxsplit=8):
        token = _POSSESSIVE.sub("", raw.rstrip(",;:"))
        key = token.rstrip(".").casefold()
        if not _NAME_TOKEN.match(token):
            break
        if key in _DEGREES or (not name and key in _HONORIFICS):
            pass
        elif token[0].isupper() or (name and key in _NAME_PARTICLES):
            name.append(token)
        else:
            break
        if token != raw:
            break
    while name and name[-1].casefold() in _NAME_PARTICLES:
        name.pop()
    if 2 <= len(name) <= 5:
        return " ".join(name)
    return None
