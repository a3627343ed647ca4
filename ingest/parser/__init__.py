"""Page dumps of The Times of Central Asia -> plain records. Standard library only, no Django.

``parse_page(data)`` decodes the bytes, scans the lines once (furniture out, structure
markers kept), picks the layout (see ``layouts`` for the names and how each is detected)
and builds one ArticleRecord per article.

Modules: ``records`` (the dataclasses), ``decoding`` (bytes -> text), ``furniture`` (line
scanner), ``author_boxes`` (author boxes, profile headers, person names), ``layouts`` (layout
detection and cutting into drafts), ``articles`` (draft -> ArticleRecord), ``titles`` (kind
prefixes, identity, heading shape), ``cleaning`` (whitespace, invisible characters, credits).
"""

from .cleaning import normalise_credit
from .decoding import decode
from .page import parse_page
from .records import ArticleRecord, AuthorProfile, Block, PageRecord, ParseError, Rate
from .titles import identity_key, split_kind

__all__ = [
    "ArticleRecord",
    "AuthorProfile",
    "Block",
    "PageRecord",
    "ParseError",
    "Rate",
    "decode",
    "identity_key",
    "normalise_credit",
    "parse_page",
    "split_kind",
]
