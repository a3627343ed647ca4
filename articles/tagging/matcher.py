"""One pass over an article's words against every term of every rule.

Text is cut at whitespace, which is several times cheaper than a word regex over the whole
article; each distinct piece ("Kazakhstan’s", "Trans-Caspian", "(UNECE),") is looked up once,
memoised for this article and the next; only the pieces that match something are counted. A
phrase ("South Korea") is searched for only when the text holds its first and last words: one
regular expression per phrase over the case-folded text, which the regex engine scans at C
speed from the phrase's first letters.
"""

import bisect
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from articles.tagging.rules import WORD_RE, fold

HEADLINE, LEDE, BODY = 0, 1, 2  # the parts of an article, in the order they are read
# Joins the parts for the phrase search: "_" is a word character, so no phrase runs across.
PART_SEPARATOR = "\n_\n"
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


class _WordEntry(NamedTuple):
    singles: dict  # target -> the most specific one-word term that matches the word
    phrases: tuple  # (rank, target, term) of the longer terms starting with the word
    ends: frozenset  # the ranks of the longer terms this word can end


_NO_TERMS = _WordEntry({}, (), frozenset())


class _PieceEntry(NamedTuple):
    hits: tuple  # (target, weight, term) of the one-word terms its words match
    countries: tuple  # the countries among the hits' targets
    phrases: tuple  # (rank, target, term) of the longer terms its words start
    ends: frozenset  # the ranks of the longer terms its words can end


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
    """Items by one word of their term: exact words, and `*` words by their first letters."""

    HEAD = 4  # letters

    def __init__(self):
        self._words = defaultdict(list)  # (exact, word) -> items
        self._prefixes = defaultdict(list)  # (exact, first letters) -> [(prefix, items)]
        self._head_lengths = {self.HEAD}  # and those of `*` words shorter than HEAD
        self.heads = set()  # the first letters of every word: most words of a text are not here

    def add(self, term, word, item):
        head = word.text[: self.HEAD]
        self.heads.add(head)
        if not word.prefix:
            self._words[term.exact, word.text].append(item)
            return
        self._head_lengths.add(len(head))
        bucket = self._prefixes[term.exact, head]
        for prefix, items in bucket:
            if prefix == word.text:
                items.append(item)
                return
        bucket.append((word.text, [item]))

    def may_match(self, word, folded):
        """False when no word of the index can match: the cheap answer for most words."""
        return any(word[:n] in self.heads or folded[:n] in self.heads for n in self._head_lengths)

    def find(self, word, folded):
        found = [*self._words.get((True, word), ()), *self._words.get((False, folded), ())]
        for exact, text in ((True, word), (False, folded)):
            for length in self._head_lengths:
                for prefix, items in self._prefixes.get((exact, text[:length]), ()):
                    if text.startswith(prefix):
                        found += items
        return found


