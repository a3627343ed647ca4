"""Reference data shown beside the articles: exchange rates and name spellings."""

from decimal import Decimal

from django.db import models
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from articles.derived_text import split_lines


class ExchangeRateQuerySet(models.QuerySet):
    def latest_per_currency(self, currencies, base="USD"):
        """The newest rate of each currency against `base`, in one query."""
        newest_first = Window(
            RowNumber(), partition_by=F("currency"), order_by=[F("date").desc(), F("id").desc()]
        )
        return (
            self.filter(base=base, currency__in=currencies)
            .annotate(position=newest_first)
            .filter(position=1)
            .order_by("currency")
        )


class ExchangeRate(models.Model):
    currency = models.CharField(max_length=3)
    base = models.CharField(max_length=3, default="USD")
    rate = models.DecimalField(
        max_digits=20, decimal_places=8, help_text="Units of the base currency for one unit."
    )
    change_percent = models.DecimalField(max_digits=9, decimal_places=4)
    date = models.DateField(help_text="Capture date of the page the ticker was on.")

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "base", "date"], name="unique_rate_per_day")
        ]

    def __str__(self):
        return f"{self.currency}/{self.base} {self.rate} on {self.date}"

    @property
    def per_base(self):
        """How many units one unit of the base currency buys: whole units once they run to
        hundreds (12,500 sum, not 12,500.00), else two decimals (9.18 somoni)."""
        if not self.rate:
            return None
        per_base = Decimal(1) / self.rate
        return per_base.quantize(Decimal(1) if per_base >= 100 else Decimal("0.01"))

    @property
    def direction(self):
        """ "up", "down" or "flat": which way the rate moved on the page's day."""
        if self.change_percent > 0:
            return "up"
        return "down" if self.change_percent < 0 else "flat"


class SpellingVariant(models.Model):
    """Spellings of one name, Latin and Cyrillic; a search for any of them finds all."""

    name = models.CharField(max_length=200, unique=True, help_text="The preferred spelling.")
    variants = models.TextField(
        help_text="One per line: other spellings (Tokaev, Токаев). Searching for any of them, or "
        "for the preferred spelling, finds articles that use any."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def variant_list(self):
        return split_lines(self.variants)
