"""How fast is search with 100,000 articles? Prints figures; asserts nothing.

    .venv/bin/python bench/bench_search.py                  # both backends
    .venv/bin/python bench/bench_search.py --backend sqlite --articles 20000

Each backend gets its own scratch database: a temporary SQLite file, and for PostgreSQL a
database named tca_bench_search (dropped and created; server from BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432). Articles are generated: Zipf-distributed made-up words,
some Cyrillic paragraphs, names in several spellings, and words planted in a known share of
the articles. Timed per query, after a warm-up run (so with warm caches): the search as
/search/ runs it (spellings, count, first page ranked, articles fetched and highlighted), and
separately the facet counts. A count shown with + stopped at results.COUNT_LIMIT.
"""

import argparse
import itertools
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
    # In about 30 %, 20 %, 4 % (any spelling) and 1 % of the articles; "the" in all of them.
    "frequent": ["kazakhstan", "government", "tokaev", '"energy pipeline"', "the"],
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
    # Production settings: DEBUG would keep every query's SQL in memory and time it.
    os.environ.update(
        DJANGO_DEBUG="0", DJANGO_SECRET_KEY="bench-only", DJANGO_ALLOWED_HOSTS="localhost"
    )
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
STOPWORDS = ["the", "of", "and", "in", "to", "a", "said", "on", "for", "with", "is", "by", "at"]
# Words put into a share of the articles, as a news archive about the region would have them.
PLANTED = [("kazakhstan", 0.30), ("government", 0.20), ("energy", 0.10), ("pipeline", 0.05)]
NAMES = ["Tokayev", "Tokaev", "Токаев", "Japarov", "Zhaparov", "Mirziyoyev", "Nazarbayev", "Бишкек"]
RARE = ["zorvalek", "квантолит", "mirtavo selunde", "drexmoor"]


def vocabulary(syllables, size, rng):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def zipf(size, flatten=50):
    """Cumulative weights: rank r weighs 1 / (r + flatten), so no content word is everywhere."""
    return list(itertools.accumulate(1 / (rank + flatten) for rank in range(size)))


def load(count):
    from django.db import connection, transaction

    from articles.models import Article, ArticleCountry, Country

    rng = random.Random(5)
    latin, cyrillic = vocabulary(LATIN, 20_000, rng), vocabulary(CYRILLIC, 5_000, rng)
    latin_weights, cyrillic_weights = zipf(len(latin)), zipf(len(cyrillic))
    stop_weights = zipf(len(STOPWORDS), flatten=1)
    countries = list(Country.objects.filter(is_central_asian=True))
    first_day = date(2015, 1, 1)

    def sentence(n):
        words = rng.choices(latin, cum_weights=latin_weights, k=n)
        for i in range(0, n, 3):
            words[i] = rng.choices(STOPWORDS, cum_weights=stop_weights)[0]
        return " ".join(words).capitalize() + "."

    def paragraph():
        if rng.random() < 0.05:
            words = rng.choices(cyrillic, cum_weights=cyrillic_weights, k=40)
            return " ".join(words).capitalize() + "."
        return " ".join(sentence(16) for _ in range(3))

    def body():
        paragraphs = [paragraph() for _ in range(rng.randint(3, 6))]
        for word, share in PLANTED:
            if rng.random() < share:
                i = rng.randrange(len(paragraphs))
                paragraphs[i] = f"{paragraphs[i]} The {word} was mentioned."
        if rng.random() < 0.01:
            paragraphs[-1] += " An energy pipeline opened."
        if rng.random() < 0.05:
            paragraphs[0] += f" {rng.choice(NAMES)} spoke."
        return [{"kind": "p", "text": text} for text in paragraphs]

    batch = []
    for n in range(count):
        article = Article(
            title=sentence(rng.randint(5, 10))[:-1],
            slug=f"bench-{n}",
            identity_key=f"bench {n}",
            body=body(),
            first_seen=first_day + timedelta(days=n % 3_650),
            primary_country=rng.choice(countries),
        )
        if n % 5_000 == 0:  # each rare term in a handful of articles
            article.body.append({"kind": "p", "text": f"About {RARE[(n // 5_000) % 4]} today."})
        article.compute_derived()
        batch.append(article)
        if len(batch) == 2_000 or n == count - 1:
            with transaction.atomic():
                Article.objects.bulk_create(batch)
                saved = Article.objects.filter(slug__in=[a.slug for a in batch]).values_list(
                    "pk", "primary_country"
                )
                ArticleCountry.objects.bulk_create(
                    ArticleCountry(article_id=pk, country_id=country, rank=0)
                    for pk, country in saved
                )
            batch = []
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- Measuring ---------------------------------------------------------------------------------


def timed(function, repeats=REPEATS):
    """Milliseconds per call, after one warm-up call."""
    function()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def median_p95(times):
    times = sorted(times)
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def measure():
    from articles.models import Article
    from articles.search import SearchResults, facet_counts, parse_query

    print(f"{'':<9} {'query':<24} {'matches':>8} {'search ms':>18} {'facets ms':>18}")
    print(f"{'':<9} {'':<24} {'':>8} {'median':>9}{'p95':>9} {'median':>9}{'p95':>9}")
    for kind, queries in QUERIES.items():
        all_search, all_facets = [], []
        for query in queries:
            parsed = parse_query(query)

            def search(parsed=parsed):
                results = SearchResults(parsed, Article.objects.all())
                return results, results[:20]

            def facets(parsed=parsed):
                return facet_counts(SearchResults(parsed, Article.objects.all()).window())

            results = search()[0]
            matches = f"{results.count():,}{'+' if results.is_count_capped else ''}"
            search_times, facet_times = timed(search), timed(facets, repeats=10)
            all_search += search_times
            all_facets += facet_times
            print(
                f"{kind:<9} {query:<24} {matches:>8}"
                + "".join(f"{ms:>9.1f}" for ms in median_p95(search_times))
                + " "
                + "".join(f"{ms:>9.1f}" for ms in median_p95(facet_times))
            )
        print(
            f"{kind:<9} {'(all of the above)':<24} {'':>8}"
            + "".join(f"{ms:>9.1f}" for ms in median_p95(all_search))
            + " "
            + "".join(f"{ms:>9.1f}" for ms in median_p95(all_facets))
        )


if __name__ == "__main__":
    main()
