"""/search/: ranked results with highlighted passages, facet counts and the reader's filters."""

from django.views.generic import ListView

from articles.search.facets import facet_counts
from articles.search.filters import SearchFilter
from articles.search.query import parse_query
from articles.search.results import SearchResults
from articles.views import ArticleListMixin

FACETS = (("country", "Countries"), ("topic", "Topics"), ("author", "Authors"), ("kind", "Kinds"))


class SearchView(ArticleListMixin, ListView):
    """The one list recipe, with SearchResults (ranked, highlighted) in place of a queryset."""

    template_name = "articles/search.html"
    filterset_class = SearchFilter

    def get_queryset(self):
        self.query = parse_query(self.request.GET.get("q", ""))
        filtered = super().get_queryset()
        self.results = SearchResults(self.query, filtered, order=self.filterset.order())
        return self.results if self.query else []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, results=self.results, **kwargs)
        if self.query and self.results.count():
            context["facets"] = self.facets()
        elif self.query.has_text:
            context["near_matches"] = self.results.near_matches()
        return context

    def facets(self):
        """Facet values with the query string a click leads to; none for filters in force."""
        params = self.request.GET.copy()
        params.pop("page", None)
        shown = [(name, label) for name, label in FACETS if not params.get(name)]
        counts = facet_counts(self.results.window(), names=[name for name, _ in shown])
        facets = []
        for name, label in shown:
            values = []
            for value in counts[name]:
                narrowed = params.copy()
                narrowed[name] = value.value
                values.append((value, narrowed))
            if values:
                facets.append((label, values))
        return facets
