"""Page dumps of The Times of Central Asia -> plain records. Standard library only, no Django.

``parse_page(data)`` decodes the bytes, scans the lines once (furniture out, structure
markers kept), picks the layout (see ``layouts`` for the names and how each is detected)
and builds one ArticleRecord per article. It is linear in the input and raises nothing but
ParseError. The importer stores an article under ``record_identity_key(record)``.

Modules: ``records`` (the dataclasses), ``decoding`` (bytes -> text), ``furniture`` (line
scanner), ``shortcodes`` (WordPress shortcodes), ``rates`` (ticker items), ``author_boxes``
(author boxes, profile headers, person names), ``layouts`` (layout detection, listings,
boxes), ``rivers`` (rivers without boxes), ``articles`` (draft -> ArticleRecord),
``datelines``, ``dates`` (publication date from the text), ``language``, ``titles`` (kind
prefixes, identity, provisional titles, heading shape), ``cleaning`` (whitespace, invisible
characters, credits).
"""

from .cleaning import normalise_credit
from .decoding import decode
from .page import parse_page
from .records import (
    ArticleRecord,
    AuthorProfile,
    Block,
    PageRecord,
    ParseError,
    PartialDate,
    Rate,
)
from .titles import identity_key, record_identity_key, split_kind

__all__ = [
    "ArticleRecord",
    "AuthorProfile",
    "Block",
    "PageRecord",
    "ParseError",
    "PartialDate",
    "Rate",
    "decode",
    "identity_key",
    "normalise_credit",
    "parse_page",
    "record_identity_key",
    "split_kind",
]
