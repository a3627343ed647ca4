import sys
from contextlib import nullcontext

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ingest import services


class Command(BaseCommand):
    help = (
        "Import page dumps (files, or folders searched for *.txt) into articles. Each file is "
        "imported in its own transaction; a file that fails leaves nothing behind."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="dump files or folders")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="parse and merge as usual, report what would change, then roll everything back",
        )

    def handle(self, *args, paths, dry_run=False, **options):
        files, problems = services.find_dump_files(paths)
        for path, reason in problems:
            self.stderr.write(f"FAILED {path}: {reason}")
        if not files:
            raise CommandError("nothing to import")
        # Each file has its own transaction; a dry run wraps them all in one it rolls back.
        with transaction.atomic() if dry_run else nullcontext():
            run = services.run_start(paths=paths, dry_run=dry_run)
            records = self._import(files, run)
            records += [services.file_failed(run=run, path=p, reason=r) for p, r in problems]
            services.run_finish(run=run, files=records)
            self._summary(run, dry_run)
            if dry_run:
                transaction.set_rollback(True)
        if run.files_failed:
            raise CommandError(f"{run.files_failed} of {run.files_total} files failed")

    def _import(self, files, run):
        state = services.RunState(run=run)
        records = []
        for number, path in enumerate(files, 1):
            record = services.file_import(path=path, state=state)
            if record.outcome == record.Outcome.FAILED:
                self._clear_progress()
                self.stderr.write(f"FAILED {path}: {record.message}")
            records.append(record)
            self._progress(number, len(files))
        self._clear_progress()
        return records

    def _summary(self, run, dry_run):
        prefix = "Dry run, nothing saved: " if dry_run else ""
        self.stdout.write(
            f"{prefix}{run.files_total} files ({run.files_failed} failed): "
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
