"""Layout 6: title, newline, body, with no blank line between title and body."""

from tests.ingest import parse_text


def test_title_followed_directly_by_its_body():
    page = parse_text(
        """
        Turkmen Carpets Go on Show in Vienna
        An exhibition of hand-woven Turkmen carpets opened in Vienna on Friday.

        Curators chose forty pieces from museum collections in Ashgabat.
        """
    )

    assert page.layout == "title-body"
    (article,) = page.articles
    assert article.title == "Turkmen Carpets Go on Show in Vienna"
    assert article.paragraphs == [
        "An exhibition of hand-woven Turkmen carpets opened in Vienna on Friday.",
        "Curators chose forty pieces from museum collections in Ashgabat.",
    ]


def test_several_title_body_articles_with_a_ticker_on_top():
    page = parse_text(
        """
        • KGS/USD = 0.01150 0.1%
          • KZT/USD = 0.00201 -0.05%
        05 December 2025
        Analysis: Kazakhstan Weighs a Second Nuclear Plant
        The energy ministry is studying sites near Lake Balkhash and in the east.
        Opinion: Uzbekistan Needs Cheaper Internet
        Broadband prices in Uzbekistan remain high by regional standards.
        Competition among providers is still weak outside Tashkent.
        """
    )

    assert page.layout == "title-body"
    assert [(a.kind, a.title) for a in page.articles] == [
        ("Analysis", "Kazakhstan Weighs a Second Nuclear Plant"),
        ("Opinion", "Uzbekistan Needs Cheaper Internet"),
    ]
    assert [len(a.paragraphs) for a in page.articles] == [1, 2]
    assert str(page.page_date) == "2025-12-05"
