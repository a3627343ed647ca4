"""What the parser estimates reaches the articles: publication dates at their precision,
language, provisional titles with body identity, sample pages; capture dates from every page."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.ingest.dumps import river

pytestmark = pytest.mark.django_db

# A legacy page without a headline: a spam line, the capture date, a dateline opening the body.
DIGEST = """cheap watches replica online shop best price

20 December 2024

{opening}

Kyrgyz Parliament Debates a {topic}

Deputies in Bishkek questioned the new rules for {topic} in Kyrgyzstan.

Dec 17 — "The committee heard three ministries before the vote on {topic}…"
"""


OPENING = (
    "BISHKEK (TCA) — The Publisher's note: every week this digest gathers the {what} our "
    "readers should not miss, chosen by the editors from the reports of our correspondents."
)


def digest(what, topic):
    return DIGEST.format(opening=OPENING.format(what=what), topic=topic)


def run_import(tmp_path, name, text, *options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_dumps", str(path), *options, stdout=io.StringIO())


def test_a_date_the_text_names_becomes_the_estimated_publication_date(tmp_path):
    body = ["On May 23, ministers in Astana signed a water agreement with Kyrgyzstan.", "More."]
    run_import(
        tmp_path, "a.txt", river(("Kazakhstan Signs Water Deal", body), ticker_date="08 June 2025")
    )
    article = Article.objects.get()
    assert (article.published_on, article.date_precision, article.date_source) == (
        date(2025, 5, 23),
        "day",
        "text",
    )
    assert article.first_seen == article.last_seen == date(2025, 6, 8)
    assert article.sort_date == date(2025, 5, 23)


def test_without_a_date_in_the_text_or_on_the_page_nothing_is_dated(tmp_path):
    run_import(
        tmp_path, "a.txt", river(("Kazakhstan Opens a Mine", ["Miners in Karaganda cheered."]))
    )
    article = Article.objects.get()
    assert article.published_on is None and article.first_seen is None
    assert article.date_precision == article.date_source == ""


def test_an_identical_sighting_on_a_later_page_moves_last_seen(tmp_path):
    story = ("Kazakhstan Opens a Mine", ["Miners in Karaganda cheered."])
    run_import(tmp_path, "a.txt", river(story, ticker_date="01 May 2025"))
    run_import(tmp_path, "b.txt", river(story, ticker_date="09 May 2025"))
    article = Article.objects.get()
    assert (article.first_seen, article.last_seen) == (date(2025, 5, 1), date(2025, 5, 9))


def test_an_editors_date_is_kept_by_imports(tmp_path):
    body = ["On May 23, ministers in Astana signed a water agreement with Kyrgyzstan."]
    run_import(
        tmp_path, "a.txt", river(("Kazakhstan Signs Water Deal", body), ticker_date="08 June 2025")
    )
    Article.objects.update(
        published_on=date(2025, 5, 22), date_source="editor", locked_fields=["published_on"]
    )
    run_import(
        tmp_path, "b.txt", river(("Kazakhstan Signs Water Deal", body), ticker_date="09 June 2025")
    )
    assert Article.objects.get().published_on == date(2025, 5, 22)


def test_a_russian_article_is_stored_as_russian(tmp_path):
    body = ["Министры в Астане подписали соглашение о воде с Кыргызстаном.", "Подробности."]
    run_import(tmp_path, "a.txt", river(("Казахстан подписал соглашение о воде", body)))
    assert Article.objects.get().language == "ru"


def test_two_untitled_digests_stay_two_articles_with_provisional_titles(tmp_path):
    run_import(tmp_path, "a.txt", digest("stories", "Mining Tax"))
    run_import(tmp_path, "b.txt", digest("reports", "Water Fee"))
    articles = list(Article.objects.order_by("pk"))
    assert len(articles) == 2
    assert all(a.title_is_provisional for a in articles)
    assert all(len(a.title) < 120 for a in articles)
    assert all(a.identity_key.startswith("untitled:") for a in articles)


def test_a_sample_page_makes_sample_articles_even_in_a_plain_import(tmp_path):
    page = "SAMPLE PAGE — invented text for the Central Asia Reader; not news\n\n" + river(
        ("Kazakhstan Opens a Mine", ["Miners in Karaganda cheered."])
    )
    run_import(tmp_path, "a.txt", page)
    assert Article.objects.get().is_sample
