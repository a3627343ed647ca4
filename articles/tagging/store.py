"""Tags into the database: country ranks, topics and the primary country, in bulk, keeping what
an editor locked; and re-tagging stored articles when the rules change."""

from django.db import connection, models, transaction

from articles import upkeep
from articles.models import Article, ArticleCountry
from articles.tagging.tagger import Tagger


def set_primary_country(tagged):
    """Set primary_country on the objects (not saved) unless an editor locked the countries.

    `tagged` is a list of (article, Tags) pairs, as for store_tag_links.
    """
    for article, tags in tagged:
        if not article.is_locked("countries"):
            article.primary_country_id = tags.country_ids[0] if tags.country_ids else None


def store_tag_links(tagged):
    """Store country ranks and topics for (article, Tags) pairs, in bulk.

    An article whose editor locked "countries" or "topics" keeps that relation as it is. The
    caller saves `primary_country` with the article rows (see set_primary_country); use
    store_tags when it does not.
    """
    countries = [(a, t) for a, t in tagged if not a.is_locked("countries")]
    topics = [(a, t) for a, t in tagged if not a.is_locked("topics")]
    with transaction.atomic():
        ArticleCountry.objects.filter(article__in=[a for a, _ in countries]).delete()
        _insert_rows(
            ArticleCountry,
            ["article_id", "country_id", "rank"],
            [
                (a.pk, cid, rank)
                for a, tags in countries
                for rank, cid in enumerate(tags.country_ids)
            ],
        )
        through = Article.topics.through
        through.objects.filter(article__in=[a for a, _ in topics]).delete()
        _insert_rows(
            through,
            ["article_id", "topic_id"],
            [(a.pk, tid) for a, tags in topics for tid in tags.topic_ids],
        )


def store_tags(tagged):
    """store_tag_links, and save each unlocked article's primary country to match its rank 0."""
    with transaction.atomic():
        store_tag_links(tagged)
        unlocked = [(a, t) for a, t in tagged if not a.is_locked("countries")]
        set_primary_country(unlocked)
        Article.objects.bulk_update([a for a, _ in unlocked], ["primary_country"])


def _insert_rows(model, columns, rows):
    """Insert plain link rows with one executemany: an import writes tens of thousands of them,
    and building a model instance for each cost more than the database write."""
    if not rows:
        return
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(model._meta.get_field(c.removesuffix("_id")).column) for c in columns),
        ", ".join(["%s"] * len(columns)),
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def apply_tags(articles, *, tagger=None, batch_size=500):
    """Re-tag articles (a queryset or a list) by the current rules, keeping what an editor locked.

    Works in batches so that re-tagging every article does not hold them all in memory.
    Returns how many articles had a country or topic change.
    """
    tagger = tagger or Tagger.from_database()
    if isinstance(articles, models.QuerySet):
        articles = articles.order_by("pk").prefetch_related("country_links", "topics")
        batches = (articles[i : i + batch_size] for i in range(0, articles.count(), batch_size))
    else:
        batches = [articles]
    changed = 0
    for batch in batches:
        batch = list(batch)
        before = {a.pk: _current_tags(a) for a in batch}
        tagged = [(a, tagger.tag_article(a)) for a in batch]
        with transaction.atomic(), upkeep.articles_changing([a.pk for a in batch]):
            store_tags(tagged)
        changed += sum(_tags_changed(a, before[a.pk], new) for a, new in tagged)
    return changed


def _tags_changed(article, before, new):
    old_countries, old_topics = before
    return (not article.is_locked("countries") and new.country_ids != old_countries) or (
        not article.is_locked("topics") and set(new.topic_ids) != old_topics
    )


def _current_tags(article):
    links = sorted(article.country_links.all(), key=lambda link: link.rank)
    return [link.country_id for link in links], {t.pk for t in article.topics.all()}
