"""Currency ticker items -> Rate, checked where they are read.

The ticker prints ``KZT/USD = 0.00196 -0.28%``: units of the base currency for one unit of
the currency, and the day's change in percent. An item is kept only when it is plausible and
fits the stored columns (rate: 20 digits, 8 decimal places; change: 9 digits, 4 places):

- rate: above zero and below a billion. The ticker's pairs are all within a few orders of
  magnitude of one (0.00008 for UZS/USD); a billion is far beyond any of them and well inside
  the column's 12 integer digits. More than 8 decimal places are rounded half-even to 8; a
  rate that rounds to zero is implausible. Digits are kept as printed otherwise ("0.01150").
- change: within ±1000 percent (no currency moves ten-fold in a day; the column allows
  |change| < 100000), rounded half-even to 4 decimal places when it has more. A Unicode minus
  (U+2212) or any dash (hyphen, en, em, figure dash, small or full-width hyphen-minus) is a
  minus sign; a plus sign is dropped. Kept as the string of a plain decimal: "-0", "0.93".

An implausible item is skipped with the warning ``rate skipped: KZT/USD = 0 5% (implausible)``;
the rest of the page parses as usual.
"""

import re
from decimal import ROUND_HALF_EVEN, Decimal

from .records import Rate

MINUS_SIGNS = "-\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63\uff0d"
# One ticker item; signs are matched so that a negative rate is skipped as implausible
# rather than misread. ASCII digits only: the importer stores these as decimals.
_SIGN = f"[+{re.escape(MINUS_SIGNS)}]"  # escaped: "+-" unescaped would be a range of characters
TICKER_ITEM = re.compile(
    rf"•?\s*(?P<cur>[A-Z]{{3}})\s*/\s*(?P<base>[A-Z]{{3}})\s*=\s*"
    rf"(?P<rate>{_SIGN}?[0-9]+(?:\.[0-9]+)?)"
    rf"\s+(?P<change>{_SIGN}?[0-9]+(?:\.[0-9]+)?)\s*%\s*"
)

_MAX_RATE = Decimal(10) ** 9
_MAX_CHANGE = Decimal(1000)
# Longer digit strings are implausible whatever they say; checked before any conversion.
_MAX_DIGITS = 30
_RATE_PLACES = Decimal("1e-8")
_CHANGE_PLACES = Decimal("1e-4")
_SIGNS = str.maketrans(dict.fromkeys(MINUS_SIGNS, "-") | {"+": ""})


def read_rate(item: re.Match) -> Rate | None:
    """The Rate a ticker item states, or None when it is implausible (see the module rules)."""
    rate = _number(item["rate"])
    change = _number(item["change"])
    if rate is None or change is None:
        return None
    if not 0 < rate < _MAX_RATE or abs(change) > _MAX_CHANGE:
        return None
    if rate.as_tuple().exponent < -8:
        rate = rate.quantize(_RATE_PLACES, rounding=ROUND_HALF_EVEN)
        if not rate:
            return None
    change_text = item["change"].translate(_SIGNS)
    if change.as_tuple().exponent < -4:
        change_text = str(change.quantize(_CHANGE_PLACES, rounding=ROUND_HALF_EVEN))
    return Rate(item["cur"], item["base"], rate, change_text)


def skipped_warning(item: re.Match) -> str:
    shown = f"{item['rate'][:24]} {item['change'][:24]}%"
    return f"rate skipped: {item['cur']}/{item['base']} = {shown} (implausible)"


def _number(text: str) -> Decimal | None:
    if len(text) > _MAX_DIGITS:
        return None
    return Decimal(text.translate(_SIGNS))
