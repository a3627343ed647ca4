"""The domain: articles, their authors, the countries and topics they are about, and reference data.

One module per concern, matching articles/admin/: taxonomy (countries, topics, authors), articles,
reference (exchange rates, spelling variants), imports (runs and files), and the content
version that public pages are cached under.
"""

from articles.models.articles import (
    UNDATED,
    WORDS_PER_MINUTE,
    Article,
    ArticleCountry,
    ArticleQuerySet,
    DatePrecision,
    DateSource,
)
from articles.models.base import CountedQuerySet, LockableMixin
from articles.models.freshness import ContentVersion
from articles.models.imports import ImportFile, ImportRun
from articles.models.reference import ExchangeRate, SpellingVariant
from articles.models.taxonomy import Author, AuthorQuerySet, Country, Topic

__all__ = [
    "UNDATED",
    "WORDS_PER_MINUTE",
    "Article",
    "ArticleCountry",
    "ArticleQuerySet",
    "ContentVersion",
    "Author",
    "AuthorQuerySet",
    "CountedQuerySet",
    "DatePrecision",
    "DateSource",
    "Country",
    "ExchangeRate",
    "ImportFile",
    "ImportRun",
    "LockableMixin",
    "SpellingVariant",
    "Topic",
]
