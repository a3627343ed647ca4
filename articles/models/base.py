"""What the domain models share: editors' locks and published-article counts."""

from django.db import models
from django.db.models import Count, F, Q, Window
from django.db.models.functions import FirstValue, Round


class LockableMixin(models.Model):
    """Fields an editor changed by hand; the importer never writes a locked field."""

    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor set by hand. Imports never overwrite them; "
        "remove a name to let the next import update that field again.",
    )

    class Meta:
        abstract = True

    def is_locked(self, field_name):
        return field_name in self.locked_fields

    def lock(self, *field_names):
        """Add field names to the lock list; returns True when the list changed."""
        added = [name for name in field_names if name not in self.locked_fields]
        self.locked_fields = [*self.locked_fields, *added]
        return bool(added)


class CountedQuerySet(models.QuerySet):
    """Countries, topics or authors, with how many published articles each has."""

    def with_article_counts(self):
        counted = self.annotate(
            article_count=Count("articles", filter=Q(articles__is_published=True))
        )
        # Aggregating drops Meta.ordering; keep it unless the caller chose an order.
        return counted.order_by(*(self.query.order_by or self.model._meta.ordering))

    def breakdown(self, **within):
        """Those with published articles among the articles matching `within` (lookups from
        the article, e.g. countries=country), most first, annotated with `article_count` and
        `share` (0-100, of the largest count), for a bar chart."""
        among = Q(articles__is_published=True, **{f"articles__{k}": v for k, v in within.items()})
        counted = Count("articles", filter=among, distinct=True)
        return (
            self.annotate(article_count=counted)
            .filter(article_count__gt=0)
            .annotate(
                share=Round(
                    100.0
                    * F("article_count")
                    / Window(FirstValue("article_count"), order_by=F("article_count").desc())
                ),
            )
            .order_by("-article_count", "name")
        )

    def with_published_articles(self):
        """Those with at least one published article, annotated with their count."""
        return self.with_article_counts().filter(article_count__gt=0)
