"""Countries and topics in the admin: the aliases and keywords that drive tagging, and re-tagging
every article once the rules change."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from articles.admin.base import PublicChangeMixin
from articles.models import Article, Country, Topic
from articles.tagging import apply_tags


class RetagAllMixin:
    """A "Re-tag all articles" page (linked from the changelist and offered as an action).

    Every article is re-tagged by the current aliases and keywords, except the countries or
    topics an editor set by hand (the "countries"/"topics" locks), which apply_tags keeps.
    """

    change_list_template = "admin/articles/retag_change_list.html"

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_retag"
        return [
            path("retag/", self.admin_site.admin_view(self.retag_view), name=name),
            *super().get_urls(),
        ]

    def retag_view(self, request):
        if not request.user.has_perm("articles.change_article"):
            raise PermissionDenied
        if request.method == "POST":
            count = apply_tags(Article.objects.all())
            self.message_user(
                request,
                f"Re-tagged all articles: {count} changed. Countries and topics set by hand "
                "were kept.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
            )
        locks = Article.objects.values_list("locked_fields", flat=True)
        context = {
            **self.admin_site.each_context(request),
            "title": "Re-tag all articles",
            "opts": self.opts,
            "article_count": len(locks),
            "kept_count": sum(1 for names in locks if {"countries", "topics"} & set(names)),
        }
        return TemplateResponse(request, "admin/articles/retag_confirm.html", context)

    @admin.action(description="Re-tag all articles with the current rules…")
    def retag_all(self, request, queryset):
        # Tagging rules are global, so the action ignores the selection and asks first.
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_retag")
        )


@admin.register(Country)
class CountryAdmin(PublicChangeMixin, RetagAllMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "iso_code",
        "is_central_asian",
        "capital",
        "currency_code",
        "article_count",
        "primary_count",
    ]
    list_filter = ["is_central_asian"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["retag_all"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                article_count=Count("article_links", distinct=True),
                primary_count=Count("primary_articles", distinct=True),
            )
        )

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="primary in", ordering="primary_count")
    def primary_count(self, obj):
        return obj.primary_count


@admin.register(Topic)
class TopicAdmin(PublicChangeMixin, RetagAllMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "keyword_count", "article_count"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["retag_all"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="keywords")
    def keyword_count(self, obj):
        return len(obj.keyword_list())
