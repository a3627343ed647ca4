"""parse_dump and import_dumps against the real dumps in ../shared/dumps and invented ones."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.ingest.dumps import river

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "dumps"
needs_shared = pytest.mark.skipif(
    not (SHARED / "expected.json").exists(), reason=f"real dumps not found at {SHARED}"
)
pytestmark = pytest.mark.django_db


def parse(*paths, capsys):
    call_command("parse_dump", *map(str, paths))
    return json.loads(capsys.readouterr().out)


def test_parse_dump_prints_the_contract_shape(tmp_path, capsys):
    dump = tmp_path / "a.txt"
    dump.write_text(
        river(
            ("Kazakhstan Opens Rail Link", ["Astana and Beijing agreed."], "akorda.kz"),
            ticker_date="08 December 2025",
        )
    )
    [page] = parse(dump, capsys=capsys)

    assert set(page) == {
        "path",
        "layout",
        "encoding",
        "page_date",
        "results_total",
        "rates",
        "author_profile",
        "articles",
        "warnings",
        "is_sample",
    }
    assert page["page_date"] == "2025-12-08"
    assert page["rates"][1] == {
        "currency": "KZT",
        "base": "USD",
        "rate": "0.00196",
        "change_percent": "-0.28",
    }
    [article] = page["articles"]
    assert set(article) == {
        "title",
        "title_provisional",
        "identity_key",
        "kind",
        "dateline",
        "photo_credit",
        "captions",
        "author",
        "author_bio",
        "subheadings",
        "paragraphs",
        "list_items",
        "truncated",
        "published",
        "language",
        "countries",
        "topics",
    }
    assert article["photo_credit"] == "akorda.kz"
    assert article["countries"][0] == "Kazakhstan"
    assert not Article.objects.exists()


def test_parse_dump_reports_unreadable_files_with_exit_status(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError) as failure:
        call_command("parse_dump", str(empty), str(tmp_path / "missing.txt"))
    assert failure.value.returncode == 1
    pages = json.loads(capsys.readouterr().out)
    assert [set(p) for p in pages] == [{"path", "error"}, {"path", "error"}]
    assert "empty" in pages[0]["error"] and "No such file" in pages[1]["error"]


@needs_shared
def test_parse_dump_countries_match_expected(capsys):
    expected = json.loads((SHARED / "expected.json").read_text())
    pages = parse(*sorted(SHARED.glob("*.txt")), capsys=capsys)
    for page in pages:
        wanted = expected[Path(page["path"]).name]["articles"]
        for got, want in zip(page["articles"], wanted, strict=True):
            primary = got["countries"][0]
            assert primary == want["countries"][0] or primary in got["title"], got["title"]
            named = [c for c in want["countries"] if c in want["title"]]
            assert set(named) <= set(got["countries"]), got["title"]


@needs_shared
def test_importing_the_real_dumps_gives_30_articles_and_reimport_changes_nothing(capsys):
    call_command("import_dumps", str(SHARED))
    assert Article.objects.count() == 30
    assert "30 articles created" in capsys.readouterr().out
    snapshot = list(Article.objects.order_by("pk").values())

    call_command("import_dumps", str(SHARED), force=True)
    assert "0 articles created, 0 updated, 30 unchanged" in capsys.readouterr().out
    assert list(Article.objects.order_by("pk").values()) == snapshot

    call_command("import_dumps", str(SHARED))
    assert "5 files (0 failed, 5 unchanged and skipped)" in capsys.readouterr().out
    assert list(Article.objects.order_by("pk").values()) == snapshot
