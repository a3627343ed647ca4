"""The parser's output: plain dataclasses that the importer codes against."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class Warnings:
    """A page's warnings in the order first seen: each said once, at most LIMIT of them.

    A hostile page can repeat a bad line a million times; the record keeps the first LIMIT
    distinct warnings and a last line counting the distinct ones left out.
    """

    LIMIT = 100

    def __init__(self) -> None:
        self._seen: dict[str, None] = {}  # a dict keeps the order first seen

    def append(self, text: str) -> None:
        self._seen[text] = None

    def as_list(self) -> list[str]:
        shown = list(self._seen)
        if len(shown) <= self.LIMIT:
            return shown
        return [*shown[: self.LIMIT], f"{len(shown) - self.LIMIT} more warnings not shown"]


class ParseError(ValueError):
    """The bytes are not a readable page dump (empty, binary, undecodable).

    ``str(exc)`` is a short human reason, e.g. ``"empty file"``.
    """


@dataclass(frozen=True)
class Rate:
    currency: str  # "KZT"
    base: str  # "USD"
    rate: Decimal  # digits as printed: Decimal("0.00196")
    change_percent: str  # as printed without the % sign: "-0", "0", "0.93"


@dataclass
class AuthorProfile:
    name: str | None
    role: str | None
    bio: str | None


@dataclass(frozen=True)
class Block:
    kind: str  # "p" for a paragraph, "h" for a subheading
    text: str


@dataclass
class ArticleRecord:
    title: str
    kind: str | None
    dateline: str | None
    photo_credit: str | None
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    author_bio: str | None = None
    blocks: list[Block] = field(default_factory=list)
    truncated: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "p"]

    @property
    def subheadings(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "h"]


@dataclass
class PageRecord:
    layout: str
    encoding: str
    page_date: date | None
    results_total: int | None
    rates: list[Rate]
    author_profile: AuthorProfile | None
    articles: list[ArticleRecord]
    warnings: list[str]
