"""In headless Chromium: the Content-Security-Policy blocks nothing the site or the admin needs,
the 500 page keeps its inline style, and long words from dumps do not widen the page."""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from articles.models import Article
from tests.factories import make_article, make_author

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # ORM calls while Playwright's loop runs

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
PHONE = {"width": 360, "height": 780}
PASSWORD = "correct horse battery staple"
LONG_WORD = "Kazakhstan" * 30  # 300 letters with nowhere to break

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Records every CSP violation the page reports, before any of its own scripts run.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} line ${e.lineNumber}`);
});
"""


@pytest.fixture
def content():
    author = make_author(name=f"Writer {LONG_WORD[:180]}")  # names hold 200 characters
    articles = [
        make_article(
            title=f"Story {n} {LONG_WORD}",
            body=[{"kind": "p", "text": f"Paragraph {LONG_WORD} about hydropower."}],
            author=author,
            countries=["kazakhstan", "kyrgyzstan"],
            topics=["energy"] if n else ["energy", "health"],
            captions=[f"Caption {LONG_WORD}"],
            photo_credit=f"Photo: {LONG_WORD[:250]}",
        )
        for n in range(3)
    ]
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    return articles


@pytest.fixture
def browser(content):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, **context_options):
    page = browser.new_context(**context_options).new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    return page


def violations(page):
    return page.evaluate("window.__violations")


def test_public_pages_run_under_the_policy_and_fit_a_phone(browser, live_server, content):
    page = open_page(browser, viewport=PHONE)
    urls = [
        "/",
        reverse("articles:article_list"),
        content[0].get_absolute_url(),  # with its JSON-LD data block
        reverse("articles:country_detail", args=["kazakhstan"]),
        reverse("articles:topic_detail", args=["energy"]),
        content[0].author.get_absolute_url(),
        reverse("articles:search") + "?q=hydropower",
    ]
    for url in urls:
        page.goto(live_server.url + url)
        assert violations(page) == [], url
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{url} is {width}px wide on a {PHONE['width']}px phone"
    assert page.errors == []
    # The recorder works: injected inline markup is blocked and reported.
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<b style=\"color: red\">x</b>')")
    page.wait_for_function("window.__violations.length > 0")
    assert violations(page)[0].startswith("style-src")


def test_the_filter_panel_script_runs_and_the_bars_keep_their_widths(browser, live_server):
    page = open_page(browser, viewport=PHONE)
    page.goto(live_server.url + reverse("articles:article_list"))
    # Phones fold the panel (the inline script, allowed by its hash).
    assert page.evaluate("document.querySelector('.filters-panel').open") is False
    page.goto(live_server.url + reverse("articles:country_detail", args=["kazakhstan"]))
    fills = page.eval_on_selector_all(
        ".bar__fill",
        "els => els.map(e => Math.round(100 * e.offsetWidth / e.parentElement.offsetWidth))",
    )
    assert fills == [100, 35]  # energy 3 of 3; health 1 of 3 (33 %, shown in 5 % steps)
    assert violations(page) == []


def test_the_500_page_keeps_its_inline_style_under_the_policy(browser, live_server):
    page = open_page(browser)
    policy = page.request.get(live_server.url + "/").headers["content-security-policy"]
    error_page = server_error(RequestFactory().get("/")).content.decode()  # Django's handler500
    page.route(
        live_server.url + "/broken",
        lambda route: route.fulfill(
            status=500,
            body=error_page,
            headers={"Content-Type": "text/html", "Content-Security-Policy": policy},
        ),
    )
    page.goto(live_server.url + "/broken")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(248, 246, 241)"  # the inline style applied
    assert violations(page) == []


def test_the_admin_works_under_the_policy(browser, live_server, content):
    page = open_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + reverse("admin:index"))

    # The change list, and an action with its confirmation page.
    page.goto(live_server.url + reverse("admin:articles_article_changelist"))
    page.check(f"input.action-select[value='{content[0].pk}']")
    page.select_option("select[name=action]", "unpublish")
    page.click("button[name=index]")
    page.wait_for_selector("ul.messagelist li")
    assert not Article.objects.get(pk=content[0].pk).is_published

    # The change form: its inline rows (add one), an autocomplete (select2), the save.
    page.goto(live_server.url + reverse("admin:articles_article_change", args=[content[1].pk]))
    rows = page.locator(".dynamic-country_links").count()
    page.click(".add-row a")
    assert page.locator(".dynamic-country_links").count() == rows + 1
    page.click("#id_author + .select2")
    page.fill(".select2-search__field", "Writer")
    page.wait_for_selector(".select2-results__option--highlighted")
    page.keyboard.press("Enter")
    page.locator(".dynamic-country_links").last.locator(".delete a, .inline-deletelink").click()
    page.click("input[name=_save]")
    page.wait_for_load_state()
    errors = page.locator(".errorlist, .errornote").all_inner_texts()
    assert errors == [], errors
    page.wait_for_selector("ul.messagelist li.success")

    assert violations(page) == []
    assert page.errors == []
