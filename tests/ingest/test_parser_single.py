"""Layout 2: a single article page: title, then the credit line, paragraphs, author box."""

from tests.ingest import parse_text

PAGE = """
Opinion: Why the Aral Sea Still Matters

photo: Karakalpak regional administration

The shrinking of the Aral Sea remains one of the region's defining environmental stories.

Dust storms from the exposed seabed now reach cities hundreds of kilometres away.


What can still be done

Reforestation of the dry seabed with saxaul has slowed the spread of salt.

Times of Central Asia

Times of Central Asia

Jamshid Karimov, PhD, is an ecologist who has studied the Aral basin for twenty years.

View more articles fromTimes of Central Asia
"""


def test_single_page_has_one_article_with_the_credit_after_the_title():
    page = parse_text(PAGE)

    assert page.layout == "single"
    (article,) = page.articles
    assert article.title == "Why the Aral Sea Still Matters"
    assert article.photo_credit == "Karakalpak regional administration"


def test_single_page_takes_kind_author_and_subheading():
    (article,) = parse_text(PAGE).articles

    assert article.kind == "Opinion"
    assert article.author == "Jamshid Karimov"
    assert article.subheadings == ["What can still be done"]
    assert len(article.paragraphs) == 3
    assert not article.truncated


def test_single_page_with_a_staff_avatar_box():
    page = parse_text(
        """
        Kazakhstan Lifts Ban on Fuel Exports by Truck

        photo: gov.kz

        ASTANA - The government has lifted a six-month ban on exporting diesel by road.

        Officials said domestic stocks were now sufficient for the winter.

        Avatar

        Times of Central Asia
        """
    )

    assert page.layout == "single"
    (article,) = page.articles
    assert article.author == "Times of Central Asia"
    assert article.dateline == "ASTANA"
    assert article.paragraphs[0].startswith("The government has lifted")
