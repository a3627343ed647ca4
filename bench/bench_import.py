"""Time the parser and the importer on generated dumps; prints figures, asserts nothing.

    python bench/bench_import.py [--articles 5000] [--files 50] [--seed 0] [--keep DIR] [--force]
                                 [--no-floor] [--skip-parse]

Without DATABASE_URL it migrates a fresh SQLite file in a temporary folder and deletes it
afterwards. With DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/tca_bench) it migrates
that database and refuses to run if it already holds articles, unless --force, which drops and
recreates the articles tables there first.

Steps: generate the dumps (bench/generate.py), parse them all with parse_page (MB/s), import
the folder with `import_dumps` (and the peak memory of the process so far), then the FLOOR: the
rows that import stored (articles, their country, topic and file links) deleted and inserted
again by executemany in one transaction, search index included: what the database alone needs,
measured in the same run so the ratio holds on a busy machine. Then the folder again with
--force (every file read and merged; nothing changes), and again as a plain re-import, which
skips every file unchanged since its import.
"""

import argparse
import contextlib
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # bench/ is the script's folder, so it is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    args = arguments()
    scratch = Path(tempfile.mkdtemp(prefix="tca-bench-"))
    try:
        run(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="distinct articles (5000)")
    parser.add_argument("--files", type=int, default=50, help="dump files (50)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the dumps here and keep them")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor measure")
    parser.add_argument("--skip-parse", action="store_true", help="skip the parse-only measure")
    parser.add_argument(
        "--force",
        action="store_true",
        help="drop and recreate the articles tables of a DATABASE_URL that already has articles",
    )
    return parser.parse_args()


def run(args: argparse.Namespace, scratch: Path) -> None:
    database = os.environ.get("DATABASE_URL")
    if not database:
        database = os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.db'}"
    setup_django()
    prepare_database(database, force=args.force)

    folder = args.keep or scratch / "dumps"
    started = time.perf_counter()
    corpus = generate(folder, articles=args.articles, files=args.files, seed=args.seed)
    report(
        "generate",
        f"{len(corpus.paths)} files, {corpus.articles:,} articles, {corpus.entries:,} entries "
        f"({corpus.excerpts:,} excerpts), {corpus.size / 1e6:.1f} MB",
        time.perf_counter() - started,
    )
    if not args.skip_parse:
        time_parser(corpus)
    first, first_cpu = time_import(folder, "import")
    print(f"{'':<10} peak RSS {peak_rss_mb():.0f} MB after the import", flush=True)
    if not args.no_floor:
        floor, floor_cpu = time_floor()
        print(
            f"{'':<10} import speed / floor speed: {floor / first:.2f} by wall time, "
            f"{floor_cpu / first_cpu:.2f} by CPU time (client and server)",
            flush=True,
        )
    forced, _ = time_import(folder, "re-import", "--force")
    skipped, _ = time_import(folder, "skip")
    print(
        f"{'':<10} forced re-import {forced / first:.2f} and skip-unchanged re-import "
        f"{skipped / first:.3f} of the first import's time",
        flush=True,
    )


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.conf import settings

    django.setup()
    # As in production: a DEBUG connection keeps a log of every query, which costs time.
    settings.DEBUG = False


def prepare_database(database: str, *, force: bool) -> None:
    from django.core.management import call_command
    from django.db import connection

    from articles.models import Article

    call_command("migrate", verbosity=0)
    existing = Article.objects.count()
    if existing and not force:
        sys.exit(
            f"{database} already holds {existing:,} articles. Unset DATABASE_URL to use a scratch "
            "SQLite file, or pass --force to drop and recreate the articles tables there."
        )
    if existing:
        call_command("migrate", "articles", "zero", verbosity=0)
        call_command("migrate", verbosity=0)
    print(f"database   {connection.vendor} {connection.settings_dict['NAME']}")


