"""How many of the results fall in each country, topic, author and kind: one query each."""

from dataclasses import dataclass

from django.db.models import Count

from articles.models import Article, ArticleCountry

FACETS = ("country", "topic", "author", "kind")
FACET_SIZE = 10


@dataclass(frozen=True)
class FacetValue:
    value: str  # what the ArticleFilter parameter of the same name takes
    label: str
    count: int


def _countries(ids, size):
    return (
        ArticleCountry.objects.filter(article_id__in=ids)
        .values_list("country__slug", "country__name")
        .annotate(count=Count("article"))
        .order_by("-count", "country__name")[:size]
    )


def _topics(ids, size):
    return (
        Article.topics.through.objects.filter(article_id__in=ids)
        .values_list("topic__slug", "topic__name")
        .annotate(count=Count("article"))
        .order_by("-count", "topic__name")[:size]
    )


def _authors(ids, size):
    return (
        Article.objects.filter(pk__in=ids, author__isnull=False)
        .values_list("author__slug", "author__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "author__name")[:size]
    )


def _kinds(ids, size):
    labels = dict(Article.Kind.choices)
    rows = (
        Article.objects.filter(pk__in=ids)
        .values_list("kind")
        .annotate(count=Count("pk"))
        .order_by("-count", "kind")
    )
    return [(kind, labels.get(kind, kind), count) for kind, count in rows]


_COUNTERS = {"country": _countries, "topic": _topics, "author": _authors, "kind": _kinds}


def facet_counts(ids, names=FACETS, size=FACET_SIZE):
    """{facet name: [FacetValue, most results first]} for the articles with these ids.

    A list, not a subquery: PostgreSQL then reads the link tables through their article index
    instead of scanning them whole.
    """
    return {name: [FacetValue(*row) for row in _COUNTERS[name](ids, size)] for name in names}
