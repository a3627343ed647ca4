"""What every PageRecord must look like, whatever the input: the parser's output contract.

Shared by the property tests and bench/fuzz_parser.py.
"""

from datetime import date
from decimal import Decimal

from ingest.parser import ArticleRecord, PageRecord, PartialDate, Rate

LAYOUTS = {
    "author-profile",
    "listing",
    "single",
    "author-box",
    "avatar",
    "legacy",
    "title-body",
    "headlines",
}
ENCODINGS = {"utf-8", "utf-8-sig", "windows-1251"}
BLOCK_KINDS = {"p", "h", "li"}
LANGUAGES = {"en", "ru", "kk"}
# Characters no text field may carry: caption markers, bidi controls, zero-width characters.
FORBIDDEN = set("\ue000\ue001\u200b\u200c\u200d\u200e\u200f\u2060\ufeff") | {
    chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


def check_page(page: PageRecord) -> None:
    """Raise AssertionError, naming the field, when the record breaks the contract."""
    assert isinstance(page, PageRecord)
    assert page.layout in LAYOUTS, page.layout
    assert page.encoding in ENCODINGS, page.encoding
    assert page.page_date is None or isinstance(page.page_date, date)
    assert isinstance(page.is_sample, bool)
    assert page.results_total is None or (
        isinstance(page.results_total, int) and page.results_total >= 0
    )
    assert isinstance(page.warnings, list) and all(isinstance(w, str) for w in page.warnings)
    for rate in page.rates:
        check_rate(rate)
    assert len({rate.currency for rate in page.rates}) == len(page.rates)
    if page.author_profile is not None:
        for value in (page.author_profile.name, page.author_profile.role, page.author_profile.bio):
            check_text(value, optional=True)
    for article in page.articles:
        check_article(article)


def check_rate(rate: Rate) -> None:
    assert isinstance(rate.rate, Decimal) and 0 < rate.rate < 10**9, rate
    assert rate.rate.as_tuple().exponent >= -8, rate
    change = Decimal(rate.change_percent)
    assert change.is_finite() and abs(change) <= 1000, rate
    assert change.as_tuple().exponent >= -4, rate
    assert len(rate.currency) == 3 and len(rate.base) == 3, rate


def check_article(article: ArticleRecord) -> None:
    check_text(article.title)
    assert any(char.isalnum() for char in article.title), article.title
    assert "\n" not in article.title
    for value in (article.kind, article.dateline, article.photo_credit, article.author):
        check_text(value, optional=True)
    check_text(article.author_bio, optional=True)
    for caption in article.captions:
        check_text(caption)
    assert len({caption.casefold() for caption in article.captions}) == len(article.captions)
    assert article.paragraphs, article.title
    for block in article.blocks:
        assert block.kind in BLOCK_KINDS, block
        check_text(block.text)
    assert isinstance(article.truncated, bool)
    assert isinstance(article.title_provisional, bool)
    assert article.language in LANGUAGES, article.language
    if article.published is not None:
        check_partial_date(article.published)


def check_partial_date(published: PartialDate) -> None:
    assert isinstance(published, PartialDate)
    assert isinstance(published.first_day(), date)
    assert published.precision in {"day", "month", "year"}


def check_text(value: str | None, *, optional: bool = False) -> None:
    if value is None:
        assert optional, "missing text"
        return
    assert isinstance(value, str) and value == value.strip() and value, repr(value[:80])
    assert not FORBIDDEN & set(value), repr(value[:80])
