"""A parsed page checked against the models' limits before anything is written, so a file is
stored the same way on SQLite (which enforces no lengths) and PostgreSQL (which refuses them).

- A text longer than its field (title, dateline, photo credit, author name or role) is cut at a
  word boundary, ending in "…", with a warning in the file's record.
- An article whose title leaves no identity (nothing but punctuation) is skipped with a warning;
  its author is not created.
- A currency rate that does not fit the rate fields (too many digits, not a number) is skipped
  with a warning.
NUL characters, which PostgreSQL cannot store, are dropped from every text.
"""

from decimal import Decimal, InvalidOperation

from articles.models import Article, Author, ExchangeRate
from ingest.parser import record_identity_key

ELLIPSIS = "…"


def limit_of(model, name):
    return model._meta.get_field(name).max_length


def shorten(text, limit):
    """`text` if it fits in `limit` characters, else cut at the last word break that keeps at
    least half of it, ending in an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rstrip().rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def _fit(value, model, name, what, warnings):
    if value is None:
        return None
    value = value.replace("\x00", "")
    short = shorten(value, limit_of(model, name))
    if short != value:
        warnings.append(f"{what} cut to {len(short)} characters: {short[:60]}")
    return short


def page_checked(page):
    """Fit the page's texts to the models in place; returns [(identity key, record)] of the
    articles to import, first sighting of each identity only, in page order."""
    warnings = page.warnings
    kept = {}
    for record in page.articles:
        record.title = _fit(record.title, Article, "title", "title", warnings)
        key = record_identity_key(record)[: limit_of(Article, "identity_key")].strip()
        if not key:
            warnings.append(f"article without a usable title skipped: {record.title[:60]!r}")
            continue
        record.dateline = _fit(record.dateline, Article, "dateline", "dateline", warnings)
        record.photo_credit = _fit(
            record.photo_credit, Article, "photo_credit", "photo credit", warnings
        )
        record.author = _fit(record.author, Author, "name", "author name", warnings)
        record.captions = [c.replace("\x00", "") for c in record.captions]
        kept.setdefault(key, record)
    profile = page.author_profile
    if profile:
        profile.name = _fit(profile.name, Author, "name", "author name", warnings)
        profile.role = _fit(profile.role, Author, "role", "author role", warnings)
    if page.rates and page.page_date is None:
        warnings.append("currency rates skipped: the page has no capture date")
        page.rates = []
    page.rates = [rate for rate in page.rates if _rate_fits(rate, warnings)]
    return list(kept.items())


def _rate_fits(rate, warnings):
    label = f"{str(rate.currency)[:10]}/{str(rate.base)[:10]}"
    for name in ("currency", "base"):
        code = getattr(rate, name)
        if not code or len(code) > limit_of(ExchangeRate, name):
            warnings.append(f"currency rate {label} skipped: {name} is not a currency code")
            return False
    for name, value in (("rate", rate.rate), ("change_percent", rate.change_percent)):
        if not _decimal_fits(value, ExchangeRate._meta.get_field(name)):
            warnings.append(f"currency rate {label} skipped: {name} {str(value)[:30]} does not fit")
            return False
    return True


def _decimal_fits(value, field):
    try:
        number = Decimal(str(value))
        if not number.is_finite():
            return False
        stored = number.quantize(Decimal(1).scaleb(-field.decimal_places))
    except (InvalidOperation, ValueError):
        return False
    return len(stored.as_tuple().digits) <= field.max_digits
