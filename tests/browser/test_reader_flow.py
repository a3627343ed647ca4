"""A reader's path in headless Chromium: home -> a country -> a topic -> an article; the filters
(results first on a phone), the header search, the feeds offered, and odd stories shown as what
they are. A screenshot of each step goes into test-artifacts/; SCREENSHOTS=1 also refreshes the
README's in docs/screenshots/.
"""

import os
import re

import pytest

from tests.browser.conftest import ROOT, VIEWPORTS, assert_fits, shoot

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed"
)
expect = sync_api.expect

pytestmark = [
    pytest.mark.browser,
    # Transactional, so the live server's thread sees the data; serialized rollback puts the
    # reference countries and topics back for the tests that run after this one.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_reader_goes_from_home_to_country_to_topic_to_article(browser, live_server, size):
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
    expect(page.locator(".result-count")).to_have_text("Viewing 1–6 of 6 articles")
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
    expect(page.get_by_role("link", name="Remove filter: Education and Culture")).to_be_visible()
    expect(page.locator(".result-count")).to_have_text(
        "Viewing 1–4 of 4 articles on Education and Culture"
    )
    shoot(page, "desktop-5-article-list-filtered")

    page.get_by_role("link", name="Remove filter: Education and Culture").click()
    expect(page.locator(".result-count")).to_have_text("Viewing 1–13 of 13 articles")
    context.close()


FILTERED = {
    "article list": "/articles/?country=kazakhstan&country=uzbekistan",
    "country": "/countries/kyrgyzstan/?topic=energy",
    "topic": "/topics/energy/?country=kyrgyzstan",
    "search": "/search/?q=officials&country=kyrgyzstan",
}


@pytest.mark.parametrize("name", list(FILTERED))
def test_a_filtered_list_shows_its_first_result_without_scrolling_on_a_phone(
    browser, live_server, name
):
    phone = VIEWPORTS["phone"]
    context = browser.new_context(viewport=phone)
    page = context.new_page()
    page.goto(live_server.url + FILTERED[name])
    first = page.locator(".results .card").first
    expect(first).to_be_visible()
    box = first.locator(".card__title").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= phone["height"], (
        f"the first result's title ends {box['y'] + box['height']:.0f}px down a "
        f"{phone['height']}px screen"
    )
    assert_fits(page, phone["width"])
    shoot(page, f"phone-6-filtered-{name.replace(' ', '-')}")
    context.close()


def test_the_filters_fold_on_a_phone_and_say_how_many_are_in_force(browser, live_server):
    url = live_server.url + FILTERED["article list"]
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(url)
    summary = page.locator(".filters-panel__summary")
    expect(summary).to_have_text("Filters (2 in force)")  # "Filters (2)" to the eye
    expect(page.get_by_label("Words")).to_be_hidden()
    expect(page.locator(".result-count")).to_have_text(
        "Viewing 1–7 of 7 articles about Kazakhstan or Uzbekistan"
    )
    summary.click()
    expect(page.get_by_label("Words")).to_be_visible()
    context.close()

    # Beside the results on a wide screen, unfolded, and without JavaScript.
    context = browser.new_context(viewport=VIEWPORTS["desktop"], java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    expect(page.get_by_label("Words")).to_be_visible()
    expect(page.get_by_role("heading", name="Filter articles")).to_be_visible()
    context.close()


def test_every_page_has_a_search_box_that_works_on_a_phone(browser, live_server, site):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(live_server.url + site.full_story.get_absolute_url())
    box = page.get_by_role("searchbox", name="Search articles")
    assert box.bounding_box()["x"] + box.bounding_box()["width"] <= VIEWPORTS["phone"]["width"]
    box.fill("Naryn")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=Naryn$"))
    expect(page.locator(".results .card__title")).to_have_text(
        ["Kyrgyzstan Plans New Hydropower Cascade on the Naryn River"]
    )
    # The syntax is folded once there are results, and the feed of the search is offered.
    expect(page.locator("#search-syntax")).to_be_hidden()
    expect(page.get_by_role("link", name=re.compile(r"^Subscribe \(Atom feed\)"))).to_be_visible()
    context.close()


def test_lists_with_a_feed_offer_a_visible_subscribe_link(browser, live_server):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    for path, feed in [
        ("/", "/feed/"),
        ("/countries/kyrgyzstan/", "/countries/kyrgyzstan/feed/"),
        ("/topics/energy/", "/topics/energy/feed/"),
        ("/authors/aida-reporter/", "/authors/aida-reporter/feed/"),
    ]:
        page.goto(live_server.url + path)
        link = page.get_by_role("link", name=re.compile(r"^Subscribe \(Atom feed\)"))
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", feed)
    context.close()


def test_odd_stories_are_shown_truthfully(browser, live_server, site):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(live_server.url + site.excerpt.get_absolute_url())
    expect(page.get_by_role("note")).to_have_text("Only the opening of this story was captured.")
    expect(page.locator(".story__photo, .story__credit")).to_have_text(["Photo: akorda"])
    expect(page.locator(".story__meta .date")).to_have_text(
        "Seen 8 June 2025 (publication date unknown)"
    )
    ellipsis = page.locator(".story__body > p").last.evaluate(
        "p => getComputedStyle(p, '::after').content"
    )
    assert "…" in ellipsis
    # The author's own page does not repeat the byline on every card.
    page.goto(live_server.url + "/authors/aida-reporter/")
    expect(page.locator(".results .card__meta a")).to_have_count(0)

    page.goto(live_server.url + site.sample.get_absolute_url())
    expect(page.get_by_role("note")).to_have_text(
        "Sample story: invented text bundled with the reader, not news."
    )
    expect(page.locator(".story__meta .date")).to_have_text(
        "May 2025 (estimated from the story's text)"
    )
    page.goto(live_server.url + "/articles/?country=uzbekistan")
    card = page.locator(".card", has_text="A Melon Festival Fills the Streets of Khiva")
    expect(card.locator(".sample-label")).to_be_visible()
    expect(card.locator(".date")).to_have_text("May 2025 est.(estimated from the story's text)")
    context.close()


@pytest.mark.skipif(
    not os.environ.get("SCREENSHOTS"), reason="SCREENSHOTS=1 refreshes docs/screenshots"
)
def test_screenshots_for_the_readme(browser, live_server):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    for name, path in [("home", "/"), ("country", "/countries/kyrgyzstan/")]:
        page.goto(live_server.url + path, wait_until="networkidle")
        page.screenshot(path=ROOT / "docs" / "screenshots" / f"{name}.png", full_page=True)
    context.close()
