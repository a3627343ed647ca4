"""Bad input, one kind at a time: each gets one line naming the file and the reason, nothing
already stored is lost or half-written, the run goes on to the next file, and the exit code says
whether any file failed. The same on SQLite and PostgreSQL (the suite runs on both).

Each kind is imported between an article stored before and a good file after it.
"""

import errno
import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Author, ExchangeRate, ImportFile
from ingest import files
from tests.ingest.dumps import listing, paragraphs, river

pytestmark = pytest.mark.django_db


def _text(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def _story(title, *credit, **options):
    return river((title, paragraphs(2), *credit), **options)


def _denied(monkeypatch, path, function):
    """Make `path` unreadable; as root (who reads anything) by failing the system call."""
    if os.geteuid() != 0:
        path.chmod(0)
        return
    real = getattr(os, function)

    def refuse(target, *args, **kwargs):
        if os.fspath(target) == os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(files.os, function, refuse)


# Each builder makes the bad input in `folder` and returns (path to import, expectation):
# ("failed", reason) or ("imported", warning or None).


def empty(folder, mp):
    return _text(folder / "empty.txt", ""), ("failed", "empty file")


def blank_lines(folder, mp):
    return _text(folder / "blank.txt", "\n \n\t\n\u00a0\n"), ("failed", "empty file")


def binary(folder, mp):
    path = folder / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    return path, ("failed", "binary data, not a text dump")


def nul_bytes(folder, mp):
    path = folder / "nul.txt"
    path.write_bytes(_story("Kazakhstan Hides A Nul").encode().replace(b"Hides", b"Hi\x00des"))
    return path, ("failed", "binary data, not a text dump")


def windows_1251(folder, mp):
    text = river(("Токаев посетил Ташкент", ["Президент Казахстана прибыл в Ташкент."]))
    return _text(folder / "cp1251.txt", text, "windows-1251"), ("imported", None)


def undecodable(folder, mp):
    path = folder / "noise.txt"
    path.write_bytes(b"Kazakhstan \x98\x98\x98 Story\n\n" + bytes(range(128, 256)) * 4)
    return path, ("failed", "cannot decode as UTF-8 or Windows-1251")


def bom_then_not_utf8(folder, mp):
    path = folder / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Казахстан".encode("windows-1251") + b"\n\nText.\n")
    return path, ("failed", "cannot decode as UTF-8 or Windows-1251")


def utf8_cut_mid_character(folder, mp):
    path = folder / "cut.txt"
    path.write_bytes(_story("Kazakhstan Café Story").encode() + "é".encode()[:1])
    return path, ("failed", "cannot decode as UTF-8 or Windows-1251")


def huge_line(folder, mp):
    return _text(folder / "line.txt", "word " * 400_000), ("failed", "no article found in the file")


def huge_paragraph(folder, mp):
    text = river(("Kazakhstan Prints A Long Report", ["Astana " * 300_000]))
    return _text(folder / "long.txt", text), ("imported", None)


def too_large(folder, mp):
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)
    return path, ("failed", "file too large: 67,108,865 bytes (the limit is 64 MB)")


def folder_named_txt(folder, mp):
    path = folder / "x.txt"
    path.mkdir()
    return path, ("failed", "folder holds no *.txt files")


def unreadable_file(folder, mp):
    path = _text(folder / "secret.txt", _story("Kazakhstan Keeps A Secret"))
    _denied(mp, path, "open")
    return path, ("failed", "cannot read file: permission denied")


def unreadable_folder(folder, mp):
    path = folder / "locked"
    path.mkdir()
    _text(path / "inside.txt", _story("Kazakhstan Locks A Folder"))
    _denied(mp, path, "scandir")
    return path, ("failed", "cannot read folder: permission denied")


def broken_symlink(folder, mp):
    path = folder / "gone.txt"
    path.symlink_to(folder / "nowhere.txt")
    return path, ("failed", "broken symbolic link")


def symlink_loop(folder, mp):
    path = folder / "loop.txt"
    path.symlink_to(path)
    return path, ("failed", "symbolic link loop")


def folder_link_loop(folder, mp):
    path = folder / "tree"
    (path / "sub").mkdir(parents=True)
    _text(path / "sub" / "a.txt", _story("Kazakhstan Walks In Circles"))
    (path / "sub" / "back").symlink_to(path)
    return path, ("failed", "symbolic link loop")


