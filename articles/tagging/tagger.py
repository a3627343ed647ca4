"""Scores and choices: which countries and topics an article gets, and why.

Countries are ranked by how central they are: a mention in the headline weighs most (10), then
the opening paragraph (2), then the rest (1). A country needs a score of at least 2 (a headline
mention, a mention in the opening paragraph, or two mentions anywhere) to count. The first is
the primary; this is a Central Asia reader, so the Central Asian countries the headline names
come first, in the headline's order.

Topics are scored on evidence: each matching keyword adds its weight, four times over in the
headline and twice in the opening paragraph. The lede and body points are scaled down to an
article of 300 words, so a long article needs proportionally more mentions than a short one,
while a headline match counts the same in both. An article gets the topics whose score reaches
their minimum score, strongest first (score over minimum), at most three, leaving out those
under a fifth of the strongest one's strength. When none reaches its minimum, the strongest gets
in with two fifths of it, as much as one plain keyword in the headline: an editor files every
article somewhere.
"""

from dataclasses import dataclass, field

from articles.models import Country, Topic
from articles.tagging.matcher import HEADLINE, Evidence, Matcher, Target
from articles.tagging.rules import parse_term

COUNTRY_PART_WEIGHTS = (10, 2, 1)  # headline, lede, body
MIN_COUNTRY_SCORE = 2
MAX_COUNTRIES = 8

TOPIC_PART_WEIGHTS = (4, 2, 1)
REFERENCE_WORDS = 300
MAX_TOPICS = 3
# A topic under this share of the strongest topic's strength is an aside, not a subject.
RELATIVE_STRENGTH = 0.2
# Without a topic over its minimum, the strongest one still gets in with this share of it.
FALLBACK_STRENGTH = 0.4


@dataclass(frozen=True)
class Tags:
    country_ids: list[int] = field(default_factory=list)  # primary first
    topic_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class MatchedTerm:
    text: str  # as the editor wrote it, with a leading - when it counts against
    weight: float
    count: int


@dataclass(frozen=True)
class Reason:
    """Why a country or topic was or was not given: its score against its threshold."""

    name: str
    pk: int
    score: float
    threshold: float
    chosen: bool
    terms: list[MatchedTerm]


@dataclass(frozen=True)
class Explanation:
    words: int  # in the lede and body, as the threshold counts them
    countries: list[Reason]
    topics: list[Reason]


class Tagger:
    """Matches an article's words against every alias and keyword in one pass, then chooses."""

    def __init__(self, countries, topics):
        rules = []
        for country in countries:
            target = Target("country", country.pk, country.name, central=country.is_central_asian)
            for line in [country.name, *country.alias_list()]:
                rules.append((target, parse_term(line, weighted=False)))
        for topic in topics:
            # The model's validator keeps the minimum positive; a strength divides by it.
            min_score = max(float(topic.min_score), 0.1)
            target = Target("topic", topic.pk, topic.name, min_score=min_score)
            for line in [topic.name, *topic.keyword_list()]:
                rules.append((target, parse_term(line)))
        self._matcher = Matcher([(target, term) for target, term in rules if term is not None])

    @classmethod
    def from_database(cls):
        return cls(Country.objects.all(), Topic.objects.all())

    def tag(self, title, paragraphs):
        """Tags for a headline and body paragraphs."""
        evidence = self._evidence(title, paragraphs)
        countries, topics = self._scores(evidence)
        return Tags(
            country_ids=[t.pk for t, given in self._countries(evidence, countries) if given],
            topic_ids=[t.pk for t, given in self._topics(topics) if given],
        )

    def tag_article(self, article):
        return self.tag(article.title, article.paragraphs)

    def explain(self, title, paragraphs):
        """Every country and topic the rules found something for: score, threshold, terms."""
        evidence = self._evidence(title, paragraphs, trace=True)
        countries, topics = self._scores(evidence)
        return Explanation(
            words=evidence.words,
            countries=[
                self._reason(evidence, t, countries[t], MIN_COUNTRY_SCORE, given)
                for t, given in self._countries(evidence, countries)
            ],
            topics=[
                self._reason(evidence, t, topics[t], t.min_score, given)
                for t, given in self._topics(topics)
            ],
        )

    def _evidence(self, title, paragraphs, *, trace=False):
        evidence = Evidence(trace=trace)
        lede, body = (paragraphs[0], "\n".join(paragraphs[1:])) if paragraphs else ("", "")
        evidence.words = self._matcher.scan((title, lede, body), evidence)
        return evidence

    @staticmethod
    def _scores(evidence):
        """({country: score}, {topic: score}) for every country and topic the terms found."""
        countries, topics = {}, {}
        country_headline, country_lede, country_body = COUNTRY_PART_WEIGHTS
        topic_headline, topic_lede, topic_body = TOPIC_PART_WEIGHTS
        scale = min(1.0, REFERENCE_WORDS / max(evidence.words, 1))
        for target, (headline, lede, body) in evidence.points.items():
            if target.kind == "country":
                countries[target] = (
                    country_headline * headline + country_lede * lede + country_body * body
                )
            else:
                score = topic_headline * headline + (topic_lede * lede + topic_body * body) * scale
                # Rounded: weights like 0.3 must not make a minimum depend on the order of sums.
                topics[target] = round(score, 6)
        return countries, topics

    @staticmethod
    def _countries(evidence, scores):
        """(country, given?) for every country found, the given ones first in rank order."""

        def rank(t):
            # Central Asian headline countries keep the headline's order (its subject first).
            if t.central and evidence.points[t][HEADLINE] > 0:
                return (0, evidence.first[t], 0)
            return (1, -scores[t], evidence.first[t])

        ranked = sorted(scores, key=rank)
        given = [t for t in ranked if scores[t] >= MIN_COUNTRY_SCORE][:MAX_COUNTRIES]
        return [(t, True) for t in given] + [(t, False) for t in ranked if t not in given]

    @staticmethod
    def _topics(scores):
        """(topic, given?) for every topic found, strongest (score over minimum) first."""
        strength = {t: score / t.min_score for t, score in scores.items()}
        ranked = sorted(strength, key=lambda t: (-strength[t], t.name))
        given = [t for t in ranked if strength[t] >= 1]
        if given:
            floor = RELATIVE_STRENGTH * strength[given[0]]
            given = [t for t in given if strength[t] >= floor][:MAX_TOPICS]
        elif ranked and strength[ranked[0]] >= FALLBACK_STRENGTH:
            given = ranked[:1]
        return [(t, t in given) for t in ranked]

    @staticmethod
    def _reason(evidence, target, score, threshold, given):
        terms = [
            MatchedTerm(("-" if term.weight < 0 else "") + term.text, abs(term.weight), count)
            for (found, term), count in evidence.terms.items()
            if found is target and count > 0
        ]
        terms.sort(key=lambda m: (-m.count * m.weight, m.text))
        return Reason(target.name, target.pk, score, threshold, given, terms)
