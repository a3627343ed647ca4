"""Which countries and topics an article is about, by rules editors keep in the database.

Country names and aliases, and topic keywords, are matched as whole words (a trailing `*` matches
any ending, for inflected and Cyrillic forms). All-capital terms (US, UAE, UN, IT) and short
capitalised ones (Osh) match their case exactly; everything else matches in any case.

Countries are ranked by how central they are: a mention in the headline weighs most, then the
opening paragraph, then the rest. A country needs a score of at least 2 (a headline mention, a
mention in the opening paragraph, or two mentions anywhere) to count. The first is the primary;
this is a Central Asia reader, so the Central Asian countries the headline names come first, in
the headline's order.
Topics need a headline match or three body matches; an article gets its three strongest.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import connection, models, transaction

from articles import upkeep
from articles.models import Article, ArticleCountry, Country, Topic

TOKEN_RE = re.compile(r"\w+")
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10, 2, 1
MIN_COUNTRY_SCORE = 2
MAX_COUNTRIES = 8
MIN_TOPIC_SCORE = 3
MAX_TOPICS = 3


@dataclass(frozen=True)
class Tags:
    country_ids: list[int] = field(default_factory=list)  # primary first
    topic_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Term:
    tokens: tuple[str, ...]  # folded, unless exact
    prefix: bool  # the last token matches any ending
    exact: bool
    target: tuple[str, int]  # ("country" | "topic", pk)


def _is_exact(term):
    letters = term.replace(".", "").replace(" ", "")
    return letters.isupper() or (len(letters) <= 3 and letters != letters.lower())


def _make_term(text, target):
    prefix = text.endswith("*")
    exact = _is_exact(text.rstrip("*"))
    tokens = TOKEN_RE.findall(text.rstrip("*"))
    if not tokens:
        return None
    if not exact:
        tokens = [t.casefold() for t in tokens]
    return _Term(tuple(tokens), prefix, exact, target)


class Tagger:
    """Matches an article's words against every alias and keyword in one pass."""

    def __init__(self, countries, topics):
        countries, topics = list(countries), list(topics)
        self._central = {("country", c.pk) for c in countries if c.is_central_asian}
        self._by_first = defaultdict(list)  # first token -> terms starting with it
        self._prefixes = defaultdict(dict)  # length -> {folded prefix: target} (one-word terms)
        terms = [
            _make_term(text, ("country", c.pk))
            for c in countries
            for text in [c.name, *c.alias_list()]
        ] + [
            _make_term(text, ("topic", t.pk))
            for t in topics
            for text in [t.name, *t.keyword_list()]
        ]
        for term in filter(None, terms):
            if term.prefix and len(term.tokens) == 1:
                self._prefixes[len(term.tokens[0])][term.tokens[0].casefold()] = term.target
            else:
                self._by_first[term.tokens[0]].append(term)
        self._memo = {}

    @classmethod
    def from_database(cls):
        return cls(Country.objects.all(), Topic.objects.all())

    def tag(self, title, paragraphs):
        """Tags for a headline and body paragraphs."""
        scores = defaultdict(int)
        first_seen = {}
        headline = set()
        for order, (text, weight) in enumerate(self._weighted_parts(title, paragraphs)):
            for target, (count, position) in self._count(text).items():
                scores[target] += count * weight
                first_seen.setdefault(target, (order, position))
                if order == 0:
                    headline.add(target)
        central = headline & self._central
        countries = self._ranked(scores, first_seen, "country", MIN_COUNTRY_SCORE, central)
        topics = self._ranked(scores, first_seen, "topic", MIN_TOPIC_SCORE)
        return Tags(country_ids=countries[:MAX_COUNTRIES], topic_ids=topics[:MAX_TOPICS])

    def tag_article(self, article):
        return self.tag(article.title, article.paragraphs)

    @staticmethod
    def _weighted_parts(title, paragraphs):
        yield title, TITLE_WEIGHT
        if paragraphs:
            yield paragraphs[0], LEAD_WEIGHT
            yield "\n".join(paragraphs[1:]), BODY_WEIGHT

    @staticmethod
    def _ranked(scores, first_seen, kind, minimum, first=frozenset()):
        found = [(target, score) for target, score in scores.items() if target[0] == kind]
        # Headline countries keep the headline's order (its subject first); the rest go by score.
        found.sort(
            key=lambda item: (
                (0, first_seen[item[0]], 0)
                if item[0] in first
                else (1, -item[1], first_seen[item[0]])
            )
        )
        return [target[1] for target, score in found if score >= minimum]

    def _count(self, text):
        """{target: (occurrences, first token position)} for every term in the text.

        Distinct words are counted in one go; only words that may start a longer term
        ("South" of "South Korea") are looked at in place.
        """
        tokens = TOKEN_RE.findall(text)
        found = {}
        phrase_starts = {}
        for token, count in Counter(tokens).items():
            phrases, target = self._lookup(token)
            if phrases:
                phrase_starts[token] = (phrases, target)
            elif target is not None:
                _add_occurrences(found, target, count, tokens.index(token))
        for token, (phrases, target) in phrase_starts.items():
            for i in _positions(tokens, token):
                phrase = next((t for t in phrases if _term_matches(t, tokens, i)), None)
                if phrase is not None or target is not None:
                    _add_occurrences(found, phrase.target if phrase else target, 1, i)
        return found

    def _lookup(self, token):
        """(longer terms that may start at this token, the one-word term or prefix it matches).

        Memoised: an article's vocabulary repeats itself, and the next article's.
        """
        found = self._memo.get(token)
        if found is None:
            folded = token.casefold()
            terms = [t for t in self._by_first.get(token, ()) if t.exact]
            terms += [t for t in self._by_first.get(folded, ()) if not t.exact]
            phrases = sorted(
                (t for t in terms if len(t.tokens) > 1 or t.prefix), key=lambda t: -len(t.tokens)
            )
            single = next((t.target for t in terms if len(t.tokens) == 1 and not t.prefix), None)
            found = self._memo[token] = (phrases, single or self._prefix_target(folded))
        return found

    def _prefix_target(self, token):
        for length, targets in self._prefixes.items():
            if len(token) >= length and token[:length] in targets:
                return targets[token[:length]]
        return None