def fifo(folder, mp):
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path, ("failed", "not a regular file")


def fifo_in_folder(folder, mp):
    path = folder / "piped"
    path.mkdir()
    os.mkfifo(path / "pipe.txt")
    return path, ("failed", "not a regular file")


def missing(folder, mp):
    return folder / "missing.txt", ("failed", "no such file or folder")


def very_long_path(folder, mp):
    deep = folder.joinpath(*["d" * 200] * 6)
    deep.mkdir(parents=True)
    path = _text(deep / "deep.txt", _story("Kazakhstan Digs Deep"))
    assert len(str(path)) > 1000
    return path, ("imported", None)


def undecodable_file_name(folder, mp):
    path = folder / os.fsdecode(b"caf\xe9.txt")
    return _text(path, _story("Kazakhstan Names A Cafe")), ("imported", None)


def newline_in_file_name(folder, mp):
    path = folder / "two\nlines.txt"
    return _text(path, _story("Kazakhstan Splits A Name")), ("imported", None)


def hostile_markup(folder, mp):
    text = river(('<script>alert("x")</script> Kazakhstan', ["<b>Astana</b> & <i>more</i>"]))
    return _text(folder / "markup.txt", text), ("imported", None)


def duplicated_titles(folder, mp):
    text = river(("Kazakhstan Repeats Itself", ["One."]), ("Kazakhstan Repeats Itself", ["Two."]))
    return _text(folder / "twice.txt", text), ("imported", None)


def title_without_body(folder, mp):
    return _text(folder / "title.txt", "Kazakhstan Says Nothing\n"), (
        "failed",
        "no article found in the file",
    )


def listing_without_entries(folder, mp):
    return _text(folder / "none.txt", "Viewing results 1 - 0 of 0\n"), (
        "failed",
        "no article found in the file",
    )


def punctuation_title_only(folder, mp):
    # The parser drops a title without letters, with its byline and body.
    return _text(folder / "punct.txt", _story("!!! ... ???")), (
        "failed",
        "no article found in the file",
    )


def overlong_title(folder, mp):
    # Far too long for a headline: the line is body text and the title a provisional one.
    text = _story("Kazakhstan " + "Announces " * 80)
    return _text(folder / "title-long.txt", text), ("imported", None)


def overlong_credit(folder, mp):
    text = _story("Kazakhstan Credits Everyone", "photographer " * 33)
    return _text(folder / "credit.txt", text), ("imported", "photo credit cut to")


def overlong_author(folder, mp):
    name = "Name " * 60
    text = (
        f"Our People > {name}\n\n{name}'s Avatar\n\n{name}\n\nJournalist\n\nA bio.\n\n"
        "Articles\n\nKazakhstan Tests Solar\n\nAlmaty engineers switched on a farm.\n"
    )
    return _text(folder / "author.txt", text), ("imported", "author name cut to")


def rate_too_large(folder, mp):
    text = _story("Kazakhstan Rates Story", ticker_date="08 December 2025")
    text = text.replace("0.01144", "99999999999999999999.5")
    return _text(folder / "rates.txt", text), ("imported", "rate skipped: KGS/USD")


def many_articles(folder, mp):
    text = listing(*((f"Kazakhstan Story Number {i}", "Astana today.") for i in range(300)))
    return _text(folder / "many.txt", text), ("imported", None)


KINDS = [
    empty,
    blank_lines,
    binary,
    nul_bytes,
    windows_1251,
    undecodable,
    bom_then_not_utf8,
    utf8_cut_mid_character,
    huge_line,
    huge_paragraph,
    too_large,
    folder_named_txt,
    unreadable_file,
    unreadable_folder,
    broken_symlink,
    symlink_loop,
    folder_link_loop,
    fifo,
    fifo_in_folder,
    missing,
    very_long_path,
    undecodable_file_name,
    newline_in_file_name,
    hostile_markup,
    duplicated_titles,
    title_without_body,
    listing_without_entries,
    punctuation_title_only,
    overlong_title,
    overlong_credit,
    overlong_author,
    rate_too_large,
    many_articles,
]


def run(*paths):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_dumps", *map(str, paths), stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
        err.write(f"{error}\n")
    return code, out.getvalue(), err.getvalue()


