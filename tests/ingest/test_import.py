import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Author, ExchangeRate, ImportFile, ImportRun
from tests.ingest.dumps import excerpt, listing, paragraphs, river

pytestmark = pytest.mark.django_db


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(*paths, **options):
    call_command("import_dumps", *map(str, paths), **options)


def test_import_creates_articles_with_author_tags_and_page_date(tmp_path):
    dump = write(
        tmp_path,
        "a.txt",
        river(
            (
                "Kazakhstan Opens Rail Link to China",
                ["Astana and Beijing opened a freight railway on Monday.", "Trade will grow."],
                "akorda.kz",
            ),
            ("Kyrgyzstan Plans New Hydropower Plant", ["Bishkek approved the plan."]),
            ticker_date="08 December 2025",
        ),
    )
    run_import(dump)

    rail = Article.objects.get(title="Kazakhstan Opens Rail Link to China")
    assert rail.photo_credit == "akorda.kz"
    assert rail.author.name == "Times of Central Asia" and rail.author.is_outlet
    assert rail.primary_country.slug == "kazakhstan"
    assert [c.slug for c in rail.countries.order_by("article_links__rank")] == [
        "kazakhstan",
        "china",
    ]
    assert str(rail.first_seen) == str(rail.last_seen) == "2025-12-08"
    assert rail.published_on is None  # the page date is a capture date, not a publication date
    assert rail.paragraphs == [
        "Astana and Beijing opened a freight railway on Monday.",
        "Trade will grow.",
    ]
    assert rail.seen_in.get().path == str(dump)
    assert ExchangeRate.objects.filter(date="2025-12-08").count() == 3


def test_reimporting_the_same_files_changes_nothing(tmp_path, capsys):
    dump = write(tmp_path, "a.txt", river(("Tajikistan Builds Roads", paragraphs(3, "Dushanbe"))))
    run_import(dump)
    before = list(Article.objects.values())
    run_import(dump, force=True)

    assert list(Article.objects.values()) == before
    run = ImportRun.objects.first()
    assert (run.articles_created, run.articles_updated, run.articles_unchanged) == (0, 0, 1)
    assert "0 articles created, 0 updated, 1 unchanged" in capsys.readouterr().out


def test_identity_ignores_quotes_dashes_case_and_kind_prefix(tmp_path):
    first = write(tmp_path, "1.txt", river(("Uzbekistan’s “New” Course – A Review", paragraphs(2))))
    second = write(
        tmp_path, "2.txt", river(('Opinion: UZBEKISTAN\'S "NEW" COURSE - A REVIEW', paragraphs(2)))
    )
    run_import(first, second)

    article = Article.objects.get()
    assert article.title == "Uzbekistan’s “New” Course – A Review"
    assert article.kind == Article.Kind.OPINION


def test_complete_body_replaces_excerpt_but_not_the_reverse(tmp_path):
    title = "Turkmenistan Expands Gas Exports"
    teaser = write(
        tmp_path, "1.txt", listing((title, excerpt("Ashgabat signed a gas deal today.")))
    )
    full = write(tmp_path, "2.txt", river((title, ["Ashgabat signed a gas deal.", "It is big."])))

    run_import(teaser)
    assert Article.objects.get().is_truncated
    run_import(full)
    article = Article.objects.get()
    assert not article.is_truncated and article.paragraphs[-1] == "It is big."
    run_import(teaser)
    article.refresh_from_db()
    assert not article.is_truncated and article.paragraphs[-1] == "It is big."


def test_sightings_fill_each_others_gaps(tmp_path):
    title = "Kazakhstan Hosts Water Summit"
    without_credit = write(tmp_path, "1.txt", river((title, paragraphs(2))))
    with_credit = write(tmp_path, "2.txt", river((title, paragraphs(2), "gov.kz")))
    run_import(without_credit, with_credit, without_credit)

    assert Article.objects.get().photo_credit == "gov.kz"


def test_changed_copy_updates_unlocked_fields_and_keeps_locked_ones(tmp_path):
    title = "Kyrgyzstan Opens Border Post"
    run_import(write(tmp_path, "1.txt", river((title, ["Old text about Bishkek."], "old.kg"))))
    article = Article.objects.get()
    article.title = "Edited Headline"
    article.lock("title")
    article.save()

    run_import(write(tmp_path, "2.txt", river((title, ["New text about Bishkek."], "new.kg"))))
    article.refresh_from_db()
    assert article.title == "Edited Headline"
    assert article.paragraphs == ["New text about Bishkek."]
    assert article.photo_credit == "new.kg"
    assert Article.objects.count() == 1


def test_conflicting_copies_do_not_flip_on_reimport(tmp_path):
    title = "Uzbekistan Raises Cotton Prices"
    a = write(tmp_path, "a.txt", river((title, ["Version A from Tashkent."])))
    b = write(tmp_path, "b.txt", river((title, ["Version B from Tashkent."])))
    run_import(a, b)
    body = Article.objects.get().body
    run_import(a, b)

    assert Article.objects.get().body == body
    assert ImportRun.objects.first().articles_updated == 0


def test_profile_page_sets_author_role_and_bio(tmp_path):
    profile = (
        "Our People > Dana Serikova\n\nDana Serikova's Avatar\n\nDana Serikova\n\nJournalist\n\n"
        "Dana Serikova covers energy and water policy from Almaty.\n\nArticles\n\n"
        "Kazakhstan Tests Solar Farms\n\n"
        "Almaty engineers switched on a solar farm near Kapchagay.\n"
    )
    run_import(write(tmp_path, "p.txt", profile))

    author = Author.objects.get(name="Dana Serikova")
    assert author.role == "Journalist"
    assert "energy and water policy" in author.bio
    assert Article.objects.get().author == author


