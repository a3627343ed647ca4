"""Layout 1: a river of articles, each closed by an author box with a bio."""

from tests.ingest import parse_text

RIVER = """
photo: Ministry of Energy of Kyrgyzstan

Kambarata Dam Financing Secured for Second Phase

Kyrgyzstan has signed financing agreements for the second phase of the Kambarata hydropower plant.

The energy ministry said construction crews would return to the site in early spring.


Turbines and timelines

Engineers expect the first two turbines to be delivered before the end of next year.



Times of Central Asia

Times of Central Asia

Nadia Brenner MA, is a former museum curator who has written about Kyrgyz felt art for two decades.

View more articles fromTimes of Central Asia

Image: TCA, Timur Saidov

Almaty Metro Extension Opens Three Stations

Three new metro stations opened in Almaty on Saturday, extending the line to the western districts.

City officials said the extension would carry forty thousand passengers a day.


Times of Central Asia

Bekzat Omarov graduated from the journalism faculty in Almaty and later edited a business weekly.

View more articles fromTimes of Central Asia
"""


def test_river_splits_articles_at_author_boxes():
    page = parse_text(RIVER)

    assert page.layout == "author-box"
    assert [article.title for article in page.articles] == [
        "Kambarata Dam Financing Secured for Second Phase",
        "Almaty Metro Extension Opens Three Stations",
    ]
    assert [len(article.paragraphs) for article in page.articles] == [3, 2]


def test_generic_byline_gives_the_person_the_bio_begins_with_without_degree():
    first, second = parse_text(RIVER).articles

    assert first.author == "Nadia Brenner"
    assert second.author == "Bekzat Omarov"
    assert first.author_bio.startswith("Nadia Brenner MA, is a former museum curator")


def test_credit_before_title_belongs_to_the_following_article():
    first, second = parse_text(RIVER).articles

    assert first.photo_credit == "Ministry of Energy of Kyrgyzstan"
    assert second.photo_credit == "TCA, Timur Saidov"


def test_subheading_is_preceded_by_an_extra_blank_line():
    first, _ = parse_text(RIVER).articles

    assert first.subheadings == ["Turbines and timelines"]
    assert first.blocks[2].kind == "h"


def test_short_line_without_extra_blank_stays_a_paragraph():
    page = parse_text(
        """
        Border Crossing Reopens After Repairs

        The crossing near Osh reopened on Monday after two months of road repairs

        Traders said queues had already formed by dawn.

        Times of Central Asia

        Lena Varga is a photographer who has covered the Fergana Valley since 2015.

        View more articles fromTimes of Central Asia
        """
    )

    article = page.articles[0]
    assert article.subheadings == []
    assert len(article.paragraphs) == 2
    assert article.author == "Lena Varga"


def test_person_on_the_name_line_is_the_author():
    page = parse_text(
        """
        Tajik Cotton Harvest Falls Short of Plan

        Farmers in the Khatlon region gathered less cotton than planned after a cold spring.

        Rustam Nazarov

        Rustam Nazarov

        A veteran agricultural correspondent, he has reported from Dushanbe since 2009.

        View more articles fromRustam Nazarov
        """
    )

    article = page.articles[0]
    assert article.author == "Rustam Nazarov"
    assert article.author_bio.startswith("A veteran agricultural correspondent")


def test_divider_line_and_inline_token_never_reach_the_bio():
    page = parse_text(
        """
        Caspian Ferry Line Adds Two Vessels

        Two new ferries will join the route between Aktau and Baku this summer.

        Times of Central Asia

        Marat Iskakov, PhD, teaches economics in Astana.divider He writes on trade.

        divider

        His latest book covers Caspian shipping.

        View more articles fromTimes of Central Asia
        """
    )

    article = page.articles[0]
    assert article.author == "Marat Iskakov"
    assert "divider" not in article.author_bio
    assert article.author_bio == (
        "Marat Iskakov, PhD, teaches economics in Astana. He writes on trade. "
        "His latest book covers Caspian shipping."
    )


def test_author_box_lines_never_reach_the_body():
    page = parse_text(RIVER)

    texts = [block.text for article in page.articles for block in article.blocks]
    assert not any("Times of Central Asia" in text for text in texts)
    assert not any(text.startswith("View more articles") for text in texts)
    assert not any("graduated from the journalism" in text for text in texts)


def test_view_more_name_differing_from_the_name_line_still_closes_the_box():
    page = parse_text(
        """
        Kazakh Lake Balkhash Water Level Rises

        Spring floods raised the level of Lake Balkhash for the second year running.

        Times of Central Asia

        Irina Lebedeva writes about ecology and water policy in Kazakhstan.

        View more articles fromIrina Lebedeva

        Tajik Solar Plant Starts Work

        A solar plant near Khujand began feeding power into the grid.
        """
    )

    lake, solar = page.articles
    assert lake.author == "Irina Lebedeva"
    assert lake.paragraphs == [
        "Spring floods raised the level of Lake Balkhash for the second year running."
    ]
    assert solar.author is None
    assert page.warnings == []
