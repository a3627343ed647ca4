"""Plain helpers that make test objects: make_article(**overrides) and friends.

Countries and topics come from the reference-data migration; look them up by slug.
"""

import itertools
from datetime import date

from django.utils.text import slugify

from articles.models import Article, ArticleCountry, Author, Country, Topic

_counter = itertools.count(1)


def make_author(**overrides):
    n = next(_counter)
    name = overrides.pop("name", f"Author Number {n}")
    return Author.objects.create(name=name, slug=overrides.pop("slug", slugify(name)), **overrides)


def make_article(*, countries=(), topics=(), **overrides):
    """An article; `countries` are Country objects or slugs, the first one primary; `date` its
    publication day (default 1 June 2025; None for unknown)."""
    n = next(_counter)
    title = overrides.pop("title", f"Test Article Number {n}")
    body = overrides.pop(
        "body",
        [
            {"kind": "p", "text": f"First paragraph of article {n}."},
            {"kind": "p", "text": "Second paragraph."},
        ],
    )
    article = Article.objects.create(
        title=title,
        slug=overrides.pop("slug", f"{slugify(title)[:200]}-{n}"),
        identity_key=overrides.pop("identity_key", f"{title.casefold()} {n}"),
        body=body,
        **_publication(overrides.pop("date", date(2025, 6, 1))),
        **overrides,
    )
    set_countries(article, countries)
    if topics:
        article.topics.set(
            [t if isinstance(t, Topic) else Topic.objects.get(slug=t) for t in topics]
        )
    return article


def _publication(day):
    """`date=` in the helpers: a publication day an editor gave (None: the date is unknown)."""
    if day is None:
        return {}
    return {"published_on": day, "date_precision": "day", "date_source": "editor"}


def set_countries(article, countries):
    countries = [c if isinstance(c, Country) else Country.objects.get(slug=c) for c in countries]
    ArticleCountry.objects.filter(article=article).delete()
    ArticleCountry.objects.bulk_create(
        ArticleCountry(article=article, country=c, rank=i) for i, c in enumerate(countries)
    )
    article.primary_country = countries[0] if countries else None
    article.save(update_fields=["primary_country"])
