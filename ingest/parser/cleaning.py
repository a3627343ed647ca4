"""Whitespace, invisible characters and photo credits: the typography every field goes through."""

import re

# Characters that render as nothing: zero-width spaces and joiners, the word joiner, the BOM,
# and the bidi controls (marks, embeddings, overrides, isolates). Left in, they split or glue
# words invisibly, defeat identity and search, and a stray override reverses the text after it.
# They go from every field, body text included: the dumps are English and Russian, where ZWNJ
# and ZWJ carry no spelling (they matter in Persian script and emoji sequences, neither of
# which the reader needs to keep intact).
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner; word joiner; BOM
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, pop, overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)


def clean(text: str) -> str:
    """NBSP and other spaces -> one space, runs collapsed, ends stripped."""
    # isprintable() is False for NBSP, tabs and other odd spaces; it is ten times cheaper
    # than splitting every line, and most lines need nothing.
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


def strip_invisible(text: str) -> str:
    # str.replace per character: a translate() table is far slower on a megabyte, and most
    # pages have none of them, which ``in`` finds at memchr speed.
    for char in INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text


# --- photo credits and captions ------------------------------------------------------

_CREDIT_PREFIX = re.compile(
    r"^(?:(?:photo|image|foto|фото)(?:\s+credit)?\s*:\s*|@\s*)?(?:https?://)?", re.IGNORECASE
)


def normalise_credit(text: str) -> str | None:
    """``"@http://president.tj/"`` -> ``"president.tj"``; ``"Image: TCA"`` -> ``"TCA"``."""
    text = clean(text)
    text = _CREDIT_PREFIX.sub("", text, count=1).rstrip("/").strip()
    return text or None
