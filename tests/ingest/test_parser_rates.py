"""The currency ticker: rates are checked where they are read and fit the stored columns."""

from decimal import Decimal

import pytest

from ingest.parser import Rate
from tests.ingest import parse_text

BODY = """
Tashkent Opens a Second Metro Depot

The depot on the city's southern edge will service forty trains.
"""


def parse_ticker(*lines: str):
    return parse_text("\n".join(f"  • {line}" for line in lines) + "\n" + BODY)


@pytest.mark.parametrize(
    ("item", "shown"),
    [
        ("KZT/USD = 0.00196 123456%", "0.00196 123456%"),
        ("KZT/USD = 123456789012 0.5%", "123456789012 0.5%"),
        ("KZT/USD = 1000000000 0%", "1000000000 0%"),
        ("KZT/USD = 0 0%", "0 0%"),
        ("KZT/USD = 0.000000001 0%", "0.000000001 0%"),
        ("KZT/USD = -0.5 0%", "-0.5 0%"),
        ("KZT/USD = −0.5 0%", "−0.5 0%"),
        ("KZT/USD = 0.5 1000.01%", "0.5 1000.01%"),
        ("KZT/USD = 0.5 −1500%", "0.5 −1500%"),
    ],
)
def test_implausible_rate_is_skipped_with_a_warning_and_the_page_still_parses(item, shown):
    page = parse_ticker("KGS/USD = 0.01144 0%", item)

    assert [rate.currency for rate in page.rates] == ["KGS"]
    assert page.warnings == [f"rate skipped: KZT/USD = {shown} (implausible)"]
    assert page.articles[0].title == "Tashkent Opens a Second Metro Depot"


def test_repeated_implausible_rate_warns_once():
    page = parse_ticker(*["KZT/USD = 0 0%"] * 4)

    assert page.rates == []
    assert page.warnings == ["rate skipped: KZT/USD = 0 0% (implausible)"]


@pytest.mark.parametrize("minus", ["\u2212", "\u2013", "\u2014", "\u2012", "\ufe63", "\uff0d"])
def test_unicode_minus_and_dashes_in_a_change_are_a_minus_sign(minus):
    page = parse_ticker(f"KZT/USD = 0.00196 {minus}5%")

    assert page.rates == [Rate("KZT", "USD", Decimal("0.00196"), "-5")]
    assert page.warnings == []


def test_plus_sign_is_dropped_and_the_change_stays_a_valid_decimal():
    (rate,) = parse_ticker("KZT/USD = 0.00196 +0.25%").rates

    assert rate.change_percent == "0.25"
    assert Decimal(rate.change_percent) == Decimal("0.25")


def test_rate_and_change_are_rounded_to_the_stored_decimal_places():
    (rate,) = parse_ticker("KZT/USD = 0.0019612345678 -0.123456%").rates

    assert rate.rate == Decimal("0.00196123")
    assert rate.change_percent == "-0.1235"


def test_printed_digits_survive_when_they_fit():
    (rate,) = parse_ticker("KGS/USD = 0.01150 -0%").rates

    assert str(rate.rate) == "0.01150"
    assert rate.change_percent == "-0"


def test_largest_plausible_values_fit_the_columns():
    (rate,) = parse_ticker("IRR/USD = 999999999.12345678 -999.9999%").rates

    integer_digits = len(str(int(rate.rate)))
    assert integer_digits <= 12 and -rate.rate.as_tuple().exponent <= 8
    change = Decimal(rate.change_percent)
    assert abs(change) < 100000 and -change.as_tuple().exponent <= 4


@pytest.mark.parametrize("item", ["KZT/USD = 0.00196 Y0%", "KZT/USD = A1 0%", "KZT/USD = 0.5 ,5%"])
def test_a_letter_or_comma_where_a_sign_goes_is_no_ticker_item(item):
    page = parse_ticker(item)

    assert page.rates == []
    assert page.warnings == [f"ticker line not understood: • {item}"]
