"""Tags for the reader's pages: article dates and photo credits, exchange rates and the region
map.

Each tag runs a fixed number of queries through queryset methods; templates fire no others.
"""

import json
import math
from functools import cache

from django import template
from django.contrib.staticfiles import finders
from django.utils.formats import date_format

from articles.models import Country, DatePrecision, DateSource, ExchangeRate, Topic

register = template.Library()

MAP_DATA = "map/central-asia.json"  # built by scripts/build_region_map.py
MAP_SHADES = 5


# How a publication date reads at each precision: (short format, long format, ISO format).
DATE_FORMATS = {
    DatePrecision.DAY: ("j M Y", "j F Y", "Y-m-d"),
    DatePrecision.MONTH: ("M Y", "F Y", "Y-m"),
    DatePrecision.YEAR: ("Y", "Y", "Y"),
}


@register.inclusion_tag("articles/_article_date.html")
def article_date(article, long=False):
    """The article's date as far as it is known, never more precisely: its publication date at
    its precision (marked when estimated from the text), else the day a page carrying it was
    captured ("seen"), else nothing."""
    if article.published_on:
        short, longer, iso = DATE_FORMATS[article.date_precision or DatePrecision.DAY]
        return {
            "kind": "published",
            "iso": date_format(article.published_on, iso),
            "text": date_format(article.published_on, longer if long else short),
            "estimated": article.date_source == DateSource.TEXT,
            "long": long,
        }
    if article.first_seen:
        short, longer, iso = DATE_FORMATS[DatePrecision.DAY]
        return {
            "kind": "seen",
            "iso": date_format(article.first_seen, iso),
            "text": date_format(article.first_seen, longer if long else short),
            "long": long,
        }
    return {"kind": None}


def _same(text):
    return " ".join(text.split()).casefold()


@register.inclusion_tag("articles/_story_photo.html")
def story_photo(article):
    """The article's captions and photo credit, each said once: pages often repeat the credit
    under every picture, or as the caption itself."""
    credit = article.photo_credit.strip()
    seen = {_same(credit)} if credit else set()
    captions = []
    for caption in article.captions:
        if caption.strip() and _same(caption) not in seen:
            seen.add(_same(caption))
            captions.append(caption.strip())
    return {"captions": captions, "credit": credit}


@register.filter
def ends_open(article):
    """True when an excerpt's last words need an ellipsis to show the story goes on."""
    texts = [block["text"].rstrip() for block in article.body if block["text"].strip()]
    return article.is_truncated and bool(texts) and not texts[-1].endswith(("…", "..."))


# og:locale for the languages the region's news comes in (language_TERRITORY).
LOCALES = {
    "en": "en_GB",
    "ru": "ru_RU",
    "kk": "kk_KZ",
    "ky": "ky_KG",
    "tg": "tg_TJ",
    "tk": "tk_TM",
    "uz": "uz_UZ",
}


@register.filter
def og_locale(language):
    """The OpenGraph locale of an article's language: ru -> ru_RU."""
    return LOCALES.get(language, language or "en_GB")


@register.inclusion_tag("articles/_rates_strip.html")
def rates_strip():
    """The latest rate of each Central Asian currency against the US dollar."""
    currencies = Country.objects.filter(is_central_asian=True).values("currency_code")
    return {"rates": ExchangeRate.objects.latest_per_currency(currencies)}


@register.inclusion_tag("articles/_country_rate.html")
def country_rate(country):
    """The latest rate of one country's currency, for its page."""
    rate = (
        ExchangeRate.objects.latest_per_currency([country.currency_code]).first()
        if country.currency_code
        else None
    )
    return {"country": country, "rate": rate}


@register.inclusion_tag("articles/_topic_index.html")
def topic_index():
    """Every topic that has published articles, most covered first."""
    topics = Topic.objects.with_published_articles().order_by("-article_count", "name")
    return {"topics": topics}


@cache
def map_shapes():
    with open(finders.find(MAP_DATA), encoding="utf-8") as file:
        return json.load(file)


def shade(count, most):
    """0 for no articles, else 1..MAP_SHADES on a square-root scale: a few countries dominate."""
    if not count or not most:
        return 0
    return max(1, min(MAP_SHADES, math.ceil(MAP_SHADES * math.sqrt(count / most))))


@register.inclusion_tag("articles/_region_map.html")
def region_map(current=None, with_list=True, countries=None):
    """Central Asia and its neighbours as inline SVG: each country links to its page and is shaded
    by its number of published articles. `current` (a Country) is highlighted, and the map is left
    out when it is not on it; `with_list` adds the text list that stands in for the map where SVG
    is not read. Pass `countries` when the page already has them from
    Country.objects.with_article_counts(), to save the query.
    """
    shapes = map_shapes()
    if countries is None:
        countries = Country.objects.with_article_counts()
    countries = {c.iso_code: c for c in countries if c.iso_code}
    most = max((c.article_count for c in countries.values() if c.is_central_asian), default=0)
    regions = []
    for shape in shapes["countries"]:
        country = countries.get(shape["iso"])
        count = country.article_count if country else 0
        regions.append(
            {
                **shape,
                "country": country,
                "count": count,
                "shade": shade(count, most),
                "current": current is not None and country == current,
            }
        )
    if current is not None and not any(region["current"] for region in regions):
        return {"regions": []}
    regions.sort(key=lambda region: region["current"])  # drawn last, its outline on top
    return {
        "view_box": shapes["view_box"],
        "land": shapes["land"],
        "water_labels": shapes["water_labels"],
        "regions": regions,
        "listed": [r for r in regions if r["central_asian"] and r["country"] and r["count"]],
        "with_list": with_list,
    }
