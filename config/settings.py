"""Settings for the Central Asia news reader.

One file, read from the environment. Production is the default: DEBUG is off unless
DJANGO_DEBUG=1, the secret key must be a real one (DJANGO_SECRET_KEY, or the file that
`make run` writes once into var/secret_key), and HTTPS is assumed (secure __Host- cookies, HSTS,
a redirect to https). `make run` serves plain HTTP on 127.0.0.1 with DJANGO_HTTPS=0; `make dev`
adds DJANGO_DEBUG=1. The test suite gets a throwaway key and DJANGO_HTTPS=0 from pytest-env
(pyproject.toml). The README's "Reliability and security" lists every variable.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def database_from_url(url):
    """A DATABASES entry from DATABASE_URL (dj-database-url): sqlite:///relative/path.db (from
    the project folder), sqlite:////absolute/path.db, postgres://user:pass@host:port/name?options.
    """
    database = dj_database_url.parse(
        url,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    if database["ENGINE"] == "django.db.backends.sqlite3":
        return sqlite_database(BASE_DIR / (database["NAME"] or "db.sqlite3"))
    return database


def sqlite_database(path):
    # WAL lets readers (gunicorn workers) run while an import writes; IMMEDIATE transactions take
    # the write lock up front so two writers queue on the busy timeout instead of failing with
    # "database is locked" half-way through a transaction.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


def secret_key(debug):
    """DJANGO_SECRET_KEY if set (even blank: a blank one is a mistake to report, not to paper
    over), else the key file. Refused with DEBUG off unless it looks random and long enough (the
    rule of Django's own security.W009 check)."""
    key_file = Path(os.environ.get("DJANGO_SECRET_KEY_FILE") or BASE_DIR / "var" / "secret_key")
    key = os.environ.get("DJANGO_SECRET_KEY")
    if key is None and key_file.is_file():
        key = key_file.read_text()
    key = (key or "").strip()
    if debug and not key:
        return "development-only-not-secret"  # noqa: S105 - only ever with DJANGO_DEBUG=1
    if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is missing, blank or too short: set it to 50 or more random "
            f"characters, or create {key_file} (`make var/secret_key` writes one)."
        )
    return key


# --- Core -------------------------------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = secret_key(DEBUG)

# Unset means this machine only: a deployment that forgets the variable answers 400 to every
# request for its real name rather than to requests for any name.
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or ["localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "axes",
    "csp",
    "articles",
    "ingest",
]

# Order matters. Security headers and static files first; then the CSP header for every page;
# then the public-page cache, outside compression so that a hit is served already compressed
# and skips everything below it (sessions, CSRF, auth: public pages use none of them). Axes
# last, as its documentation asks.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "articles.middleware.PublicPageCacheMiddleware",
    "articles.middleware.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------
# SQLite file inside the project by default; DATABASE_URL=postgres://... for production.

DATABASES = {
    "default": database_from_url(os.environ["DATABASE_URL"])
    if os.environ.get("DATABASE_URL")
    else sqlite_database(BASE_DIR / "db.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Internationalisation ---------------------------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files (whitenoise) ----------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- HTTPS, cookies and headers ---------------------------------------------------------------
# DJANGO_HTTPS (default on, off with DJANGO_DEBUG=1) says the site is reached over https; only
# `make run` and `make dev` on 127.0.0.1 turn it off. Behind a load balancer or proxy that ends
# TLS, DJANGO_BEHIND_PROXY=1 trusts its X-Forwarded-Proto and X-Forwarded-For: never set it
# when clients can reach gunicorn directly, or they could claim https and any address.

HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 365 * 24 * 3600) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# "preload" only consents to the browsers' list; the operator still submits the domain.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# __Host- cookies are refused by browsers unless Secure, host-only and for path "/": a cookie
# set by a sibling subdomain or over plain HTTP cannot shadow them.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"

# Content-Security-Policy (django-csp): no inline script or style, so injected markup cannot run
# or restyle the page. One inline block is allowed by its hash: the 500 page's style, kept
# inline so that the page needs neither the database nor static files.
# tests/config/test_security_headers.py recomputes it. JSON-LD is a data block: CSP does not
# apply to it. The admin runs under the same policy.
ERROR_PAGE_STYLE_HASH = "'sha256-Ra/dHi7no4OXzOTADh1+XEY8Z+4hnRW7NQ1RgxYDTFM='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF, ERROR_PAGE_STYLE_HASH],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Sign-in: password rules and brute-force lockout (django-axes) ----------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Axes checks the lockout before the model backend tries the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Per user name and address together: an attacker cannot lock an editor out from elsewhere,
# and one address cannot try many passwords for one name. The failure that reaches the limit
# is answered with the lockout (429), and so is every attempt after it until the cool-off ends.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
if BEHIND_PROXY:
    # The client's address as the proxy saw it: the right-most entry the proxy appended to
    # X-Forwarded-For (earlier entries come from the client and prove nothing).
    AXES_CLIENT_IP_CALLABLE = "config.proxy.client_address"

# --- Caching ----------------------------------------------------------------------------------
# Public pages carry a validator derived from the site-wide content version (articles.freshness)
# and are kept server-side under that version, so one write makes every cached page stale at
# once. REDIS_URL shares that cache between workers and hosts; without it each worker keeps its
# own in memory. A Redis that stops answering slows pages down but does not break them.

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "reader",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# Browsers keep a page for HTTP_CACHE_MAX_AGE seconds, shared caches (a CDN) for
# HTTP_CACHE_S_MAXAGE, and may serve a stale copy while they revalidate for
# HTTP_CACHE_STALE_WHILE_REVALIDATE more. PAGE_CACHE_SECONDS bounds how long the server keeps a
# rendered page (0 turns the server-side cache off; the tests do).
HTTP_CACHE_MAX_AGE = env_int("HTTP_CACHE_MAX_AGE", 60)
HTTP_CACHE_S_MAXAGE = env_int("HTTP_CACHE_S_MAXAGE", 300)
HTTP_CACHE_STALE_WHILE_REVALIDATE = env_int("HTTP_CACHE_STALE_WHILE_REVALIDATE", 600)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)

# --- The reader -------------------------------------------------------------------------------

SITE_NAME = "Central Asia Reader"
ARTICLES_PER_PAGE = int(os.environ.get("ARTICLES_PER_PAGE", "20"))
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR") or BASE_DIR / "var" / "backups")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
