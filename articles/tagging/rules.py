"""The rule syntax editors write: one term per line in a topic's keywords or a country's aliases.

A term is one or more words matched as whole words. A trailing `*` on a word matches any ending
(`pipeline*`: pipelines; `сельск* хозяйств*`: сельского хозяйства). Terms in capitals (US, UAE,
IT) or short capitalised ones (Osh) match their case exactly; the rest match in any case, and
ё as е.

Topic keywords may end in a weight, and may start with `-`:

    pipeline* 3        each match adds 3 (no number: 1; decimals are fine: 0.5)
    World Bank 0       matches, adds nothing: shields its words ("bank") from counting
    -river bank* 2     each match takes 2 away, and "bank" in it does not count
    # a comment        ignored

Within one topic, the most specific term that matches a place counts: a phrase before the words
in it, an exact word before a `*` one, a longer `*` before a shorter one. So `-river bank*`
takes the river's banks away from `bank*` without listing every other use of the word. A term
that itself ends in a number needs its weight written out: `Formula 1 1`.

Country aliases use the same words, `*` and case rules, without weights or `-`.
"""

import re
from dataclasses import dataclass
from functools import cached_property

WORD_RE = re.compile(r"\w+")
_WEIGHT_RE = re.compile(r"^(?P<term>.*?)\s+(?P<weight>\d+(?:[.,]\d+)?)$")


@dataclass(frozen=True)
class Word:
    text: str  # folded unless the term is exact
    prefix: bool  # written with a trailing *: matches any ending

    def matches(self, word):
        return word.startswith(self.text) if self.prefix else word == self.text


@dataclass(frozen=True, eq=False)  # one object per rule line: hashed by identity, fast
class Term:
    """One line of a rule, ready for matching."""

    text: str  # as the editor wrote it, without the weight: shown when explaining a score
    words: tuple[Word, ...]
    exact: bool  # compare words as written (case and all) instead of folded
    weight: float

    @cached_property
    def specificity(self):
        """Which term wins a place: more words, then exact words before `*` ones, then longer."""
        return (len(self.words), not self.words[-1].prefix, len(self.words[-1].text))


def fold(text):
    """Lower case, ё as е. (lower() rather than casefold(): a quarter cheaper on a whole article,
    and the same for the Latin and Cyrillic letters of the region's languages.)"""
    text = text.lower()
    return text.replace("ё", "е") if "ё" in text else text


def is_exact(text):
    letters = text.replace(".", "").replace(" ", "").replace("*", "")
    return letters.isupper() or (len(letters) <= 3 and letters != letters.lower())


def parse_term(line, *, weighted=True):
    """The Term a rule line stands for, or None for a comment or a line without words."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    weight = 1.0
    if weighted:
        sign = -1.0 if line.startswith("-") else 1.0
        line = line.removeprefix("-").strip()
        if found := _WEIGHT_RE.match(line):
            line, weight = found["term"], float(found["weight"].replace(",", "."))
        weight *= sign
    exact = is_exact(line)
    words = tuple(_words(line, exact))
    if not words:
        return None
    return Term(text=line, words=words, exact=exact, weight=weight)


def _words(text, exact):
    # "Trans-Caspian*" is two words, the * on the last; "сельск* хозяйств*" has one on each.
    for chunk in text.split():
        found = WORD_RE.findall(chunk)
        for i, word in enumerate(found):
            last = i == len(found) - 1
            yield Word(word if exact else fold(word), prefix=last and chunk.endswith("*"))