def test_bad_input_is_reported_per_file_and_other_files_import(tmp_path, capsys):
    good = write(tmp_path, "good.txt", river(("Kazakhstan Cuts Rates", paragraphs(2))))
    empty = write(tmp_path, "empty.txt", "")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    nothing = write(tmp_path, "nothing.txt", "\n\n\u00a0\n")
    missing = tmp_path / "missing.txt"

    with pytest.raises(CommandError, match="4 of 5 files failed"):
        run_import(good, empty, binary, nothing, missing)

    err = capsys.readouterr().err
    assert "Traceback" not in err
    for path in (empty, binary, nothing, missing):
        assert f"FAILED {path}:" in err
    assert "empty" in err and "binary" in err and "no such file" in err
    assert Article.objects.get().title == "Kazakhstan Cuts Rates"
    assert ImportFile.objects.filter(outcome="failed").count() == 4


def test_a_failing_file_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    from ingest import services

    good = write(tmp_path, "a.txt", river(("Kazakhstan Cuts Rates", paragraphs(2))))
    bad = write(
        tmp_path,
        "b.txt",
        river(("Kyrgyzstan Raises Tariffs", paragraphs(2)), ticker_date="01 May 2025"),
    )
    real = services.store_tag_links

    def explode_on_second_file(tagged, **options):
        real(tagged, **options)
        if any(article.title.startswith("Kyrgyzstan") for article, _ in tagged):
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(services, "store_tag_links", explode_on_second_file)
    with pytest.raises(CommandError):
        run_import(good, bad)

    assert list(Article.objects.values_list("title", flat=True)) == ["Kazakhstan Cuts Rates"]
    assert not ExchangeRate.objects.exists()
    failed = ImportFile.objects.get(outcome="failed")
    assert failed.path == str(bad) and "disk on fire" in failed.message
    assert "FAILED" in capsys.readouterr().err


def test_dry_run_writes_nothing(tmp_path, capsys):
    run_import(
        write(tmp_path, "a.txt", river(("Kazakhstan Cuts Rates", paragraphs(2)))), dry_run=True
    )

    assert not Article.objects.exists() and not ImportRun.objects.exists()
    assert (
        "Dry run, nothing saved: 1 files (0 failed): 1 articles created" in capsys.readouterr().out
    )


def test_folder_is_searched_for_txt_files(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "sub/a.txt", river(("Kazakhstan Cuts Rates", paragraphs(2))))
    write(tmp_path, "notes.md", "not a dump")
    run_import(tmp_path)

    assert Article.objects.count() == 1


def _queries_to_import(tmp_path, name, count):
    articles = [(f"{name} Story {i} About Kazakhstan Trade", paragraphs(3)) for i in range(count)]
    dump = write(tmp_path, f"{name}.txt", river(*articles, ticker_date="02 June 2025"))
    with CaptureQueriesContext(connection) as queries:
        run_import(dump)
    assert Article.objects.filter(title__startswith=name).count() == count
    return len(queries)


def test_import_query_count_does_not_grow_with_articles(tmp_path):
    # Bulk writes go in batches (on SQLite Django allows 999 parameters a statement, about 29
    # articles), so compare two files that each fit one batch.
    _queries_to_import(tmp_path, "Warmup", 1)  # creates the staff author once
    assert _queries_to_import(tmp_path, "Small", 3) == _queries_to_import(tmp_path, "Large", 28)


def test_an_unchanged_file_is_skipped_unread_and_force_reads_it(tmp_path, capsys, monkeypatch):
    from ingest import services

    dump = write(tmp_path, "a.txt", river(("Kazakhstan Cuts Rates", paragraphs(2))))
    run_import(dump)
    parsed = []
    real_parse = services.parse_page
    monkeypatch.setattr(services, "parse_page", lambda data: parsed.append(1) or real_parse(data))

    run_import(dump)
    skipped = ImportFile.objects.order_by("-id").first()
    assert (skipped.outcome, parsed) == (ImportFile.Outcome.SKIPPED, [])
    assert skipped.message == f"unchanged since import #{ImportRun.objects.last().pk}"
    assert "1 files (0 failed, 1 unchanged and skipped)" in capsys.readouterr().out

    run_import(dump, force=True)
    assert parsed == [1]
    assert ImportFile.objects.order_by("-id").first().outcome == ImportFile.Outcome.IMPORTED


def test_an_unchanged_file_is_read_again_when_the_rules_change(tmp_path):
    from articles.models import Country

    dump = write(tmp_path, "a.txt", river(("Kazakhstan Cuts Rates", paragraphs(2))))
    run_import(dump)
    kazakhstan = Country.objects.get(slug="kazakhstan")
    kazakhstan.aliases += "\nSteppe Republic"
    kazakhstan.save()

    run_import(dump)
    assert ImportFile.objects.order_by("-id").first().outcome == ImportFile.Outcome.IMPORTED


def test_an_unchanged_file_is_read_again_when_one_of_its_articles_was_deleted(tmp_path):
    dump = write(
        tmp_path,
        "a.txt",
        river(("Kazakhstan Cuts Rates", paragraphs(2)), ("Kyrgyzstan Builds", paragraphs(2))),
    )
    run_import(dump)
    Article.objects.filter(title="Kyrgyzstan Builds").delete()

    run_import(dump)
    assert Article.objects.filter(title="Kyrgyzstan Builds").exists()
