"""The rule syntax editors write in a topic's keywords: no database needed."""

import pytest

from articles.tagging.rules import Word, parse_term


def test_a_plain_line_is_a_term_of_weight_one_matched_in_any_case():
    term = parse_term("Pipeline")
    assert term.words == (Word("pipeline", prefix=False),)
    assert (term.weight, term.exact) == (1.0, False)


@pytest.mark.parametrize(
    ("line", "text", "weight"),
    [
        ("pipeline* 3", "pipeline*", 3.0),
        ("farm* 0.5", "farm*", 0.5),
        ("farm* 0,5", "farm*", 0.5),
        ("World Bank 0", "World Bank", 0.0),
        ("-river bank* 2", "river bank*", -2.0),
        ("-river bank*", "river bank*", -1.0),
        ("Formula 1 1", "Formula 1", 1.0),
    ],
)
def test_a_number_at_the_end_is_the_weight_and_a_leading_dash_turns_it_against(line, text, weight):
    term = parse_term(line)
    assert (term.text, term.weight) == (text, weight)


def test_a_star_on_any_word_of_a_phrase_matches_any_ending():
    term = parse_term("сельск* хозяйств* 2")
    assert term.words == (Word("сельск", prefix=True), Word("хозяйств", prefix=True))
    assert term.words[0].matches("сельского") and not term.words[0].matches("село")


def test_hyphens_and_dots_split_words_and_the_star_stays_on_the_last():
    assert parse_term("Trans-Caspian*").words == (
        Word("trans", prefix=False),
        Word("caspian", prefix=True),
    )
    assert parse_term("U.S.").words == (Word("U", prefix=False), Word("S", prefix=False))


@pytest.mark.parametrize(
    ("line", "exact"), [("IT", True), ("UAE", True), ("Osh", True), ("it", False)]
)
def test_capitals_and_short_capitalised_terms_match_case_exactly(line, exact):
    assert parse_term(line).exact is exact


def test_folding_treats_yo_as_ye():
    assert parse_term("Мирзиёев*").words[0].matches("мирзиеева")


@pytest.mark.parametrize("line", ["", "   ", "# a note for editors", "---"])
def test_blank_lines_notes_and_lines_without_words_are_not_terms(line):
    assert parse_term(line) is None


def test_aliases_take_no_weight_or_sign():
    term = parse_term("Expo 2017", weighted=False)
    assert (term.text, term.weight) == ("Expo 2017", 1.0)
    assert len(term.words) == 2


def test_a_longer_term_is_more_specific_and_an_exact_word_beats_a_star():
    phrase, star, exact = parse_term("river bank*"), parse_term("bank*"), parse_term("banks")
    assert phrase.specificity > exact.specificity > star.specificity
