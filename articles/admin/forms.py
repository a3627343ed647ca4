"""Admin forms: the lock list, plain-text editing of JSON lists, and the questions actions ask."""

from django import forms
from django.core.exceptions import FieldDoesNotExist

from articles.derived_text import split_lines
from articles.models import Article, Author, Country, Topic

HEADING_PREFIX = "## "


class LockingForm(forms.ModelForm):
    """A model form whose `locked_fields` is a list of ticked boxes, one per locked field.

    Unticking a box unlocks the field: the next import may update it again. The admin locks every
    field the editor changes on save (see LockingAdminMixin).

    Every field also posts the value it had when the form was opened (`show_hidden_initial`), so
    `changed_data` names what the editor changed even when an import updated the object in the
    meantime: only those fields are locked and written, and the import's work stands.
    """

    locked_fields = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Locked fields",
        help_text="Set by hand, so imports never overwrite them. Untick a field to let the next "
        "import update it again. Every field you change here is locked when you save.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.show_hidden_initial = name != "locked_fields"
        field = self.fields.get("locked_fields")
        if field is not None:
            field.choices = [(name, self.lock_label(name)) for name in self.instance.locked_fields]
            if not field.choices:
                field.disabled = True
                field.help_text = "None yet: every field you change here is locked when you save."

    def lock_label(self, name):
        try:
            return str(self._meta.model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            return name


class LinesField(forms.CharField):
    """A JSON list of strings edited as text, one item per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return split_lines(super().to_python(value))


class BodyField(forms.CharField):
    """The article body edited as text: blank lines between blocks, subheadings start with "## "."""

    widget = forms.Textarea(attrs={"rows": 24, "cols": 100})

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "Paragraphs separated by a blank line; a line starting with “## ” is a subheading.",
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if not isinstance(value, list):
            return value
        return "\n\n".join(
            HEADING_PREFIX + block["text"] if block["kind"] == "h" else block["text"]
            for block in value
        )

    def to_python(self, value):
        text = super().to_python(value).replace("\r\n", "\n")
        blocks = []
        for chunk in text.split("\n\n"):
            chunk = chunk.strip()
            if chunk.startswith(HEADING_PREFIX.strip()):
                blocks.append({"kind": "h", "text": chunk.lstrip("#").strip()})
            elif chunk:
                blocks.append({"kind": "p", "text": chunk})
        return blocks


# --- Questions asked by bulk actions ----------------------------------------------------------


class TopicChoiceForm(forms.Form):
    topic = forms.ModelChoiceField(Topic.objects.all())


class CountryChoiceForm(forms.Form):
    country = forms.ModelChoiceField(
        Country.objects.all(),
        help_text="Becomes rank 0; the article's other countries keep their order behind it.",
    )


class KeepArticleForm(forms.Form):
    keep = forms.ModelChoiceField(
        Article.objects.none(),
        widget=forms.RadioSelect,
        label="Keep",
        help_text="The others become duplicates of it: unpublished, their URLs redirecting to it.",
    )

    def __init__(self, *args, articles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = articles


class KeepAuthorForm(forms.Form):
    keep = forms.ModelChoiceField(
        Author.objects.none(),
        widget=forms.RadioSelect,
        label="Keep",
        help_text="The others' articles move to this author and their names become its aliases, "
        "so later imports of those bylines land here too.",
    )

    def __init__(self, *args, authors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = authors
