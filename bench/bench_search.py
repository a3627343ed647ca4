"""How fast is search with 100,000 articles? Prints figures; asserts nothing.

    .venv/bin/python bench/bench_search.py                  # both backends
    .venv/bin/python bench/bench_search.py --backend sqlite --articles 20000

Each backend gets its own scratch database: a temporary SQLite file, and for PostgreSQL a
database named tca_bench_search (dropped and created; server from BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432). Articles are generated: Zipf-distributed made-up words,
some Cyrillic paragraphs, names in several spellings. Timed per query, after a warm-up run:
the search as /search/ runs it (count, first page ranked, articles fetched and highlighted),
and separately the facet counts.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"
BENCH_DB = "tca_bench_search"
REPEATS = 30
QUERIES = {
    "frequent": ["government", "kazakhstan", "energy pipeline", "tokaev"],
    "rare": ["zorvalek", "квантолит", '"mirtavo selunde"', "drexmoor -kazakhstan"],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    if args.backend == "all":
        for backend in ("sqlite", "postgres"):
            command = [
                sys.executable,
                __file__,
                "--backend",
                backend,
                "--articles",
                str(args.articles),
            ]
            subprocess.run(command, check=True)
        return
    with tempfile.TemporaryDirectory() as scratch:
        if args.backend == "sqlite":
            os.environ["DATABASE_URL"] = f"sqlite:///{scratch}/bench.db"
        else:
            os.environ["DATABASE_URL"] = create_postgres_database()
        run(args.backend, args.articles)


def create_postgres_database():
    import psycopg

    server = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    with psycopg.connect(server + "/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        connection.execute(f"CREATE DATABASE {BENCH_DB}")
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))


def run(backend, count):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    load(count)
    print(f"\n{backend}: loaded {count:,} articles in {time.perf_counter() - started:.0f} s")
    measure()


# --- Generated articles ------------------------------------------------------------------------

LATIN = [
    "ka",
    "ra",
    "to",
    "mi",
    "sel",
    "und",
    "vo",
    "dar",
    "ek",
    "lim",
    "zo",
    "bar",
    "ni",
    "tas",
    "or",
]
CYRILLIC = ["ка", "ра", "то", "ми", "сел", "ун", "во", "дар", "ек", "лим", "зо", "бар", "ни", "тас"]
COMMON = [
    "the",
    "of",
    "and",
    "in",
    "to",
    "a",
    "said",
    "on",
    "for",
    "with",
    "government",
    "kazakhstan",
    "energy",
    "pipeline",
    "minister",
    "region",
    "project",
    "president",
    "water",
    "trade",
]
NAMES = ["Tokayev", "Tokaev", "Токаев", "Japarov", "Zhaparov", "Mirziyoyev", "Nazarbayev", "Бишкек"]
RARE = ["zorvalek", "квантолит", "mirtavo selunde", "drexmoor"]


def vocabulary(syllables, size, rng):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def load(count):
    from django.db import transaction

    from articles.models import Article, ArticleCountry, Country

    rng = random.Random(5)
    latin = COMMON + vocabulary(LATIN, 20_000, rng)
    cyrillic = vocabulary(CYRILLIC, 5_000, rng)
    latin_weights = [1 / (rank + 1) for rank in range(len(latin))]
    cyrillic_weights = [1 / (rank + 1) for rank in range(len(cyrillic))]
    countries = list(Country.objects.filter(is_central_asian=True))
    first_day = date(2015, 1, 1)

    def sentence(words, weights, n):
        return " ".join(rng.choices(words, weights, k=n)).capitalize() + "."

    def paragraph():
        if rng.random() < 0.05:
            return " ".join(sentence(cyrillic, cyrillic_weights, 14) for _ in range(3))
        text = " ".join(sentence(latin, latin_weights, 16) for _ in range(3))
        if rng.random() < 0.1:
            text += f" {rng.choice(NAMES)} spoke."
        return text

    batch, links = [], []
    for n in range(count):
        title = sentence(latin, latin_weights, rng.randint(5, 10))[:-1]
        body = [{"kind": "p", "text": paragraph()} for _ in range(rng.randint(3, 6))]
        if n % 5_000 == 0:  # each rare term in a handful of articles
            body.append({"kind": "p", "text": f"About {RARE[(n // 5_000) % len(RARE)]} today."})
        article = Article(
            title=title,
            slug=f"bench-{n}",
            identity_key=f"bench {n}",
            body=body,
            date=first_day + timedelta(days=n % 3_650),
            primary_country=rng.choice(countries),
        )
        article.compute_derived()
        batch.append(article)
        if len(batch) == 2_000 or n == count - 1:
            with transaction.atomic():
                Article.objects.bulk_create(batch)
                saved = Article.objects.filter(slug__in=[a.slug for a in batch]).values_list(
                    "pk", "primary_country"
                )
                links = [ArticleCountry(article_id=pk, country_id=c, rank=0) for pk, c in saved]
                ArticleCountry.objects.bulk_create(links)
            batch = []
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- Measuring ---------------------------------------------------------------------------------


def timed(function, repeats=REPEATS):
    function()  # warm caches
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def measure():
    from articles.models import Article
    from articles.search import SearchResults, facet_counts, parse_query

    print(f"{'kind':<9} {'query':<24} {'matches':>8} {'search ms':>18} {'facets ms':>18}")
    print(f"{'':<9} {'':<24} {'':>8} {'median':>9}{'p95':>9} {'median':>9}{'p95':>9}")
    for kind, queries in QUERIES.items():
        medians, p95s = [], []
        for query in queries:
            parsed = parse_query(query)

            def search(parsed=parsed):
                results = SearchResults(parsed, Article.objects.all())
                return results.count(), results[:20]

            def facets(parsed=parsed):
                return facet_counts(SearchResults(parsed, Article.objects.all()).matches)

            matches = search()[0]
            median, p95 = timed(search)
            facet_median, facet_p95 = timed(facets, repeats=10)
            medians.append(median)
            p95s.append(p95)
            print(
                f"{kind:<9} {query:<24} {matches:>8,} {median:>9.1f}{p95:>9.1f}"
                f" {facet_median:>9.1f}{facet_p95:>9.1f}"
            )
        print(
            f"{kind:<9} {'(worst of the above)':<24} {'':>8} {max(medians):>9.1f}{max(p95s):>9.1f}"
        )


if __name__ == "__main__":
    main()
