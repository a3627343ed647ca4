"""Decoding: BOM, CRLF, Windows-1251 Cyrillic, and refusing binary or empty input."""

import codecs

import pytest

from ingest.parser import ParseError, decode, parse_page

DUMP = "Tokayev Visits Ulaanbaatar\n\nThe president discussed rail links with Mongolia.\n"
CYRILLIC = (
    "Фото: akorda.kz\r\n\r\nТокаев Посетил Улан-Батор\r\n\r\n"
    "Президент обсудил с монгольской стороной строительство железной дороги.\r\n\r\n"
    "Avatar\r\n\r\nTimes of Central Asia\r\n"
)


def test_plain_utf8():
    assert decode(DUMP.encode()) == (DUMP, "utf-8")


def test_utf8_with_bom_is_utf8_sig_and_the_bom_is_gone():
    page = parse_page(codecs.BOM_UTF8 + DUMP.encode())

    assert page.encoding == "utf-8-sig"
    assert page.articles[0].title == "Tokayev Visits Ulaanbaatar"


def test_crlf_line_ends_parse_like_lf():
    page = parse_page(DUMP.replace("\n", "\r\n").encode())

    assert page.articles[0].paragraphs == ["The president discussed rail links with Mongolia."]
    assert "\r" not in page.articles[0].title


def test_windows_1251_cyrillic_parses_the_same_way():
    page = parse_page(CYRILLIC.encode("windows-1251"))

    assert page.encoding == "windows-1251"
    (article,) = page.articles
    assert article.title == "Токаев Посетил Улан-Батор"
    assert article.photo_credit == "akorda.kz"
    assert article.author == "Times of Central Asia"
    assert article.paragraphs[0].startswith("Президент обсудил")


def test_same_cyrillic_text_in_utf8_gives_the_same_article():
    from_1251 = parse_page(CYRILLIC.encode("windows-1251")).articles
    from_utf8 = parse_page(CYRILLIC.encode("utf-8")).articles

    assert from_1251 == from_utf8


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", codecs.BOM_UTF8, b"\xc2\xa0\n"])
def test_empty_or_whitespace_only_is_refused(data):
    with pytest.raises(ParseError, match="empty file"):
        parse_page(data)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"text with a NUL\x00 byte", bytes(range(1, 32)) * 4],
)
def test_binary_data_is_refused(data):
    with pytest.raises(ParseError, match="binary data, not a text dump"):
        parse_page(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Title\n\nBody with \x98 an undefined Windows-1251 byte and bad UTF-8.\n",
        "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la carte".encode("latin-1"),
    ],
)
def test_undecodable_text_is_refused(data):
    with pytest.raises(ParseError, match="cannot decode as UTF-8 or Windows-1251"):
        decode(data)


def test_page_without_articles_is_not_an_error():
    page = parse_page("• KGS/USD = 0.01139 0.2%\n03 November 2025\n".encode())

    assert page.articles == []
    assert len(page.rates) == 1
