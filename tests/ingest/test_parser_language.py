"""ArticleRecord.language: "en", "ru" or "kk" from the letters of title and body (issue 10)."""

import pytest

from ingest.parser.language import guess_language
from tests.ingest import parse_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kazakhstan opens a new rail line to the Caspian port of Aktau.", "en"),
        ("Казахстан открыл новую железную дорогу к порту Актау на Каспии.", "ru"),
        ("Қазақстан Ақтау портына жаңа темір жол ашты, деп хабарлады министрлік.", "kk"),
        ("Президент Қасым Ахметов провел совещание по вопросам транспорта в Астане.", "ru"),
        ("The minister quoted the slogan «Вперёд» twice during his speech in Astana.", "en"),
        ("2025 — 12 % — 0.5", "en"),
        ("", "en"),
    ],
)
def test_language_is_read_from_the_share_of_letters(text, language):
    assert guess_language(text) == language


def test_parsed_articles_carry_their_language():
    page = parse_text(
        """
        Tashkent Opens a Book Fair

        Publishers from twenty countries came to Tashkent for the fair.

        Ташкент Открыл Книжную Ярмарку В Центре Города

        Издатели из двадцати стран приехали в Ташкент на ярмарку.
        """
    )

    assert [article.language for article in page.articles] == ["en", "ru"]
