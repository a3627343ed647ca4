"""parse_dump shows the parser's newer record fields (the importer's contract), as JSON."""

import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

DIGEST = """SAMPLE PAGE — invented text for the Central Asia Reader; not news

BISHKEK (TCA) — The Publisher's note: on Dec 17 our editors chose the week's stories.

Kyrgyz Felt Makers Open a Cooperative

Twelve workshops in Kochkor pooled their sales.

  • Felt rugs;
  • Felt boots.
"""


def test_parse_dump_prints_published_language_provisional_title_and_list_items(tmp_path, capsys):
    dump = tmp_path / "digest.txt"
    dump.write_text(DIGEST, encoding="utf-8")

    call_command("parse_dump", str(dump))
    [page] = json.loads(capsys.readouterr().out)

    assert page["is_sample"] is True
    [article] = page["articles"]
    assert article["title_provisional"] is True
    assert article["identity_key"].startswith("untitled:")
    assert article["published"] is None  # a date without a year, and the page has no date
    assert article["language"] == "en"
    assert article["list_items"] == ["Felt rugs;", "Felt boots."]


def test_parse_dump_prints_the_published_date_and_its_precision(tmp_path, capsys):
    dump = tmp_path / "dated.txt"
    dump.write_text(
        "Tashkent Opens a Book Fair\n\nIn February 2024, publishers came to Tashkent.\n",
        encoding="utf-8",
    )

    call_command("parse_dump", str(dump))
    [page] = json.loads(capsys.readouterr().out)

    assert page["articles"][0]["published"] == {"date": "2024-02-01", "precision": "month"}
