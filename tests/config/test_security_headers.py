"""Security headers on the public pages, a Content-Security-Policy without 'unsafe-inline', and
no secret in a compressed public page."""

import base64
import hashlib
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_https(settings):
    """The values config.settings computes with DJANGO_HTTPS on (test_settings checks that)."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_home_sends_hsts_csp_nosniff_and_referrer_policy(client, production_https):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    csp = policy(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"][0] == csp["style-src"][0] == "'self'"
    assert csp["frame-ancestors"] == ["'none'"]


def test_plain_http_is_redirected_to_https_but_healthz_is_not(client, production_https):
    response = client.get("/articles/?page=2")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/articles/?page=2"
    assert client.get(reverse("healthz")).status_code == 200


def test_admin_runs_under_the_same_policy(admin_client):
    response = admin_client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == admin_client.get("/")["Content-Security-Policy"]


class InlineBlocks(HTMLParser):
    """Text of every inline <script> (not a data block) and <style>, and every style= value."""

    def __init__(self):
        super().__init__()
        self.scripts, self.styles, self.style_attributes, self._open = [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.style_attributes.append(attrs["style"])
        data_block = tag == "script" and attrs.get("type", "text/javascript") not in (
            "text/javascript",
            "module",
        )
        if tag in ("script", "style") and "src" not in attrs and not data_block:
            self._open = (tag, [])

    def handle_data(self, data):
        if self._open:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            (self.scripts if tag == "script" else self.styles).append("".join(self._open[1]))
            self._open = None


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def public_pages():
    author = make_author(name="Aigerim Sadykova")
    article = make_article(
        author=author, countries=["kazakhstan"], topics=["energy"], captions=["A dam."]
    )
    return [
        "/",
        reverse("articles:article_list"),
        article.get_absolute_url(),
        reverse("articles:country_detail", args=["kazakhstan"]),
        reverse("articles:topic_detail", args=["energy"]),
        author.get_absolute_url(),
        reverse("articles:search") + "?q=article",
        "/no-such-page/",
    ]


def test_every_inline_script_and_style_is_allowed_by_its_hash(client):
    """Catches a new inline <script> or <style> (or a changed one) before a browser blocks it."""
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    for url in public_pages():
        blocks = InlineBlocks()
        blocks.feed(client.get(url).content.decode())
        assert blocks.style_attributes == [], url
        for script in blocks.scripts:
            assert csp_hash(script) in allowed["script-src"], (url, script)
        for style in blocks.styles:
            assert csp_hash(style) in allowed["style-src"], (url, style)


def test_the_500_page_style_is_allowed_by_its_hash():
    blocks = InlineBlocks()
    blocks.feed((settings.BASE_DIR / "templates" / "500.html").read_text())
    assert blocks.scripts == [] and blocks.style_attributes == []
    [style] = blocks.styles
    assert csp_hash(style) == settings.ERROR_PAGE_STYLE_HASH


def test_bars_have_a_width_class_instead_of_an_inline_style(client):
    for _ in range(3):
        make_article(countries=["kyrgyzstan"], topics=["energy"])
    make_article(countries=["kyrgyzstan"], topics=["health"])
    content = client.get(reverse("articles:country_detail", args=["kyrgyzstan"])).content.decode()
    assert 'class="bar__fill bar__fill--20"' in content  # energy, the largest
    assert 'class="bar__fill bar__fill--7"' in content  # health: 1 of 3 is 33 %, about 35 %
    assert "style=" not in content
    search = client.get(reverse("articles:search"), {"q": "article"}).content.decode()
    assert "bar__fill--20" in search and "style=" not in search


def test_public_pages_carry_no_csrf_token_or_cookie(client):
    """Public pages are compressed (GZipMiddleware): a secret in them would be open to BREACH."""
    for url in public_pages():
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert not response.cookies, url
        assert b"csrfmiddlewaretoken" not in response.content, url


def test_public_pages_are_compressed_and_the_admin_is_not(admin_client):
    public = admin_client.get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert public["Content-Encoding"] == "gzip"
    admin = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_ENCODING="gzip")
    assert admin.status_code == 200
    assert not admin.has_header("Content-Encoding")
