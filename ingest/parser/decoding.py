"""Bytes -> text: BOM, UTF-8 or Windows-1251, with binary and empty input refused."""

import codecs
import re

from .records import ParseError

# Control bytes that never occur in a text dump; tab, LF, VT, FF and CR do.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.01

# Windows-1251 decodes almost any byte string, so the result must look like Russian-style
# text: most non-ASCII characters should be Cyrillic letters or common typography.
_CP1251_PLAUSIBLE = re.compile(
    r"[\u0400-\u045f\u0490\u0491\u00a0\u00ab\u00bb\u2013\u2014\u2018-\u201e\u2026\u2116\u2022]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MIN_CP1251_PLAUSIBLE_SHARE = 0.8
# Latin-1 accents land on Cyrillic letters ("Café" -> "Cafй"); real text rarely glues scripts.
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0400-\u045f]|[\u0400-\u045f][A-Za-z]")


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a dump, or raise ParseError with a short reason."""
    if not data.strip():
        raise ParseError("empty file")
    if b"\x00" in data or _control_share(data) > _MAX_CONTROL_SHARE:
        raise ParseError("binary data, not a text dump")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode_utf8(data[len(codecs.BOM_UTF8) :]), "utf-8-sig"
        if text is None:
            raise ParseError("cannot decode as UTF-8 or Windows-1251")
    else:
        text, encoding = _decode_utf8(data), "utf-8"
        if text is None:
            text, encoding = _decode_cp1251(data), "windows-1251"
    if not text.strip():
        raise ParseError("empty file")
    return text, encoding


def _control_share(data: bytes) -> float:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls / len(data)


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_cp1251(data: bytes) -> str:
    try:
        text = data.decode("windows-1251")
    except UnicodeDecodeError:
        raise ParseError("cannot decode as UTF-8 or Windows-1251") from None
    non_ascii = len(_NON_ASCII.findall(text))
    plausible = len(_CP1251_PLAUSIBLE.findall(text))
    mixed = len(_MIXED_SCRIPT.findall(text))
    if plausible < non_ascii * _MIN_CP1251_PLAUSIBLE_SHARE or mixed * 4 > non_ascii:
        raise ParseError("cannot decode as UTF-8 or Windows-1251")
    return text