def time_parser(corpus) -> None:
    from ingest.parser import parse_page

    dumps = [path.read_bytes() for path in corpus.paths]
    started = time.perf_counter()
    entries = sum(len(parse_page(data).articles) for data in dumps)
    seconds = time.perf_counter() - started
    report(
        "parse",
        f"{len(dumps)} files, {entries:,} entries, {corpus.size / 1e6 / seconds:.2f} MB/s, "
        f"{entries / seconds:,.0f} entries/s",
        seconds,
    )


def cpu_seconds() -> float:
    """CPU time of this process and, on a PostgreSQL server on this machine, of the server
    process serving our connection: unlike wall time, it does not grow when other programs
    share the cores, so its ratio holds on a busy machine."""
    from django.db import connection

    used = time.process_time()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass  # the server is elsewhere: client time only
    return used


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_import(folder: Path, label: str, *options: str) -> float:
    from django.core.management import CommandError, call_command

    from articles.models import Article, ImportFile, ImportRun

    before = Article.objects.count()
    output = io.StringIO()
    cpu = cpu_seconds()
    started = time.perf_counter()
    # CommandError means some files failed; the figures below say how many and the first reason.
    with contextlib.suppress(CommandError):
        call_command("import_dumps", str(folder), *options, stdout=output, stderr=output)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    run = ImportRun.objects.order_by("-id").first()
    failure = run.files.filter(outcome=ImportFile.Outcome.FAILED).order_by("id").first()
    if failure:
        print(f"{'':<10} first failure: {failure.path}: {failure.message}")
    articles = Article.objects.count()
    entries = run.articles_created + run.articles_updated + run.articles_unchanged
    rate = f"{run.articles_created / seconds:,.0f} articles/s, " if run.articles_created else ""
    report(
        label,
        f"{run.files_total} files ({run.files_failed} failed, {run.files_skipped} skipped), "
        f"{articles - before:,} new articles ({articles:,} in all); entries "
        f"{run.articles_created:,} created, {run.articles_updated:,} updated, "
        f"{run.articles_unchanged:,} unchanged; {rate}{entries / seconds:,.0f} entries/s; "
        f"{cpu:.1f} s CPU",
        seconds,
    )
    return seconds, cpu


FLOOR_TABLES = [
    "articles_article",
    "articles_articlecountry",
    "articles_article_topics",
    "articles_article_seen_in",
]


def time_floor() -> float:
    """Delete what the import stored and insert the same rows by executemany in one
    transaction; returns the seconds the insert took (the rows end up as they were)."""
    from django.db import connection, transaction

    postgresql = connection.vendor == "postgresql"
    saved = {}
    with connection.cursor() as cursor:
        for table in FLOOR_TABLES:
            cursor.execute(f"SELECT * FROM {table} LIMIT 0")
            # PostgreSQL computes the search vector itself (a generated column).
            columns = [c[0] for c in cursor.description if c[0] != "search_vector"]
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table}")
            saved[table] = (columns, cursor.fetchall())
        if postgresql:
            cursor.execute(f"TRUNCATE {', '.join(FLOOR_TABLES)}")
        else:
            for table in reversed(FLOOR_TABLES):
                cursor.execute(f"DELETE FROM {table}")
    if postgresql:
        from psycopg.types.json import Jsonb

        for table, (columns, rows) in saved.items():
            wrap = [isinstance(v, (list, dict)) for v in rows[0]] if rows else []
            saved[table] = (
                columns,
                [tuple(Jsonb(v) if w else v for v, w in zip(r, wrap, strict=True)) for r in rows],
            )
    articles = len(saved["articles_article"][1])
    links = sum(len(rows) for table, (_, rows) in saved.items() if table != "articles_article")
    cpu = cpu_seconds()
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table, (columns, rows) in saved.items():
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(['%s'] * len(columns))})",
                rows,
            )
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    report(
        "floor",
        f"{articles:,} articles and {links:,} link rows by executemany in one transaction, "
        f"search index included; {articles / seconds:,.0f} articles/s; {cpu:.1f} s CPU",
        seconds,
    )
    return seconds, cpu


def report(label: str, figures: str, seconds: float) -> None:
    print(f"{label:<10} {seconds:8.2f} s  {figures}", flush=True)


if __name__ == "__main__":
    main()
