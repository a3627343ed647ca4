"""ArticleRecord.published: when the story happened, from its own opening text (issue 10)."""

from datetime import date

import pytest

from ingest.parser import PartialDate
from ingest.parser.dates import estimate_published
from tests.ingest import parse_text

CAPTURED = date(2025, 12, 8)


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("On May 23, the ministry said exports grew.", PartialDate(2025, 5, 23)),
        ("The deal was signed on May 23 in Astana.", PartialDate(2025, 5, 23)),
        ("The plant opened on May 30, 2025 after delays.", PartialDate(2025, 5, 30)),
        ("The plant opened on 30 May 2025 after delays.", PartialDate(2025, 5, 30)),
        ("Delegates met on June 11-12 in Dushanbe.", PartialDate(2025, 6, 11)),
        ("Delegates met on 11–12 June in Dushanbe.", PartialDate(2025, 6, 11)),
        ("In February 2024, China lifted the ban.", PartialDate(2024, 2)),
        ('Dec 17 — "The committee heard three ministries…"', PartialDate(2024, 12, 17)),
        ("On Dec. 3 the council met.", PartialDate(2025, 12, 3)),
        ("On September 1st schools reopened.", PartialDate(2025, 9, 1)),
        ("In 2025, the line carried more freight than ever.", PartialDate(2025)),
        ("In April, gold sales dropped.", PartialDate(2025, 4)),
        ("Gold sales dropped in May, the bank said.", PartialDate(2025, 5)),
        ("23 мая 2025 года министр открыл завод.", PartialDate(2025, 5, 23)),
        ("Министр открыл завод 23 мая.", PartialDate(2025, 5, 23)),
        ("Делегаты встретились 11-12 июня в Душанбе.", PartialDate(2025, 6, 11)),
        ("Запрет сняли в феврале 2024 года.", PartialDate(2024, 2)),
        ("В 2025 году экспорт вырос.", PartialDate(2025)),
        ("В апреле экспорт вырос.", PartialDate(2025, 4)),
    ],
)
def test_each_form_of_date_in_the_opening(opening, published):
    assert estimate_published([opening], CAPTURED) == published


def test_date_without_a_year_takes_the_year_that_puts_it_on_or_before_the_capture():
    assert estimate_published(["On Dec 17 the vote was held."], date(2025, 1, 5)) == PartialDate(
        2024, 12, 17
    )
    assert estimate_published(["On Dec 7 the vote was held."], CAPTURED) == PartialDate(2025, 12, 7)
    assert estimate_published(["On Feb 29 it snowed."], CAPTURED) == PartialDate(2024, 2, 29)


def test_a_year_alone_dates_the_story_only_when_it_is_the_capture_year():
    assert estimate_published(["In 2025, exports grew."], CAPTURED) == PartialDate(2025)
    assert estimate_published(["In 2023, twenty mines closed."], CAPTURED) is None
    assert estimate_published(["In 2025, exports grew."], None) is None
    assert estimate_published(["Exports grew in 2025."], CAPTURED) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Sales were the lowest since November 2022.",
        "The ban stays until May 30, 2025.",
        "Work must end by June 1.",
        "Запрет действует до 23 мая.",
        "Правила действуют с 1 мая.",
    ],
)
def test_a_reference_point_is_not_the_story_date(opening):
    assert estimate_published([opening], CAPTURED) is None


def test_a_reference_point_gives_way_to_the_next_mention():
    opening = "Sales on May 23 were the lowest since November 2022."

    assert estimate_published([opening], CAPTURED) == PartialDate(2025, 5, 23)


def test_date_without_a_year_gives_nothing_without_a_capture_date():
    assert estimate_published(["On May 23, the ministry said so."], None) is None
    assert estimate_published(["On May 23, 2025, the ministry said so."], None) == PartialDate(
        2025, 5, 23
    )


def test_a_date_after_the_capture_is_a_plan_and_the_next_mention_is_tried():
    opening = "The summit on June 5, 2026 was announced on November 20, 2025."

    assert estimate_published([opening], CAPTURED) == PartialDate(2025, 11, 20)
    assert estimate_published(["The plan runs to March 2026."], CAPTURED) is None


def test_most_precise_mention_of_the_paragraph_wins():
    opening = "In February 2024, China lifted its ban; on July 3 the first shipment left Almaty."

    assert estimate_published([opening], CAPTURED) == PartialDate(2025, 7, 3)


def test_second_paragraph_is_read_only_when_the_first_names_no_date():
    assert estimate_published(
        ["The ministry said exports grew.", "The deal was signed on May 23."], CAPTURED
    ) == PartialDate(2025, 5, 23)
    assert estimate_published(
        ["Signed in February 2024.", "The deal was signed on May 23."], CAPTURED
    ) == PartialDate(2024, 2)


def test_dates_deep_in_the_body_are_never_read():
    paragraphs = ["Exports grew.", "Imports fell.", "The deal was signed on May 23, 2025."]

    assert estimate_published(paragraphs, CAPTURED) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Exports grew in 2023 and will grow again.",
        "A plan for 2030 was adopted.",
        "The Mayor of Osh said 5 Marches were held.",
        "Officials counted 5 маяков on the coast.",
        "Officials may 2024 bring more.",
        "The treaty of May 23, 1975 still holds.",
        "Nothing was said about February 30, 2025.",
    ],
)
def test_text_naming_no_usable_date_gives_none(opening):
    assert estimate_published([opening], CAPTURED) is None


def test_published_is_estimated_for_a_parsed_article_against_the_page_date():
    page = parse_text(
        """
        • KZT/USD = 0.00196 0%
        08 December 2025

        Kazakhstan Opens a Grain Terminal

        ASTANA (TCA) — On November 28, the new terminal at Khorgos loaded its first train.

        It was built in 2023.
        """
    )

    (article,) = page.articles
    assert article.published == PartialDate(2025, 11, 28)
    assert article.published.precision == "day"


def test_article_naming_no_date_has_none():
    (article,) = parse_text("Tashkent Plants Trees\n\nVolunteers planted elms.\n").articles

    assert article.published is None


def test_partial_date_precision_and_first_day():
    assert PartialDate(2024).precision == "year"
    assert PartialDate(2024, 2).precision == "month"
    assert PartialDate(2024, 2, 29).precision == "day"
    assert PartialDate(2024, 2).first_day() == date(2024, 2, 1)
    assert PartialDate(2024).first_day() == date(2024, 1, 1)


@pytest.mark.parametrize(("parts"), [(2024, None, 5), (2025, 2, 29), (2024, 13, None)])
def test_partial_date_refuses_impossible_parts(parts):
    with pytest.raises(ValueError):
        PartialDate(*parts)
