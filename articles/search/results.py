"""A search run against a queryset: ranked, counted, highlighted, pageable."""

from django.db.models import Q

from articles.models import Article
from articles.search import highlight
from articles.search.backends import backend_for
from articles.search.spelling import ExpandedQuery, SpellingIndex

ORDERINGS = {"newest": ("-date", "-id"), "oldest": ("date", "id")}
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


def prepare(parsed, queryset, spellings=None):
    """(backend, expanded query, published articles passing filters and exclusions)."""
    backend = backend_for(queryset)
    spellings = spellings or (SpellingIndex.from_database() if parsed.has_text else None)
    expanded = spellings.expand(parsed) if spellings else ExpandedQuery((), ())
    if queryset.query.distinct:
        # Filters across to-many relations add DISTINCT, which ranking and counting do not need.
        queryset = queryset.model.objects.filter(pk__in=queryset.values("pk"))
    base = apply_field_filters(queryset.published().order_by(), parsed)
    return backend, expanded, backend.exclude(base, expanded.excluded)


def matching(parsed, queryset):
    """The articles of `queryset` that match the query, in the queryset's own order."""
    backend, expanded, base = prepare(parsed, queryset)
    matched = backend.match(base, expanded.groups) if expanded.groups else base
    return matched.order_by(*queryset.query.order_by) if queryset.query.order_by else matched


class SearchResults:
    """Articles matching a parsed query, best first: a sequence a Paginator can page.

    Slicing fetches one page: its ids ranked by the backend, then the articles (with author,
    country and topics) in one query each, each given `search_title` and `search_passage`.
    """

    def __init__(self, parsed, queryset, *, order="relevance"):
        self.parsed = parsed
        self.order = order if order in ORDERINGS else "relevance"
        self.backend, self.expanded, self._base = prepare(parsed, queryset)
        if self.expanded.groups:
            self.matches = self.backend.match(self._base, self.expanded.groups)
        else:
            self.matches = self._base
        self.pattern = highlight.matcher(self.expanded.texts)
        self._count = None

    def count(self):
        if self._count is None:
            self._count = self.matches.count()
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count())
            if step != 1:
                raise ValueError("SearchResults slices have no step")
            return self._page(start, max(stop - start, 0))
        return self._page(index, 1)[0]

    def _page(self, offset, limit):
        if limit == 0:
            return []
        if self.expanded.groups and self.order == "relevance":
            ids = self.backend.ranked_ids(
                self._base, self.expanded.groups, offset=offset, limit=limit
            )
        else:
            ordering = ORDERINGS.get(self.order, ORDERINGS["newest"])
            ids = list(
                self.matches.order_by(*ordering).values_list("pk", flat=True)[
                    offset : offset + limit
                ]
            )
        return self.articles(ids)

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
        near = self.backend.near(self._base, text)
        return self.articles(list(near.values_list("pk", flat=True)[:limit]))
