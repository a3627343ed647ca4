"""manage.py backup_db: a consistent copy of the database while it is being written to."""

import shutil
import sqlite3
import stat
import subprocess
import threading
import time

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from articles.management.commands.backup_db import backup_sqlite, pg_dump_command
from tests.factories import make_article


def test_a_backup_taken_while_another_connection_writes_is_a_valid_database(tmp_path):
    source = tmp_path / "live.sqlite3"
    with sqlite3.connect(source) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE story (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    committed = 0
    stop = threading.Event()

    def write():
        nonlocal committed
        writer = sqlite3.connect(source, timeout=10)
        while not stop.is_set():
            with writer:  # one transaction of 50 rows
                writer.executemany("INSERT INTO story (title) VALUES (?)", [("x" * 200,)] * 50)
            committed += 50
        writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while committed < 2000:
            time.sleep(0.01)
        copies = []
        for n in range(3):
            before = committed
            target = tmp_path / f"copy-{n}.sqlite3"
            backup_sqlite(sqlite3.connect(source), target)
            copies.append((target, before, committed))
    finally:
        stop.set()
        thread.join()
    for target, before, after in copies:
        copy = sqlite3.connect(target)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = copy.execute("SELECT count(*) FROM story").fetchone()[0]
        # At least what was committed before it started; at most what was committed when it
        # ended, plus the one transaction the writer may have committed but not yet counted.
        assert before <= rows <= after + 50
        assert rows % 50 == 0  # whole transactions only
        copy.close()
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_db_writes_the_database_and_says_where(tmp_path, capsys):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite recipe; PostgreSQL has its own test")
    make_article(title="Kept in the backup")
    target = tmp_path / "backup.sqlite3"
    call_command("backup_db", output=target)
    assert capsys.readouterr().out.strip() == f"Backup written to {target}"
    copy = sqlite3.connect(target)
    titles = [row[0] for row in copy.execute("SELECT title FROM articles_article")]
    copy.close()
    assert titles == ["Kept in the backup"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it holds password hashes


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_db_runs_pg_dump_on_postgresql(tmp_path, capsys):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    make_article(title="Kept in the dump")
    target = tmp_path / "backup.pgdump"
    call_command("backup_db", output=target)
    assert capsys.readouterr().out.strip() == f"Backup written to {target}"
    listing = subprocess.run(["pg_restore", "--list", target], capture_output=True, text=True)
    assert "TABLE DATA public articles_article" in listing.stdout


def test_without_pg_dump_the_command_to_run_is_given(tmp_path, monkeypatch):
    from articles.management.commands import backup_db

    monkeypatch.setattr(backup_db.shutil, "which", lambda name: None)
    database = {"NAME": "reader", "HOST": "db-host", "PORT": 5432, "USER": "reader"}
    with pytest.raises(CommandError, match="run: pg_dump --format=custom") as refused:
        backup_db.Command().pg_dump(database, tmp_path / "x.pgdump")
    assert "--host=db-host --port=5432 --username=reader reader" in str(refused.value)


def test_pg_dump_gets_the_password_from_the_environment_not_the_command_line(tmp_path):
    args, env = pg_dump_command({"NAME": "reader", "PASSWORD": "s3cret"}, tmp_path / "x")
    assert "s3cret" not in " ".join(args)
    assert env == {"PGPASSWORD": "s3cret"}
