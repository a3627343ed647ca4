"""One pass over an article's words against every term of every rule.

Text is cut at whitespace, which is several times cheaper than a word regex over the whole
article; each distinct piece ("Kazakhstan’s", "Trans-Caspian", "(UNECE),") is looked up once,
memoised for this article and the next, and counted with its number of occurrences. Phrases
("South Korea") are looked for in place, and only when the text holds every word of one.
"""

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from articles.tagging.rules import WORD_RE, fold

HEADLINE, LEDE, BODY = 0, 1, 2  # the parts of an article, in the order they are read
# About the vocabulary of a long import run; past this the memo starts again rather than grow.
MEMO_LIMIT = 200_000


@dataclass(eq=False)
class Target:
    """A country or topic the rules score an article for (hashed by identity: fast)."""

    kind: str  # "country" | "topic"
    pk: int
    name: str
    central: bool = False  # a Central Asian country
    min_score: float = 0.0  # a topic's threshold


@dataclass(frozen=True, eq=False)
class _WordEntry:
    singles: dict  # target -> the most specific one-word term that matches the word
    # (target, term, slots the text must fill) of longer terms starting with the word, most
    # specific first
    phrases: tuple
    slots: frozenset  # the places in longer terms (after the first) this word can fill


class _PieceEntry(NamedTuple):  # a tuple: unpacked in the hot loop
    hits: tuple  # (target, weight, term) of the one-word terms its words match
    countries: tuple  # the countries among the hits' targets
    starts: tuple  # (k, phrases of its kth word's _WordEntry) for the words that start phrases
    slots: frozenset


class Evidence:
    """What the terms found in one article: points per part and target, and, when traced, which
    terms matched how often."""

    def __init__(self, *, trace=False):
        self.points = {}  # target -> [headline, lede, body], each the sum of weight x matches
        self.first = {}  # country -> (part, how far into the part) of its first mention
        self.terms = Counter() if trace else None  # (target, term) -> matches
        self.words = 0  # in the lede and body

    def add(self, hits, count, part):
        """Count `count` matches of each (target, weight, term) of `hits`."""
        points = self.points
        for target, weight, _ in hits:
            found = points.get(target)
            if found is None:
                found = points[target] = [0.0, 0.0, 0.0]
            found[part] += weight * count
        if self.terms is not None:
            for target, _, term in hits:
                self.terms[target, term] += count

    def mention(self, countries, part, where):
        for country in countries:
            if country not in self.first or (part, where) < self.first[country]:
                self.first[country] = (part, where)


class _WordIndex:
    """Items by one word of their term: exact words and `*` words."""

    def __init__(self):
        self._words = defaultdict(list)  # (exact, word) -> items
        self._prefixes = defaultdict(list)  # (exact, prefix) -> items
        self._lengths = []  # of the prefixes, longest first

    def add(self, term, word, item):
        if not word.prefix:
            self._words[term.exact, word.text].append(item)
            return
        self._prefixes[term.exact, word.text].append(item)
        if len(word.text) not in self._lengths:
            self._lengths = sorted([*self._lengths, len(word.text)], reverse=True)

    def find(self, word, folded):
        found = [*self._words.get((True, word), ()), *self._words.get((False, folded), ())]
        for length in self._lengths:
            if len(word) >= length:
                found += self._prefixes.get((True, word[:length]), ())
                found += self._prefixes.get((False, folded[:length]), ())
        return found


