"""Articles and their ranked countries.

Everything an import derives (rendered body, word count, reading time, search text) is computed at
write time by `Article.compute_derived()`, never per request.
"""

from datetime import date

from django.db import models
from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse

from articles.derived_text import body_html, fold, searchable_text, word_count
from articles.models.base import LockableMixin
from articles.models.taxonomy import Author, Country, Topic

WORDS_PER_MINUTE = 220
# The sort key of an article with no known date: before any real one, so "newest first" lists
# put dated stories first. Never shown.
UNDATED = date(1, 1, 1)


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class DateSource(models.TextChoices):
    TEXT = "text", "Estimated from the article's text"
    EDITOR = "editor", "Set by an editor"


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_listing(self):
        return (
            self.published()
            .select_related("author", "primary_country")
            .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))
            .defer("body", "body_html", "search_text")
        )

    def for_detail(self):
        """Published articles with what the article page shows: author, ranked countries,
        topics."""
        return (
            self.published()
            .select_related("author", "primary_country")
            .prefetch_related(
                Prefetch(
                    "country_links", queryset=ArticleCountry.objects.select_related("country")
                ),
                Prefetch("topics", queryset=Topic.objects.order_by("name")),
            )
        )

    def front_page(self, *, top, listed):
        """(top, latest) for the home page: the editors' featured articles (at most `top`),
        else the newest; then the next `listed` newest articles not among them."""
        featured = list(self.for_listing().featured()[:top])
        newest = list(
            self.for_listing().exclude(pk__in=[a.pk for a in featured])[
                : listed + (0 if featured else top)
            ]
        )
        if not featured:
            return newest[:top], newest[top:]
        return featured, newest

    def in_country(self, country):
        return self.filter(countries=country)

    def in_topic(self, topic):
        return self.filter(topics=topic)

    def by_author(self, author):
        return self.filter(author=author)

    def featured(self):
        return (
            self.published().filter(is_featured=True).order_by("featured_rank", "-sort_date", "-id")
        )

    def complete(self):
        return self.filter(is_truncated=False)

    def containing(self, text):
        """Articles whose title or body contain every word of `text`, whatever the case.

        Compares folded text with the folded search_text, so Cyrillic matches on SQLite too.
        """
        queryset = self
        for word in fold(text).split():
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    def related_to(self, article):
        """Other articles sharing the article's countries or topics: most shared, then newest."""
        countries = article.countries.values("pk")  # subqueries: no extra round trips
        topics = article.topics.values("pk")
        return (
            self.exclude(pk=article.pk)
            .annotate(
                shared=Count("countries", filter=Q(countries__in=countries), distinct=True)
                + Count("topics", filter=Q(topics__in=topics), distinct=True)
            )
            .filter(shared__gt=0)
            .order_by("-shared", "-sort_date", "-id")
        )

    def newest_in_each(self, countries, per_country):
        """Up to `per_country` articles about each country, in one query: those mainly about it
        (by country rank) first, then the newest.

        An article about several of the countries may appear under each; `section_country_id`
        says which one a row is for.
        """
        return (
            self.filter(country_links__country__in=countries)
            .annotate(
                section_country_id=F("country_links__country"),
                position=Window(
                    RowNumber(),
                    partition_by=F("country_links__country"),
                    order_by=[
                        F("country_links__rank").asc(),
                        F("sort_date").desc(),
                        F("id").desc(),
                    ],
                ),
            )
            .filter(position__lte=per_country)
            .order_by("section_country_id", "position")
        )

    def duplicates_of_published(self):
        """Unpublished duplicates whose kept article is public: their URLs redirect to it."""
        return self.filter(duplicate_of__is_published=True)