class Matcher:
    def __init__(self, rules):
        """`rules`: (Target, Term) pairs; a later term of a target wins a tie with an earlier."""
        self._firsts = _WordIndex()  # -> (order, target, term)
        self._lasts = _WordIndex()  # -> the rank of a longer term, by its last word
        for order, (target, term) in enumerate(rules):
            self._firsts.add(term, term.words[0], (order, target, term))
        # Longer terms are numbered from the least specific, so that sorting their
        # (rank, target, term) items puts the one that wins a place first.
        phrases = sorted(
            ((term.specificity, order), target, term)
            for order, (target, term) in enumerate(rules)
            if len(term.words) > 1
        )
        self._phrase_items = {}  # term -> its (rank, target, term)
        for rank, (_, target, term) in enumerate(phrases):
            self._phrase_items[term] = (rank, target, term)
            self._lasts.add(term, term.words[-1], rank)
        self._patterns = {}  # phrase -> its compiled regular expression
        self._forget()

    def _forget(self):
        self._word_memo = {}  # word -> _WordEntry
        self._memo = {}  # whitespace-cut piece -> _PieceEntry
        self._misses = set()  # pieces no term concerns: most of them
        self._covered = {}  # (target, a phrase's text) -> its words' own terms for the target

    def scan(self, parts, evidence):
        """Add what the terms find in an article's parts (headline, lede, body texts) to
        `evidence`; return the number of pieces in the lede and body."""
        if len(self._misses) + len(self._memo) > MEMO_LIMIT:
            self._forget()
        tokens = [text.split() for text in parts]
        memo = self._memo
        hits, phrases, ends = [], [], []
        for piece in set(itertools.chain.from_iterable(tokens)) - self._misses:
            entry = memo.get(piece) or self._piece_entry(piece)
            if entry is None:
                continue
            if entry.hits:
                hits.append(piece)
            if entry.phrases:
                phrases += entry.phrases
            if entry.ends:
                ends.append(entry.ends)
        if hits:
            self._count_hits(parts, tokens, hits, evidence)
        if phrases and ends:
            ends = frozenset().union(*ends)
            phrases = {item for item in phrases if item[0] in ends}
            if phrases:
                self._scan_phrases(parts, phrases, evidence)
        return len(tokens[LEDE]) + len(tokens[BODY])

    def _count_hits(self, parts, tokens, hits, evidence):
        # Counting only the pieces that hit is much cheaper than counting every piece.
        wanted = set(hits).__contains__
        for part, (text, part_tokens) in enumerate(zip(parts, tokens, strict=True)):
            for piece, count in Counter(filter(wanted, part_tokens)).items():
                entry = self._memo[piece]
                evidence.add(entry.hits, count, part)
                if entry.countries:
                    # Where the piece first appears, near enough (it may sit inside a longer
                    # one first): it only breaks ties between countries of equal score.
                    evidence.mention(entry.countries, part, text.find(piece) / len(text))

    def _piece_entry(self, piece):
        if piece.isalnum():  # most pieces are one word
            entries = [self._word_entry(piece)]
        else:
            entries = [self._word_entry(word) for word in WORD_RE.findall(piece)]
        if all(entry is _NO_TERMS for entry in entries):
            self._misses.add(piece)
            return None
        hits = tuple(
            (target, term.weight, term)
            for entry in entries
            for target, term in entry.singles.items()
        )
        countries = tuple({target: None for target, _, _ in hits if target.kind == "country"})
        phrases = tuple(item for entry in entries for item in entry.phrases)
        ends = frozenset().union(*(entry.ends for entry in entries))
        entry = self._memo[piece] = _PieceEntry(hits, countries, phrases, ends)
        return entry

    def _word_entry(self, word):
        entry = self._word_memo.get(word)
        if entry is None:
            entry = self._word_memo[word] = self._find_terms(word)
        return entry

    def _find_terms(self, word):
        folded = fold(word)
        if not (self._firsts.may_match(word, folded) or self._lasts.may_match(word, folded)):
            return _NO_TERMS
        found = sorted(
            self._firsts.find(word, folded),
            key=lambda item: (item[2].specificity, item[0]),
            reverse=True,
        )
        singles = {}
        for _, target, term in found:
            if len(term.words) == 1 and target not in singles:
                singles[target] = term
        phrases = tuple(self._phrase_items[term] for _, _, term in found if len(term.words) > 1)
        ends = frozenset(self._lasts.find(word, folded))
        if not singles and not phrases and not ends:
            return _NO_TERMS
        return _WordEntry(singles, phrases, ends)

    def _scan_phrases(self, parts, phrases, evidence):
        """Count `phrases` ((rank, target, term) items) in the article, the most specific
        first: a place one of them takes is not counted again for its target, and the words it
        covers stop counting on their own for that target (a longer term wins its place)."""
        text = PART_SEPARATOR.join(parts)
        begins = list(itertools.accumulate(len(p) + len(PART_SEPARATOR) for p in parts[:-1]))
        begins.insert(0, 0)
        folded = None
        taken = defaultdict(list)  # target -> the (start, end) spans of its phrases
        for _, target, term in sorted(phrases, reverse=True):
            if not term.exact and folded is None:
                folded = fold(text)
            haystack = text if term.exact else folded
            first = haystack.find(term.words[0].text)  # str.find is quicker than the regex
            if first < 0:
                continue
            for found in self._pattern(term).finditer(haystack, first):
                start, end = found.span()
                if start and _is_word_character(haystack[start - 1]):
                    continue  # the phrase's first word is the end of a longer word
                if any(start < e and s < end for s, e in taken[target]):
                    continue
                taken[target].append((start, end))
                part = bisect.bisect_right(begins, start) - 1
                evidence.add([(target, term.weight, term)], 1, part)
                if target.kind == "country":
                    where = (start - begins[part]) / len(parts[part])
                    evidence.mention([target], part, where)
                # The raw text has the case an exact word needs, unless folding changed lengths.
                covered = text[start:end] if len(haystack) == len(text) else found[0]
                self._take_back_words(covered, target, part, evidence)

    def _take_back_words(self, covered, target, part, evidence):
        singles = self._covered.get((target, covered))
        if singles is None:
            words = WORD_RE.findall(covered)
            found = (self._word_entry(word).singles.get(target) for word in words)
            singles = self._covered[target, covered] = [
                (target, single.weight, single) for single in found if single is not None
            ]
        if singles:
            evidence.add(singles, -1, part)

    def _pattern(self, term):
        pattern = self._patterns.get(term)
        if pattern is None:
            words = [re.escape(w.text) + (r"\w*" if w.prefix else "") for w in term.words]
            end = "" if term.words[-1].prefix else r"(?!\w)"
            pattern = self._patterns[term] = re.compile(r"\W+".join(words) + end)
        return pattern


def _is_word_character(character):
    return character.isalnum() or character == "_"
