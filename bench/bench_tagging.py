"""How long does tagging take per article? Prints figures; asserts nothing.

    .venv/bin/python bench/bench_tagging.py [--articles 2000] [--repeat 7] [--seed 0]

The rules are read as an import reads them: a scratch SQLite database in a temporary folder is
migrated (the reference countries and topics), then Tagger.from_database(). The articles are the
real ones in ../shared/dumps when that folder is there, and invented ones from bench/generate.py
(a small vocabulary: their words are all memoised after a few articles). For each set it times
building the Tagger, a first pass with a new Tagger (every distinct word looked up once, as at
the start of an import) and the best of --repeat later passes (words memoised, as deep into a
long import), in µs per article and per KB of text. Times are the process's CPU time, so that
other work on a shared machine does not count.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from generate import Writer  # bench/ is the script's folder, so it is on sys.path

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT.parent / "shared" / "dumps"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="invented articles (2000)")
    parser.add_argument("--repeat", type=int, default=7, help="later passes, the best counts (7)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tca-bench-tagging-") as scratch:
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch}/bench.db"
        setup_django()
        sets = []
        if DUMPS.is_dir():
            sets.append(("real dumps", real_articles()))
        sets.append(("generated", invented_articles(args.articles, args.seed)))
        for label, articles in sets:
            measure(label, articles, repeat=args.repeat)


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def real_articles() -> list[tuple[str, list[str]]]:
    from ingest.parser import parse_page

    return [
        (record.title, record.paragraphs)
        for path in sorted(DUMPS.glob("*.txt"))
        for record in parse_page(path.read_bytes()).articles
    ]


def invented_articles(count: int, seed: int) -> list[tuple[str, list[str]]]:
    writer = Writer(seed)
    articles = [writer.article(long=writer.random.random() < 0.2) for _ in range(count)]
    return [(a.title, [text for kind, text in a.blocks if kind == "p"]) for a in articles]


def measure(label: str, articles: list[tuple[str, list[str]]], *, repeat: int) -> None:
    from articles.tagging import Tagger

    size = sum(len(title) + sum(map(len, paragraphs)) for title, paragraphs in articles)
    started = time.process_time()
    tagger = Tagger.from_database()
    built = time.process_time() - started
    first = per_article(tagger, articles)
    later = min(per_article(tagger, articles) for _ in range(repeat))
    kilobytes = size / len(articles) / 1000
    print(
        f"{label:<11} {len(articles):>5} articles of {kilobytes:.1f} KB on average; "
        f"Tagger built in {built * 1000:.0f} ms; first pass {first * 1e6:.0f} µs/article; "
        f"later passes {later * 1e6:.0f} µs/article ({later * 1e6 / kilobytes:.0f} µs/KB)",
        flush=True,
    )


def per_article(tagger, articles) -> float:
    started = time.process_time()
    for title, paragraphs in articles:
        tagger.tag(title, paragraphs)
    return (time.process_time() - started) / len(articles)


if __name__ == "__main__":
    main()
