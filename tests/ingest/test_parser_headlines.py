"""Layout 3: a headline river; only the Title Case title line separates articles.

A Title Case line opens an article when it names something the page's prose names (a word
capitalised mid-sentence and never in lower case, or an acronym); one that names nothing is a
section heading. So each body here mentions its subject mid-sentence, as news bodies do.
"""

from tests.ingest import parse_text

NBSP = "\u00a0"

RIVER = f"""
Turkmenistan Opens Second Gas Compressor Station

The station on the East-West pipeline raises export capacity by a fifth.

State media said the contractor finished the work ahead of schedule.

{NBSP}

Kazakh Wheat Exports Reach Record High

{NBSP}Kazakhstan shipped more wheat abroad in the first half of the year than ever before.

Why the harvest was so large

Warm autumn weather let Kazakh farmers sow earlier than usual.

Tajikistan and Afghanistan

Trade across the Panj river also grew, mainly in flour.

Demand in Afghanistan is expected to stay high.

Kyrgyz Lawmakers Approve New Tax Code

The code lowers the turnover tax for small traders at Kyrgyz bazaars.
"""


def test_title_case_lines_naming_something_open_articles():
    page = parse_text(RIVER)

    assert page.layout == "headlines"
    assert [article.title for article in page.articles] == [
        "Turkmenistan Opens Second Gas Compressor Station",
        "Kazakh Wheat Exports Reach Record High",
        "Kyrgyz Lawmakers Approve New Tax Code",
    ]


def test_sentence_case_and_short_name_lines_are_subheadings():
    wheat = parse_text(RIVER).articles[1]

    assert wheat.subheadings == ["Why the harvest was so large", "Tajikistan and Afghanistan"]
    assert len(wheat.paragraphs) == 4


def test_nbsp_spacers_and_leading_nbsp_leave_no_trace():
    page = parse_text(RIVER)

    first, wheat, _ = page.articles
    assert len(first.paragraphs) == 2
    assert wheat.paragraphs[0].startswith("Kazakhstan shipped more wheat")
    assert all(NBSP not in text for article in page.articles for text in article.paragraphs)


def test_headline_river_has_no_author():
    page = parse_text(RIVER)

    assert {article.author for article in page.articles} == {None}


def test_cyrillic_title_case_titles_open_articles():
    page = parse_text(
        """
        Казахстан Увеличит Экспорт Зерна В Китай

        Министерство сельского хозяйства сообщило о росте поставок по железной дороге.

        Новые правила для экспортеров

        Экспортеры получат скидку на перевозку зерна до границы.

        Кыргызстан Откроет Новый Пункт Пропуска

        Пункт пропуска на границе Кыргызстана с Китаем начнет работу весной.
        """
    )

    assert [article.title for article in page.articles] == [
        "Казахстан Увеличит Экспорт Зерна В Китай",
        "Кыргызстан Откроет Новый Пункт Пропуска",
    ]
    assert page.articles[0].subheadings == ["Новые правила для экспортеров"]


def test_a_kind_prefixed_headline_opens_an_article_even_naming_nothing():
    page = parse_text(
        "Kyrgyz Lawmakers Approve New Tax Code\n\n"
        "The code lowers the turnover tax for small traders at Kyrgyz bazaars.\n\n"
        "Opinion: Small Traders Deserve Better Rules\n\n"
        "every market stall pays more than it should, and the new rules change little.\n"
    )
    assert [(a.title, a.kind) for a in page.articles] == [
        ("Kyrgyz Lawmakers Approve New Tax Code", None),
        ("Small Traders Deserve Better Rules", "Opinion"),
    ]
