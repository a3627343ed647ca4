"""What a reader types into the search box, parsed: no database, never an exception.

Syntax: words (all must match), "a phrase", -word or -"a phrase" to exclude, OR between two
terms (either may match), and field:value for country, topic, author and kind. Anything the
grammar does not expect is read as plain words; control characters are dropped, and the query is
cut at MAX_QUERY_LENGTH characters and MAX_TERMS terms.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.text import slugify

from articles.derived_text import fold

MAX_QUERY_LENGTH = 300
MAX_TERMS = 12
FIELDS = ("country", "topic", "author", "kind")

# Letters and digits, as the index tokenizers (FTS5 unicode61, PostgreSQL's parser) see words.
SEARCH_WORD_RE = re.compile(r"[^\W_]+")

_TOKEN_RE = re.compile(
    r"""
    (?P<negated>-)?
    (?:
        (?P<field>[A-Za-z]+):(?:"(?P<quoted_value>[^"]*)"?|(?P<value>[^\s"]+))
      | "(?P<phrase>[^"]*)"?
      | (?P<word>[^\s"]+)
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Term:
    """A word or a phrase, folded: its words joined by single spaces."""

    text: str

    @property
    def words(self):
        return tuple(self.text.split())

    @property
    def is_phrase(self):
        return " " in self.text


@dataclass(frozen=True)
class ParsedQuery:
    """Groups must all match; a group matches when any of its terms does."""

    raw: str = ""
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()  # (field, slug) pairs
    excluded_filters: tuple[tuple[str, str], ...] = ()

    def __bool__(self):
        return bool(self.groups or self.excluded or self.filters or self.excluded_filters)

    @property
    def has_text(self):
        return bool(self.groups or self.excluded)

    @property
    def terms(self):
        return [term for group in self.groups for term in group]


def make_term(text):
    words = SEARCH_WORD_RE.findall(fold(text))
    return Term(" ".join(words)) if words else None


def clean(raw):
    """The query without control or format characters, cut to MAX_QUERY_LENGTH characters."""
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in (raw or "")[: MAX_QUERY_LENGTH * 2]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def parse_query(raw):
    text = clean(raw)
    groups, excluded, filters, excluded_filters = [], [], [], []
    join_next = False  # the previous token was OR
    for match in _TOKEN_RE.finditer(text):
        if len(groups) + len(excluded) >= MAX_TERMS:
            break
        negated = bool(match["negated"])
        field = (match["field"] or "").lower()
        if field in FIELDS:
            value = slugify(match["quoted_value"] or match["value"] or "")
            if value:
                (excluded_filters if negated else filters).append((field, value))
            join_next = False
            continue
        if match["word"] == "OR" and not negated:
            join_next = bool(groups)
            continue
        term = make_term(match["phrase"] if match["phrase"] is not None else match[0].lstrip("-"))
        if term is None:
            continue
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return ParsedQuery(
        raw=text,
        groups=tuple(tuple(dict.fromkeys(group)) for group in groups),
        excluded=tuple(dict.fromkeys(excluded)),
        filters=tuple(dict.fromkeys(filters)),
        excluded_filters=tuple(dict.fromkeys(excluded_filters)),
    )
