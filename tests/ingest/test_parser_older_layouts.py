"""Older page layouts (issue 10): one-entry author pages, old paged listings, staff boxes after
the body, and datelines left where a caption line or the title put them. Invented text."""

from tests.ingest import parse_text

# --- an author page with one entry ---------------------------------------------------------

ONE_ENTRY_PROFILE = """
Our People > Times of Central Asia

Times of Central Asia's Avatar



Record Harvest Lifts Grain Exports

Farmers in the Kostanay region brought in the largest wheat crop in a decade this autumn.
"""


def test_author_page_with_one_entry_keeps_the_entry_and_its_body():
    page = parse_text(ONE_ENTRY_PROFILE)

    assert page.layout == "author-profile"
    (article,) = page.articles
    assert article.title == "Record Harvest Lifts Grain Exports"
    assert article.paragraphs == [
        "Farmers in the Kostanay region brought in the largest wheat crop in a decade this autumn."
    ]
    assert article.author == "Times of Central Asia"
    assert page.author_profile.name == "Times of Central Asia"
    assert page.warnings == []


def test_author_page_without_articles_heading_keeps_a_short_first_title():
    page = parse_text(
        """
        Our People > Zarina Kaliyeva

        Zarina Kaliyeva's Avatar

        Zarina Kaliyeva

        Correspondent


        Osh Bazaar Reopens

        Traders returned to the rebuilt market in Osh on Saturday morning.
        """
    )

    assert page.author_profile.name == "Zarina Kaliyeva"
    assert page.author_profile.role == "Correspondent"
    assert [article.title for article in page.articles] == ["Osh Bazaar Reopens"]
    assert page.articles[0].author == "Zarina Kaliyeva"


# --- an old paged listing ------------------------------------------------------------------

OLD_LISTING = """
Workers load grain wagons at the new terminal near the Khorgos crossing (Ministry photo)

Kazakhstan to build a fourth grain terminal on the Chinese border

Kazakhstan will build a grain terminal at Khorgos for its wheat, the ministry said, adding that the

Continue reading

Times of Central Asia

Tajik Apricot Growers Expect a Record Harvest

Orchards in the Sughd valley promise the largest apricot crop in years, and growers in Isfara are

Continue reading

Times of Central Asia

A customs officer checks papers at the Dostuk crossing near Osh (Press service photo)

Kyrgyz border posts extend opening hours

Crossings between Kyrgyzstan and Uzbekistan will stay open all night, the border service said in

Continue reading

Times of Central Asia
"""


def test_old_paged_listing_cuts_entries_at_the_staff_byline_below_each():
    page = parse_text(OLD_LISTING)

    assert [article.title for article in page.articles] == [
        "Kazakhstan to build a fourth grain terminal on the Chinese border",
        "Tajik Apricot Growers Expect a Record Harvest",
        "Kyrgyz border posts extend opening hours",
    ]
    assert {article.author for article in page.articles} == {"Times of Central Asia"}
    assert all(article.subheadings == [] for article in page.articles)


def test_old_paged_listing_entries_are_excerpts_with_their_photo_captions():
    grain, apricots, border = parse_text(OLD_LISTING).articles

    assert grain.truncated and apricots.truncated and border.truncated
    assert grain.captions == [
        "Workers load grain wagons at the new terminal near the Khorgos crossing (Ministry photo)"
    ]
    assert apricots.captions == []
    assert border.captions == [
        "A customs officer checks papers at the Dostuk crossing near Osh (Press service photo)"
    ]
    assert grain.paragraphs[0].endswith("the ministry said, adding that the")


def test_staff_byline_never_becomes_a_title_or_a_paragraph():
    page = parse_text(OLD_LISTING)

    texts = [text for a in page.articles for text in [a.title, *a.paragraphs, *a.captions]]
    assert "Times of Central Asia" not in texts


# --- a staff author box after the body ------------------------------------------------------

