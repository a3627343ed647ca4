"""Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by Playwright's sync
API against pytest-django's live server, with invented stories, and axe-core from npm.

Nothing here downloads a browser: without /usr/bin/chromium (or Playwright) the tests are
skipped, and without axe-core (`npm ci` in tests/browser) the accessibility checks are. `.ci/run`
installs both.
"""

import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from articles.models import Article, ExchangeRate
from tests.factories import make_article, make_author

# Playwright's sync API runs an event loop in this thread; ORM calls made while it runs are still
# synchronous and safe.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 768}}

STORIES = [
    ("Kyrgyzstan Plans New Hydropower Cascade on the Naryn River", ["kyrgyzstan"], ["energy"]),
    ("Bishkek Opens Solar Park on Its Southern Outskirts", ["kyrgyzstan"], ["energy"]),
    ("Issyk-Kul Resorts Expect a Record Summer Season", ["kyrgyzstan"], ["education-and-culture"]),
    (
        "Osh Traders Welcome the Reopened Border Crossing",
        ["kyrgyzstan", "uzbekistan"],
        ["economy-and-trade"],
    ),
    (
        "Kazakhstan Extends Its Caspian Rail Ferry Line",
        ["kazakhstan", "azerbaijan"],
        ["transport-and-logistics"],
    ),
    ("Astana Hosts Talks on Regional Water Sharing", ["kazakhstan", "kyrgyzstan"], ["diplomacy"]),
    ("Dushanbe Schools Add Evening Classes for Adults", ["tajikistan"], ["education-and-culture"]),
    ("Turkmen Gas Heads East Through a Fourth Pipeline", ["turkmenistan", "china"], ["energy"]),
    (
        "Samarkand Welcomes Its Millionth Visitor of the Year",
        ["uzbekistan"],
        ["education-and-culture"],
    ),
    ("Tashkent Metro Reaches the New Ring Line", ["uzbekistan"], ["transport-and-logistics"]),
]


def body(title):
    return [
        {"kind": "p", "text": f"{title}: officials described the plans in a briefing on Monday."},
        {"kind": "h", "text": "What happens next"},
        {"kind": "p", "text": "Work is expected to begin next spring, subject to financing."},
        {"kind": "p", "text": "Residents said they hoped the project would bring jobs."},
    ]


@dataclass
class Site:
    """The invented stories' addresses, for the tests to visit."""

    full_story: Article
    excerpt: Article
    sample: Article


@pytest.fixture
def site():
    """Ten dated stories by two authors, and the odd ones a real import brings: an excerpt with
    a credit repeated as every caption, an invented sample, a date estimated from the text, one
    known only from a capture date, one in Russian."""
    reporter = make_author(name="Aida Reporter", role="Correspondent", bio="Reports from Bishkek.")
    newsroom = make_author(name="The Newsroom", is_outlet=True)
    articles = []
    for n, (title, countries, topics) in enumerate(STORIES):
        articles.append(
            make_article(
                title=title,
                body=body(title),
                countries=countries,
                topics=topics,
                author=reporter if n % 2 else newsroom,
                date=date(2025, 6, 20) - timedelta(days=n),
                is_featured=n in (0, 4),
                featured_rank=n,
                kind=Article.Kind.OPINION if n == 5 else Article.Kind.NEWS,
            )
        )
    excerpt = make_article(
        title="Astana Signs a Grain Corridor Deal With Baku",
        body=[
            {"kind": "p", "text": "The two capitals agreed on Tuesday to ship more grain west."},
            {"kind": "p", "text": "Officials said the first trains would leave in the autumn and"},
        ],
        countries=["kazakhstan"],
        topics=["economy-and-trade"],
        author=reporter,
        is_truncated=True,
        photo_credit="akorda",
        captions=["akorda", "Akorda", "akorda", "akorda"],
        date=None,
        first_seen=date(2025, 6, 8),
    )
    sample = make_article(
        title="A Melon Festival Fills the Streets of Khiva",
        body=body("Khiva's melon festival"),
        countries=["uzbekistan"],
        topics=["education-and-culture"],
        author=newsroom,
        is_sample=True,
        date=None,
        published_on=date(2025, 5, 1),
        date_precision="month",
        date_source="text",
    )
    make_article(
        title="Бишкек обсуждает новый бюджет",
        body=[{"kind": "p", "text": "Депутаты обсудили проект бюджета на следующий год."}],
        countries=["kyrgyzstan"],
        topics=["economy-and-trade"],
        language="ru",
        date=date(2025, 6, 1),
    )
    for currency, rate in [("KGS", "0.01144"), ("KZT", "0.00196"), ("UZS", "0.00008")]:
        ExchangeRate.objects.create(
            currency=currency,
            rate=Decimal(rate),
            change_percent=Decimal("0.1"),
            date=date(2025, 6, 20),
        )
    return Site(full_story=articles[1], excerpt=excerpt, sample=sample)


@pytest.fixture
def browser(site):
    """Chromium, started once the data is in and stopped before the database is flushed.

    While Playwright's event loop runs, Django hands this thread a fresh database connection (it
    looks like an async context), one that cannot restore the serialized reference data.
    """
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is not installed"
    )
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def axe_js():
    if not AXE_JS.exists():
        pytest.skip(f"axe-core is not installed: run `npm ci` in {AXE_JS.parents[2]}")
    return AXE_JS


def shoot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def assert_fits(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"page is {scroll_width}px wide at a {width}px viewport"
