"""Datelines: the ALL-CAPS place a story opens with, ``ASTANA - `` or ``BISHKEK (TCA) — ``.

A dateline is a place in capitals (at least two letters; hyphens, spaces, dots, commas and
apostrophes allowed: ``NUR-SULTAN``), optionally an agency in parentheses, then one or two
dashes (hyphen, en or em dash) and a space before the story, which must not go on in lower
case ("UNDP – the agency – said" is no dateline). A dateline alone on its line (``ALMATY
(TCA) —``) is one too. In a title only the form with an agency counts: "US — China Talks
Resume" or "COP29 – What Next" are headlines, not datelines.
"""

import re

_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w'’., -]{0,40}?)\s*(?:\((?P<agency>[^()]{1,20})\)\s*)?"
    r"[-–—]{1,2}(?:\s+(?=\S)|$)"
)


def split_dateline(text: str, *, in_title: bool = False) -> tuple[str | None, str]:
    """``"BISHKEK (TCA) — The ..."`` -> ``("BISHKEK", "The ...")``; no dateline -> (None, text)."""
    match = _DATELINE.match(text)
    if match is None or (in_title and match["agency"] is None):
        return None, text
    place = match["place"].strip(" ,")
    rest = text[match.end() :]
    letters = [char for char in place if char.isalpha()]
    if len(letters) < 2 or not place.isupper() or (rest and rest[0].islower()):
        return None, text
    return place, rest


def opens_with_dateline(text: str) -> bool:
    return split_dateline(text)[0] is not None
