"""Titles: kind prefixes, identity, provisional titles, and the shape and casing of short lines."""

import hashlib
import re
import unicodedata

from .cleaning import clean
from .records import ArticleRecord

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
    return " ".join(_normalised_words(rest))


def record_identity_key(record: ArticleRecord) -> str:
    """The identity the importer stores an article under.

    A real title gives ``identity_key(title)``. A provisional title says nothing about the
    story (two weekly digests may get the same one), so identity comes from the body: the
    first 60 normalised words of its blocks, a series note that opens the body left out
    (it is the same boilerplate in every issue), hashed to ``"untitled:<16 hex digits>"``.
    """
    if not record.title_provisional:
        return identity_key(record.title)
    texts = [block.text for block in record.blocks]
    if len(texts) > 1 and series_label(texts[0]) is not None:
        texts = texts[1:]
    words: list[str] = []
    for text in texts:
        words += _normalised_words(text)[: _UNTITLED_KEY_WORDS - len(words)]
        if len(words) >= _UNTITLED_KEY_WORDS:
            break
    digest = hashlib.sha1(" ".join(words).encode(), usedforsecurity=False).hexdigest()
    return f"untitled:{digest[:16]}"


_UNTITLED_KEY_WORDS = 60


def _normalised_words(text: str) -> list[str]:
    """Words as identity sees them: NFKC, casefolded, ё as е, apostrophes gone."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _NON_WORD.sub(" ", text.translate(_APOSTROPHES)).split()


# --- pages without a headline --------------------------------------------------------

# A recurring column names itself at the start of its text ("The Publisher's note: ...",
# "Weekly digest — ...") or as its whole title line ("Weekly Digest").
_SERIES_NOUNS = (
    r"note|digest|review|round-?up|briefing|bulletin|column|letter|newsletter|editorial|"
    r"dispatch|wrap-?up"
)
_SERIES = re.compile(
    rf"(?:The\s+)?(?P<label>(?:[^\W\d_][\w'’-]*\s+){{1,3}}(?:{_SERIES_NOUNS}))"
    r"(?:\s*:\s*|\s+[—–-]\s+|[.!]?$)",
    re.IGNORECASE,
)
_PROVISIONAL_WORDS = 8
_PROVISIONAL_TRIM = " ,;:—–-.\"'“”‘’«»("


def series_label(text: str) -> tuple[str, str] | None:
    """``"The Publisher's note: This week ..."`` -> ``("Publisher's note", "This week ...")``.

    The label is a capitalised phrase of two to four words ending in a column's noun (note,
    digest, review, round-up, briefing, bulletin, column, letter, newsletter, editorial,
    dispatch, wrap-up), then a colon or a dash, or nothing when it is the whole text.
    """
    match = _SERIES.match(text)
    if match is None or not match["label"][0].isupper():
        return None
    return match["label"], text[match.end() :]


def provisional_title(label: str | None, opening: str) -> str:
    """A title an editor can see is made up: it always ends with "…".

    With a series label: ``"Publisher's note: <first words>…"``; without one, the first
    eight words and "…". ``opening`` is the first text of the body, the label cut off.
    """
    opening = " ".join(opening.split()[:_PROVISIONAL_WORDS]).rstrip(_PROVISIONAL_TRIM)
    if label:
        return f"{label}: {opening}…" if opening else f"{label}…"
    return f"{opening}…"


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
    # An abbreviation is at the end: searching the tail keeps this cheap on every line.
    return bare[-1] != "." or bool(_ABBREVIATION.search(bare, max(0, len(bare) - 24)))


def is_title_shaped(text: str) -> bool:
    """A line that can be a headline: heading-shaped, and its first letter a capital.

    Lower-case prose and lines without a letter (punctuation, emoji, numbers) are never
    headlines.
    """
    if not is_heading_shaped(text):
        return False
    first = next((char for char in text if char.isalpha()), None)
    return first is not None and first.isupper()


def has_letters(text: str) -> bool:
    return any(char.isalpha() for char in text)


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