class Matcher:
    def __init__(self, rules):
        """`rules`: (Target, Term) pairs; a later term of a target wins a tie with an earlier."""
        self._firsts = _WordIndex()  # -> (order, target, term)
        self._laters = _WordIndex()  # -> slot: a number for each word after a phrase's first
        self._slots = {}  # phrase -> the slots of its words after the first
        numbers = itertools.count()
        for order, (target, term) in enumerate(rules):
            self._firsts.add(term, term.words[0], (order, target, term))
            if len(term.words) > 1:
                slots = [next(numbers) for _ in term.words[1:]]
                for word, slot in zip(term.words[1:], slots, strict=True):
                    self._laters.add(term, word, slot)
                self._slots[term] = frozenset(slots)
        self._forget()

    def _forget(self):
        self._word_memo = {}  # word -> _WordEntry
        self._memo = {}  # whitespace-cut piece -> _PieceEntry
        self._misses = set()  # pieces no term concerns: most of them
        self._pieces = {}  # piece -> its words, as (word, folded) pairs

    def scan(self, text, part, evidence):
        """Add what the terms find in `text` to `evidence`; return the number of pieces."""
        if len(self._misses) + len(self._pieces) > MEMO_LIMIT:
            self._forget()
        tokens = text.split()
        counts = Counter(tokens)
        memo, misses = self._memo, self._misses
        phrased, slots = [], []
        for piece in [piece for piece in counts if piece not in misses]:
            entry = memo.get(piece) or self._piece_entry(piece)
            if entry is None:
                continue
            hits, countries, starts, places = entry
            if hits:
                evidence.add(hits, counts[piece], part)
                if countries:
                    # Where the piece first appears, near enough (it may sit inside a longer
                    # one first): it only breaks ties between countries of equal score.
                    evidence.mention(countries, part, text.find(piece) / len(text))
            if starts:
                phrased.append((piece, starts))
            if places:
                slots.append(places)
        if phrased and slots:
            self._scan_phrases(tokens, phrased, frozenset().union(*slots), part, evidence)
        return len(tokens)

    def _piece_entry(self, piece):
        entries = [self._word_entry(word) for word, _ in self._split(piece)]
        hits = tuple(
            (target, term.weight, term)
            for entry in entries
            for target, term in entry.singles.items()
        )
        starts = tuple((k, entry.phrases) for k, entry in enumerate(entries) if entry.phrases)
        slots = frozenset().union(*(entry.slots for entry in entries))
        if not hits and not starts and not slots:
            self._misses.add(piece)
            return None
        countries = tuple({target: None for target, _, _ in hits if target.kind == "country"})
        entry = self._memo[piece] = _PieceEntry(hits, countries, starts, slots)
        return entry

    def _split(self, piece):
        words = self._pieces.get(piece)
        if words is None:
            words = self._pieces[piece] = tuple((w, fold(w)) for w in WORD_RE.findall(piece))
        return words

    def _word_entry(self, word):
        entry = self._word_memo.get(word)
        if entry is None:
            entry = self._word_memo[word] = self._find_terms(word)
        return entry

    def _find_terms(self, word):
        folded = fold(word)
        found = sorted(
            self._firsts.find(word, folded),
            key=lambda item: (item[2].specificity, item[0]),
            reverse=True,
        )
        singles, phrases = {}, []
        for _, target, term in found:
            if len(term.words) > 1:
                phrases.append((target, term, self._slots[term]))
            elif target not in singles:
                singles[target] = term
        return _WordEntry(singles, tuple(phrases), frozenset(self._laters.find(word, folded)))

    def _scan_phrases(self, tokens, phrased, slots, part, evidence):
        """Count the phrases at their places; the words a phrase covers then stop counting on
        their own for the phrase's target (a longer term wins its place)."""
        candidates = {}  # piece -> [(k, phrases starting at its kth word with every word here)]
        for piece, starts in phrased:
            fitting = []
            for k, phrases in starts:
                found = [(target, term) for target, term, needs in phrases if needs <= slots]
                if found:
                    fitting.append((k, found))
            if fitting:
                candidates[piece] = fitting
        if not candidates:
            return
        claimed = {}  # target -> the place (piece, word) just past its last phrase
        for i in [i for i, piece in enumerate(tokens) if piece in candidates]:
            for k, phrases in candidates[tokens[i]]:
                words = self._words_at(tokens, i, k, len(phrases[0][1].words))
                taken = set()
                for target, term in phrases:
                    if target in taken or claimed.get(target, (i, k)) > (i, k):
                        continue
                    if _phrase_matches(term, words):
                        taken.add(target)
                        place = self._count_phrase(target, term, words, part, evidence)
                        claimed[target] = place
                        if target.kind == "country":
                            evidence.mention([target], part, i / len(tokens))

    def _count_phrase(self, target, term, words, part, evidence):
        """Count a phrase found at the start of `words`; return the place just past it."""
        covered = words[: len(term.words)]
        evidence.add([(target, term.weight, term)], 1, part)
        for word, _, _ in covered:  # they counted on their own for the target: take that back
            single = self._word_entry(word).singles.get(target)
            if single is not None:
                evidence.add([(target, single.weight, single)], -1, part)
        piece, number = covered[-1][2]
        return (piece, number + 1)

    def _words_at(self, tokens, i, k, wanted):
        """`wanted` words (fewer at the end) from word k of piece i, each as (word, folded,
        (piece, number in the piece))."""
        words = [(w, f, (i, n)) for n, (w, f) in enumerate(self._split(tokens[i])) if n >= k]
        while len(words) < wanted and i + 1 < len(tokens):
            i += 1
            words += ((w, f, (i, n)) for n, (w, f) in enumerate(self._split(tokens[i])))
        return words


def _phrase_matches(term, words):
    if len(words) < len(term.words):
        return False
    index = 0 if term.exact else 1
    return all(w.matches(found[index]) for w, found in zip(term.words, words, strict=False))
