"""Import history in the admin: every run and every file in it, read-only, newest first."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from articles.models import ImportFile, ImportRun


class ReadOnlyAdminMixin:
    """History is written by the importer alone; the admin only shows it."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ImportFileInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ImportFile
    fields = [
        "file_name",
        "layout",
        "encoding",
        "outcome",
        "articles_created",
        "articles_updated",
        "articles_unchanged",
        "warning_count",
        "message",
    ]
    readonly_fields = fields
    show_change_link = True
    extra = 0

    @admin.display(description="warnings")
    def warning_count(self, obj):
        return len(obj.warnings)

    @admin.display(description="file")
    def file_name(self, obj):
        return obj.name or obj.path


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "__str__",
        "status",
        "dry_run",
        "is_sample",
        "started_by",
        "host",
        "finished_at",
        "files_total",
        "files_failed",
        "files_skipped",
        "articles_created",
        "articles_updated",
        "articles_unchanged",
    ]
    list_filter = ["status", "dry_run", "is_sample"]
    date_hierarchy = "started_at"
    fields = [
        "status",
        "started_at",
        "finished_at",
        "arguments",
        "dry_run",
        "is_sample",
        "started_by",
        "host",
        "pid",
        "heartbeat_at",
        "rules_fingerprint",
        "files_total",
        "files_failed",
        "files_skipped",
        "articles_created",
        "articles_updated",
        "articles_unchanged",
    ]
    readonly_fields = fields
    inlines = [ImportFileInline]


@admin.register(ImportFile)
class ImportFileAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "created_at",
        "__str__",
        "run",
        "layout",
        "encoding",
        "page_date",
        "outcome",
        "articles_found",
        "articles_created",
        "articles_updated",
        "articles_unchanged",
        "warning_count",
    ]
    list_filter = ["outcome", "layout", "encoding"]
    list_select_related = ["run"]
    search_fields = ["path", "checksum"]
    date_hierarchy = "created_at"
    fields = [
        "run",
        "path",
        "name",
        "checksum",
        "size",
        "layout",
        "encoding",
        "page_date",
        "outcome",
        "message",
        "warning_list",
        "articles_found",
        "articles_created",
        "articles_updated",
        "articles_unchanged",
        "articles_seen",
        "created_at",
    ]
    readonly_fields = fields

    @admin.display(description="warnings")
    def warning_count(self, obj):
        return len(obj.warnings)

    @admin.display(description="warnings")
    def warning_list(self, obj):
        return format_html_join("", "<div>{}</div>", ((w,) for w in obj.warnings)) or "None."

    @admin.display(description="articles seen in this file")
    def articles_seen(self, obj):
        count = obj.articles.count()
        if not count:
            return "None."
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?seen_in={}">{} articles</a>', url, obj.pk, count)
