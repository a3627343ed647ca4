"""Atom feeds: the latest articles, a country's, a topic's, an author's, and a saved search.

Summaries are plain text from the dumps and go out as Atom text (`type="text"`), so no markup in
a dump reaches a feed reader as markup. The feed's own author is the site, which makes entries
without an author valid Atom.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed, FeedDoesNotExist
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from articles.filters import SearchFilter
from articles.models import Article, Author, Country, DatePrecision, Topic
from articles.search import SearchResults, parse_query

FEED_ENTRIES = 50


class TextSummaryAtomFeed(Atom1Feed):
    """Atom whose entry summaries are text: Django's Atom1Feed always says `type="html"`."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class BaseFeed(Feed):
    """What every feed says about an article; subclasses choose the articles and the titles."""

    feed_type = TextSummaryAtomFeed
    author_name = settings.SITE_NAME

    def items(self, obj):
        return self.articles(obj)[:FEED_ENTRIES]

    def articles(self, obj):
        return Article.objects.for_listing()

    def item_title(self, article):
        """The headline; an invented sample story says so first, as everywhere it is shown."""
        return f"[Sample] {article.title}" if article.is_sample else article.title

    def item_description(self, article):
        return article.summary

    def item_pubdate(self, article):
        """Atom's <published>: only a publication day that is known (never the import day)."""
        if article.published_on and article.date_precision == DatePrecision.DAY:
            return datetime.combine(article.published_on, time.min, tzinfo=UTC)
        return None

    def item_updateddate(self, article):
        """Atom's <updated> is required: the best date known for the story, else the time our
        record of it last changed."""
        known = article.published_on or article.last_seen
        return datetime.combine(known, time.min, tzinfo=UTC) if known else article.updated_at

    def item_author_name(self, article):
        return article.author.name if article.author else None

    def item_author_link(self, article):
        return article.author.get_absolute_url() if article.author else None

    def item_categories(self, article):
        countries = [article.primary_country.name] if article.primary_country else []
        return [*countries, *(topic.name for topic in article.topics.all())]


class LatestFeed(BaseFeed):
    title = f"{settings.SITE_NAME}: latest"
    subtitle = "The newest articles about Central Asia."

    def link(self):
        return reverse("articles:home")


class ObjectFeed(BaseFeed):
    """The articles of one country, topic or author, found by the slug in the URL."""

    model = None

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, obj):
        return f"{settings.SITE_NAME}: {obj}"

    def link(self, obj):
        return obj.get_absolute_url()


class CountryFeed(ObjectFeed):
    model = Country

    def articles(self, country):
        return super().articles(country).in_country(country)


class TopicFeed(ObjectFeed):
    model = Topic

    def subtitle(self, topic):
        return topic.description

    def articles(self, topic):
        return super().articles(topic).in_topic(topic)


class AuthorFeed(ObjectFeed):
    model = Author

    def title(self, author):
        return f"{settings.SITE_NAME}: by {author.name}"

    def articles(self, author):
        return super().articles(author).by_author(author)


@dataclass(frozen=True)
class SavedSearch:
    results: SearchResults
    querystring: str


class SearchFeed(BaseFeed):
    """A saved search: /search/feed/ with the query string of /search/, newest first.

    One feed object serves every request, so what a request asked for travels in the object
    get_object() returns, never on the feed itself.
    """

    def get_object(self, request):
        query = parse_query(request.GET.get("q", ""))
        filterset = SearchFilter(request.GET, queryset=Article.objects.for_listing())
        if not query or not filterset.is_valid():
            raise FeedDoesNotExist
        results = SearchResults(query, filterset.qs, order="newest")
        return SavedSearch(results=results, querystring=request.GET.urlencode())

    def title(self, search):
        return f"{settings.SITE_NAME}: search for {search.results.parsed.raw}"

    def link(self, search):
        return reverse("articles:search") + "?" + search.querystring

    def items(self, search):
        return search.results[:FEED_ENTRIES]
