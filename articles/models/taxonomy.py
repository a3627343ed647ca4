"""Countries, topics and authors: what articles are about and who wrote them."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count
from django.urls import reverse

from articles.derived_text import split_lines
from articles.models.base import CountedQuerySet, LockableMixin


class Country(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    iso_code = models.CharField(
        max_length=2,
        blank=True,
        help_text="ISO 3166-1 alpha-2 code; ties the country to its outline on the region map.",
    )
    is_central_asian = models.BooleanField(
        "Central Asian",
        default=False,
        help_text="One of the five Central Asian republics: listed first and given a "
        "home-page section.",
    )
    capital = models.CharField(max_length=100, blank=True)
    currency_code = models.CharField(
        max_length=3,
        blank=True,
        help_text="ISO 4217 code, e.g. KZT; links the country to its rate.",
    )
    aliases = models.TextField(
        blank=True,
        help_text="One per line: demonyms, capitals and big cities, parliaments, leaders' names "
        "with their spellings. The tagger finds the country in an article by its name and these, "
        "as whole words; aliases in capitals (US, UAE) or short capitalised ones (Osh) match case "
        "exactly.",
    )

    objects = CountedQuerySet.as_manager()

    class Meta:
        ordering = ["-is_central_asian", "name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:country_detail", kwargs={"slug": self.slug})

    def alias_list(self):
        return split_lines(self.aliases)


class Topic(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text="One term per line, matched as whole words in any case (terms in capitals, "
        "like IT, match exactly); a * on a word matches any ending (pipeline*, нефт*). A number "
        "after a term is its weight (pipeline* 3; none is 1; World Bank 0 keeps a look-alike "
        "out); a leading - makes it count against the topic (-river bank*). A phrase is counted "
        "instead of the words in it. Lines starting with # are notes.",
    )
    min_score = models.DecimalField(
        "minimum score",
        max_digits=4,
        decimal_places=1,
        default=Decimal("10"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text="Evidence an article needs for this topic: the weights of the keywords found, "
        "a headline match counting four times and an opening-paragraph match twice, the text's "
        "points scaled down to 300 words when it is longer. An article gets at most three "
        "topics, the strongest first, none under a fifth of the strongest.",
    )

    objects = CountedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic_detail", kwargs={"slug": self.slug})

    def keyword_list(self):
        return split_lines(self.keywords)


class AuthorQuerySet(CountedQuerySet):
    def most_frequent_in(self, country):
        """Authors by their number of published articles about a country, most first."""
        return (
            self.filter(articles__is_published=True, articles__countries=country)
            .annotate(article_count=Count("articles", distinct=True))
            .order_by("-article_count", "name")
        )


class Author(LockableMixin):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    role = models.CharField(max_length=200, blank=True, help_text="e.g. Journalist, Senior Editor.")
    bio = models.TextField(blank=True)
    is_outlet = models.BooleanField(
        default=False,
        help_text="The outlet's staff byline (Times of Central Asia) rather than a person.",
    )
    aliases = models.TextField(
        blank=True,
        help_text="One per line: other names this author was imported under (kept when authors are "
        "merged), so later imports land on this author.",
    )

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author_detail", kwargs={"slug": self.slug})

    def alias_list(self):
        return split_lines(self.aliases)
