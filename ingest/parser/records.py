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
    rate: Decimal  # digits as printed: Decimal("0.00196"); 0 < rate < 1e9, <= 8 places
    change_percent: str  # a plain decimal, as printed without "%": "-0", "0", "0.93"; |x| <= 1000


@dataclass
class AuthorProfile:
    name: str | None
    role: str | None
    bio: str | None


@dataclass(frozen=True)
class Block:
    kind: str  # "p" paragraph, "h" subheading, "li" list item (consecutive ones form one list)
    text: str


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day: ``PartialDate(2024, 2)`` is February 2024.

    A day needs a month, and the parts must make a real date.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        self.first_day()  # raises ValueError for an impossible date

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``: how much of the date is known."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> date:
        """The earliest day the date can mean: 2024-02-01 for February 2024."""
        return date(self.year, self.month or 1, self.day or 1)


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
    # The page gave no headline: the title was made up (see ingest.parser.titles) and an
    # editor should write one. Identity then comes from the body: record_identity_key().
    title_provisional: bool = False
    # When the story happened, estimated from its own opening text (see ingest.parser.dates);
    # None when it names no date.
    published: PartialDate | None = None
    language: str = "en"  # "en", "ru" or "kk", from the letters of the text

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "p"]

    @property
    def subheadings(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "h"]

    @property
    def list_items(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "li"]


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
    # The page says it is an invented sample ("SAMPLE PAGE — invented text ..."), not news.
    is_sample: bool = False
