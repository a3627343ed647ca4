"""Layout 1, staff form: a river of articles each closed by ``Avatar`` and a name line."""

from tests.ingest import parse_text

NBSP = "\u00a0"

RIVER = f"""
@http://president.tj/

Dushanbe Hosts Regional Water Conference

Delegates from five countries met in Dushanbe to discuss glacier melt.

The host government proposed a shared monitoring network.

{NBSP}

Avatar

Times of Central Asia

@iStock

Uzbek Exporters Eye Gulf Markets

Uzbek fruit exporters signed supply deals with buyers in Dubai.

{NBSP}

Logistics remain the bottleneck

Refrigerated trucks still take nine days to reach the Gulf by road.

Avatar

Times of Central Asia

Kyrgyz Central Bank Holds Rate

The National Bank kept its policy rate unchanged at its meeting on Thursday.

Avatar

Times of Central Asia
"""


def test_avatar_boxes_split_the_river_and_give_the_staff_byline():
    page = parse_text(RIVER)

    assert page.layout == "avatar"
    assert [article.title for article in page.articles] == [
        "Dushanbe Hosts Regional Water Conference",
        "Uzbek Exporters Eye Gulf Markets",
        "Kyrgyz Central Bank Holds Rate",
    ]
    assert {article.author for article in page.articles} == {"Times of Central Asia"}


def test_at_sign_credits_are_normalised_and_an_article_may_have_none():
    page = parse_text(RIVER)

    assert [article.photo_credit for article in page.articles] == [
        "president.tj",
        "iStock",
        None,
    ]


def test_nbsp_spacer_before_a_short_line_marks_a_subheading():
    exporters = parse_text(RIVER).articles[1]

    assert exporters.subheadings == ["Logistics remain the bottleneck"]
    assert exporters.paragraphs == [
        "Uzbek fruit exporters signed supply deals with buyers in Dubai.",
        "Refrigerated trucks still take nine days to reach the Gulf by road.",
    ]


def test_nbsp_spacer_before_the_box_leaves_no_empty_paragraph():
    water = parse_text(RIVER).articles[0]

    assert water.paragraphs == [
        "Delegates from five countries met in Dushanbe to discuss glacier melt.",
        "The host government proposed a shared monitoring network.",
    ]


def test_person_under_an_avatar_is_the_author():
    page = parse_text(
        """
        Image: TCA, Timur Saidov

        Astana Opens New Airport Terminal

        The terminal doubles the airport's capacity for international flights.

        Avatar

        Dana Abenova

        photo: akorda.kz

        Tokayev Meets Mongolian Counterpart

        The presidents discussed rail links and livestock trade.

        Avatar

        Times of Central Asia
        """
    )

    assert [article.author for article in page.articles] == [
        "Dana Abenova",
        "Times of Central Asia",
    ]
    assert page.articles[1].photo_credit == "akorda.kz"


def test_any_spelling_of_the_outlet_is_the_one_staff_byline():
    page = parse_text(
        """
        Kyrgyz Hydropower Exports Resume

        Kyrgyzstan resumed summer electricity exports to Kazakhstan.

        Avatar

        The Times of Central Asia
        """
    )

    assert page.articles[0].author == "Times of Central Asia"


def test_at_sign_opening_a_sentence_is_text_not_a_credit():
    page = parse_text(
        """
        Women's Rights Groups Welcome Kazakh Law

        @UN_Women said the new law was an important step.

        Avatar

        Times of Central Asia
        """
    )

    article = page.articles[0]
    assert article.photo_credit is None
    assert article.paragraphs == ["@UN_Women said the new law was an important step."]
