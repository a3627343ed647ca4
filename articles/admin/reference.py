"""Reference data in the admin: spelling variants for search (edited) and exchange rates (shown)."""

from django.contrib import admin

from articles.admin.base import PublicChangeMixin
from articles.admin.imports import ReadOnlyAdminMixin
from articles.models import ExchangeRate, SpellingVariant


@admin.register(SpellingVariant)
class SpellingVariantAdmin(PublicChangeMixin, admin.ModelAdmin):
    list_display = ["name", "variant_summary"]
    search_fields = ["name", "variants"]

    @admin.display(description="variants")
    def variant_summary(self, obj):
        return ", ".join(obj.variant_list())


@admin.register(ExchangeRate)
class ExchangeRateAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["currency", "base", "rate", "change_percent", "date"]
    list_filter = ["currency"]
    date_hierarchy = "date"
