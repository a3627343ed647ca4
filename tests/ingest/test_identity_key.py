"""identity_key: one key per headline, however it was typeset."""

import pytest

from ingest.parser import identity_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Opinion: Mirziyoyev’s Visit — New Era", "mirziyoyev's visit - new era"),
        ("TCA Interview: “Water Is Our Oil”", "Water is our oil"),
        ("Kazakhstan\u00a0and  China Sign Deal", "kazakhstan and china sign deal."),
        ("Uzbekistan–Mongolia Ties", "Uzbekistan-Mongolia ties"),
        ("Токаев Встретился С Мирзиёевым", "токаев встретился с мирзиеевым"),
        ("Video Highlights: Astana Day", "ASTANA DAY"),
    ],
)
def test_typesetting_variants_share_a_key(one, other):
    assert identity_key(one) == identity_key(other)


def test_key_is_casefolded_words_separated_by_single_spaces():
    assert identity_key("Opinion: Mirziyoyev’s Visit — New Era") == "mirziyoyevs visit new era"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kazakhstan Raises Rates", "Kyrgyzstan Raises Rates"),
        ("Tajik Exports Grow", "Tajik Exports Fall"),
    ],
)
def test_different_titles_keep_different_keys(one, other):
    assert identity_key(one) != identity_key(other)
