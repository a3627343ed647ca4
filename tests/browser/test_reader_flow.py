"""A reader's path in headless Chromium: home -> a country -> a topic -> an article.

Uses Debian's /usr/bin/chromium through Playwright's sync API against pytest-django's live server,
at phone and desktop widths, and saves a screenshot of each step into test-artifacts/.
"""

import os
import re
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
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORTS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
    # Transactional, so the live server's thread sees the data; serialized rollback puts the
    # reference countries and topics back for the tests that run after this one.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

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


@pytest.fixture
def reading_matter():
    reporter = make_author(name="Aida Reporter", role="Correspondent", bio="Reports from Bishkek.")
    newsroom = make_author(name="The Newsroom", is_outlet=True)
    for n, (title, countries, topics) in enumerate(STORIES):
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
    for currency, rate in [("KGS", "0.01144"), ("KZT", "0.00196"), ("UZS", "0.00008")]:
        ExchangeRate.objects.create(
            currency=currency,
            rate=Decimal(rate),
            change_percent=Decimal("0.1"),
            date=date(2025, 6, 20),
        )


@pytest.fixture
def browser(reading_matter):
    """Chromium, started once the data is in and stopped before the database is flushed.

    While Playwright's event loop runs, Django hands this thread a fresh database connection (it
    looks like an async context), one that cannot restore the serialized reference data.
    """
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def shoot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def assert_fits(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"page is {scroll_width}px wide at a {width}px viewport"


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_reader_goes_from_home_to_country_to_topic_to_article(browser, live_server, size):
    expect = sync_api.expect
    context = browser.new_context(viewport=VIEWPORTS[size])
    page = context.new_page()

    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Top stories")).to_be_visible()
    expect(page.locator(".rates")).to_contain_text("KGS")
    assert_fits(page, VIEWPORTS[size]["width"])
    shoot(page, f"{size}-1-home")

    page.locator("#region-kyrgyzstan a").click()
    expect(page).to_have_url(re.compile(r"/countries/kyrgyzstan/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kyrgyzstan")
    expect(page.locator(".result-count")).to_have_text("Viewing 1–5 of 5 articles")
    assert_fits(page, VIEWPORTS[size]["width"])
    shoot(page, f"{size}-2-country")

    page.locator(".bars").get_by_role("link", name=re.compile(r"^Energy")).click()
    expect(page).to_have_url(re.compile(r"/countries/kyrgyzstan/\?topic=energy$"))
    expect(page.get_by_role("link", name="Remove filter: Energy")).to_be_visible()
    titles = page.locator(".results .card__title").all_inner_texts()
    assert sorted(titles) == [
        "Bishkek Opens Solar Park on Its Southern Outskirts",
        "Kyrgyzstan Plans New Hydropower Cascade on the Naryn River",
    ]
    shoot(page, f"{size}-3-country-energy")

    page.get_by_role("link", name="Bishkek Opens Solar Park on Its Southern Outskirts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bishkek Opens Solar Park on Its Southern Outskirts"
    )
    expect(page.get_by_role("heading", level=2, name="What happens next")).to_be_visible()
    expect(page.locator(".author-box")).to_contain_text("Aida Reporter")
    assert_fits(page, VIEWPORTS[size]["width"])
    shoot(page, f"{size}-4-article")
    context.close()


def test_reader_filters_the_article_list_with_the_form(browser, live_server):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(live_server.url + "/articles/")
    page.locator(".filters summary", has_text="Topics").click()  # unfold the topic choices
    page.get_by_label("Education and Culture").check()
    page.get_by_role("button", name="Show articles").click()
    sync_api.expect(
        page.get_by_role("link", name="Remove filter: Education and Culture")
    ).to_be_visible()
    sync_api.expect(page.locator(".result-count")).to_have_text("Viewing 1–3 of 3 articles")
    shoot(page, "desktop-5-article-list-filtered")

    page.get_by_role("link", name="Remove filter: Education and Culture").click()
    sync_api.expect(page.locator(".result-count")).to_have_text("Viewing 1–10 of 10 articles")
    context.close()
