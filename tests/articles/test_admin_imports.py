from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import ExchangeRate, ImportFile, ImportRun, SpellingVariant
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_import_runs_are_listed_newest_first(admin_client):
    older = ImportRun.objects.create()
    ImportRun.objects.filter(pk=older.pk).update(started_at=timezone.now() - timedelta(days=1))
    newer = ImportRun.objects.create()

    response = admin_client.get(reverse("admin:articles_importrun_changelist"))

    assert list(response.context["cl"].result_list) == [newer, older]


def test_an_import_run_shows_its_files_read_only(admin_client):
    run = ImportRun.objects.create(status=ImportRun.Status.FAILED, files_total=2, files_failed=1)
    ImportFile.objects.create(
        run=run,
        path="/dumps/invented_ok.txt",
        layout="avatar_river",
        encoding="utf-8",
        articles_created=3,
        outcome="imported",
        warnings=["an invented warning"],
    )
    ImportFile.objects.create(
        run=run, path="/dumps/invented_bad.txt", outcome="failed", message="empty file"
    )

    response = admin_client.get(reverse("admin:articles_importrun_change", args=[run.pk]))

    content = response.content.decode()
    for text in ["/dumps/invented_ok.txt", "avatar_river", "utf-8", "empty file"]:
        assert text in content
    assert 'name="_save"' not in content


def test_an_import_file_shows_warnings_and_links_to_its_articles(admin_client):
    run = ImportRun.objects.create()
    seen = ImportFile.objects.create(
        run=run, path="/dumps/invented.txt", outcome="imported", warnings=["odd line skipped"]
    )
    article = make_article()
    article.seen_in.add(seen)

    page = admin_client.get(reverse("admin:articles_importfile_change", args=[seen.pk]))
    assert "odd line skipped" in page.content.decode()

    listed = admin_client.get(reverse("admin:articles_article_changelist"), {"seen_in": seen.pk})
    assert list(listed.context["cl"].result_list) == [article]


def test_import_history_cannot_be_added_changed_or_deleted(admin_client):
    run = ImportRun.objects.create()
    assert admin_client.get(reverse("admin:articles_importrun_add")).status_code == 403
    delete = reverse("admin:articles_importrun_delete", args=[run.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    assert ImportRun.objects.exists()


def test_exchange_rates_are_read_only(admin_client):
    rate = ExchangeRate.objects.create(
        currency="KZT", rate="0.00196", change_percent="0.5", date=timezone.localdate()
    )
    url = reverse("admin:articles_exchangerate_change", args=[rate.pk])
    assert admin_client.get(url).status_code == 200
    admin_client.post(url, {"currency": "XXX"})
    rate.refresh_from_db()
    assert rate.currency == "KZT"
    assert admin_client.get(reverse("admin:articles_exchangerate_add")).status_code == 403


def test_spelling_variants_are_editable(admin_client):
    response = admin_client.post(
        reverse("admin:articles_spellingvariant_add"),
        {"name": "Zhaparov", "variants": "Japarov\nЖапаров"},
    )
    assert response.status_code == 302
    assert SpellingVariant.objects.get(name="Zhaparov").variant_list() == ["Japarov", "Жапаров"]
