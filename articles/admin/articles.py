"""Articles in the admin: the daily curation list, the change form and the bulk actions."""

from contextlib import contextmanager

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.timezone import localtime

from articles import editorial, upkeep
from articles.admin.base import ActionFormMixin, LockingAdminMixin, PublicChangeMixin
from articles.admin.forms import (
    BodyField,
    CountryChoiceForm,
    KeepArticleForm,
    LinesField,
    LockingForm,
    TopicChoiceForm,
)
from articles.models import Article, ArticleCountry, Topic
from articles.tagging import Tagger, apply_tags


class ArticleForm(LockingForm):
    body = BodyField(required=False)
    captions = LinesField(required=False, help_text="Image captions, one per line, in order.")

    class Meta:
        model = Article
        fields = "__all__"
        widgets = {"title": forms.TextInput(attrs={"class": "vLargeTextField"})}

    def clean_duplicate_of(self):
        kept = self.cleaned_data.get("duplicate_of")
        if kept is None:
            return kept
        if kept.pk == self.instance.pk:
            raise forms.ValidationError("An article cannot be a duplicate of itself.")
        if kept.duplicate_of_id is not None:
            raise forms.ValidationError(
                "That article is itself a duplicate; choose the article it duplicates."
            )
        return kept


class ArticleCountryFormSet(BaseInlineFormSet):
    def get_form_kwargs(self, index):
        # A country added without touching its rank goes last, not in a tie with the primary.
        kwargs = super().get_form_kwargs(index)
        if index is None or index >= self.initial_form_count():
            kwargs["initial"] = {"rank": self.initial_form_count()}
        return kwargs


class ArticleCountryInline(admin.TabularInline):
    """The article's countries, ranked; rank 0 becomes the primary country on save."""

    model = ArticleCountry
    formset = ArticleCountryFormSet
    fields = ["country", "rank"]
    autocomplete_fields = ["country"]
    extra = 1
    verbose_name = "country"
    verbose_name_plural = "countries (lowest rank first; the first is the primary country)"


