"""Spellings of one name are one search: the SpellingVariant table plus transliteration.

A term is expanded into every spelling it may be written in: its Latin transliteration when it is
Cyrillic, and every spelling of the SpellingVariant entries it belongs to (in either alphabet).
Article text carries a Latin copy of its Cyrillic words (articles.derived_text.searchable_text),
so a Latin spelling also finds Cyrillic articles.
"""

import itertools
import math
from dataclasses import dataclass

from articles.derived_text import transliterate
from articles.models import SpellingVariant
from articles.search.query import make_term

MAX_ALTERNATIVES = 24


@dataclass(frozen=True)
class ExpandedQuery:
    """A ParsedQuery's text with every term replaced by the texts it may be written as."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...]

    @property
    def texts(self):
        """Every alternative text, longest first (for highlighting)."""
        texts = {text for group in self.groups for text in group}
        return sorted(texts, key=lambda text: (-len(text), text))


class SpellingIndex:
    """Folded spelling -> the folded spellings of its name (itself included)."""

    def __init__(self, entries):
        self._spellings = {}
        for entry in entries:
            texts = set()
            for spelling in entry:
                term = make_term(spelling)
                if term:
                    texts |= {term.text, transliterate(term.text)}
            # A spelling listed under two names joins them: a search finds both.
            for text in list(texts):
                texts |= self._spellings.get(text, set())
            for text in texts:
                self._spellings[text] = texts

    @classmethod
    def from_database(cls):
        return cls(
            [variant.name, *variant.variant_list()] for variant in SpellingVariant.objects.all()
        )

    def spellings_of(self, text):
        latin = transliterate(text)
        return {text, latin} | self._spellings.get(text, set()) | self._spellings.get(latin, set())

    def expand_term(self, term):
        """The texts a term may be written as: whole-name spellings, then word by word."""
        alternatives = self.spellings_of(term.text)
        if term.is_phrase:
            per_word = [sorted(self.spellings_of(word)) for word in term.words]
            if math.prod(map(len, per_word)) <= MAX_ALTERNATIVES:
                alternatives |= {" ".join(words) for words in itertools.product(*per_word)}
        return tuple(sorted(alternatives))

    def expand(self, parsed):
        groups = tuple(
            tuple(sorted({text for term in group for text in self.expand_term(term)}))
            for group in parsed.groups
        )
        excluded = tuple(
            sorted({text for term in parsed.excluded for text in self.expand_term(term)})
        )
        return ExpandedQuery(groups=groups, excluded=excluded)
