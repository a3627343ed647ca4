"""The domain: articles, their authors, the countries and topics they are about, and exchange rates.

Everything an import derives (rendered body, word count, reading time, search text) is computed at
write time by `Article.compute_derived()`, never per request.
"""

from django.db import models
from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse

from articles.text import body_html, fold, searchable_text, split_lines, word_count

WORDS_PER_MINUTE = 220


class LockableMixin(models.Model):
    """Fields an editor changed by hand; the importer never writes a locked field."""

    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor set by hand. Imports never overwrite them; "
        "remove a name to let the next import update that field again.",
    )

    class Meta:
        abstract = True

    def is_locked(self, field_name):
        return field_name in self.locked_fields

    def lock(self, *field_names):
        """Add field names to the lock list; returns True when the list changed."""
        added = [name for name in field_names if name not in self.locked_fields]
        self.locked_fields = [*self.locked_fields, *added]
        return bool(added)


class CountedQuerySet(models.QuerySet):
    """Countries, topics or authors, with how many published articles each has."""

    def with_article_counts(self):
        counted = self.annotate(
            article_count=Count("articles", filter=Q(articles__is_published=True))
        )
        # Aggregating drops Meta.ordering; keep it unless the caller chose an order.
        return counted.order_by(*(self.query.order_by or self.model._meta.ordering))

    def with_published_articles(self):
        """Those with at least one published article, annotated with their count."""
        return self.with_article_counts().filter(article_count__gt=0)


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
        help_text="One per line. An article gets the topic when these words appear in its headline "
        "or three times in its body, a mention in the opening paragraph counting twice (whole "
        "words, any case; a trailing * matches any ending).",
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

    def in_country(self, country):
        return self.filter(countries=country)

    def in_topic(self, topic):
        return self.filter(topics=topic)

    def by_author(self, author):
        return self.filter(author=author)

    def featured(self):
        return self.published().filter(is_featured=True).order_by("featured_rank", "-date", "-id")

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
            .order_by("-shared", "-date", "-id")
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
                    order_by=[F("country_links__rank").asc(), F("date").desc(), F("id").desc()],
                ),
            )
            .filter(position__lte=per_country)
            .order_by("section_country_id", "position")
        )

    def duplicates_of_published(self):
        """Unpublished duplicates whose kept article is public: their URLs redirect to it."""
        return self.filter(duplicate_of__is_published=True)

    def count_by_country(self):
        """{country id: number of these articles about it}."""
        return self._count_by("countries")

    def count_by_topic(self):
        """{topic id: number of these articles on it}."""
        return self._count_by("topics")

    def _count_by(self, relation):
        rows = (
            self.order_by()
            .filter(**{f"{relation}__isnull": False})
            .values_list(relation)
            .annotate(count=Count("pk", distinct=True))
        )
        return dict(rows)


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
    date = models.DateField(
        help_text="Ordering date: the capture date of the first page it was seen on, "
        "else the day it was first imported (the dumps carry no publication dates).",
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
        ordering = ["-date", "-id"]
        indexes = [
            models.Index(fields=["is_published", "-date", "-id"], name="article_published_date"),
            models.Index(fields=["primary_country", "-date"], name="article_country_date"),
            models.Index(fields=["author", "-date"], name="article_author_date"),
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

    @property
    def subheadings(self):
        return [block["text"] for block in self.body if block["kind"] == "h"]

    # What compute_derived() writes: a bulk_update after it must include these.
    DERIVED_FIELDS = ("body_html", "summary", "word_count", "reading_minutes", "search_text")

    def compute_derived(self):
        """Fill the fields derived from title and body; call before every save or bulk write."""
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


class ExchangeRateQuerySet(models.QuerySet):
    def latest_per_currency(self, currencies, base="USD"):
        """The newest rate of each currency against `base`, in one query."""
        newest_first = Window(
            RowNumber(), partition_by=F("currency"), order_by=[F("date").desc(), F("id").desc()]
        )
        return (
            self.filter(base=base, currency__in=currencies)
            .annotate(position=newest_first)
            .filter(position=1)
            .order_by("currency")
        )


class ExchangeRate(models.Model):
    currency = models.CharField(max_length=3)
    base = models.CharField(max_length=3, default="USD")
    rate = models.DecimalField(
        max_digits=20, decimal_places=8, help_text="Units of the base currency for one unit."
    )
    change_percent = models.DecimalField(max_digits=9, decimal_places=4)
    date = models.DateField(help_text="Capture date of the page the ticker was on.")

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "base", "date"], name="unique_rate_per_day")
        ]

    def __str__(self):
        return f"{self.currency}/{self.base} {self.rate} on {self.date}"


class SpellingVariant(models.Model):
    """Spellings of one name, Latin and Cyrillic; a search for any of them finds all."""

    name = models.CharField(max_length=200, unique=True, help_text="The preferred spelling.")
    variants = models.TextField(
        help_text="One per line: other spellings (Tokaev, Токаев). Searching for any of them, or "
        "for the preferred spelling, finds articles that use any."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def variant_list(self):
        return split_lines(self.variants)


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Some files failed"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RUNNING)
    dry_run = models.BooleanField(default=False)
    arguments = models.JSONField(default=list, help_text="The paths the command was given.")
    files_total = models.PositiveIntegerField(default=0)
    files_failed = models.PositiveIntegerField(default=0)
    articles_created = models.PositiveIntegerField(default=0)
    articles_updated = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"Import #{self.pk} at {self.started_at:%Y-%m-%d %H:%M}"


class ImportFile(models.Model):
    class Outcome(models.TextChoices):
        IMPORTED = "imported", "Imported"
        FAILED = "failed", "Failed"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="files")
    path = models.CharField(max_length=1000)
    checksum = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the file's bytes.")
    size = models.PositiveIntegerField(default=0)
    layout = models.CharField(max_length=40, blank=True)
    encoding = models.CharField(max_length=20, blank=True)
    page_date = models.DateField(null=True, blank=True)
    articles_found = models.PositiveIntegerField(default=0)
    articles_created = models.PositiveIntegerField(default=0)
    articles_updated = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    message = models.TextField(blank=True, help_text="Why the file failed.")
    warnings = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.path