def _positions(tokens, token):
    i = tokens.index(token)
    while True:
        yield i
        try:
            i = tokens.index(token, i + 1)
        except ValueError:
            return


def _add_occurrences(found, target, count, position):
    seen, first = found.get(target, (0, position))
    found[target] = (seen + count, min(first, position))


def _term_matches(term, tokens, i):
    words = tokens[i : i + len(term.tokens)]
    if len(words) < len(term.tokens):
        return False
    if not term.exact:
        words = [w.casefold() for w in words]
    if term.prefix:
        return words[:-1] == list(term.tokens[:-1]) and words[-1].startswith(term.tokens[-1])
    return tuple(words) == term.tokens


def set_primary_country(tagged):
    """Set primary_country on the objects (not saved) unless an editor locked the countries.

    `tagged` is a list of (article, Tags) pairs, as for store_tag_links.
    """
    for article, tags in tagged:
        if not article.is_locked("countries"):
            article.primary_country_id = tags.country_ids[0] if tags.country_ids else None


def store_tag_links(tagged):
    """Store country ranks and topics for (article, Tags) pairs, in bulk.

    An article whose editor locked "countries" or "topics" keeps that relation as it is. The
    caller saves `primary_country` with the article rows (see set_primary_country); use
    store_tags when it does not.
    """
    countries = [(a, t) for a, t in tagged if not a.is_locked("countries")]
    topics = [(a, t) for a, t in tagged if not a.is_locked("topics")]
    with transaction.atomic():
        ArticleCountry.objects.filter(article__in=[a for a, _ in countries]).delete()
        _insert_rows(
            ArticleCountry,
            ["article_id", "country_id", "rank"],
            [
                (a.pk, cid, rank)
                for a, tags in countries
                for rank, cid in enumerate(tags.country_ids)
            ],
        )
        through = Article.topics.through
        through.objects.filter(article__in=[a for a, _ in topics]).delete()
        _insert_rows(
            through,
            ["article_id", "topic_id"],
            [(a.pk, tid) for a, tags in topics for tid in tags.topic_ids],
        )


def store_tags(tagged):
    """store_tag_links, and save each unlocked article's primary country to match its rank 0."""
    with transaction.atomic():
        store_tag_links(tagged)
        unlocked = [(a, t) for a, t in tagged if not a.is_locked("countries")]
        set_primary_country(unlocked)
        Article.objects.bulk_update([a for a, _ in unlocked], ["primary_country"])


def _insert_rows(model, columns, rows):
    """Insert plain link rows with one executemany: an import writes tens of thousands of them,
    and building a model instance for each cost more than the database write."""
    if not rows:
        return
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(model._meta.get_field(c.removesuffix("_id")).column) for c in columns),
        ", ".join(["%s"] * len(columns)),
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def apply_tags(articles, *, tagger=None, batch_size=500):
    """Re-tag articles (a queryset or a list) by the current rules, keeping what an editor locked.

    Works in batches so that re-tagging every article does not hold them all in memory.
    Returns how many articles had a country or topic change.
    """
    tagger = tagger or Tagger.from_database()
    if isinstance(articles, models.QuerySet):
        articles = articles.order_by("pk").prefetch_related("country_links", "topics")
        batches = (articles[i : i + batch_size] for i in range(0, articles.count(), batch_size))
    else:
        batches = [articles]
    changed = 0
    for batch in batches:
        batch = list(batch)
        before = {a.pk: _current_tags(a) for a in batch}
        tagged = [(a, tagger.tag_article(a)) for a in batch]
        with transaction.atomic(), upkeep.articles_changing([a.pk for a in batch]):
            store_tags(tagged)
        changed += sum(_tags_changed(a, before[a.pk], new) for a, new in tagged)
    return changed


def _tags_changed(article, before, new):
    old_countries, old_topics = before
    return (not article.is_locked("countries") and new.country_ids != old_countries) or (
        not article.is_locked("topics") and set(new.topic_ids) != old_topics
    )


def _current_tags(article):
    links = sorted(article.country_links.all(), key=lambda link: link.rank)
    return [link.country_id for link in links], {t.pk for t in article.topics.all()}
