"""Layout 4: listings: "Viewing results", then a title and a one-line body per entry."""

import pytest

from tests.ingest import parse_text

SENTENCE = (
    "Officials in Bishkek said the new rules for mining licences would take effect in spring."
)


def excerpt(words: int = 500) -> str:
    pool = (SENTENCE + " ") * (words // len(SENTENCE.split()) + 1)
    return " ".join(pool.split()[:words]) + "..."


LISTING = f"""
Viewing results 13 - 18 of 412

Kyrgyzstan Tightens Rules for Mining Licences

{excerpt()}

Interview: Uzbekistan's Banks Prepare for Privatisation

TASHKENT - The central bank says two state lenders will be sold next year. Buyers are keen.

Tajik Airline Adds Flights to Istanbul

The national carrier will fly to Istanbul four times a week from June.
"""


def test_viewing_results_gives_the_total_and_the_listing_layout():
    page = parse_text(LISTING)

    assert page.layout == "listing"
    assert page.results_total == 412
    assert len(page.articles) == 3


@pytest.mark.parametrize(
    ("line", "total"),
    [("Viewing results 1 - 6 of", None), ("Viewing results 7 - 12 of 1,204", 1204)],
)
def test_results_total_may_be_missing_or_grouped(line, total):
    page = parse_text(
        f"{line}\n\nBishkek Opens New Bus Lanes\n\nThe lanes run along Chui Avenue.\n"
    )

    assert page.results_total == total
    assert page.articles[0].title == "Bishkek Opens New Bus Lanes"


def test_listing_entry_marks_excerpt_truncated():
    mining = parse_text(LISTING).articles[0]

    assert mining.truncated
    (body,) = mining.paragraphs
    assert not body.endswith(".")
    assert len(body.split()) == 500


def test_complete_listing_body_is_one_paragraph_not_truncated():
    _, banks, airline = parse_text(LISTING).articles

    assert not banks.truncated and not airline.truncated
    assert len(banks.paragraphs) == 1
    assert airline.paragraphs == [
        "The national carrier will fly to Istanbul four times a week from June."
    ]


def test_listing_entry_takes_kind_prefix_and_dateline():
    banks = parse_text(LISTING).articles[1]

    assert banks.title == "Uzbekistan's Banks Prepare for Privatisation"
    assert banks.kind == "Interview"
    assert banks.dateline == "TASHKENT"
    assert banks.paragraphs[0].startswith("The central bank says")


CAPTION = '[caption id="attachment_12" align="aligncenter" width="900"] @almaty.gov.kz[/caption]'


def test_caption_shortcode_inside_a_listing_body_becomes_a_caption():
    page = parse_text(
        f"""
        Viewing results 1 - 1 of 1

        Almaty Plans Cable Car to Kok-Tobe

        The city will build a second cable car. {CAPTION} Construction starts in May.
        """
    )

    (article,) = page.articles
    assert article.captions == ["almaty.gov.kz"]
    assert article.paragraphs == [
        "The city will build a second cable car. Construction starts in May."
    ]
