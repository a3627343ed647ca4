"""Samples that cannot be mistaken for news: marked when imported, imported only into an empty
database, removed with their orphaned authors and nothing else."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles import upkeep
from articles.models import Article, Author, ExchangeRate
from ingest import samples
from tests.factories import make_article, make_author
from tests.ingest.dumps import paragraphs, river

pytestmark = pytest.mark.django_db


def write(tmp_path, name, *articles, **options):
    path = tmp_path / name
    path.write_text(river(*articles, **options))
    return str(path)


def command(*args, **options):
    out = StringIO()
    call_command(*args, stdout=out, stderr=out, **options)
    return out.getvalue()


def test_a_sample_import_marks_every_article_it_creates(tmp_path):
    dump = write(tmp_path, "a.txt", ("Kazakhstan Tests Sample Trains", paragraphs(2)))
    command("import_dumps", dump, sample=True)

    assert Article.objects.get().is_sample


def test_a_real_import_of_a_sample_story_makes_it_real(tmp_path):
    title = "Kyrgyzstan Opens Sample Road"
    command("import_dumps", write(tmp_path, "s.txt", (title, paragraphs(2))), sample=True)
    command("import_dumps", write(tmp_path, "r.txt", (title, paragraphs(2))))

    assert not Article.objects.get().is_sample


def test_a_sample_import_leaves_a_real_article_real(tmp_path):
    title = "Tajikistan Builds Real Bridge"
    command("import_dumps", write(tmp_path, "r.txt", (title, paragraphs(2))))
    command("import_dumps", write(tmp_path, "s.txt", (title, paragraphs(3))), sample=True)

    assert not Article.objects.get().is_sample


def test_import_samples_fills_an_empty_database_with_marked_samples(capsys):
    output = command("import_samples")

    assert "0 failed" in output
    assert Article.objects.count() > 10
    assert not Article.objects.filter(is_sample=False).exists()


def test_import_samples_leaves_a_database_with_articles_alone():
    make_article(title="A Real Story")

    output = command("import_samples")

    assert "already holds 1 articles" in output and "only into an empty database" in output
    assert Article.objects.count() == 1


def test_remove_samples_deletes_samples_and_their_orphaned_authors_only(tmp_path, monkeypatch):
    bystander = make_author(name="Author Without Articles Yet")
    shared = make_author(name="Shared Writer")
    make_article(title="A Real Story", author=shared)
    sample_only = make_author(name="Sample Writer")
    make_article(title="Sample One", author=sample_only, is_sample=True)
    make_article(title="Sample Two", author=shared, is_sample=True)
    ExchangeRate.objects.create(currency="KZT", rate="0.002", change_percent="0", date="2025-12-08")
    touched = []
    real_scope = upkeep.articles_changing

    def recording_scope(ids=()):
        touched.append(sorted(Article.objects.filter(pk__in=ids).values_list("title", flat=True)))
        return real_scope(ids)

    monkeypatch.setattr(samples.upkeep, "articles_changing", recording_scope)

    output = command("remove_samples")

    assert list(Article.objects.values_list("title", flat=True)) == ["A Real Story"]
    assert set(Author.objects.values_list("name", flat=True)) == {
        bystander.name,
        shared.name,
    }
    assert ExchangeRate.objects.count() == 1
    assert touched == [["Sample One", "Sample Two"]]  # still there when the scope opened
    assert "Removed 2 sample articles." in output
    assert "Removed 1 authors left without articles: Sample Writer." in output


def test_samples_can_come_back_after_removal():
    command("import_samples")
    count = Article.objects.count()
    command("remove_samples")
    assert not Article.objects.exists()

    command("import_samples")
    assert Article.objects.count() == count


def test_remove_samples_without_samples_says_so():
    assert "No sample articles" in command("remove_samples")
