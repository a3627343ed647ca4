"""The sample dumps in samples/ parse into what they were written to show.

Each sample stands for one layout or one older page shape (samples/README.md says which
furniture it carries). These tests pin the facts each file was designed around, so a parser
change that breaks a layout the project demonstrates fails here as well as in the parser's own
tests. No database needed.
"""

import functools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.parser import PartialDate, identity_key, parse_page, record_identity_key

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# Every sample and the layout it was written in; a new sample must be added here.
LAYOUTS = {
    "01_author_boxes.txt": "author-box",
    "02_avatar_river.txt": "avatar",
    "03_single_article.txt": "single",
    "04_headline_river.txt": "headlines",
    "05_listing_search.txt": "listing",
    "06_listing_tag.txt": "listing",
    "07_author_profile.txt": "author-profile",
    "08_title_body.txt": "title-body",
    "09_older_page.txt": "legacy",
    "10_russian_cp1251.txt": "avatar",
    "11_profile_one_entry.txt": "author-profile",
    "12_old_paged_listing.txt": "legacy",
    "13_single_title_case.txt": "headlines",
    "14_weekly_digest.txt": "legacy",
    "15_staff_boxes_datelines.txt": "headlines",
}
# Persons and organisations of the first drafts of the samples, all real: none may come back.
REAL_NAMES = (
    "Tokayev", "Mirziyoyev", "Japarov", "Rahmon", "Berdimuhamedov", "Voloshin", "World Bank",
    "OSCE", "Turkmengaz", "akorda", "norma.uz", "president.tj", "gov.kg", "Islamic Development",
    "Токаев", "Мирзиёев", "Жапаров",
)  # fmt: skip
# The layout names ingest.parser.layouts documents.
PARSER_LAYOUTS = {
    "author-profile",
    "listing",
    "single",
    "author-box",
    "avatar",
    "legacy",
    "title-body",
    "headlines",
}


@functools.cache
def parsed(name):
    return parse_page((SAMPLES / name).read_bytes())


def titles(page):
    return [article.title for article in page.articles]


def rates(page):
    return {rate.currency: (rate.base, rate.rate, rate.change_percent) for rate in page.rates}


# --- every sample ----------------------------------------------------------------------------


def test_every_sample_file_has_a_designed_layout():
    assert sorted(path.name for path in SAMPLES.glob("*.txt")) == sorted(LAYOUTS)


def test_samples_cover_every_layout_the_parser_knows():
    assert set(LAYOUTS.values()) == PARSER_LAYOUTS


@pytest.mark.parametrize("name", LAYOUTS)
def test_sample_parses_in_its_layout_without_warnings(name):
    page = parsed(name)

    assert page.layout == LAYOUTS[name]
    assert page.warnings == []


@pytest.mark.parametrize("name", LAYOUTS)
def test_sample_says_it_is_a_sample_and_the_notice_is_no_text(name):
    page = parsed(name)

    assert page.is_sample
    for article in page.articles:
        for text in [article.title, *article.paragraphs, *article.captions]:
            assert "SAMPLE PAGE" not in text


@pytest.mark.parametrize("name", LAYOUTS)
def test_sample_names_no_real_person_or_organisation(name):
    page = parsed(name)

    for article in page.articles:
        texts = [article.title, *(block.text for block in article.blocks), *article.captions]
        texts += [article.photo_credit or "", article.author or "", article.author_bio or ""]
        found = [real for real in REAL_NAMES for text in texts if real in text]
        assert not found, (article.title, found)


def test_a_page_without_the_notice_is_not_a_sample():
    page = parse_page(b"Astana Plants Trees\n\nVolunteers planted elms.\n")

    assert not page.is_sample


@pytest.mark.parametrize("name", LAYOUTS)
def test_sample_articles_have_a_title_and_a_body(name):
    page = parsed(name)

    assert 1 <= len(page.articles) <= 5
    for article in page.articles:
        assert article.title.strip()
        assert article.paragraphs
        assert all(text.strip() for text in article.paragraphs + article.subheadings)


@pytest.mark.parametrize("name", LAYOUTS)
def test_sample_bodies_carry_no_furniture(name):
    furniture = ("\u00a0", "\r", "[caption", "[/video]", "divider", "Avatar", "View more articles")
    for article in parsed(name).articles:
        for text in [article.title, *article.paragraphs, *article.subheadings]:
            assert not any(marker in text for marker in furniture), text


# --- 01: author boxes, UTF-8 with BOM ----------------------------------------------------------


def test_bom_sample_decodes_and_keeps_the_first_credit_line():
    page = parsed("01_author_boxes.txt")

    assert page.encoding == "utf-8-sig"
    assert [article.photo_credit for article in page.articles] == [
        "Steppe Lens",
        "TCA, Bekzod Ortiqov",
        "oasisdaily",
        "dushanbe-pictures.example",
    ]


