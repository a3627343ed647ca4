"""Page furniture: ticker, capture date, shortcodes, kind prefixes, credits, datelines."""

from datetime import date
from decimal import Decimal

import pytest

from ingest.parser import Rate, normalise_credit, split_kind
from tests.ingest import parse_text

TICKER = """• KGS/USD = 0.01150 0%
  • KZT/USD = 0.00201 -0%
  • TJS/USD = 0.10900 0.93%
  • UZS/USD = 0.00008 -0.28%
"""

BODY = """
Samarkand Hosts Silk Road Tourism Fair

Tour operators from thirty countries came to Samarkand for the fair.
"""


def test_repeated_ticker_gives_one_rate_per_currency_with_printed_digits():
    page = parse_text(TICKER * 3 + "10 March 2025" + BODY)

    assert page.rates == [
        Rate("KGS", "USD", Decimal("0.01150"), "0"),
        Rate("KZT", "USD", Decimal("0.00201"), "-0"),
        Rate("TJS", "USD", Decimal("0.10900"), "0.93"),
        Rate("UZS", "USD", Decimal("0.00008"), "-0.28"),
    ]
    assert str(page.rates[0].rate) == "0.01150"


def test_date_line_after_the_ticker_is_the_page_date():
    page = parse_text(TICKER + "08 December 2025" + BODY)

    assert page.page_date == date(2025, 12, 8)
    assert page.articles[0].title == "Samarkand Hosts Silk Road Tourism Fair"


def test_ticker_and_date_never_reach_the_text():
    page = parse_text(TICKER * 2 + "08 December 2025" + BODY)

    (article,) = page.articles
    assert article.paragraphs == [
        "Tour operators from thirty countries came to Samarkand for the fair."
    ]


def test_ticker_line_not_understood_is_dropped_with_a_warning():
    page = parse_text("• KGS/USD = n/a\n  • KZT/USD = 0.00201 0%\n" + BODY)

    assert [rate.currency for rate in page.rates] == ["KZT"]
    assert page.warnings == ["ticker line not understood: • KGS/USD = n/a"]
    assert len(page.articles) == 1


CAPTION_INLINE = '[caption id="attachment_501" width="1200"] Image: TCA, Olim Nazarov[/caption]'
CAPTION_OWN_LINE = (
    '[caption id="attachment_502" width="800"]Photo: https://uzbektourism.uz/[/caption]'
)


def test_caption_shortcode_becomes_a_normalised_caption():
    page = parse_text(
        f"""
        Bukhara Restores Its Old Bathhouses

        {CAPTION_INLINE} Restorers have reopened two sixteenth-century bathhouses.

        {CAPTION_OWN_LINE}

        Visitors can book a session online.
        """
    )

    (article,) = page.articles
    assert article.captions == ["TCA, Olim Nazarov", "uzbektourism.uz"]
    assert article.paragraphs == [
        "Restorers have reopened two sixteenth-century bathhouses.",
        "Visitors can book a session online.",
    ]


def test_video_shortcode_is_removed():
    page = parse_text(
        """
        Highlights of the Nauryz Parade in Astana

        [video width="1280" height="720" mp4="https://example.org/nauryz.mp4"][/video]

        Thousands watched the parade on the main square.
        """
    )

    (article,) = page.articles
    assert article.paragraphs == ["Thousands watched the parade on the main square."]


@pytest.mark.parametrize(
    ("title", "kind", "rest"),
    [
        (
            "Opinion: Central Asia Needs a Water Treaty",
            "Opinion",
            "Central Asia Needs a Water Treaty",
        ),
        ("Interview: The Mayor of Osh", "Interview", "The Mayor of Osh"),
        ("TCA Interview: Kazakhstan's Envoy to Japan", "Interview", "Kazakhstan's Envoy to Japan"),
        ("Video Highlights: Astana Marathon", "Video", "Astana Marathon"),
        ("Analysis: Gas Prices in Tajikistan", "Analysis", "Gas Prices in Tajikistan"),
        ("Kyrgyzstan: A New Mining Law", None, "Kyrgyzstan: A New Mining Law"),
    ],
)
def test_split_kind(title, kind, rest):
    assert split_kind(title) == (kind, rest)


