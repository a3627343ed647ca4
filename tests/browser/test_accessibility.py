"""axe-core on every public page, at phone and desktop widths, in light and dark: no serious or
critical violation anywhere. Also the weight of each page, which must stay small.

axe-core comes from npm (tests/browser/package.json); Playwright injects it into each page.
"""

import json

import pytest
from django.urls import reverse

from tests.browser.conftest import ARTIFACTS, VIEWPORTS

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FAILING_IMPACTS = {"serious", "critical"}
# What a page may cost a reader: the HTML, the stylesheet and the fonts it uses.
MAX_REQUESTS = 8
MAX_KILOBYTES = 300

RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ") + ": " + (n.failureSummary || "")),
  }));
}"""


def public_pages(site):
    """Every kind of public page, by name."""
    return {
        "home": reverse("articles:home"),
        "list": reverse("articles:article_list"),
        "filtered list": reverse("articles:article_list")
        + "?country=kazakhstan&country=uzbekistan&topic=energy&topic=diplomacy",
        "article": site.full_story.get_absolute_url(),
        "excerpt": site.excerpt.get_absolute_url(),
        "sample": site.sample.get_absolute_url(),
        "countries": reverse("articles:country_list"),
        "country": reverse("articles:country_detail", args=["kyrgyzstan"]),
        "topics": reverse("articles:topic_list"),
        "topic": reverse("articles:topic_detail", args=["energy"]),
        "authors": reverse("articles:author_list"),
        "author": reverse("articles:author_detail", args=["aida-reporter"]),
        "search": reverse("articles:search") + "?q=water",
        "search form": reverse("articles:search"),
        "404": "/no-such-page/",
    }


def weigh(page, url):
    """Load `url`; return (requests, bytes transferred) for it and everything it pulled in."""
    sizes = []

    def finished(request):
        sizes.append((request.url, request.sizes()["responseBodySize"]))

    page.on("requestfinished", finished)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("requestfinished", finished)
    return len(sizes), sum(size for _, size in sizes)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_no_page_has_a_serious_accessibility_violation(
    browser, axe_js, live_server, site, size, scheme
):
    failures, heavy, report = [], [], {}
    for name, path in public_pages(site).items():
        # A fresh context for each page: weighed as a first visit. Playwright adds axe as an
        # inline <script>: let it past the site's Content-Security-Policy.
        context = browser.new_context(
            viewport=VIEWPORTS[size], color_scheme=scheme, bypass_csp=True
        )
        page = context.new_page()
        requests, size_bytes = weigh(page, live_server.url + path)
        if requests > MAX_REQUESTS or size_bytes > MAX_KILOBYTES * 1024:
            heavy.append(f"{name}: {requests} requests, {size_bytes / 1024:.0f} KB")
        page.add_script_tag(path=str(axe_js))
        violations = page.evaluate(RUN_AXE)
        context.close()
        report[name] = {"path": path, "requests": requests, "bytes": size_bytes, "axe": violations}
        for violation in violations:
            if violation["impact"] in FAILING_IMPACTS:
                nodes = "\n      ".join(violation["nodes"][:5])
                failures.append(
                    f"{name} ({path}): {violation['id']} [{violation['impact']}] "
                    f"{violation['help']}, {len(violation['nodes'])} node(s):\n      {nodes}"
                )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{size}-{scheme}.json").write_text(json.dumps(report, indent=1))
    assert not failures, f"axe at {size} width, {scheme}:\n" + "\n".join(failures)
    assert not heavy, "pages over budget:\n" + "\n".join(heavy)
