"""Full-text search across spellings: one interface, a SQLite FTS5 and a PostgreSQL backend.

    parsed = parse_query(request.GET["q"])
    results = SearchResults(parsed, Article.objects.all())  # ranked; slice it to get a page
    facet_counts(results.window())  # facet counts over the ranking window's ids
    matching(parsed, queryset)  # a filter only, in the queryset's own order

Only published articles are ever returned. See query.py for the syntax, spelling.py for how
spellings are merged, schema.py for how the index stays current.
"""

from articles.search.facets import facet_counts
from articles.search.query import ParsedQuery, parse_query
from articles.search.results import SearchResults, matching

__all__ = ["ParsedQuery", "SearchResults", "facet_counts", "matching", "parse_query"]
