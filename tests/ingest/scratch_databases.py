"""Real databases outside the test transaction, for tests that run `manage.py` in processes.

The suite's own database lives inside a transaction (and, on SQLite, in memory), which another
process cannot see. These tests need what production has: separate processes, each with its own
connection, on a database file or a PostgreSQL database. One database is migrated per test
session and copied for each test (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on
PostgreSQL), on the backend the suite runs on. PostgreSQL names are the suite's database name
without "test_", plus "_rel_" and a label.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def manage(*arguments, url, timeout=600, **options):
    """Run manage.py in a new process against `url`; returns the CompletedProcess."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"}
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **options,
    )


def start(*arguments, url):
    """Start manage.py in a new process against `url`; returns the Popen."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class ScratchDatabases:
    def __init__(self, folder):
        self.vendor = connection.vendor
        self.folder = folder
        self.created = []
        if self.vendor == "postgresql":
            settings = connection.settings_dict
            self.server = {
                "host": settings["HOST"] or "127.0.0.1",
                "port": settings["PORT"] or 5432,
                "user": settings["USER"] or "postgres",
                "password": settings["PASSWORD"] or None,
            }
            self.base = settings["NAME"].removeprefix("test_")
        self.template = self._create("template")
        migrated = manage("migrate", "--no-input", "-v0", url=self.template)
        assert migrated.returncode == 0, migrated.stderr

    def url(self, name):
        if self.vendor == "sqlite":
            return f"sqlite:///{self.folder / name}.db"
        server = self.server
        password = f":{server['password']}" if server["password"] else ""
        return f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"

    def new(self, label):
        """A fresh copy of the migrated database; returns its DATABASE_URL."""
        return self._create(label, template=self.template)

    def _create(self, label, template=None):
        if self.vendor == "sqlite":
            path = self.folder / f"{label}.db"
            if template:
                shutil.copyfile(self.folder / "template.db", path)
            return self.url(label)
        name = f"{self.base}_rel_{label}"
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            suffix = f' TEMPLATE "{self.base}_rel_template"' if template else ""
            admin.execute(f'CREATE DATABASE "{name}"{suffix}')
        self.created.append(name)
        return self.url(name)

    def _admin(self):
        import psycopg

        return psycopg.connect(dbname="postgres", autocommit=True, **self.server)

    def drop_all(self):
        if self.vendor == "postgresql":
            with self._admin() as admin:
                for name in reversed(self.created):
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextmanager
    def runs_held(self, url):
        """Keep new import runs from starting while the block runs: processes started in it
        wait at their first write and then set off together, as with a shared cron line."""
        if self.vendor == "sqlite":
            db = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
            db.execute("BEGIN IMMEDIATE")
        else:
            import psycopg

            db = psycopg.connect(dbname=url.rsplit("/", 1)[1], **self.server)
            db.execute("LOCK TABLE articles_importrun IN EXCLUSIVE MODE")
        try:
            yield
        finally:
            db.rollback() if self.vendor == "postgresql" else db.execute("ROLLBACK")
            db.close()

    # --- reading a scratch database ------------------------------------------------------

    def rows(self, url, sql):
        if self.vendor == "sqlite":
            with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
                return db.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(dbname=url.rsplit("/", 1)[1], **self.server) as db:
            return db.execute(sql).fetchall()

    def summary(self, url):
        """What two imports of the same dumps must agree on: counts, and a digest of every
        article's identity, title and body, and of the author names."""
        counts = {
            table: self.rows(url, f"SELECT COUNT(*) FROM {table}")[0][0]
            for table in (
                "articles_article",
                "articles_author",
                "articles_articlecountry",
                "articles_article_topics",
                "articles_exchangerate",
            )
        }
        articles = self.rows(
            url, "SELECT identity_key, title, body, is_truncated FROM articles_article"
        )
        authors = self.rows(url, "SELECT name FROM articles_author")
        rows = [
            [key, title, json.loads(body) if isinstance(body, str) else body, bool(truncated)]
            for key, title, body, truncated in articles
        ] + [list(row) for row in authors]
        digest = hashlib.sha256()
        for row in sorted(json.dumps(row, ensure_ascii=False) for row in rows):
            digest.update(row.encode())
        return {**counts, "digest": digest.hexdigest()}
