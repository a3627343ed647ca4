"""A run whose process is gone is marked interrupted by the next run; a live one is left alone.

Liveness is the run's session advisory lock on PostgreSQL, and its process on this host
elsewhere; a run on another host is judged by its heartbeat on SQLite.
"""

import socket
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import ImportFile, ImportRun
from ingest import locks, runs
from tests.ingest.dumps import paragraphs, river

pytestmark = pytest.mark.django_db


def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def running(**fields):
    return ImportRun.objects.create(
        status=ImportRun.Status.RUNNING, host=socket.gethostname(), **fields
    )


class HeldElsewhere:
    """On PostgreSQL, another session holding a run's liveness lock (as its process would)."""

    def __init__(self, run):
        self.run, self.session = run, None

    def __enter__(self):
        if connection.vendor == "postgresql":
            import psycopg

            settings = connection.settings_dict
            self.session = psycopg.connect(
                dbname=settings["NAME"],
                host=settings["HOST"],
                port=settings["PORT"] or 5432,
                user=settings["USER"],
                password=settings["PASSWORD"] or None,
                autocommit=True,
            )
            self.session.execute("SELECT pg_advisory_lock(%s, %s)", locks._run_key(self.run.pk))
        return self

    def __exit__(self, *exc):
        if self.session:
            self.session.close()


def import_one(tmp_path):
    dump = tmp_path / "a.txt"
    dump.write_text(river(("Kazakhstan Cuts Rates", paragraphs(2))))
    call_command("import_dumps", str(dump))


def test_a_run_whose_process_is_gone_is_marked_interrupted_by_the_next_run(tmp_path, capsys):
    gone = running(pid=dead_pid())
    ImportFile.objects.create(run=gone, path="/d/x.txt", outcome="imported", articles_created=4)

    import_one(tmp_path)

    gone.refresh_from_db()
    assert gone.status == ImportRun.Status.INTERRUPTED
    assert (gone.files_total, gone.articles_created) == (1, 4)
    assert gone.finished_at is not None
    assert f"Import #{gone.pk}" in capsys.readouterr().err


def test_a_live_run_stays_running(tmp_path):
    # This test's own process: alive, and started before the run record.
    live = running(pid=sys.modules["os"].getpid())
    with HeldElsewhere(live):
        import_one(tmp_path)

    live.refresh_from_db()
    assert live.status == ImportRun.Status.RUNNING


def test_a_run_on_another_host_is_not_judged_by_a_pid_here(tmp_path):
    elsewhere = running(pid=dead_pid())
    ImportRun.objects.filter(pk=elsewhere.pk).update(host="another-host")
    with HeldElsewhere(elsewhere):
        import_one(tmp_path)

    elsewhere.refresh_from_db()
    assert elsewhere.status == ImportRun.Status.RUNNING


@pytest.mark.skipif("connection.vendor == 'postgresql'", reason="PostgreSQL uses the lock")
def test_on_sqlite_a_run_on_another_host_silent_for_long_is_interrupted(tmp_path):
    silent = running(pid=1)
    ImportRun.objects.filter(pk=silent.pk).update(
        host="another-host", heartbeat_at=timezone.now() - runs.STALE_AFTER - timedelta(1)
    )
    import_one(tmp_path)

    silent.refresh_from_db()
    assert silent.status == ImportRun.Status.INTERRUPTED


def test_a_reused_pid_does_not_keep_a_dead_run_alive(tmp_path):
    # Our pid, but the record says the run began before this process existed.
    reused = running(pid=sys.modules["os"].getpid())
    ImportRun.objects.filter(pk=reused.pk).update(started_at=timezone.now() - timedelta(days=400))
    import_one(tmp_path)

    reused.refresh_from_db()
    assert reused.status == ImportRun.Status.INTERRUPTED


def test_the_run_records_where_it_ran_and_who_started_it(tmp_path):
    import_one(tmp_path)

    run = ImportRun.objects.get()
    assert run.host == socket.gethostname()
    assert run.pid == sys.modules["os"].getpid()
    assert run.started_by
    assert run.heartbeat_at is not None and run.status == ImportRun.Status.SUCCEEDED


def test_the_admin_shows_interrupted_runs_and_who_started_them(admin_client):
    run = running(pid=dead_pid(), started_by="editor-on-cron")
    runs.mark_interrupted_runs()

    page = admin_client.get(reverse("admin:articles_importrun_changelist")).content.decode()
    assert "Interrupted" in page and "editor-on-cron" in page
    detail = admin_client.get(reverse("admin:articles_importrun_change", args=[run.pk]))
    assert socket.gethostname() in detail.content.decode()


def test_a_run_stopped_by_its_operator_is_interrupted_and_keeps_its_finished_files(
    tmp_path, monkeypatch
):
    from django.core.management import CommandError

    from ingest.management.commands import import_dumps

    for name, title in (("a.txt", "Kazakhstan Cuts Rates"), ("b.txt", "Kyrgyzstan Builds")):
        (tmp_path / name).write_text(river((title, paragraphs(2))))
    real = import_dumps.file_import

    def stop_at_second(*, dump, state):
        if dump.name == "b.txt":
            raise KeyboardInterrupt
        return real(dump=dump, state=state)

    monkeypatch.setattr(import_dumps, "file_import", stop_at_second)
    with pytest.raises(CommandError) as stopped:
        call_command("import_dumps", str(tmp_path))

    assert stopped.value.returncode == 130
    run = ImportRun.objects.get()
    assert (run.status, run.files_total, run.articles_created) == ("interrupted", 1, 1)
    assert run.finished_at > run.started_at
