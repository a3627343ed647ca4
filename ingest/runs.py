"""Import runs: who and where, a heartbeat, the totals, and the runs that died.

A run records its host, process id and operating-system user, and proves it is alive: on
PostgreSQL by a session advisory lock held for its whole life (see ingest.locks), elsewhere by
its process on this host. Each new run marks the "running" runs that are gone as interrupted,
with the totals of the files they finished. A run on another host is left alone on SQLite unless
its heartbeat is older than STALE_AFTER (a file never takes that long).
"""

import getpass
import hashlib
import os
import socket
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from articles import derived_text, tagging
from articles.models import Country, ImportFile, ImportRun, Topic
from ingest import locks
from ingest.files import display

STALE_AFTER = timedelta(hours=1)
# The code that decides what a file's bytes become: a change to it re-reads unchanged files.
_CODE = [
    *(Path(__file__).parent / "parser").glob("*.py"),
    *(
        Path(__file__).parent / name
        for name in ("merge.py", "limits.py", "services.py", "sightings.py")
    ),
    Path(tagging.__file__),
    Path(derived_text.__file__),
]


def run_start(*, paths, dry_run=False, sample=False, fingerprint=""):
    """Create the run record and take its liveness lock before anyone can see the record."""
    with transaction.atomic():
        run = ImportRun.objects.create(
            arguments=[display(p) for p in paths],
            dry_run=dry_run,
            is_sample=sample,
            host=socket.gethostname()[:255],
            pid=os.getpid(),
            started_by=_user()[:150],
            heartbeat_at=timezone.now(),
            rules_fingerprint=fingerprint,
        )
        locks.hold_run(run.pk)
    return run


def run_heartbeat(run):
    run.heartbeat_at = timezone.now()
    ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=run.heartbeat_at)


def run_finish(*, run, status=None):
    """Store the run's totals and final status, and let go of its liveness lock."""
    run.heartbeat_at = timezone.now()
    _close(run, status)
    locks.release_run(run.pk)
    return run


def _close(run, status=None):
    """Store the run's totals, added up from its file records, and its final status."""
    _add_up(run)
    if status is None:
        failed = ImportRun.Status.FAILED if run.files_failed else ImportRun.Status.SUCCEEDED
        status = failed
    run.status = status
    run.finished_at = run.heartbeat_at or run.started_at  # its last sign of life
    run.save()


def _add_up(run):
    outcome = ImportFile.Outcome
    totals = ImportFile.objects.filter(run=run).aggregate(
        total=Count("id"),
        failed=Count("id", filter=Q(outcome=outcome.FAILED)),
        skipped=Count("id", filter=Q(outcome=outcome.SKIPPED)),
        created=Sum("articles_created", default=0),
        updated=Sum("articles_updated", default=0),
        unchanged=Sum("articles_unchanged", default=0),
    )
    run.files_total, run.files_failed = totals["total"], totals["failed"]
    run.files_skipped = totals["skipped"]
    run.articles_created, run.articles_updated = totals["created"], totals["updated"]
    run.articles_unchanged = totals["unchanged"]


def mark_interrupted_runs(*, current=None):
    """Mark "running" runs whose process is gone as interrupted; returns them."""
    marked = []
    running = ImportRun.objects.filter(status=ImportRun.Status.RUNNING)
    for run in running.exclude(pk=getattr(current, "pk", None)):
        if not run_is_alive(run):
            _close(run, ImportRun.Status.INTERRUPTED)
            marked.append(run)
    return marked


def run_is_alive(run):
    held = locks.run_is_held(run.pk)
    if held is not None:
        return held
    if run.host and run.host != socket.gethostname():
        last = run.heartbeat_at or run.started_at
        return timezone.now() - last < STALE_AFTER
    return run.pid is not None and _process_started_before(run.pid, run.started_at)


def _process_started_before(pid, moment):
    """Is process `pid` running, and did it start before `moment` (not a later process that
    got the same number)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, under another user
    started = _process_start(pid)
    return started is None or started <= moment + timedelta(seconds=5)


def _process_start(pid):
    """When process `pid` started (Linux /proc), or None where that cannot be told."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    age = uptime - int(fields[19]) / ticks
    return timezone.now() - timedelta(seconds=age)


def _user():
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def rules_fingerprint():
    """Digest of the tagging rules (countries, aliases, topics, keywords) and the importer's code:
    a file imported before under the same digest would import the same way again."""
    digest = hashlib.sha256()
    for row in Country.objects.order_by("pk").values_list(
        "pk", "name", "aliases", "is_central_asian"
    ):
        digest.update(repr(row).encode())
    for row in Topic.objects.order_by("pk").values_list("pk", "name", "keywords"):
        digest.update(repr(row).encode())
    for path in sorted(_CODE):
        digest.update(path.read_bytes())
    return digest.hexdigest()
