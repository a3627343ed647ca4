"""Soak the importer: several `import_dumps` processes at once on overlapping folders, round
after round, one of them killed with SIGKILL half-way in every other round; prints figures,
asserts nothing.

    python bench/soak_import.py [--rounds 6] [--processes 3] [--files 40] [--articles 800]

Without DATABASE_URL it uses a scratch SQLite file; with DATABASE_URL (PostgreSQL) it migrates
that database and refuses to run if it already holds articles. Each process imports a different
slice of the generated dumps (the slices overlap); a round with --force makes every process
read and merge every file again. After each round the database must hold exactly the generated
articles, and the same titles and bodies as after the first round.
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # bench/ is the script's folder, so it is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="tca-soak-"))
    try:
        soak(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def soak(args, scratch: Path) -> None:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{scratch / 'soak.db'}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "0"}
    env.setdefault("DJANGO_SECRET_KEY", "soak-only")
    env.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
    manage(env, "migrate", "--no-input", "-v0")
    if count(env, "articles_article"):
        sys.exit(f"{url} already holds articles: use an empty database")
    corpus = generate(scratch / "all", articles=args.articles, files=args.files, seed=args.seed)
    slices = make_slices(scratch, corpus.paths, args.processes)
    print(f"database {url.split('@')[-1]}; {len(corpus.paths)} files, {corpus.articles} articles")
    rng = random.Random(args.seed)
    totals = {"runs": 0, "files": 0, "failed": 0, "killed": 0, "nonzero": 0}
    reference = None
    started = time.perf_counter()
    for number in range(1, args.rounds + 1):
        begun = time.perf_counter()
        force = number % 3 == 0
        kill = number % 2 == 0
        codes = run_round(env, slices, force=force, kill_after=rng.uniform(0.5, 3) if kill else 0)
        totals["runs"] += len(codes)
        totals["killed"] += codes.count(-signal.SIGKILL)
        totals["nonzero"] += sum(code not in (0, -signal.SIGKILL) for code in codes)
        state = digest(env)
        reference = reference or state
        files, failed = file_counts(env)
        totals["files"], totals["failed"] = files, failed
        print(
            f"round {number}: {len(slices)} processes{' --force' if force else ''}"
            f"{', one killed and its slice run again' if kill else ''}; exit codes {codes}; "
            f"{state['articles']} articles (want {corpus.articles}); "
            f"{'same' if state == reference else 'DIFFERENT'} database; "
            f"{time.perf_counter() - begun:.1f} s",
            flush=True,
        )
    print(
        f"soak: {totals['runs']} runs ({totals['killed']} killed, {totals['nonzero']} exited "
        f"non-zero), {totals['files']} file imports recorded, {totals['failed']} failed, "
        f"{time.perf_counter() - started:.0f} s"
    )


def make_slices(scratch: Path, paths, processes):
    """Overlapping folders: slice i holds a random two thirds of the files."""
    rng = random.Random(len(paths))
    slices = []
    for index in range(processes):
        folder = scratch / f"slice{index}"
        folder.mkdir()
        for path in rng.sample(paths, k=max(1, len(paths) * 2 // 3)):
            (folder / path.name).symlink_to(path)
        slices.append(folder)
    # Together they must cover every file, so the database can be compared with the corpus.
    for path in paths:
        target = slices[0] / path.name
        if not target.exists():
            target.symlink_to(path)
    return slices


def run_round(env, slices, *, force, kill_after):
    options = ["--force"] if force else []
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "import_dumps", str(folder), *options],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for folder in slices
    ]
    if kill_after:
        time.sleep(kill_after)
        processes[-1].send_signal(signal.SIGKILL)
    codes = [process.wait() for process in processes]
    if kill_after:  # the killed slice again, alone, as an operator would
        again = manage(env, "import_dumps", str(slices[-1]), check=False)
        codes.append(again.returncode)
    return codes


def manage(env, *arguments, check=True):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=check,
    )


def query(env, sql):
    code = (
        "import json; from django.db import connection; c = connection.cursor(); "
        f"c.execute({sql!r}); print(json.dumps(c.fetchall(), default=str))"
    )
    return json.loads(manage(env, "shell", "-v", "0", "-c", code).stdout.splitlines()[-1])


def count(env, table):
    return query(env, f"SELECT COUNT(*) FROM {table}")[0][0]


def file_counts(env):
    rows = query(
        env,
        "SELECT COUNT(*), SUM(CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END) "
        "FROM articles_importfile",
    )
    return rows[0][0], rows[0][1] or 0


def digest(env):
    rows = query(env, "SELECT identity_key, title, body FROM articles_article")
    authors = query(env, "SELECT name FROM articles_author")
    plain = sorted(
        json.dumps([k, t, json.loads(b) if isinstance(b, str) else b], ensure_ascii=False)
        for k, t, b in rows
    ) + sorted(name for (name,) in authors)
    return {
        "articles": len(rows),
        "authors": len(authors),
        "sha": hashlib.sha256("\n".join(plain).encode()).hexdigest(),
    }


if __name__ == "__main__":
    main()