STAFF_AFTER_BODY = """
Turkmen Railway Opens a Line to the Afghan Border

The new line from Serhetabat carries fuel and flour to Herat, the Turkmen railway said.

Trains will run twice a week at first.


Times of Central Asia

Photo: Uzbek Ministry of Transport

Tashkent buys two hundred electric buses

The city of Tashkent has ordered two hundred electric buses for its busiest routes.


Times of Central Asia
"""


def test_staff_box_after_the_body_gives_the_author_and_closes_the_article():
    railway, buses = parse_text(STAFF_AFTER_BODY).articles

    assert railway.author == "Times of Central Asia"
    assert railway.paragraphs == [
        "The new line from Serhetabat carries fuel and flour to Herat, the Turkmen railway said.",
        "Trains will run twice a week at first.",
    ]
    assert buses.author == "Times of Central Asia"


def test_credit_after_a_staff_box_belongs_to_the_next_article():
    railway, buses = parse_text(STAFF_AFTER_BODY).articles

    assert railway.photo_credit is None and railway.captions == []
    assert buses.title == "Tashkent buys two hundred electric buses"
    assert buses.photo_credit == "Uzbek Ministry of Transport"


# --- datelines wherever the first text is ----------------------------------------------------


def test_dateline_after_a_caption_line_is_taken_and_the_caption_line_is_a_caption():
    page = parse_text(
        """
        Almaty Opens Its Second Metro Line

        Passengers board the first train at Almaty station on Monday

        ALMATY (TCA) — The second metro line opened in Almaty on Monday with six stations.

        The city plans four more by 2030.
        """
    )

    (article,) = page.articles
    assert article.dateline == "ALMATY"
    assert article.captions == ["Passengers board the first train at Almaty station on Monday"]
    assert (
        article.paragraphs[0]
        == "The second metro line opened in Almaty on Monday with six stations."
    )
    assert article.subheadings == []


def test_dateline_inside_the_title_moves_to_the_dateline():
    page = parse_text(
        """
        ASTANA (TCA) — Kazakhstan Raises Its Key Rate

        The National Bank raised its base rate by half a point on Friday.
        """
    )

    (article,) = page.articles
    assert article.title == "Kazakhstan Raises Its Key Rate"
    assert article.dateline == "ASTANA"


def test_dateline_alone_on_its_line_is_taken_and_leaves_no_paragraph():
    page = parse_text(
        """
        Bishkek Plants Ten Thousand Trees

        BISHKEK (TCA) —

        Volunteers planted ten thousand elms along the city's canals on Saturday.
        """
    )

    (article,) = page.articles
    assert article.dateline == "BISHKEK"
    assert article.paragraphs == [
        "Volunteers planted ten thousand elms along the city's canals on Saturday."
    ]


def test_short_dateline_line_read_as_a_heading_is_still_the_opening_paragraph():
    page = parse_text(
        """
        Dushanbe Hosts a Water Forum

        DUSHANBE (TCA) — Delegates from forty countries arrived on Tuesday

        The forum runs until Friday.
        """
    )

    (article,) = page.articles
    assert article.dateline == "DUSHANBE"
    assert article.subheadings == []
    assert article.paragraphs[0] == "Delegates from forty countries arrived on Tuesday"


def test_headline_with_a_dash_but_no_agency_keeps_its_title():
    page = parse_text("US — China Trade Talks Resume in Geneva\n\nNegotiators met again.\n")

    assert page.articles[0].title == "US — China Trade Talks Resume in Geneva"
    assert page.articles[0].dateline is None


def test_a_title_line_that_is_only_a_dateline_leaves_an_untitled_article():
    page = parse_text(
        """
        OSH (TCA) —

        Traders returned to the rebuilt market in Osh on Saturday morning.
        """
    )

    (article,) = page.articles
    assert article.dateline == "OSH"
    assert article.title_provisional
    assert article.title == "Traders returned to the rebuilt market in Osh…"
