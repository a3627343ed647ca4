"""Layout 7: older pages with a spam line, "Written by" bylines and teaser ends."""

from tests.ingest import parse_text

PAGE = """
astropay bozdurma güvenilir site kur 2024

Kazakhstan Plans New Oil Refinery in the West
  • Written by George Voloshin

ATYRAU (TCA) — Kazakhstan plans a fourth refinery to end fuel imports. Register to read more ...

Uzbek Silk Makers Find New Buyers in Europe
  • Written by Feruza Alieva

TASHKENT (TCA) — Silk producers in Margilan have signed contracts with Italian fashion houses.

Register to read more ...

Read more: Uzbek Silk Makers Find New Buyers in Europe

Kyrgyz Shepherds Adopt Satellite Collars
  • Written by George Voloshin

BISHKEK (TCA) — Herders in Naryn are fitting collars to track flocks on summer pastures.

Read more: Mountain Pastures Face Overgrazing

The pilot project covers two hundred families this year. Continue reading
"""


def test_spam_line_is_dropped_and_layout_is_legacy():
    page = parse_text(PAGE)

    assert page.layout == "legacy"
    assert page.articles[0].title == "Kazakhstan Plans New Oil Refinery in the West"
    texts = [text for a in page.articles for text in [a.title, *a.paragraphs]]
    assert not any("astropay" in text for text in texts)


def test_written_by_bylines_give_the_author():
    page = parse_text(PAGE)

    assert [article.author for article in page.articles] == [
        "George Voloshin",
        "Feruza Alieva",
        "George Voloshin",
    ]


def test_tca_datelines_are_taken_from_the_body():
    page = parse_text(PAGE)

    assert [article.dateline for article in page.articles] == ["ATYRAU", "TASHKENT", "BISHKEK"]
    assert page.articles[0].paragraphs[0].startswith("Kazakhstan plans a fourth refinery")


def test_teaser_ends_mark_truncated_and_are_removed():
    refinery, silk, shepherds = parse_text(PAGE).articles

    assert refinery.truncated and silk.truncated and shepherds.truncated
    assert refinery.paragraphs[-1].endswith("refinery to end fuel imports.")
    assert shepherds.paragraphs[-1] == "The pilot project covers two hundred families this year."


def test_read_more_lines_are_dropped_and_do_not_split_an_article():
    shepherds = parse_text(PAGE).articles[2]

    assert len(shepherds.paragraphs) == 2
    texts = [text for a in parse_text(PAGE).articles for text in a.paragraphs + [a.title]]
    assert not any(text.startswith("Read more") for text in texts)


def test_byline_is_not_mistaken_for_a_ticker_line():
    page = parse_text(
        """
        • KGS/USD = 0.01152 0%
          • KZT/USD = 0.00199 -0%
        Tajik Aluminium Output Recovers
          • Written by Daler Rahimov

        DUSHANBE (TCA) — The aluminium smelter in Tursunzoda increased output this quarter.
        """
    )

    assert [rate.currency for rate in page.rates] == ["KGS", "KZT"]
    assert page.articles[0].author == "Daler Rahimov"
    assert page.warnings == []


def test_read_more_naming_the_entry_itself_marks_a_teaser_but_a_link_elsewhere_does_not():
    page = parse_text(
        """
        Tajik Apricot Growers Expect a Record Harvest
          • Written by Feruza Alieva

        DUSHANBE (TCA) — Orchards in the Sughd valley promise a record crop this summer.

        Read more: Tajik Apricot Growers Expect a Record Harvest

        Kyrgyz Felt Makers Open a Cooperative
          • Written by George Voloshin

        BISHKEK (TCA) — Twelve workshops in Kochkor have pooled their sales.

        Read more: Felt Exports Grow Again

        The cooperative ships its first order to Japan next month.
        """
    )

    apricots, felt = page.articles
    assert apricots.truncated
    assert not felt.truncated
    assert felt.paragraphs[-1] == "The cooperative ships its first order to Japan next month."


def test_a_paragraph_above_a_byline_is_not_made_a_title():
    page = parse_text(
        """
        Kyrgyz Felt Makers Open a Cooperative
          • Written by Aliya Nurmagambetova

        BISHKEK (TCA) — Twelve workshops in Kochkor have pooled their sales.
          • Written by Aliya Nurmagambetova

        The cooperative ships its first order to Japan next month.
        """
    )

    (article,) = page.articles
    assert article.title == "Kyrgyz Felt Makers Open a Cooperative"
    assert article.paragraphs == [
        "Twelve workshops in Kochkor have pooled their sales.",
        "The cooperative ships its first order to Japan next month.",
    ]