def test_author_box_names_the_bio_author_behind_the_outlet_byline():
    page = parsed("01_author_boxes.txt")

    assert [article.author for article in page.articles] == [
        "Harriet Pembleton",
        "Dinara Zhaksylykova",
        "Jasur Mirkamilov",
        "Dinara Zhaksylykova",
    ]
    assert page.articles[2].author_bio.endswith("teaches a course on commercial arbitration.")


def test_author_box_subheadings_follow_a_spacer_or_an_extra_blank_line():
    water = parsed("01_author_boxes.txt").articles[1]

    assert water.subheadings == ["How the quotas are shared", "What farmers are doing about it"]
    assert len(water.paragraphs) == 5


# --- 02: avatar river with kinds and shortcodes -------------------------------------------------


def test_avatar_river_splits_kind_prefixes_and_staff_bylines():
    page = parsed("02_avatar_river.txt")

    assert [article.kind for article in page.articles] == ["Video", "Interview", "Opinion", None]
    assert {article.author for article in page.articles} == {"Times of Central Asia"}
    assert page.articles[2].photo_credit is None


def test_avatar_river_moves_caption_shortcodes_out_of_the_body():
    interview, election = parsed("02_avatar_river.txt").articles[1::2]

    assert interview.captions == ["Karakum Photo Service, Galkynysh gas field"]
    assert election.captions == ["Ala-Too Press Pool"]
    assert election.paragraphs[0].startswith("The election commission in Bishkek")


# --- 03 and 05: a full article and its listing excerpt -----------------------------------------


def test_single_article_page_has_one_opinion_with_a_named_author():
    (article,) = parsed("03_single_article.txt").articles

    assert article.kind == "Opinion"
    assert article.photo_credit == "Naryn Gorge Builders"
    assert article.author == "Galina Osterwald"
    assert len(article.paragraphs) == 9
    assert not article.truncated


def test_search_listing_excerpt_is_the_start_of_the_single_article():
    listing = parsed("05_listing_search.txt")
    (full,) = parsed("03_single_article.txt").articles
    excerpt = listing.articles[0]

    assert listing.results_total == 412
    assert excerpt.truncated
    assert identity_key(excerpt.title) == identity_key(full.title)
    excerpt_words = excerpt.paragraphs[0].split()
    assert len(excerpt_words) == 500
    assert excerpt_words == " ".join(full.paragraphs).split()[:500]


def test_search_listing_takes_the_dateline_and_keeps_short_bodies_whole():
    interview = parsed("05_listing_search.txt").articles[1]

    assert (interview.kind, interview.dateline) == ("Interview", "ASTANA")
    assert interview.paragraphs[0].startswith("Kazakhstan harvested a record crop")
    assert [a.truncated for a in parsed("05_listing_search.txt").articles[1:]] == [False] * 4


def test_tag_listing_without_a_total_marks_only_the_long_entry_as_excerpt():
    page = parsed("06_listing_tag.txt")

    assert page.results_total is None
    assert [article.truncated for article in page.articles] == [True, False, False, False]
    assert page.articles[0].kind == "Opinion"
    assert not page.articles[0].paragraphs[0].endswith(".")


# --- 04 and 08: tickers and rivers without boxes ------------------------------------------------


def test_headline_river_reads_the_ticker_once_and_the_date_after_it():
    page = parsed("04_headline_river.txt")

    assert page.page_date == date(2025, 12, 8)
    assert rates(page) == {
        "KGS": ("USD", Decimal("0.01143"), "0"),
        "KZT": ("USD", Decimal("0.00194"), "-0.28"),
        "TJS": ("USD", Decimal("0.10874"), "0.93"),
        "UZS": ("USD", Decimal("0.00008"), "-0"),
        "TMT": ("USD", Decimal("0.28571"), "0"),
    }


def test_headline_river_dates_a_story_by_its_own_text_against_the_page_date():
    first, *others = parsed("04_headline_river.txt").articles

    assert first.published == PartialDate(2025, 12, 1)
    assert [article.published for article in others] == [None, None, None]


def test_headline_river_tells_title_case_titles_from_sentence_case_subheadings():
    page = parsed("04_headline_river.txt")

    assert titles(page) == [
        "Work Starts on Kyrgyz Section of China-Kyrgyzstan-Uzbekistan Railway",
        "Turkmenistan Raises Cotton Purchase Price Ahead of Harvest",
        "Tajikistan Pours Concrete for the Final Stage of the Rogun Dam",
        "Uzbekistan Extends Visa-Free Travel to Citizens of Thirty More Countries",
    ]
    assert page.articles[2].subheadings == [
        "How the dam is being paid for",
        "Concerns further downstream",
    ]


def test_title_body_page_gives_the_rates_a_second_day():
    page = parsed("08_title_body.txt")

    assert page.page_date == date(2025, 12, 5)
    assert len(page.rates) == 5
    assert rates(page)["KZT"] == ("USD", Decimal("0.00195"), "0.52")
    assert [len(article.paragraphs) for article in page.articles] == [3, 2, 3]
    assert page.articles[2].kind == "Opinion"


