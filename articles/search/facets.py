"""How many of the results fall in each country, topic, author and kind: one query each."""

from dataclasses import dataclass

from django.db.models import Count

from articles.models import Article, ArticleCountry

FACET_SIZE = 10


@dataclass(frozen=True)
class FacetValue:
    param: str  # the ArticleFilter parameter a click sets
    value: str
    label: str
    count: int


def facet_counts(queryset, size=FACET_SIZE):
    """{facet name: [FacetValue, most results first]} for the articles of `queryset`."""
    ids = queryset.order_by().values("pk")
    countries = (
        ArticleCountry.objects.filter(article__in=ids)
        .values_list("country__slug", "country__name")
        .annotate(count=Count("article"))
        .order_by("-count", "country__name")[:size]
    )
    topics = (
        Article.topics.through.objects.filter(article__in=ids)
        .values_list("topic__slug", "topic__name")
        .annotate(count=Count("article"))
        .order_by("-count", "topic__name")[:size]
    )
    authors = (
        Article.objects.filter(pk__in=ids, author__isnull=False)
        .values_list("author__slug", "author__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "author__name")[:size]
    )
    kinds = (
        Article.objects.filter(pk__in=ids)
        .values_list("kind")
        .annotate(count=Count("pk"))
        .order_by("-count", "kind")
    )
    labels = dict(Article.Kind.choices)
    return {
        "country": [FacetValue("country", slug, name, n) for slug, name, n in countries],
        "topic": [FacetValue("topic", slug, name, n) for slug, name, n in topics],
        "author": [FacetValue("author", slug, name, n) for slug, name, n in authors],
        "kind": [FacetValue("kind", kind, labels.get(kind, kind), n) for kind, n in kinds],
    }
