"""The site-wide content version: what public pages are revalidated and cached by.

Writers call it explicitly, inside the transaction of the write (no signals):

    from articles import freshness
    freshness.bump()      # this write changes what public pages show

Readers (articles.middleware) call `freshness.current()` once per public request: one
primary-key read of a one-row table. The version lives in the database, so every gunicorn
worker and host sees a bump as soon as the writer commits, and a rolled-back write bumps nothing.

A page's validator also carries the release (`release()`): a digest of the code, templates and
static files, so that a deploy that changes the markup does not answer 304 with yesterday's page
or serve it from the cache.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import django
from django.conf import settings
from django.db import connection
from django.db.models import F
from django.utils import timezone

from articles.models import ContentVersion

# What a page is made of: a change to any of these changes the release.
RELEASE_SOURCES = ("articles", "config", "templates", "static")
CURRENT_SQL = f"SELECT number, changed_at FROM {ContentVersion._meta.db_table} WHERE id = %s"  # noqa: S608


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: datetime

    @property
    def token(self):
        """Unique per bump, also across a database restored from an older backup (the time)."""
        return f"{self.number}.{int(self.changed_at.timestamp())}"


def current():
    """The content version now; number 0 when the row is missing (a flushed database).

    Plain SQL: this runs on every public request, and building the same ORM query each time
    cost 30 times the query itself (measured 3.9 ms against 0.13 ms on a loaded machine).
    """
    with connection.cursor() as cursor:
        cursor.execute(CURRENT_SQL, [ContentVersion.ROW])
        row = cursor.fetchone()
    if row is None:
        return Version(0, datetime(2000, 1, 1, tzinfo=UTC))
    number, changed_at = row
    if isinstance(changed_at, str):
        changed_at = datetime.fromisoformat(changed_at)
    if timezone.is_naive(changed_at):  # SQLite keeps UTC without saying so
        changed_at = changed_at.replace(tzinfo=UTC)
    return Version(number, changed_at)


def bump():
    """Mark every public page stale. Call it inside the transaction that made the change."""
    now = timezone.now()
    changed = ContentVersion.objects.filter(pk=ContentVersion.ROW).update(
        number=F("number") + 1, changed_at=now
    )
    if not changed:
        ContentVersion.objects.get_or_create(
            pk=ContentVersion.ROW, defaults={"number": 1, "changed_at": now}
        )


@dataclass(frozen=True)
class Release:
    digest: str
    built_at: datetime


@cache
def release():
    """The code and templates this process serves: a digest of their contents (the same on
    every host that runs the same files) and the newest file time (a floor for Last-Modified)."""
    digest = hashlib.sha256(django.get_version().encode())
    newest = 0.0
    base = Path(settings.BASE_DIR)
    for source in RELEASE_SOURCES:
        for path in sorted((base / source).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(base)).encode())
            digest.update(path.read_bytes())
            newest = max(newest, path.stat().st_mtime)
    return Release(digest.hexdigest()[:12], datetime.fromtimestamp(int(newest), tz=UTC))