class Article(LockableMixin):
    class Kind(models.TextChoices):
        NEWS = "news", "News"
        OPINION = "opinion", "Opinion"
        INTERVIEW = "interview", "Interview"
        VIDEO = "video", "Video"
        ANALYSIS = "analysis", "Analysis"

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=255, unique=True)
    identity_key = models.CharField(
        max_length=500,
        unique=True,
        editable=False,
        help_text="Normalised headline the article was first imported under. Re-imports find the "
        "article by it, so editors may change the displayed title freely.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS)
    dateline = models.CharField(
        max_length=100, blank=True, help_text="The place the story was filed from (ASTANA)."
    )
    photo_credit = models.CharField(max_length=300, blank=True)
    captions = models.JSONField(default=list, blank=True, help_text="Image captions, in order.")
    body = models.JSONField(
        default=list,
        blank=True,
        help_text='The body in order: [{"kind": "p" or "h", "text": "..."}] '
        "(paragraphs and subheadings).",
    )
    is_truncated = models.BooleanField(
        "excerpt only",
        default=False,
        help_text="Only a listing excerpt is known; a later import of the full page replaces it.",
    )
    is_published = models.BooleanField(
        "published",
        default=True,
        help_text="The single switch for public visibility: unpublished articles appear nowhere "
        "public and their URL answers 404.",
    )
    is_featured = models.BooleanField("featured", default=False)
    featured_rank = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Order of featured articles on the home page, lowest first.",
    )
    author = models.ForeignKey(
        Author, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    primary_country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="primary_articles",
        help_text="The country the article is mostly about; kept equal to the first-ranked "
        "country.",
    )
    countries = models.ManyToManyField(
        Country, through="ArticleCountry", related_name="articles", blank=True
    )
    topics = models.ManyToManyField(Topic, related_name="articles", blank=True)
    published_on = models.DateField(
        "publication date",
        null=True,
        blank=True,
        help_text="When the story was published, as far as it is known: estimated by the "
        "importer from a date the article's own text names, or set by an editor. At month or "
        "year precision it holds the first day of that month or year. Empty when unknown; the "
        "import day is never used.",
    )
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        blank=True,
        help_text="How much of the publication date is known; empty when nothing is.",
    )
    date_source = models.CharField(
        max_length=6,
        choices=DateSource.choices,
        blank=True,
        help_text="Where the publication date comes from; pages call an estimate an estimate.",
    )
    first_seen = models.DateField(
        null=True,
        blank=True,
        help_text="Capture date of the earliest page the article was seen on (empty when no "
        "page carrying it had a date).",
    )
    last_seen = models.DateField(
        null=True, blank=True, help_text="Capture date of the latest page the article was seen on."
    )
    language = models.CharField(
        max_length=8,
        default="en",
        help_text="The article's language (ISO 639-1), detected at import: en, ru, kk…",
    )
    is_sample = models.BooleanField(
        "sample",
        default=False,
        help_text="An invented story from the bundled sample pages, marked as such wherever it "
        "is shown; `manage.py remove_samples` deletes them all.",
    )
    title_is_provisional = models.BooleanField(
        "provisional title",
        default=False,
        help_text="The page gave no headline: the title was made from the series name or the "
        "first words. Set a real one (editing the title clears this).",
    )
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text="Set to mark this article a duplicate: it is unpublished and its URL redirects "
        "to the kept article.",
    )
    seen_in = models.ManyToManyField(
        "ImportFile", related_name="articles", blank=True, editable=False
    )
    fingerprints = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Hashes of the page sightings merged into this article; an identical sighting "
        "is skipped, which keeps re-imports idempotent.",
    )

    # Derived at write time by compute_derived().
    sort_date = models.DateField(
        editable=False,
        help_text="Ordering key: the publication date, else the first capture date, else "
        "UNDATED (sorted last among the newest). Never shown as a date.",
    )
    body_html = models.TextField(blank=True, editable=False)
    summary = models.TextField(blank=True, editable=False)
    word_count = models.PositiveIntegerField(default=0, editable=False)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    search_text = models.TextField(
        blank=True, editable=False, help_text="Case-folded title and body, for searching."
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-sort_date", "-id"]
        indexes = [
            models.Index(
                fields=["is_published", "-sort_date", "-id"], name="article_published_date"
            ),
            models.Index(fields=["primary_country", "-sort_date"], name="article_country_date"),
            models.Index(fields=["author", "-sort_date"], name="article_author_date"),
            models.Index(fields=["is_featured", "featured_rank"], name="article_featured"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.compute_derived()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:article_detail", kwargs={"slug": self.slug})

    @property
    def paragraphs(self):
        return [block["text"] for block in self.body if block["kind"] == "p"]

    # What compute_derived() writes: a bulk_update after it must include these.
    DERIVED_FIELDS = (
        "sort_date",
        "body_html",
        "summary",
        "word_count",
        "reading_minutes",
        "search_text",
    )

    def compute_derived(self):
        """Fill the derived fields (from the dates, title and body); call before every save or
        bulk write."""
        self.sort_date = self.published_on or self.first_seen or UNDATED
        self.body_html = body_html(self.body)
        paragraphs = self.paragraphs
        self.summary = paragraphs[0] if paragraphs else ""
        self.word_count = word_count(" ".join(block["text"] for block in self.body))
        self.reading_minutes = max(1, round(self.word_count / WORDS_PER_MINUTE))
        self.search_text = searchable_text(self.title, [b["text"] for b in self.body])


class ArticleCountry(models.Model):
    """A country an article is about, ranked by how central it is (rank 0 is the primary)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="article_links")
    rank = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["article", "country"], name="unique_article_country")
        ]
        indexes = [models.Index(fields=["country", "article"], name="articlecountry_country")]

    def __str__(self):
        return f"{self.country} (rank {self.rank})"
