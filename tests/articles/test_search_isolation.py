"""articles/search/ is an engine: it imports nothing from the pages built on it."""

import os
import subprocess
import sys
from pathlib import Path

ENGINE_MODULES = [
    "articles.search",
    "articles.search.backends",
    "articles.search.facets",
    "articles.search.highlight",
    "articles.search.query",
    "articles.search.results",
    "articles.search.schema",
    "articles.search.spelling",
]
PAGE_MODULES = ["articles.views", "articles.filters", "articles.feeds", "articles.urls"]

SCRIPT = f"""
import sys
import django
django.setup()
for name in {ENGINE_MODULES!r}:
    __import__(name)
print(",".join(sorted(name for name in {PAGE_MODULES!r} if name in sys.modules)))
"""


def test_search_engine_imports_no_views_filters_or_feeds():
    # A fresh interpreter: in this one the test client has imported everything already.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
    )
    assert result.stdout.strip() == ""
