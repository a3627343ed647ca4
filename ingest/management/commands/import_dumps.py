import signal
import sys
import threading
from contextlib import contextmanager, nullcontext

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from articles.models import ImportRun
from ingest import locks, runs
from ingest.files import find_dump_files
from ingest.services import RunState, file_failed, file_import
from ingest.statistics import PlannerStatistics


class Interrupted(BaseException):  # noqa: N818 - like KeyboardInterrupt, past `except Exception`
    """The process was asked to stop (SIGTERM)."""


class Command(BaseCommand):
    help = (
        "Import page dumps (files, or folders searched for *.txt) into articles. Each file is "
        "imported in its own transaction; a file that fails leaves nothing behind. Exits "
        "non-zero when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="dump files or folders")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="parse and merge as usual, report what would change, then roll everything back",
        )
        parser.add_argument(
            "--sample",
            action="store_true",
            help="the dumps are invented samples: mark every article this run creates as one "
            "(manage.py remove_samples deletes them)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="read every file, even those imported before byte for byte under the same rules",
        )

    def handle(self, *args, paths, dry_run=False, sample=False, force=False, **options):
        try:
            run = self._run(paths, dry_run=dry_run, sample=sample, force=force)
        except DatabaseError as error:
            raise CommandError(f"database error: {' '.join(str(error).split())}") from None
        if run.status == ImportRun.Status.INTERRUPTED:
            raise CommandError("interrupted: the files finished so far are stored", returncode=130)
        if run.files_failed:
            raise CommandError(f"{run.files_failed} of {run.files_total} files failed")

    def _run(self, paths, *, dry_run, sample, force):
        files, problems = find_dump_files(paths)
        for path, reason in problems:
            self.stderr.write(f"FAILED {path}: {reason}")
        if not files:
            raise CommandError("nothing to import")
        locks.wait_patiently()
        for gone in runs.mark_interrupted_runs():
            self.stderr.write(
                f"Import #{gone.pk} (host {gone.host or '?'}, process {gone.pid or '?'}) "
                "stopped without finishing: marked interrupted."
            )
        # Each file has its own transaction; a dry run wraps them all in one it rolls back.
        with transaction.atomic() if dry_run else nullcontext():
            run = runs.run_start(
                paths=paths,
                dry_run=dry_run,
                sample=sample,
                fingerprint=runs.rules_fingerprint(),
            )
            status = None
            try:
                with _stop_on_sigterm():
                    self._import(files, RunState(run=run, force=force), dry_run)
                    for path, reason in problems:
                        file_failed(run=run, path=path, reason=reason)
            except (KeyboardInterrupt, Interrupted):
                self._clear_progress()
                status = ImportRun.Status.INTERRUPTED
            runs.run_finish(run=run, status=status)
            self._summary(run, dry_run)
            if dry_run:
                transaction.set_rollback(True)
        return run

    def _import(self, files, state, dry_run):
        statistics = None if dry_run else PlannerStatistics()
        for number, dump in enumerate(files, 1):
            record = file_import(dump=dump, state=state)
            if record.outcome == record.Outcome.FAILED:
                self._clear_progress()
                self.stderr.write(f"FAILED {record.path}: {record.message}")
            if statistics:
                statistics.note(record.articles_created)
            self._progress(number, len(files))
        self._clear_progress()
        if statistics:
            statistics.finish()

    def _summary(self, run, dry_run):
        prefix = "Dry run, nothing saved: " if dry_run else ""
        if run.status == ImportRun.Status.INTERRUPTED:
            prefix = f"Interrupted after {run.files_total} files: "
        skipped = f", {run.files_skipped} unchanged and skipped" if run.files_skipped else ""
        self.stdout.write(
            f"{prefix}{run.files_total} files ({run.files_failed} failed{skipped}): "
            f"{run.articles_created} articles created, {run.articles_updated} updated, "
            f"{run.articles_unchanged} unchanged."
        )

    def _progress(self, done, total):
        if sys.stderr.isatty():
            width = 30
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
            sys.stderr.flush()

    def _clear_progress(self):
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")


@contextmanager
def _stop_on_sigterm():
    """Turn SIGTERM into an exception between statements, so the file being written rolls back
    and the run is recorded as interrupted (only the main thread can take signals)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise Interrupted

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
