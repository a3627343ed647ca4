"""Pages without a headline, and titles that are no headline (issues 9 and 10). Invented text."""

import pytest

from ingest.parser import identity_key, parse_page, record_identity_key
from tests.ingest import parse_text

SPAM = "astropay bozdurma kumar siteleri\n\n"
NOTE = (
    "BISHKEK (TCA) — The Publisher's note: every Friday this digest gathers the stories our "
    "readers should not miss, chosen by the editors from the reports of our correspondents in "
    "the five capitals and the regions, with a line on why each matters and a quotation from "
    "the piece itself, so that a reader short of time can follow the week in Central Asia in "
    "a few minutes and turn to the full reports for more. Subscribers receive it by email."
)


def digest(*items: tuple[str, str, str]) -> str:
    lines = [SPAM, NOTE, ""]
    for headline, standfirst, summary in items:
        lines += [headline, "", standfirst, "", summary, ""]
    return "\n".join(lines)


WEEK_ONE = digest(
    (
        "Kyrgyz Parliament Debates a Mining Tax",
        "Deputies questioned the new royalty rates for gold.",
        'Dec 17 — "The committee heard three ministries before the vote…"',
    ),
    (
        "Uzbek Rail Link to Afghanistan Gets Funding",
        "Three lenders will share the cost of the line.",
        'Dec 16 — "Work on the first section starts in spring…"',
    ),
)
WEEK_TWO = digest(
    (
        "Tajik Power Exports Reach a Record",
        "Summer sales of electricity to Afghanistan grew by a third.",
        'Dec 24 — "The Rogun plant supplied most of the extra power…"',
    ),
)


def test_lowercase_prose_without_a_title_shaped_line_is_no_article():
    page = parse_text(
        """
        there is nothing here but words in lower case, without a headline anywhere.

        another line of the same kind follows, and it ends with a full stop.
        """
    )

    assert page.articles == []
    assert page.warnings == ["no headline found: there is nothing here but words in lower…"]


@pytest.mark.parametrize("title", ["★★★", "!!!", "🚀🚀", "— • —", "…"])
def test_title_without_letters_is_dropped_with_its_byline_and_a_warning_naming_it(title):
    page = parse_text(
        f"""
        {title}
          • Written by Ghost Author

        ASTANA (TCA) — The text under a title of symbols.

        Kazakhstan Opens a Rail Museum
          • Written by Aliya Nurmagambetova

        ASTANA (TCA) — The museum shows locomotives from a century of railways.
        """
    )

    assert [article.title for article in page.articles] == ["Kazakhstan Opens a Rail Museum"]
    assert {article.author for article in page.articles} == {"Aliya Nurmagambetova"}
    assert page.warnings == [f"title without letters dropped: {title}"]


def test_title_without_letters_under_an_author_box_takes_its_author_with_it():
    page = parse_text(
        """
        🔥🔥🔥

        A paragraph under a title made of emoji.

        Avatar

        Ghost Author

        Tashkent Opens a Cable Car

        The cable car links two parks across the Ankhor canal.

        Avatar

        Times of Central Asia
        """
    )

    assert [article.author for article in page.articles] == ["Times of Central Asia"]
    assert page.warnings == ["title without letters dropped: 🔥🔥🔥"]


def test_a_paragraph_is_never_a_title():
    (article,) = parse_page(WEEK_ONE.encode()).articles

    assert len(article.title) < 100
    assert not article.title.startswith("BISHKEK")
    assert article.paragraphs[0].startswith("The Publisher's note: every Friday")


def test_page_without_a_headline_gets_a_provisional_title_from_its_series():
    (article,) = parse_page(WEEK_ONE.encode()).articles

    assert article.title_provisional
    assert article.title == "Publisher's note: every Friday this digest gathers the stories our…"
    assert article.dateline == "BISHKEK"


def test_digest_items_stay_inside_their_digest_as_subheadings():
    page = parse_page(WEEK_ONE.encode())

    (article,) = page.articles
    assert article.subheadings == [
        "Kyrgyz Parliament Debates a Mining Tax",
        "Uzbek Rail Link to Afghanistan Gets Funding",
    ]
    assert article.paragraphs[-1] == 'Dec 16 — "Work on the first section starts in spring…"'
    assert page.warnings == []


def test_two_digests_with_the_same_note_keep_different_identities():
    one = parse_page(WEEK_ONE.encode()).articles[0]
    two = parse_page(WEEK_TWO.encode()).articles[0]

    assert one.title == two.title
    assert record_identity_key(one) != record_identity_key(two)
    assert record_identity_key(one).startswith("untitled:")


def test_the_same_digest_seen_twice_keeps_its_identity():
    once = parse_page(WEEK_ONE.encode()).articles[0]
    again = parse_page(("\n" + WEEK_ONE.replace("\n\n", "\n\n\n")).encode()).articles[0]

    assert record_identity_key(once) == record_identity_key(again)


def test_titled_article_identity_is_its_title_key():
    (article,) = parse_text(
        "Kazakh Rail Orders Locomotives\n\nThe order covers 80 engines.\n"
    ).articles

    assert not article.title_provisional
    assert record_identity_key(article) == identity_key(article.title)


def test_untitled_page_without_a_series_is_titled_with_its_first_words():
    page = parse_text(
        """
        ASTANA (TCA) — Kazakhstan will open three new border crossings with China next year.

        The crossings will serve freight trucks.
        """
    )

    (article,) = page.articles
    assert article.title_provisional
    assert article.title == "Kazakhstan will open three new border crossings with…"
    assert article.dateline == "ASTANA"


def test_a_bare_series_label_as_title_is_provisional():
    page = parse_text(
        """
        Weekly Digest

        Kazakh Wheat Reaches Iran by Rail

        The first grain train crossed Turkmenistan in four days, Kazakh railways said.
        """
    )

    (article,) = page.articles
    assert article.title_provisional
    assert article.title == "Weekly Digest: Kazakh Wheat Reaches Iran by Rail…"
    assert article.subheadings == ["Kazakh Wheat Reaches Iran by Rail"]


def test_text_before_the_first_headline_is_dropped_with_a_warning():
    page = parse_text(
        """
        left over from a story that began on the previous page.

        Tashkent Opens a Book Fair

        Publishers from twenty countries came to Tashkent for the fair.
        """
    )

    assert [article.title for article in page.articles] == ["Tashkent Opens a Book Fair"]
    assert page.warnings == [
        "text without a headline dropped: left over from a story that began on…"
    ]
