"""The filters for article lists: ArticleFilter for /articles/ and the country, topic and author
pages; SearchFilter, its variant for /search/, where the search ranks the words."""

from typing import NamedTuple

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.formats import date_format

from articles import search
from articles.models import UNDATED, Article, Author, Country, Topic


class Chip(NamedTuple):
    """A filter in force, shown removable: its label, the query string without it, and "or"
    when it is an alternative to the chip before it (an article about any of several countries
    or topics matches)."""

    label: str
    query: QueryDict
    joiner: str = ""


def either(names):
    """Names as alternatives in words: "A", "A or B", "A, B or C"."""
    names = list(names)
    return " or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


class ArticleFilter(django_filters.FilterSet):
    country = django_filters.ModelMultipleChoiceFilter(
        label="Countries",
        field_name="countries__slug",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Country.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        label="Topics",
        field_name="topics__slug",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    author = django_filters.ModelChoiceFilter(
        label="Author",
        field_name="author",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Author.objects.all(),
        widget=forms.HiddenInput,  # set from links (an author's name), shown as a chip
    )
    kind = django_filters.ChoiceFilter(
        label="Kind", choices=Article.Kind.choices, lookup_expr="exact", empty_label="Any kind"
    )
    q = django_filters.CharFilter(
        label="Words",
        method="filter_words",
        widget=forms.SearchInput(attrs={"placeholder": "e.g. water, Tokayev, Токаев"}),
    )
    complete = django_filters.BooleanFilter(
        label="Full text only", method="filter_complete", widget=forms.CheckboxInput
    )
    date_from = django_filters.DateFilter(
        label="From",
        field_name="sort_date",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = django_filters.DateFilter(
        label="To",
        method="filter_date_to",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sort = django_filters.ChoiceFilter(
        label="Sort",
        choices=[("newest", "Newest first"), ("oldest", "Oldest first")],
        method="sort_by",
        empty_label=None,
    )

    class Meta:
        model = Article
        fields = []  # all declared above, each with its lookup

    def filter_words(self, queryset, name, value):
        # The full-text index and the search syntax, spellings included (articles.search).
        return search.matching(search.parse_query(value), queryset)

    def filter_date_to(self, queryset, name, value):
        # Undated articles sort before every date; they are in no date range.
        return queryset.filter(sort_date__lte=value).exclude(sort_date=UNDATED)

    def filter_complete(self, queryset, name, value):
        return queryset.complete() if value else queryset

    def sort_by(self, queryset, name, value):
        if value == "oldest":
            return queryset.order_by("sort_date", "id")
        return queryset.order_by("-sort_date", "-id")

    def chips(self):
        """The filters in force as Chips, to show removable; several countries (or topics) are
        joined by "or", as they match.

        Empty unless the form is valid: labels come from the cleaned values (names, not slugs).
        """
        if not self.is_bound or not self.is_valid():
            return []
        cleaned = self.form.cleaned_data
        chips = []
        for name in ("country", "topic"):
            for n, obj in enumerate(cleaned.get(name) or ()):
                chips.append(Chip(obj.name, self._without(name, obj.slug), "or" if n else ""))
        if cleaned.get("author"):
            chips.append(Chip(f"By {cleaned['author'].name}", self._without("author")))
        if cleaned.get("kind"):
            chips.append(Chip(Article.Kind(cleaned["kind"]).label, self._without("kind")))
        if cleaned.get("q"):
            chips.append(Chip(f"“{cleaned['q']}”", self._without("q")))
        if cleaned.get("complete"):
            chips.append(Chip("Full text only", self._without("complete")))
        for name, label in (("date_from", "From"), ("date_to", "Until")):
            if cleaned.get(name):
                when = date_format(cleaned[name], "j F Y")
                chips.append(Chip(f"{label} {when}", self._without(name)))
        return chips

    def scope(self):
        """The countries and topics in force in words, for the count line: "about Kazakhstan or
        Uzbekistan, on Energy". Several of one kind are alternatives; the two kinds combine."""
        if not self.is_bound or not self.is_valid():
            return ""
        cleaned = self.form.cleaned_data
        parts = []
        for name, preposition in (("country", "about"), ("topic", "on")):
            if names := [obj.name for obj in cleaned.get(name) or ()]:
                parts.append(f"{preposition} {either(names)}")
        return ", ".join(parts)

    def _without(self, name, value=None):
        """The current query data minus one value of `name` (or all of it), back on page 1."""
        params = self.data.copy()
        params.pop("page", None)
        if value is None:
            params.pop(name, None)
        else:
            params.setlist(name, [v for v in params.getlist(name) if v != value])
        return params


RELEVANCE = "relevance"


class SearchFilter(ArticleFilter):
    """For the search page: the words are ranked by the search, not filtered here."""

    sort = django_filters.ChoiceFilter(
        label="Sort",
        choices=[(RELEVANCE, "Best match"), ("newest", "Newest first"), ("oldest", "Oldest first")],
        method="sort_by",
        empty_label=None,
    )

    def filter_words(self, queryset, name, value):
        return queryset  # SearchResults matches and ranks them

    def sort_by(self, queryset, name, value):
        return queryset  # SearchResults orders, by relevance unless asked otherwise

    def order(self):
        """The order asked for: relevance, newest or oldest."""
        if self.is_bound and self.is_valid():
            return self.form.cleaned_data.get("sort") or RELEVANCE
        return RELEVANCE
