"""A search run against a queryset: counted, ranked, highlighted, pageable.

Work per request is bounded, whatever the number of matches:
- relevance is judged among the RANK_WINDOW most recently added matches (the window); older
  matches follow, most recent first. Below RANK_WINDOW matches that is plain relevance order;
- the count stops at COUNT_LIMIT ("more than 1,000": narrow by filters or dates for older);
- facets count the window.
One query fetches the ids of up to COUNT_LIMIT + 1 matches, most recently added first: it
gives the count, the window and the pages after it.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from articles.models import Article
from articles.search import highlight
from articles.search.backends import Backend, backend_for
from articles.search.spelling import ExpandedQuery, SpellingIndex

RANK_WINDOW = 1_000
COUNT_LIMIT = 1_000
ORDERINGS = {"newest": ("-sort_date", "-id"), "oldest": ("sort_date", "id")}
NEAR_MATCHES = 10

# Field operators: the value is a slug, or one hyphen-separated part of it (author:alimzhanov).
_SLUG_FIELDS = {"country": "countries__slug", "topic": "topics__slug", "author": "author__slug"}


def _slug_q(lookup, value):
    return (
        Q(**{lookup: value})
        | Q(**{f"{lookup}__startswith": f"{value}-"})
        | Q(**{f"{lookup}__endswith": f"-{value}"})
        | Q(**{f"{lookup}__contains": f"-{value}-"})
    )


def _field_q(field, value):
    if field == "kind":
        return Q(kind=value)
    lookup = _SLUG_FIELDS[field]
    return Q(pk__in=Article.objects.filter(_slug_q(lookup, value)).values("pk"))


def apply_field_filters(queryset, parsed):
    """country:, topic:, author:, kind: operators; several of one field mean any of them."""
    by_field = {}
    for field, value in parsed.filters:
        by_field.setdefault(field, []).append(_field_q(field, value))
    for alternatives in by_field.values():
        combined = Q()
        for q in alternatives:
            combined |= q
        queryset = queryset.filter(combined)
    for field, value in parsed.excluded_filters:
        queryset = queryset.exclude(_field_q(field, value))
    return queryset


@dataclass(frozen=True)
class SearchPlan:
    """What a query needs before its words are matched: the backend, the query's words in every
    spelling, and the published articles of the queryset that pass its field operators and
    exclusions (the candidates)."""

    backend: Backend
    expanded: ExpandedQuery
    candidates: QuerySet

    @classmethod
    def of(cls, parsed, queryset):
        backend = backend_for(queryset)
        expanded = SpellingIndex.from_database().expand(parsed) if parsed.has_text else None
        expanded = expanded or ExpandedQuery((), ())
        filtered = apply_field_filters(queryset.published(), parsed)
        return cls(backend, expanded, backend.exclude(filtered, expanded.excluded))

    def matches(self):
        """The candidates that match the words, in the queryset's own order."""
        if not self.expanded.groups:
            return self.candidates
        return self.backend.match(self.candidates, self.expanded.groups)


def matching(parsed, queryset):
    """The articles of `queryset` that match the query, in the queryset's own order."""
    return SearchPlan.of(parsed, queryset).matches()


class SearchResults:
    """Articles matching a parsed query, best first: a sequence a Paginator can page.

    Slicing fetches one page: its ids ranked by the backend, then the articles (with author,
    country and topics) in one query each, each given `search_title` and `search_passage`.
    """

    def __init__(self, parsed, queryset, *, order="relevance"):
        self.parsed = parsed
        self.order = order if order in ORDERINGS else "relevance"
        plan = SearchPlan.of(parsed, queryset)
        self.backend, self.expanded, self._filtered = plan.backend, plan.expanded, plan.candidates
        self.matches = plan.matches()
        self.pattern = highlight.matcher(self.expanded.texts)
        self._recent = None
        self.is_count_capped = False

    @property
    def ranked(self):
        return bool(self.expanded.groups) and self.order == "relevance"

    def recent(self):
        """Ids of up to COUNT_LIMIT + 1 matches, most recently added first: one bounded query
        that gives the count, the ranking window and the pages after it."""
        if self._recent is None:
            if self.expanded.groups:
                self._recent = self.backend.recent_ids(
                    self._filtered, self.expanded.groups, limit=COUNT_LIMIT + 1
                )
            else:
                recent = self.matches.order_by("-pk").values_list("pk", flat=True)
                self._recent = list(recent[: COUNT_LIMIT + 1])
            self.is_count_capped = len(self._recent) > COUNT_LIMIT
        return self._recent

    def window(self):
        """Ids of the RANK_WINDOW most recently added matches, most recent first."""
        return self.recent()[:RANK_WINDOW]

    def count(self):
        """The number of matches, at most COUNT_LIMIT (is_count_capped says there are more)."""
        return min(len(self.recent()), COUNT_LIMIT)

    @property
    def is_window_partial(self):
        """Facets and relevance cover only the window, not every match."""
        return self.count() > len(self.window())

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count())
            if step != 1:
                raise ValueError("SearchResults slices have no step")
            return self.articles(self._ids(start, max(stop - start, 0)))
        return self.articles(self._ids(index, 1))[0]

    def _ids(self, offset, limit):
        if limit == 0:
            return []
        if not self.ranked:
            ordering = ORDERINGS.get(self.order, ORDERINGS["newest"])
            ordered = self.matches.order_by(*ordering).values_list("pk", flat=True)
            return list(ordered[offset : offset + limit])
        window = self.window()
        ids = []
        if offset < len(window):
            ids = self.backend.rank(
                window,
                self.expanded.groups,
                offset=offset,
                limit=min(limit, len(window) - offset),
            )
        if offset + limit > RANK_WINDOW:
            ids += self.recent()[max(offset, RANK_WINDOW) : offset + limit]
        return ids

    def articles(self, ids):
        """The articles with these ids, in this order, highlighted."""
        by_id = (
            Article.objects.for_listing().defer(None).defer("body_html", "search_text").in_bulk(ids)
        )
        articles = [by_id[pk] for pk in ids if pk in by_id]
        for article in articles:
            article.search_title = highlight.mark(article.title, self.pattern)
            article.search_passage = highlight.passage(article.paragraphs, self.pattern)
        return articles

    def near_matches(self, limit=NEAR_MATCHES):
        """When nothing matches exactly: headlines that nearly contain the words (PostgreSQL)."""
        text = " ".join(term.text for term in self.parsed.terms)
        if not text:
            return []
        near = self.backend.near(self._filtered, text)
        return self.articles(list(near.values_list("pk", flat=True)[:limit]))
