"""A consistent backup of the database, taken while the site runs: `manage.py backup_db`.

SQLite: SQLite's online backup (Python's sqlite3.Connection.backup) copies the database in one
step under a read lock, so the copy is one committed state even while an import writes (in WAL
mode writers do not wait for it); the copy is checked before its name is printed.
PostgreSQL: pg_dump in its custom format (restore with pg_restore) when pg_dump is installed;
otherwise the command to run is printed.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections


def backup_sqlite(source, target):
    """Copy the SQLite database `source` (a sqlite3 connection) to the file `target`."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # password hashes and sessions: for the owner's eyes only
    with sqlite3.connect(partial) as copy:
        source.backup(copy)
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    copy.close()
    if verdict != "ok":
        partial.unlink()
        raise CommandError(f"the copy failed SQLite's integrity check: {verdict}")
    partial.rename(target)


def pg_dump_command(database, target):
    """pg_dump's arguments and environment for a Django PostgreSQL DATABASES entry."""
    args = ["pg_dump", "--format=custom", "--no-owner", f"--file={target}"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            args.append(f"{option}={database[key]}")
    args.append(database["NAME"])
    env = {"PGPASSWORD": database["PASSWORD"]} if database.get("PASSWORD") else {}
    return args, env


class Command(BaseCommand):
    help = "Write a consistent backup of the database while the site runs, and say where."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="File to write (default: a dated file in BACKUP_DIR, var/backups/).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, output, database, **options):
        connection = connections[database]
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        if connection.vendor == "sqlite":
            target = output or Path(settings.BACKUP_DIR) / f"db-{stamp}.sqlite3"
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            connection.ensure_connection()
            backup_sqlite(connection.connection, target)
        elif connection.vendor == "postgresql":
            target = output or Path(settings.BACKUP_DIR) / f"db-{stamp}.pgdump"
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.pg_dump(connection.settings_dict, target)
        else:
            raise CommandError(f"no backup recipe for {connection.vendor}")
        self.stdout.write(f"Backup written to {target}")

    def pg_dump(self, database, target):
        args, env = pg_dump_command(database, target)
        if shutil.which("pg_dump") is None:
            shown = " ".join(args)
            raise CommandError(
                f"pg_dump is not installed here. On a machine with PostgreSQL's client tools, "
                f"run: {shown} (with PGPASSWORD set), and restore with pg_restore."
            )
        target.touch(mode=0o600)  # pg_dump writes into it and keeps the mode
        result = subprocess.run(args, env={**os.environ, **env}, capture_output=True, text=True)
        if result.returncode:
            target.unlink(missing_ok=True)
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
