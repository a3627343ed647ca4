"""Whitespace, invisible characters and photo credits: the typography every field goes through."""

import re

# Characters that render as nothing; they would otherwise split or glue words invisibly.
_INVISIBLE = ("\u200b", "\u2060", "\ufeff")


def clean(text: str) -> str:
    """NBSP and other spaces -> one space, runs collapsed, ends stripped."""
    # isprintable() is False for NBSP, tabs and other odd spaces; it is ten times cheaper
    # than splitting every line, and most lines need nothing.
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


def strip_invisible(text: str) -> str:
    # str.replace per character: a translate() table is far slower on a megabyte.
    for char in _INVISIBLE:
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
