"""Parser tests: pure Python, no database."""

import textwrap

from ingest.parser import PageRecord, parse_page


def parse_text(text: str, encoding: str = "utf-8") -> PageRecord:
    """Parse a dump written inline in a test (dedented, first newline dropped)."""
    return parse_page(textwrap.dedent(text).lstrip("\n").encode(encoding))