# --- 07: author profile ------------------------------------------------------------------------


def test_author_profile_gives_the_person_and_signs_the_entries():
    page = parsed("07_author_profile.txt")

    assert page.author_profile.name == "Dinara Zhaksylykova"
    assert page.author_profile.role == "Journalist"
    assert page.author_profile.bio.startswith("Dinara Zhaksylykova is a journalist based in Almaty")
    assert len(page.articles) == 3
    assert {article.author for article in page.articles} == {"Dinara Zhaksylykova"}


# --- 09: older pages ---------------------------------------------------------------------------


def test_older_page_reads_bylines_datelines_and_teaser_ends():
    page = parsed("09_older_page.txt")

    assert [(a.author, a.dateline) for a in page.articles] == [
        ("Marek Halloran", "BISHKEK"),
        ("Nodira Saidkarimova", "TASHKENT"),
        ("Marek Halloran", "ASHGABAT"),
        ("Nodira Saidkarimova", "ASTANA"),
    ]
    assert page.articles[0].truncated
    assert page.articles[1].truncated
    assert page.articles[1].paragraphs[-1].endswith("women from nearby villages.")
    assert not page.articles[3].truncated


def test_older_page_read_more_link_inside_an_article_neither_splits_nor_shows():
    rivers = parsed("09_older_page.txt").articles[3]

    assert len(rivers.paragraphs) == 3
    assert not any("Read more" in text for text in rivers.paragraphs)


def test_older_page_read_more_link_to_its_own_title_marks_the_teaser_truncated():
    assert parsed("09_older_page.txt").articles[2].truncated


# --- 10: Windows-1251 with CRLF ----------------------------------------------------------------


def test_windows_1251_sample_decodes_to_cyrillic():
    page = parsed("10_russian_cp1251.txt")

    assert page.encoding == "windows-1251"
    assert (
        titles(page)[0]
        == "Энергетики предложили создать общий рынок электроэнергии Центральной Азии"
    )
    assert page.articles[0].photo_credit == "Степь-Фото"
    assert page.articles[1].photo_credit == "пресс-служба «Ала-Тоо Терминал»"
    assert {article.language for article in page.articles} == {"ru"}


def test_windows_1251_sample_keeps_its_crlf_line_ends():
    data = (SAMPLES / "10_russian_cp1251.txt").read_bytes()

    assert data.count(b"\r\n") == data.count(b"\n") > 10


# --- 11 to 15: the older page shapes -----------------------------------------------------------


def test_author_page_with_one_entry_keeps_it_under_the_staff_byline():
    page = parsed("11_profile_one_entry.txt")

    assert titles(page) == ["Record Harvest Lifts Grain Exports From Kostanay"]
    assert page.author_profile.name == "Times of Central Asia"
    assert page.articles[0].author == "Times of Central Asia"
    assert len(page.articles[0].paragraphs) == 1


def test_old_paged_listing_signs_each_entry_with_the_byline_below_it():
    page = parsed("12_old_paged_listing.txt")

    assert titles(page) == [
        "Kazakhstan to build a fourth grain terminal on the Chinese border",
        "Tajik Apricot Growers Expect a Record Harvest in Sughd",
        "Kyrgyz border posts extend opening hours",
    ]
    assert {article.author for article in page.articles} == {"Times of Central Asia"}
    assert [article.truncated for article in page.articles] == [True, True, True]
    assert [len(article.captions) for article in page.articles] == [1, 0, 1]
    assert page.articles[0].captions[0].endswith("(Ministry photo)")


def test_single_page_with_title_case_subheadings_is_one_article_with_a_list():
    (article,) = parsed("13_single_title_case.txt").articles

    assert article.title == "Airport to Get New Terminal"
    assert article.subheadings == ["Expanded Facilities and More Flights", "A Hub for the Valley"]
    assert len(article.list_items) == 3
    assert len(article.paragraphs) == 6


def test_weekly_digest_is_one_untitled_article_keyed_by_its_body():
    page = parsed("14_weekly_digest.txt")

    (digest,) = page.articles
    assert digest.title_provisional
    assert digest.title.startswith("Publisher's note: ") and digest.title.endswith("…")
    assert record_identity_key(digest).startswith("untitled:")
    assert digest.dateline == "BISHKEK"
    assert len(digest.subheadings) == 3
    assert page.page_date == date(2024, 12, 20)
    assert digest.published == PartialDate(2024, 12, 17)


def test_staff_boxes_after_the_body_sign_and_close_their_articles():
    metro, trees = parsed("15_staff_boxes_datelines.txt").articles

    assert (metro.author, trees.author) == ("Times of Central Asia", "Times of Central Asia")
    assert (metro.photo_credit, trees.photo_credit) == (None, "Dushanbe City Pictures")
    assert (metro.dateline, trees.dateline) == ("ALMATY", "DUSHANBE")
    assert metro.captions == ["Passengers board the first train at Almaty station on Monday"]
    assert trees.paragraphs[0].startswith("Volunteers planted ten thousand elms")
