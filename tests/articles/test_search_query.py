"""The query parser: pure Python, no database."""

import pytest

from articles.search.query import MAX_QUERY_LENGTH, MAX_TERMS, Term, parse_query


def texts(group):
    return [term.text for term in group]


def test_words_must_all_match():
    parsed = parse_query("gas  Pipeline")
    assert [texts(g) for g in parsed.groups] == [["gas"], ["pipeline"]]


def test_quoted_phrase_is_one_term():
    parsed = parse_query('"Middle Corridor" freight')
    assert parsed.groups[0] == (Term("middle corridor"),)
    assert parsed.groups[0][0].is_phrase


def test_minus_excludes_words_and_phrases():
    parsed = parse_query('energy -coal -"wind farm"')
    assert [texts(g) for g in parsed.groups] == [["energy"]]
    assert texts(parsed.excluded) == ["coal", "wind farm"]


def test_or_joins_neighbouring_terms_into_one_group():
    parsed = parse_query("Tashkent OR Samarkand railway")
    assert [texts(g) for g in parsed.groups] == [["tashkent", "samarkand"], ["railway"]]


def test_lowercase_or_is_an_ordinary_word():
    assert [texts(g) for g in parse_query("gold or silver").groups] == [
        ["gold"],
        ["or"],
        ["silver"],
    ]


def test_field_operators_become_filters():
    parsed = parse_query(
        "country:Kyrgyzstan topic:energy author:alimzhanov kind:opinion "
        '-country:"South Korea" water'
    )
    assert parsed.filters == (
        ("country", "kyrgyzstan"),
        ("topic", "energy"),
        ("author", "alimzhanov"),
        ("kind", "opinion"),
    )
    assert parsed.excluded_filters == (("country", "south-korea"),)
    assert [texts(g) for g in parsed.groups] == [["water"]]


def test_unknown_field_is_read_as_words():
    assert [texts(g) for g in parse_query("colour:red").groups] == [["colour red"]]


def test_cyrillic_is_folded():
    assert parse_query("ТОКАЕВ Ёлка").terms == [Term("токаев"), Term("елка")]


def test_hyphenated_name_is_a_phrase_of_its_words():
    assert parse_query("Alma-Ata").terms == [Term("alma ata")]


@pytest.mark.parametrize(
    "raw",
    [
        '"',
        '""',
        '"unterminated phrase',
        "OR",
        "OR OR",
        "- -",
        "-",
        "country:",
        ":",
        "a OR",
        "\x00\x07\x1b",
        "(",
        ")*",
        "NEAR(a b)",
        "'; DROP TABLE articles_article; --",
        "*",
        "^",
        "\u202e\u200b",
    ],
)
def test_malformed_input_parses_without_error(raw):
    parsed = parse_query(raw)
    assert all(term.text for term in parsed.terms)


def test_control_characters_are_dropped():
    assert parse_query("gas\x00pipe\tline").terms == [Term("gas"), Term("pipe"), Term("line")]


def test_unterminated_quote_runs_to_the_end():
    assert parse_query('"wind farm').terms == [Term("wind farm")]


def test_long_queries_are_cut():
    parsed = parse_query("word " * 1000)
    assert len(parsed.raw) <= MAX_QUERY_LENGTH
    assert len(parsed.groups) <= MAX_TERMS


def test_empty_query_is_false():
    assert not parse_query("   ")
    assert not parse_query('"" - OR')
    assert parse_query("country:kazakhstan")
    assert not parse_query("country:kazakhstan").has_text
