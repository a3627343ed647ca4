"""Behaviour shared by the admin classes: locking what editors change, and action pages."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, LogEntry
from django.template.response import TemplateResponse

from articles import editorial, freshness
from articles.admin.forms import LockingForm


class PublicChangeMixin:
    """What editors save or delete here shows on public pages: the content version moves on
    (articles.freshness) in the same transaction, so cached pages are stale at once. Put it
    first among the bases, so it wraps every other save_model."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        freshness.bump()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        freshness.bump()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        freshness.bump()


class ReportingMixin:
    """Bulk actions leave the same trail as the change form: a message and a history entry."""

    def report(self, request, objects, message):
        """Tell the editor what an action did, and note it in each selected object's history."""
        self.message_user(request, message, messages.SUCCESS)
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=list(objects),
            action_flag=CHANGE,
            change_message=f"Bulk action: {message}",
        )

    def _noun(self, count):
        return self.opts.verbose_name if count == 1 else self.opts.verbose_name_plural


class LockingAdminMixin(ReportingMixin):
    """Locks every field an editor changes, on the change form and in list_editable rows alike.

    The form's `changed_data` names the fields (relations included); the change form's
    `locked_fields` boxes unlock. Inline formsets are the subclass's business (save_related).
    """

    form = LockingForm

    def save_model(self, request, obj, form, change):
        editorial.lock_edited_fields(obj=obj, field_names=form.changed_data)
        if change:
            editorial.save_edits(obj=obj, field_names=form.changed_data)
        else:
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if not change:
            return super().save_related(request, form, formsets, change)
        # Like save_model: set only the relations the editor changed (form.save_m2m sets all).
        for name in form.changed_data:
            field = form.instance._meta.get_field(name)
            if field.many_to_many:
                getattr(form.instance, name).set(form.cleaned_data[name])
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(
        description="Unlock all fields (let imports update them again)", permissions=["change"]
    )
    def unlock_all(self, request, queryset):
        count = editorial.unlock_fields(objects=queryset)
        self.report(request, queryset, f"Unlocked {count} {self._noun(count)}.")


class ActionFormMixin(ReportingMixin):
    """Admin actions that ask a question first, on an intermediate page with a small form.

    The page posts back to the changelist with the action name and the selection, like Django's
    own delete confirmation; `apply(cleaned_data)` runs once the form is valid and returns a
    message for the editor.
    """

    action_form_template = "admin/articles/action_form.html"

    def action_form_page(self, request, queryset, *, form_class, title, apply, form_kwargs=None):
        form_kwargs = form_kwargs or {}
        if "apply" in request.POST:
            form = form_class(request.POST, **form_kwargs)
            if form.is_valid():
                self.report(request, queryset, apply(form.cleaned_data))
                return None  # back to the changelist
        else:
            form = form_class(**form_kwargs)
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.opts,
            "form": form,
            "queryset": queryset,
            "action": request.POST["action"],
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, self.action_form_template, context)
