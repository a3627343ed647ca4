"""ArticleFilter for the search page: the words are ranked by the search, not filtered here."""

import django_filters

from articles.filters import ArticleFilter

RELEVANCE = "relevance"


class SearchFilter(ArticleFilter):
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
