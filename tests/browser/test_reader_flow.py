"""A reader's path in headless Chromium: home -> a country -> a topic -> an article, and the
filters, at phone and desktop widths; a screenshot of each step goes into test-artifacts/.
"""

import re

import pytest

from tests.browser.conftest import VIEWPORTS, assert_fits, shoot

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
    expect(page.locator(".result-count")).to_have_text("Viewing 1–4 of 4 articles")
    shoot(page, "desktop-5-article-list-filtered")

    page.get_by_role("link", name="Remove filter: Education and Culture").click()
    expect(page.locator(".result-count")).to_have_text("Viewing 1–13 of 13 articles")
    context.close()
