"""Titles: kind prefixes, identity, and the shape and casing of short lines."""

import re
import unicodedata

from .cleaning import clean

# --- kind prefixes -------------------------------------------------------------------

_KIND_PREFIX = re.compile(
    r"(?P<prefix>TCA\s+Interview|Interview|Opinion|Op-Ed|Video\s+Highlights|Video|Analysis)"
    r"\s*:\s*(?P<rest>\S.*)",
    # ASCII: with full Unicode case folding "İnterview" or "Analyſis" would match a prefix
    # whose lower case is no key of _KIND_BY_PREFIX.
    re.IGNORECASE | re.DOTALL | re.ASCII,
)
_KIND_BY_PREFIX = {
    "tca interview": "Interview",
    "interview": "Interview",
    "opinion": "Opinion",
    "op-ed": "Opinion",
    "video highlights": "Video",
    "video": "Video",
    "analysis": "Analysis",
}


def split_kind(title: str) -> tuple[str | None, str]:
    """``"Opinion: A New Era"`` -> ``("Opinion", "A New Era")``; no prefix -> ``(None, title)``."""
    title = clean(title)
    match = _KIND_PREFIX.match(title)
    if not match:
        return None, title
    prefix = " ".join(match["prefix"].lower().split())
    return _KIND_BY_PREFIX[prefix], match["rest"]


# --- identity ------------------------------------------------------------------------

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼ`´"))
_NON_WORD = re.compile(r"[\W_]+")


def identity_key(title: str) -> str:
    """Normalised identity of a title, equal for the same headline however it was typeset.

    Kind prefixes go, case folds, apostrophes vanish (so "Mirziyoyev’s" == "Mirziyoyevs")
    and every other punctuation mark, dash or quote becomes a word break. "ё" folds to
    "е" because Russian text spells the same word both ways.
    """
    _, rest = split_kind(title)
    text = unicodedata.normalize("NFKC", rest).casefold().replace("ё", "е")
    text = text.translate(_APOSTROPHES)
    return " ".join(_NON_WORD.sub(" ", text).split())


# --- casing and shape of short lines -------------------------------------------------

_SMALL_WORDS_TEXT = """
    a an the and or but nor for so yet of in on at to by up as with from into onto over per
    via vs than off out about after amid among around before below between during near past
    since through under until upon within without against along across behind beyond
    и в во на с со к ко по о об от до для из за под над при без а но или не же ли"""
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")
_CLOSERS = "\"'”’»)]"
_ABBREVIATION = re.compile(r"(?:\b[^\W\d_]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.$")
# Lines longer than this are never headings, whatever their punctuation.
MAX_HEADING_WORDS = 25
_MAX_HEADING_CHARS = 220


def is_heading_shaped(text: str) -> bool:
    """Short and not ending like a sentence or a list (titles may end with ? ! or …)."""
    if len(text) > _MAX_HEADING_CHARS or text.count(" ") >= MAX_HEADING_WORDS:
        return False
    bare = text.rstrip(_CLOSERS)
    if not bare:
        return False
    if bare[-1] in ",;:":
        return False
    return bare[-1] != "." or bool(_ABBREVIATION.search(bare))


def title_case_words(text: str) -> int:
    """Number of significant words when ``text`` is in Title Case, else 0.

    Small words (articles, prepositions, conjunctions) may stay lower case; one stray
    lower-case word in six is tolerated for names like "al-Farabi" or "e-commerce".
    """
    words = _WORD.findall(text)
    if not words or not words[0][0].isupper():
        return 0
    significant = [word for word in words[1:] if word.casefold() not in _SMALL_WORDS]
    lower = sum(1 for word in significant if not word[0].isupper())
    if lower * 6 > len(significant):
        return 0
    return len(significant) + 1
