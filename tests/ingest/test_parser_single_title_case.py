"""A single article page with Title Case subheadings and a bulleted list (issue 10). Invented."""

from articles.derived_text import body_html
from ingest.merge import blocks_of
from tests.ingest import parse_text

PAGE = """
Airport to Get New Terminal

Osh airport will build a second passenger terminal, the Kyrgyz transport ministry said on Tuesday.

The terminal will be paid for by a loan from a development fund and should open in three years.

Expanded Facilities and More Flights

The new building will have twelve gates and a hall for arrivals. Planned features include:

  • A new check-in hall;
  • Two baggage belts for international flights;
  • A covered car park.

Airlines have asked for more slots; the ministry expects flights to Istanbul and Dubai to double.

A Hub for the Valley

Officials hope the airport will serve the whole valley, with Andijan and Khujand across the borders.

Bus links to the city centre will follow.
"""


def test_title_case_lines_that_name_nothing_are_subheadings_of_one_article():
    page = parse_text(PAGE)

    (article,) = page.articles
    assert article.title == "Airport to Get New Terminal"
    assert article.subheadings == ["Expanded Facilities and More Flights", "A Hub for the Valley"]
    assert len(article.paragraphs) == 6


def test_bulleted_lines_are_list_items_in_order_inside_the_body():
    (article,) = parse_text(PAGE).articles

    assert article.list_items == [
        "A new check-in hall;",
        "Two baggage belts for international flights;",
        "A covered car park.",
    ]
    kinds = [block.kind for block in article.blocks]
    assert kinds == ["p", "p", "h", "p", "li", "li", "li", "p", "h", "p", "p"]


def test_list_items_are_not_paragraphs_and_never_tickers():
    page = parse_text(PAGE)

    assert page.rates == [] and page.warnings == []
    assert not any(text.startswith("•") for text in page.articles[0].paragraphs)


def test_consecutive_list_items_render_as_one_list():
    (article,) = parse_text(PAGE).articles

    html = body_html(blocks_of(article))

    assert html.count("<ul>") == 1
    assert (
        "<ul><li>A new check-in hall;</li><li>Two baggage belts for international flights;</li>"
        "<li>A covered car park.</li></ul>"
    ) in html


def test_list_items_are_escaped_and_separate_lists_stay_separate():
    html = body_html(
        [
            {"kind": "li", "text": "<b>one</b>"},
            {"kind": "p", "text": "Between."},
            {"kind": "li", "text": "two & three"},
        ]
    )

    assert html.split("\n") == [
        "<ul><li>&lt;b&gt;one&lt;/b&gt;</li></ul>",
        "<p>Between.</p>",
        "<ul><li>two &amp; three</li></ul>",
    ]


def test_title_case_line_that_names_a_place_of_the_page_still_opens_an_article():
    page = parse_text(
        PAGE
        + """
Uzbek Railways Orders New Locomotives

The state railway company of Uzbekistan has ordered forty electric locomotives.
"""
    )

    assert [article.title for article in page.articles] == [
        "Airport to Get New Terminal",
        "Uzbek Railways Orders New Locomotives",
    ]
