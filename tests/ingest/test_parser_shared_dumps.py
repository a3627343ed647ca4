"""The real dumps in ../shared/dumps parse exactly as their expected.json says.

The dumps live outside the repository (never copy their text in here); without them these
tests skip. ``countries`` is not compared: tagging happens elsewhere, with the database.
"""

import functools
import json
import re
from datetime import date
from pathlib import Path

import pytest

from ingest.parser import PageRecord, parse_page

DUMPS = Path(__file__).resolve().parents[2].parent / "shared" / "dumps"
FILES = sorted(path.name for path in DUMPS.glob("*.txt")) or ["(no dumps)"]

# Typesetting that may differ between the page and a hand-written expectation.
_LOOSE = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                        "–": "-", "—": "-", "\u00a0": " "})  # fmt: skip
_FURNITURE = [
    re.compile(pattern)
    for pattern in (
        r"[A-Z]{3}/[A-Z]{3} =",
        r"^\d{1,2} [A-Z][a-z]+ \d{4}$",
        r"\bAvatar\b",
        r"View more articles",
        r"\bdivider\b",
        r"\[/?(?:caption|video)",
        r"Register to read more",
        r"Continue reading",
        r"^Read more",
        r"astropay",
        r"Viewing results",
        r"Our People >",
        r"^Articles$",
        r"^Times of Central Asia$",
        r"\u00a0",
        r"^\s|\s$|\s\s",
    )
]


def loose(text: str | None) -> str | None:
    return None if text is None else " ".join(text.translate(_LOOSE).split())


@functools.cache
def expected() -> dict:
    return json.loads((DUMPS / "expected.json").read_text(encoding="utf-8"))


@functools.cache
def parsed(name: str) -> PageRecord:
    if not DUMPS.is_dir():
        pytest.skip(f"../shared/dumps not found: {DUMPS}")
    return parse_page((DUMPS / name).read_bytes())


FIELDS = ("title", "kind", "dateline", "photo_credit", "author", "subheadings", "truncated")


def want_fields(entry: dict) -> dict:
    want = {key: loose(entry[key]) if isinstance(entry[key], str) else entry[key] for key in FIELDS}
    want["subheadings"] = [loose(text) for text in entry["subheadings"]]
    want["paragraphs"] = entry["paragraphs"]
    want["body_starts"] = loose(entry["body_starts"])
    want["body_ends"] = loose(entry["body_ends"])
    return want


def got_fields(article, entry: dict) -> dict:
    """The article in expected.json's terms.

    body_starts/ends hold six words, fewer when a dateline was cut from the opening, so
    as many words are taken from the parsed body as the expectation has.
    """
    got = {key: getattr(article, key) for key in FIELDS}
    got["title"], got["photo_credit"] = loose(article.title), loose(article.photo_credit)
    got["subheadings"] = [loose(text) for text in article.subheadings]
    got["paragraphs"] = len(article.paragraphs)
    first = loose(article.paragraphs[0]).split() if article.paragraphs else []
    last = loose(article.paragraphs[-1]).split() if article.paragraphs else []
    got["body_starts"] = " ".join(first[: len(entry["body_starts"].split())])
    got["body_ends"] = " ".join(last[-len(entry["body_ends"].split()) :])
    return got


@pytest.mark.parametrize("name", FILES)
def test_every_dump_has_an_expectation(name):
    parsed(name)
    assert name in expected()


@pytest.mark.parametrize("name", FILES)
def test_page_fields_match(name):
    page, want = parsed(name), expected()[name]

    want_date = want["page_date"] and date.fromisoformat(want["page_date"])
    assert page.page_date == want_date
    assert page.results_total == want["results_total"]
    got_rates = [
        {"pair": f"{r.currency}/{r.base}", "rate": str(r.rate), "change": r.change_percent + "%"}
        for r in page.rates
    ]
    assert got_rates == want["rates"]
    assert page.warnings == []


@pytest.mark.parametrize("name", FILES)
def test_articles_match_field_by_field(name):
    page, want = parsed(name), expected()[name]

    assert [loose(a.title) for a in page.articles] == [loose(e["title"]) for e in want["articles"]]
    for article, entry in zip(page.articles, want["articles"], strict=True):
        assert got_fields(article, entry) == want_fields(entry), entry["title"]


@pytest.mark.parametrize("name", FILES)
def test_no_furniture_survives_in_any_text(name):
    page = parsed(name)

    for article in page.articles:
        texts = [article.title, *article.paragraphs, *article.subheadings]
        texts += [article.author_bio] if article.author_bio else []
        for text in texts:
            found = [pattern.pattern for pattern in _FURNITURE if pattern.search(text)]
            assert not found, f"{found} in {text[:80]!r}"
