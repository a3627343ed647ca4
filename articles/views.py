"""The reader: pages that only read, through named queryset methods.

Every article list follows one recipe (ArticleListMixin): ArticleFilter -> .qs -> paginate (a page
past the end is a 404) -> the filterset in the context.
"""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from articles.filters import ArticleFilter, SearchFilter
from articles.models import Article, Author, Country, Topic
from articles.search import SearchResults, facet_counts, parse_query

HOME_TOP = 3
HOME_LATEST_IN_FULL = 6
HOME_PER_COUNTRY = 4
RELATED_ARTICLES = 4
TOP_AUTHORS = 6


class ArticleListMixin:
    """Filtered, paginated published articles, for any ListView.

    Subclasses narrow `get_base_queryset()` (a country's, a topic's, an author's articles).
    """

    filterset_class = ArticleFilter
    context_object_name = "articles"
    allow_empty = True

    def get_paginate_by(self, queryset):
        return settings.ARTICLES_PER_PAGE

    def get_base_queryset(self):
        return Article.objects.for_listing()

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=self.get_base_queryset(), request=self.request
        )
        if self.filterset.is_bound and not self.filterset.is_valid():
            # A bad slug or date: say so on the page (200) rather than guess what was meant.
            return self.filterset.queryset.none()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(filterset=self.filterset, **kwargs)
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(
            page.number, on_each_side=1, on_ends=1
        )
        return context


class HomeView(TemplateView):
    """Top stories (the editors' featured, else the newest), the latest, and a section per
    Central Asian country; the rates strip and the map come from inclusion tags.
    """

    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        top, latest = Article.objects.front_page(top=HOME_TOP, listed=settings.ARTICLES_PER_PAGE)
        all_countries = list(Country.objects.with_article_counts())  # the map's too
        countries = [country for country in all_countries if country.is_central_asian]
        sections = {country.pk: [] for country in countries}
        for article in Article.objects.for_listing().newest_in_each(countries, HOME_PER_COUNTRY):
            sections[article.section_country_id].append(article)
        return super().get_context_data(
            top=top,
            latest=latest[:HOME_LATEST_IN_FULL],
            headlines=latest[HOME_LATEST_IN_FULL:],
            country_sections=[(country, sections[country.pk]) for country in countries],
            all_countries=all_countries,
            **kwargs,
        )


class ArticleListView(ArticleListMixin, ListView):
    template_name = "articles/article_list.html"


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.for_detail()

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            duplicate = (
                Article.objects.duplicates_of_published()
                .select_related("duplicate_of")
                .filter(slug=kwargs["slug"])
                .first()
            )
            if duplicate is None:
                raise
            return redirect(duplicate.duplicate_of, permanent=True)

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            countries=[link.country for link in article.country_links.all()],
            topics=article.topics.all(),
            related=Article.objects.for_listing().related_to(article)[:RELATED_ARTICLES],
            **kwargs,
        )


class CountryListView(ListView):
    template_name = "articles/country_list.html"
    context_object_name = "countries"

    def get_queryset(self):
        return Country.objects.with_published_articles()


class CountryDetailView(ArticleListMixin, ListView):
    """A country: its facts, topics and authors, and its newest articles filterable by topic."""

    template_name = "articles/country_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = get_object_or_404(Country, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        return Article.objects.for_listing().in_country(self.object)

    def get_context_data(self, **kwargs):
        country = self.object
        in_country = Article.objects.published().in_country(country)
        return super().get_context_data(
            country=country,
            article_count=in_country.count(),
            topic_breakdown=Topic.objects.breakdown(countries=country),
            top_authors=Author.objects.most_frequent_in(country)[:TOP_AUTHORS],
            **kwargs,
        )


class TopicListView(ListView):
    template_name = "articles/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.with_article_counts()


class TopicDetailView(ArticleListMixin, ListView):
    """A topic: its articles, filterable by country, and how they spread over the countries."""

    template_name = "articles/topic_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = get_object_or_404(Topic, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        return Article.objects.for_listing().in_topic(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            topic=self.object,
            country_breakdown=Country.objects.breakdown(topics=self.object),
            **kwargs,
        )


class AuthorListView(ListView):
    template_name = "articles/author_list.html"
    context_object_name = "authors"

    def get_queryset(self):
        return Author.objects.with_published_articles().order_by("-is_outlet", "name")


class AuthorDetailView(ArticleListMixin, ListView):
    template_name = "articles/author_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = get_object_or_404(
            Author.objects.with_published_articles(), slug=kwargs["slug"]
        )
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        return Article.objects.for_listing().by_author(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.object, **kwargs)


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


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
