"""HTTP caching of the public pages, and compression of everything but the admin.

PublicPageCacheMiddleware gives every public page (the `articles` URLs, the sitemap and
robots.txt) a validator made from the content version and the release (articles.freshness):

- a request whose If-None-Match or If-Modified-Since still matches gets a 304 before any view
  runs: one tiny query;
- otherwise a page rendered at this version is served from Django's cache (Redis when
  REDIS_URL is set), keyed by version, release, full URL and whether the client takes gzip, so
  a bump makes every cached page stale at once and nothing needs purging;
- otherwise the view renders it, and a 200 is stored and sent with
  `Cache-Control: public, max-age, s-maxage, stale-while-revalidate` for browsers and CDNs.

Requests that carry a session or a pending message (a signed-in editor) bypass all of it and
get `Cache-Control: private, no-cache`. The admin and /healthz are never touched.

Django's own CacheMiddleware is not used: its key prefix is fixed when the middleware is
built, where this one is the content version of the request, and it rewrites max-age to the
server-side timeout.
"""

import hashlib
import logging
from functools import cache

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache as page_cache
from django.middleware.gzip import GZipMiddleware as DjangoGZipMiddleware
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import (
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date
from django.utils.regex_helper import _lazy_re_compile

from articles import freshness

logger = logging.getLogger(__name__)

PUBLIC_NAMESPACES = {"articles"}
PUBLIC_URL_NAMES = {"sitemap", "robots"}
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")


def is_public(request):
    """A page anyone may see and any cache may keep: the reader's URLs, sitemap, robots.txt."""
    if request.method not in ("GET", "HEAD"):
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return bool(PUBLIC_NAMESPACES.intersection(match.namespaces)) or (
        not match.namespaces and match.url_name in PUBLIC_URL_NAMES
    )


def is_personal(request):
    """A signed-in editor, or a message waiting to be shown: not for any shared cache."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public(request):
            return self.get_response(request)
        if is_personal(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response

        version, release = freshness.current(), freshness.release()
        etag = f'W/"{release.digest}.{version.token}"'
        last_modified = int(max(version.changed_at, release.built_at).timestamp())

        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:  # 304, or 412 for a failed If-Match
            if not_modified.status_code == 304:
                # What the 200 would vary on (GZipMiddleware's), as RFC 9110 15.4.5 asks.
                patch_vary_headers(not_modified, ["Accept-Encoding"])
                self.validated(not_modified, etag, last_modified)
            return not_modified

        key = self.cache_key(request, release, version)
        response = self.cache_get(key)
        if response is None:
            response = self.get_response(request)
            if not self.storable(request, response):
                return response
            self.validated(response, etag, last_modified)
            self.cache_set(key, response)
        return response

    @staticmethod
    def validated(response, etag, last_modified):
        response.headers["ETag"] = etag
        response.headers["Last-Modified"] = http_date(last_modified)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.HTTP_CACHE_MAX_AGE,
            s_maxage=settings.HTTP_CACHE_S_MAXAGE,
            stale_while_revalidate=settings.HTTP_CACHE_STALE_WHILE_REVALIDATE,
        )
        return response

    @staticmethod
    def storable(request, response):
        """A whole 200 that sets no cookie and left caching to us."""
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Cache-Control")
            and not has_vary_header(response, "*")
        )

    @staticmethod
    def cache_key(request, release, version):
        gzip = "gz" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "id"
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()[:32]
        return f"page:{release.digest}:{version.token}:{gzip}:{url}"

    @staticmethod
    def cache_get(key):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return None
        try:
            return page_cache.get(key)
        except Exception:  # a cache that is down must not take the pages with it
            logger.warning("page cache unavailable for reading", exc_info=True)
            return None

    @staticmethod
    def cache_set(key, response):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return
        try:
            page_cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("page cache unavailable for writing", exc_info=True)


@cache
def admin_prefix():
    return reverse("admin:index")


class GZipMiddleware(DjangoGZipMiddleware):
    """Django's GZipMiddleware for every page but the admin's.

    Admin pages hold a CSRF token and editors' data next to text an attacker can get reflected
    (search terms, filter values); compressing them would open them to BREACH-style guessing.
    Public pages hold no secret (no session is read, no CSRF token is rendered: a test checks).
    """

    def process_response(self, request, response):
        if request.path_info.startswith(admin_prefix()):
            return response
        return super().process_response(request, response)