def test_kind_prefix_is_removed_from_the_title():
    page = parse_text("Opinion: The Caspian Needs Rules\n\nLittoral states still disagree.\n")

    assert (page.articles[0].kind, page.articles[0].title) == ("Opinion", "The Caspian Needs Rules")


@pytest.mark.parametrize(
    ("raw", "credit"),
    [
        ("photo: akorda.kz", "akorda.kz"),
        ("Photo: Ministry of Health", "Ministry of Health"),
        ("Image: TCA, Aleksandr Ivanov", "TCA, Aleksandr Ivanov"),
        ("@norma.uz", "norma.uz"),
        ("@http://president.tj", "president.tj"),
        ("@https://gov.kg/", "gov.kg"),
        ("photo:", None),
    ],
)
def test_normalise_credit(raw, credit):
    assert normalise_credit(raw) == credit


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("ASTANA - The", "ASTANA"),
        ("ALMATY – The", "ALMATY"),
        ("NUR-SULTAN — The", "NUR-SULTAN"),
        ("BISHKEK (TCA) — The", "BISHKEK"),
    ],
)
def test_dateline_is_taken_from_the_first_paragraph(opening, dateline):
    page = parse_text(f"Parliament Passes Budget\n\n{opening} budget passed on Friday.\n")

    article = page.articles[0]
    assert article.dateline == dateline
    assert article.paragraphs == ["The budget passed on Friday."]


def test_caps_acronym_followed_by_lower_case_is_not_a_dateline():
    page = parse_text(
        "UN Agency Opens Office\n\nUNDP – the development agency – opened an office.\n"
    )

    assert page.articles[0].dateline is None
    assert page.articles[0].paragraphs[0].startswith("UNDP – the development agency")


def test_whitespace_is_normalised_in_titles_and_paragraphs():
    page = parse_text(
        "Kazakh\u00a0Rail  Orders Locomotives\n\nThe order\u00a0 covers\t80 engines.\n"
    )

    article = page.articles[0]
    assert article.title == "Kazakh Rail Orders Locomotives"
    assert article.paragraphs == ["The order covers 80 engines."]


INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def test_bidi_controls_and_zero_width_characters_leave_every_field():
    def sprinkle(text: str) -> str:
        return "".join(char + INVISIBLE[i % len(INVISIBLE)] for i, char in enumerate(text))

    page = parse_text(
        f"""
        {sprinkle("photo: gov.kz")}

        {sprinkle("Astana Opens a Cable Car")}

        [caption id="1"]{sprinkle("Image: TCA, Dana Sultanova")}[/caption]

        {sprinkle("ASTANA (TCA) — The cable car links the old and new city.")}

        Avatar

        {sprinkle("Dana Sultanova")}
        """
    )

    (article,) = page.articles
    assert article.photo_credit == "gov.kz"
    assert article.title == "Astana Opens a Cable Car"
    assert article.captions == ["TCA, Dana Sultanova"]
    assert article.dateline == "ASTANA"
    assert article.paragraphs == ["The cable car links the old and new city."]
    assert article.author == "Dana Sultanova"


def test_repeated_caption_and_credit_texts_are_kept_once():
    shortcode = '[caption id="9"]@akorda[/caption]'
    page = parse_text(
        f"""
        Viewing results 1 - 1 of 1

        Astana Hosts a Summit on Water

        photo: Akorda

        {shortcode} Leaders met in Astana. {shortcode} They agreed. {shortcode} More. {shortcode}

        [caption id="10"]Image: TCA, Dana Sultanova[/caption] [caption]TCA, dana sultanova[/caption]
        """
    )

    (article,) = page.articles
    assert article.photo_credit == "Akorda"
    assert article.captions == ["TCA, Dana Sultanova"]
