"""Authors in the admin: fix names and bios, and merge the same person imported twice."""

from django.contrib import admin
from django.db.models import Count

from articles import editorial
from articles.admin.base import ActionFormMixin, LockingAdminMixin, PublicChangeMixin
from articles.admin.forms import KeepAuthorForm
from articles.models import Author


@admin.register(Author)
class AuthorAdmin(PublicChangeMixin, ActionFormMixin, LockingAdminMixin, admin.ModelAdmin):
    list_display = ["name", "role", "is_outlet", "article_count", "has_locks"]
    list_filter = ["is_outlet"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "role", "bio", "is_outlet", "aliases", "locked_fields"]
    actions = ["merge", "unlock_all"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="locked", boolean=True)
    def has_locks(self, obj):
        return bool(obj.locked_fields)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            editorial.keep_old_name(author=obj, old_name=form.initial["name"])
            obj.save(update_fields=["aliases"])

    @admin.action(description="Merge selected authors into one…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        def apply(data):
            keep = data["keep"]
            moved = editorial.merge_authors(keep=keep, others=list(queryset))
            return f"Merged into {keep}: {moved} articles moved, old names kept as aliases."

        return self.action_form_page(
            request,
            queryset,
            form_class=KeepAuthorForm,
            form_kwargs={"authors": queryset},
            title="Merge authors",
            apply=apply,
        )