class LockedListFilter(admin.SimpleListFilter):
    title = "edited by hand"
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("yes", "Yes (has locked fields)"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset


@contextmanager
def _writing(request, ids):
    """For a POST: one transaction and one upkeep scope (articles.upkeep) around the request's
    writes. A GET takes neither: on SQLite a transaction would take the write lock."""
    if request.method != "POST":
        yield
        return
    with transaction.atomic(), upkeep.articles_changing(ids):
        yield


@admin.register(Article)
class ArticleAdmin(PublicChangeMixin, ActionFormMixin, LockingAdminMixin, admin.ModelAdmin):
    form = ArticleForm
    inlines = [ArticleCountryInline]
    list_display = [
        "title",
        "primary_country",
        "topic_names",
        "author",
        "kind",
        "published_on",
        "is_published",
        "is_featured",
        "featured_rank",
        "is_truncated",
        "has_locks",
    ]
    list_editable = ["featured_rank"]
    list_filter = [
        ("countries", admin.RelatedFieldListFilter),
        "topics",
        ("author", admin.RelatedOnlyFieldListFilter),
        "kind",
        "is_published",
        "is_featured",
        "is_truncated",
        LockedListFilter,
        "published_on",
        "is_sample",
    ]
    list_select_related = ["author", "primary_country"]
    date_hierarchy = "published_on"
    search_fields = ["title"]
    search_help_text = "Words in the headline or body, in any case or alphabet."
    autocomplete_fields = ["author", "topics", "duplicate_of"]
    readonly_fields = [
        "primary_country",
        "identity_key",
        "seen_in_files",
        "word_count",
        "first_seen",
        "last_seen",
        "date_source",
        "language",
        "is_sample",
        "created_at",
        "updated_at",
        "tagging_reasons",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "title_is_provisional",
                    "slug",
                    "kind",
                    ("published_on", "date_precision", "date_source"),
                    ("first_seen", "last_seen"),
                    "author",
                    "topics",
                    "primary_country",
                    ("language", "is_sample"),
                ]
            },
        ),
        ("Why these topics", {"fields": ["tagging_reasons"], "classes": ["collapse"]}),
        (
            "Visibility",
            {"fields": ["is_published", "is_featured", "featured_rank", "duplicate_of"]},
        ),
        ("Text", {"fields": ["dateline", "photo_credit", "captions", "body", "is_truncated"]}),
        ("Imports", {"fields": ["locked_fields", "identity_key", "seen_in_files"]}),
        ("Record", {"fields": ["word_count", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    actions = [
        "publish",
        "unpublish",
        "feature",
        "unfeature",
        "add_topic",
        "set_primary_country",
        "retag",
        "mark_duplicates",
        "unlock_all",
    ]

    def get_queryset(self, request):
        topics = Prefetch("topics", queryset=Topic.objects.order_by("name"))
        return super().get_queryset(request).prefetch_related(topics)

    def get_search_results(self, request, queryset, search_term):
        # search_text is case-folded: this finds Cyrillic in any case on SQLite too.
        return queryset.containing(search_term), False

    def has_add_permission(self, request):
        # Articles come from dumps: one made by hand has no identity an import could match.
        return False

    def has_delete_permission(self, request, obj=None):
        # The next import would bring a deleted article back; unpublishing is what lasts.
        return False

    def view_on_site(self, obj):
        # An unpublished article's URL answers 404 (a duplicate's redirects): no link then.
        if obj.is_published or obj.duplicate_of_id:
            return obj.get_absolute_url()
        return None

    # --- Columns and read-only fields ----------------------------------------------------------

    @admin.display(description="topics")
    def topic_names(self, obj):
        return ", ".join(topic.name for topic in obj.topics.all())

    @admin.display(description="locked", boolean=True)
    def has_locks(self, obj):
        return bool(obj.locked_fields)

    @admin.display(description="seen in import files")
    def seen_in_files(self, obj):
        rows = [
            (
                reverse("admin:articles_importfile_change", args=[f.pk]),
                f.path,
                f.layout or "unknown layout",
                date_format(localtime(f.created_at), "Y-m-d H:i"),
            )
            for f in obj.seen_in.order_by("-created_at", "-id")
        ]
        if not rows:
            return "Not seen in any import file."
        return format_html_join("", '<div><a href="{}">{}</a> ({}, imported {})</div>', rows)

    # --- Why these topics: the tagger's reasons, read-only -------------------------------------

    @admin.display(description="by the current rules")
    def tagging_reasons(self, obj):
        why = Tagger.from_database().explain(obj.title, obj.paragraphs)
        return render_to_string("admin/articles/_tagging_reasons.html", {"why": why})

    # --- Saving: lock what changed ---------------------------------------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The form saves the article, its relations and its inlines in several steps: one
        # transaction and one upkeep scope around them all (see articles.upkeep).
        ids = [int(object_id)] if object_id and object_id.isdigit() else []
        with _writing(request, ids):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        # Rows edited in the list (featured_rank) and bulk actions join one scope; each
        # service touches its articles before it writes.
        with _writing(request, []):
            return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "duplicate_of" in form.changed_data and obj.duplicate_of is not None:
            editorial.mark_duplicate(duplicate=obj, of=obj.duplicate_of)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if any(fs.model is ArticleCountry and fs.has_changed() for fs in formsets):
            editorial.renumber_countries(article=form.instance)

    # --- Bulk actions ---------------------------------------------------------------------------

    def _done(self, request, queryset, verb, count):
        self.report(request, queryset, f"{verb} {count} {self._noun(count)}.")

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish(self, request, queryset):
        count = editorial.set_published(articles=queryset, published=True)
        self._done(request, queryset, "Published", count)

    @admin.action(description="Unpublish selected articles", permissions=["change"])
    def unpublish(self, request, queryset):
        count = editorial.set_published(articles=queryset, published=False)
        self._done(request, queryset, "Unpublished", count)

    @admin.action(
        description="Feature on the home page (after those featured)", permissions=["change"]
    )
    def feature(self, request, queryset):
        self._done(request, queryset, "Featured", editorial.feature(articles=queryset))

    @admin.action(description="Stop featuring selected articles", permissions=["change"])
    def unfeature(self, request, queryset):
        self._done(request, queryset, "Unfeatured", editorial.unfeature(articles=queryset))

    @admin.action(description="Add a topic to selected articles…", permissions=["change"])
    def add_topic(self, request, queryset):
        def apply(data):
            count = editorial.add_topic(articles=queryset, topic=data["topic"])
            return f"Added “{data['topic']}” to {count} {self._noun(count)}."

        return self.action_form_page(
            request, queryset, form_class=TopicChoiceForm, title="Add a topic", apply=apply
        )

    @admin.action(
        description="Set the primary country of selected articles…", permissions=["change"]
    )
    def set_primary_country(self, request, queryset):
        def apply(data):
            count = editorial.set_primary_country(articles=queryset, country=data["country"])
            return f"Set the primary country of {count} {self._noun(count)} to {data['country']}."

        return self.action_form_page(
            request,
            queryset,
            form_class=CountryChoiceForm,
            title="Set the primary country",
            apply=apply,
        )

    @admin.action(description="Re-run tagging on selected articles", permissions=["change"])
    def retag(self, request, queryset):
        count = apply_tags(queryset)
        self.report(
            request,
            queryset,
            f"Re-tagged the selection: {count} {self._noun(count)} changed. Countries or topics "
            "set by hand were kept.",
        )

    @admin.action(description="Mark as the same story (keep one)…", permissions=["change"])
    def mark_duplicates(self, request, queryset):
        def apply(data):
            keep = data["keep"]
            others = [article for article in queryset if article.pk != keep.pk]
            for article in others:
                editorial.mark_duplicate(duplicate=article, of=keep)
            return f"Marked {len(others)} {self._noun(len(others))} as duplicates of “{keep}”."

        if queryset.count() < 2:
            self.message_user(request, "Select at least two articles.", messages.WARNING)
            return None
        return self.action_form_page(
            request,
            queryset,
            form_class=KeepArticleForm,
            form_kwargs={"articles": queryset.filter(duplicate_of=None)},
            title="Mark as the same story",
            apply=apply,
        )
