from datetime import date

import pytest
from django.http import QueryDict

from articles.filters import ArticleFilter
from articles.models import Article
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def run(query):
    filterset = ArticleFilter(QueryDict(query), queryset=Article.objects.for_listing())
    assert filterset.is_valid(), filterset.errors
    return filterset


def titles(query):
    return sorted(article.title for article in run(query).qs)


def test_country_filter_keeps_only_that_countrys_articles():
    make_article(title="Steppe", countries=["kazakhstan"])
    make_article(title="Mountains", countries=["kyrgyzstan", "kazakhstan"])
    make_article(title="Desert", countries=["turkmenistan"])
    assert titles("country=kazakhstan") == ["Mountains", "Steppe"]


def test_several_countries_match_any_of_them_once():
    make_article(title="Both", countries=["kazakhstan", "kyrgyzstan"])
    make_article(title="One", countries=["kyrgyzstan"])
    make_article(title="Neither", countries=["uzbekistan"])
    assert titles("country=kazakhstan&country=kyrgyzstan") == ["Both", "One"]


def test_several_topics_match_any_of_them():
    make_article(title="Pipes", topics=["energy"])
    make_article(title="Rails", topics=["transport-and-logistics"])
    make_article(title="Prices", topics=["economy-and-trade"])
    assert titles("topic=energy&topic=transport-and-logistics") == ["Pipes", "Rails"]


def test_country_and_topic_filters_combine():
    make_article(title="Kazakh oil", countries=["kazakhstan"], topics=["energy"])
    make_article(title="Kazakh trade", countries=["kazakhstan"], topics=["economy-and-trade"])
    make_article(title="Uzbek gas", countries=["uzbekistan"], topics=["energy"])
    assert titles("country=kazakhstan&topic=energy") == ["Kazakh oil"]


def test_author_filter_by_slug():
    author = make_author(name="Ana Writer")
    make_article(title="Hers", author=author)
    make_article(title="Someone else's", author=make_author())
    assert titles("author=ana-writer") == ["Hers"]


def test_kind_filter():
    make_article(title="A view", kind=Article.Kind.OPINION)
    make_article(title="A report")
    assert titles("kind=opinion") == ["A view"]


def test_words_match_title_or_body_in_any_case():
    make_article(title="Water Talks", body=[{"kind": "p", "text": "Glaciers are melting."}])
    make_article(title="Other", body=[{"kind": "p", "text": "Nothing on WATER here."}])
    make_article(title="Unrelated")
    assert titles("q=water") == ["Other", "Water Talks"]
    assert titles("q=GLACIERS") == ["Water Talks"]


def test_words_match_cyrillic_whatever_the_case():
    make_article(title="Визит в Бишкек", body=[{"kind": "p", "text": "Делегация прибыла."}])
    make_article(title="Something else")
    assert titles("q=бишкек") == ["Визит в Бишкек"]
    assert titles("q=ДЕЛЕГАЦИЯ") == ["Визит в Бишкек"]


def test_every_word_must_appear():
    make_article(title="Water and energy")
    make_article(title="Water only")
    assert titles("q=energy water") == ["Water and energy"]


def test_complete_keeps_full_texts_only():
    make_article(title="Full")
    make_article(title="Teaser", is_truncated=True)
    assert titles("complete=1") == ["Full"]
    assert titles("") == ["Full", "Teaser"]


def test_date_range_is_inclusive():
    make_article(title="May", date=date(2025, 5, 31))
    make_article(title="June", date=date(2025, 6, 1))
    make_article(title="July", date=date(2025, 7, 1))
    assert titles("date_from=2025-06-01&date_to=2025-06-30") == ["June"]
    assert titles("date_to=2025-06-01") == ["June", "May"]


def test_sort_newest_and_oldest():
    make_article(title="Older", date=date(2025, 1, 1))
    make_article(title="Newer", date=date(2025, 2, 1))
    assert [a.title for a in run("sort=oldest").qs] == ["Older", "Newer"]
    assert [a.title for a in run("sort=newest").qs] == ["Newer", "Older"]
    assert [a.title for a in run("").qs] == ["Newer", "Older"]


def test_unpublished_articles_never_match():
    make_article(title="Hidden", countries=["kazakhstan"], is_published=False)
    assert titles("country=kazakhstan") == []


@pytest.mark.parametrize(
    "query, field",
    [
        ("country=atlantis", "country"),
        ("topic=nothing", "topic"),
        ("author=nobody", "author"),
        ("kind=poem", "kind"),
        ("date_from=yesterday", "date_from"),
        ("sort=sideways", "sort"),
    ],
)
def test_unknown_or_malformed_values_are_form_errors(query, field):
    filterset = ArticleFilter(QueryDict(query), queryset=Article.objects.for_listing())
    assert not filterset.is_valid()
    assert field in filterset.errors
    assert filterset.chips() == []


def test_chips_name_each_filter_and_drop_only_it():
    make_author(name="Ana Writer")
    filterset = run(
        "country=kazakhstan&country=kyrgyzstan&topic=energy&author=ana-writer&kind=opinion"
        "&q=water&complete=1&date_from=2025-06-01&page=3"
    )
    chips = {chip.label: chip.query for chip in filterset.chips()}
    assert list(chips) == [
        "Kazakhstan",
        "Kyrgyzstan",
        "Energy",
        "By Ana Writer",
        "Opinion",
        "“water”",
        "Full text only",
        "From 1 June 2025",
    ]
    without_kazakhstan = chips["Kazakhstan"]
    assert without_kazakhstan.getlist("country") == ["kyrgyzstan"]
    assert without_kazakhstan["topic"] == "energy"
    assert "page" not in without_kazakhstan
    assert "q" not in chips["“water”"]


def test_several_countries_or_topics_are_alternatives_in_words():
    filterset = run(
        "country=kazakhstan&country=uzbekistan&country=kyrgyzstan&topic=energy&topic=diplomacy"
    )
    assert [chip.joiner for chip in filterset.chips()] == ["", "or", "or", "", "or"]
    assert filterset.scope() == (
        "about Kazakhstan, Kyrgyzstan or Uzbekistan, on Diplomacy or Energy"
    )
    assert run("topic=energy").scope() == "on Energy"
    assert run("kind=opinion").scope() == ""
    refused = ArticleFilter(QueryDict("country=atlantis"), queryset=Article.objects.none())
    assert refused.scope() == ""
