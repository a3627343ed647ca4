"""Imports in real processes with their own connections, as on several hosts:
- two at the same time both succeed, no file fails, and the database is the one a single import
  makes;
- one killed with SIGKILL half-way leaves every file whole or absent, and the next run marks it
  interrupted and converges on the same database.

Runs on the suite's backend (SQLite files, or PostgreSQL databases named after the suite's).
"""

import importlib.util
import shutil
import signal
import time

import pytest

from tests.ingest.scratch_databases import ROOT, ScratchDatabases, manage, start

FILES, ARTICLES = 50, 400
STARTUP_SECONDS = 6


def _generate():
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


@pytest.fixture(scope="module")
def scratch(tmp_path_factory, django_db_blocker):
    with django_db_blocker.unblock():
        databases = ScratchDatabases(tmp_path_factory.mktemp("databases"))
    yield databases
    databases.drop_all()


@pytest.fixture(scope="module")
def dumps(tmp_path_factory):
    """50 generated dumps (author boxes, rivers, tickers, listings repeating other files'
    articles), and two overlapping folders: files 0-29 and files 20-49."""
    root = tmp_path_factory.mktemp("dumps")
    generate = _generate()
    corpus = generate(root / "all", articles=ARTICLES, files=FILES, seed=3)
    # New writers all through the run (every two author-box files share one), so each run
    # keeps meeting authors the other has just created.
    for number, path in enumerate(p for p in corpus.paths if "author-box" in p.name):
        text = path.read_text()
        for name, _ in generate.__globals__["WRITERS"]:
            text = text.replace(name, f"{name} {chr(ord('A') + number // 2)}")
        path.write_text(text)
    for name, chosen in (("first", corpus.paths[:30]), ("second", corpus.paths[20:])):
        (root / name).mkdir()
        for path in chosen:
            shutil.copy(path, root / name / path.name)
    return root


def _import_at_once(scratch, url, *folders):
    with scratch.runs_held(url):
        processes = [start("import_dumps", str(folder), url=url) for folder in folders]
        time.sleep(STARTUP_SECONDS)  # both start up and wait (SQLite's busy timeout is 20 s)
    results = [(p.wait(timeout=600), *p.communicate()) for p in processes]
    for code, out, err in results:
        assert code == 0, err
        assert "(0 failed" in out, out
        assert "FAILED" not in err and "Traceback" not in err, err
    return results


@pytest.fixture(scope="module")
def one_import(scratch, dumps):
    url = scratch.new("single")
    done = manage("import_dumps", str(dumps / "all"), url=url)
    assert done.returncode == 0, done.stderr
    return scratch.summary(url)


def test_two_imports_of_the_same_folder_at_once_both_succeed(scratch, dumps, one_import):
    url = scratch.new("same")
    _import_at_once(scratch, url, dumps / "all", dumps / "all")

    assert scratch.summary(url) == one_import
    assert one_import["articles_article"] == ARTICLES


def test_two_imports_of_overlapping_folders_at_once_both_succeed(scratch, dumps, one_import):
    url = scratch.new("overlap")
    _import_at_once(scratch, url, dumps / "first", dumps / "second")

    assert scratch.summary(url) == one_import


def test_an_import_killed_half_way_leaves_whole_files_and_a_rerun_converges(
    scratch, dumps, one_import
):
    url = scratch.new("killed")
    process = start("import_dumps", str(dumps / "all"), url=url)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        done = scratch.rows(url, "SELECT COUNT(*) FROM articles_importfile")
        if done and done[0][0] >= 5:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)

    files = scratch.rows(url, "SELECT COUNT(*) FROM articles_importfile")[0][0]
    assert 0 < files < FILES, "the import was not caught half-way"
    assert scratch.rows(url, "SELECT status FROM articles_importrun") == [("running",)]
    # Every file stored has all its articles; no article was stored without its file.
    assert not scratch.rows(
        url,
        "SELECT f.id FROM articles_importfile f LEFT JOIN articles_article_seen_in s "
        "ON s.importfile_id = f.id GROUP BY f.id, f.articles_found "
        "HAVING COUNT(s.id) <> f.articles_found",
    )
    assert not scratch.rows(
        url,
        "SELECT a.id FROM articles_article a LEFT JOIN articles_article_seen_in s "
        "ON s.article_id = a.id WHERE s.id IS NULL",
    )

    rerun = manage("import_dumps", str(dumps / "all"), url=url)

    assert rerun.returncode == 0, rerun.stderr
    assert "stopped without finishing: marked interrupted" in rerun.stderr
    statuses = scratch.rows(url, "SELECT status FROM articles_importrun ORDER BY id")
    assert statuses == [("interrupted",), ("succeeded",)]
    assert scratch.summary(url) == one_import