def snapshot():
    return sorted(Article.objects.values_list("identity_key", "title", "body", "photo_credit"))


@pytest.fixture
def stored(tmp_path):
    """An article stored before the bad file, and a good file to import after it."""
    before = tmp_path / "stored"
    before.mkdir()
    call_command(
        "import_dumps",
        str(_text(before / "before.txt", _story("Kyrgyzstan Stores A Story", "old.kg"))),
        stdout=StringIO(),
    )
    after = tmp_path / "after"
    after.mkdir()
    return snapshot(), _text(after / "zz-after.txt", _story("Uzbekistan Comes After"))


def test_there_are_over_thirty_kinds():
    assert len(KINDS) >= 32


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_bad_input_gets_one_line_and_the_run_goes_on(kind, tmp_path, stored, monkeypatch):
    before, after = stored
    folder = tmp_path / "bad"
    folder.mkdir()
    path, (outcome, detail) = kind(folder, monkeypatch)

    code, out, err = run(path, after)

    assert "Traceback" not in err + out
    assert len(out.strip().splitlines()) == 1, out  # the summary line
    assert Article.objects.filter(title="Uzbekistan Comes After").exists(), err
    kept = [row for row in snapshot() if row[1] == "Kyrgyzstan Stores A Story"]
    assert kept == [row for row in before if row[1] == "Kyrgyzstan Stores A Story"]
    if outcome == "failed":
        assert code == 1
        [line] = [line for line in err.splitlines() if line.startswith("FAILED ")]
        # The path given, or the one inside the folder given that is at fault.
        assert line.startswith(f"FAILED {files.display(path)}") and line.endswith(detail), line
        assert f"1 of {ImportFile.objects.filter(run__pk=_last_run()).count()} files failed" in err
    else:
        assert code == 0, err
        assert "FAILED" not in err
        record = ImportFile.objects.exclude(name="zz-after.txt").get(run__pk=_last_run())
        assert record.outcome == ImportFile.Outcome.IMPORTED
        assert (
            "\n" not in record.path
            and "\ufffd" not in record.path
            or kind in (undecodable_file_name,)
        )
        if detail:
            assert any(detail in warning for warning in record.warnings), record.warnings


def _last_run():
    return ImportFile.objects.order_by("-id").values_list("run", flat=True).first()


# --- what the one-liners cannot show ------------------------------------------------------------


def test_a_long_credit_is_cut_at_a_word_the_same_on_insert_and_update(tmp_path):
    title = "Kazakhstan Credits Everyone"
    run(_text(tmp_path / "1.txt", _story(title)))
    code, _, _ = run(_text(tmp_path / "2.txt", _story(title, "photographer " * 33)))

    credit = Article.objects.get().photo_credit
    assert code == 0
    assert len(credit) <= 300 and credit.endswith("photographer…")


def test_an_article_skipped_for_its_title_leaves_no_author(tmp_path):
    text = river(("!!! ??? ...", ["Body about Astana."]), ("Kazakhstan Keeps Going", ["Body."]))
    text = text.replace("Avatar\n\nTimes of Central Asia\n", "Avatar\n\nAn Orphan Writer\n", 1)
    code, _, _ = run(_text(tmp_path / "a.txt", text))

    assert code == 0
    assert Article.objects.get().title == "Kazakhstan Keeps Going"
    assert not Author.objects.filter(name="An Orphan Writer").exists()
    assert any("title without letters dropped" in w for w in ImportFile.objects.get().warnings)


def test_hostile_markup_is_stored_as_text_and_escaped(tmp_path):
    run(hostile_markup(tmp_path, None)[0])

    article = Article.objects.get()
    assert article.title.startswith("<script>")
    assert "<script>" not in article.body_html and "&lt;b&gt;Astana" in article.body_html


def test_a_rate_that_does_not_fit_is_skipped_and_the_others_kept(tmp_path):
    path, _ = rate_too_large(tmp_path, None)
    run(path)

    assert set(ExchangeRate.objects.values_list("currency", flat=True)) == {"KZT", "UZS"}


def test_exit_code_is_zero_when_nothing_failed(tmp_path):
    code, out, err = run(_text(tmp_path / "a.txt", _story("Kazakhstan Is Fine")))
    assert (code, err) == (0, "")
    assert out.startswith("1 files (0 failed)")
