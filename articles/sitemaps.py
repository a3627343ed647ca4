"""/sitemap.xml: published articles, and the country, topic and author pages."""

from django.contrib.sitemaps import Sitemap

from articles.models import Article, Author, Country, Topic


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-sort_date", "-id")

    def lastmod(self, article):
        return article.updated_at


class CountrySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Country.objects.order_by("name")


class TopicSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        return Topic.objects.order_by("name")


class AuthorSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Author.objects.with_published_articles().order_by("name")


SITEMAPS = {
    "articles": ArticleSitemap,
    "countries": CountrySitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}
