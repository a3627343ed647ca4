"""Editorial services: what an editor does to imported data, and the locks that keep it.

The promise to editors: a change made by hand is never overwritten by an import. Every service
here records the names of the fields it changed in the object's `locked_fields`, and the
importer never writes a locked field. Lock names are model field names, with one exception:
"countries" covers both the ranked ArticleCountry links and `primary_country`, which is kept
equal to the rank-0 country.

Every service that changes articles does so in one transaction and inside an upkeep scope
(articles.upkeep), so stored counts, related lists and the content version follow.

The admin calls these functions; nothing here knows about requests or forms.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from articles import upkeep
from articles.models import Article, ArticleCountry, Author

# Form or relation names that are locked under another name.
LOCK_NAMES = {"primary_country": "countries", "country_links": "countries"}
# Changing the lock list itself is unlocking, not an edit to lock.
NOT_LOCKED = {"locked_fields"}


def lock_names_for(field_names):
    """The lock names for fields an editor changed, in order, without repeats."""
    names = []
    for field_name in field_names:
        if field_name in NOT_LOCKED:
            continue
        name = LOCK_NAMES.get(field_name, field_name)
        if name not in names:
            names.append(name)
    return names


def lock_edited_fields(*, obj, field_names):
    """Record that an editor changed `field_names` on `obj` (not saved; the caller saves).

    Returns True when the lock list grew.
    """
    return obj.lock(*lock_names_for(field_names))


def save_edits(*, obj, field_names):
    """Save an editor's changes to `field_names` of `obj`, with its lock list.

    Only those fields are written, onto the row as it is now: a form holds every field as it was
    when the editor opened it, and saving them all would undo an import that ran in between.
    Relations (many-to-many) are saved by the caller. Returns the saved object.
    """
    model = type(obj)
    with _changing([obj] if model is Article else []):
        current = model.objects.select_for_update().get(pk=obj.pk)
        for name in field_names:
            field = model._meta.get_field(name)
            if field.concrete and not field.many_to_many:
                setattr(current, field.attname, getattr(obj, field.attname))
        current.locked_fields = obj.locked_fields
        current.save()
    return current


def unlock_fields(*, objects, field_names=None):
    """Let imports update these fields again; all of an object's locks when `field_names` is None.

    Returns how many objects changed.
    """
    changed = []
    for obj in objects:
        kept = [] if field_names is None else [n for n in obj.locked_fields if n not in field_names]
        if kept != obj.locked_fields:
            obj.locked_fields = kept
            changed.append(obj)
    if changed:
        type(changed[0]).objects.bulk_update(changed, ["locked_fields"])
    return len(changed)


def _bulk_edit(articles, values):
    """Set `values` on every article that differs and lock those fields; returns the count changed.

    An article already holding the values is left alone and not locked: nothing was changed.
    """
    changed = []
    for article in articles:
        differing = [name for name, value in values.items() if getattr(article, name) != value]
        if not differing:
            continue
        for name in differing:
            setattr(article, name, values[name])
        article.lock(*differing)
        changed.append(article)
    if changed:
        Article.objects.bulk_update(changed, [*values, "locked_fields", "updated_at"])
    return len(changed)


def set_published(*, articles, published):
    """Publish or unpublish; `is_published` is locked so an import never reverses it."""
    articles = list(articles)
    with _changing(articles):
        return _bulk_edit(_stamped(articles), {"is_published": published})


def feature(*, articles):
    """Feature articles not yet featured, after those already featured, in the order given.

    Each gets the next free `featured_rank`; `is_featured` and `featured_rank` are locked.
    Already-featured articles keep their rank.
    """
    articles = [a for a in _stamped(articles) if not a.is_featured]
    with _changing(articles):
        last = Article.objects.filter(is_featured=True).aggregate(last=Max("featured_rank"))
        next_rank = 1 if last["last"] is None else last["last"] + 1
        for article in articles:
            article.is_featured, article.featured_rank = True, next_rank
            article.lock("is_featured", "featured_rank")
            next_rank += 1
        Article.objects.bulk_update(
            articles, ["is_featured", "featured_rank", "locked_fields", "updated_at"]
        )
    return len(articles)


def unfeature(*, articles):
    """Take articles off the home page lead; both featured fields are locked."""
    articles = list(articles)
    with _changing(articles):
        return _bulk_edit(_stamped(articles), {"is_featured": False, "featured_rank": None})


def add_topic(*, articles, topic):
    """Add `topic` to each article that lacks it and lock "topics"; returns the count changed."""
    articles = list(articles)
    having = set(
        topic.articles.filter(pk__in=[a.pk for a in articles]).values_list("pk", flat=True)
    )
    changed = [a for a in _stamped(articles) if a.pk not in having]
    with _changing(changed):
        Article.topics.through.objects.bulk_create(
            [Article.topics.through(article_id=a.pk, topic_id=topic.pk) for a in changed]
        )
        for article in changed:
            article.lock("topics")
        Article.objects.bulk_update(changed, ["locked_fields", "updated_at"])
    return len(changed)


def set_primary_country(*, articles, country):
    """Make `country` rank 0 of each article, the others keeping their order behind it.

    `primary_country` follows rank 0 and "countries" is locked. Returns the count changed.
    """
    articles = list(_stamped(articles))
    links = _links_by_article(articles)
    changed = [a for a in articles if links.get(a.pk, [])[:1] != [country.pk]]
    with _changing(changed):
        for article in changed:
            current = links.get(article.pk, [])
            _relink(article, [country.pk, *(pk for pk in current if pk != country.pk)])
    return len(changed)


def set_countries(*, article, countries):
    """Replace an article's countries with `countries` (Country objects), the first primary."""
    with _changing([article]):
        _relink(_stamped([article])[0], [c.pk for c in countries])


def renumber_countries(*, article):
    """After the admin inline saved an article's country links: ranks become 0, 1, 2... in the
    order the editor gave (ties by entry order), `primary_country` follows rank 0, and
    "countries" is locked. Saves the article."""
    with _changing([article]):
        links = list(ArticleCountry.objects.filter(article=article).order_by("rank", "pk"))
        for rank, link in enumerate(links):
            link.rank = rank
        ArticleCountry.objects.bulk_update(links, ["rank"])
        article.primary_country_id = links[0].country_id if links else None
        article.lock("countries")
        article.save(update_fields=["primary_country", "locked_fields", "updated_at"])


def _relink(article, country_ids):
    ArticleCountry.objects.filter(article=article).delete()
    ArticleCountry.objects.bulk_create(
        ArticleCountry(article=article, country_id=pk, rank=rank)
        for rank, pk in enumerate(country_ids)
    )
    article.primary_country_id = country_ids[0] if country_ids else None
    article.lock("countries")
    article.save(update_fields=["primary_country", "locked_fields", "updated_at"])


def _links_by_article(articles):
    links = {}
    rows = ArticleCountry.objects.filter(article__in=articles).order_by("article", "rank", "pk")
    for article_id, country_id in rows.values_list("article_id", "country_id"):
        links.setdefault(article_id, []).append(country_id)
    return links


def mark_duplicate(*, duplicate, of):
    """Mark `duplicate` as the same story as `of`, the article that is kept.

    Rules: the duplicate is unpublished and unfeatured (both locked) and its URL redirects to the
    kept article; articles that were duplicates of the duplicate now point at the kept article,
    so there is never a chain; an article cannot duplicate itself or an article that is itself a
    duplicate (mark the kept one first). Raises ValueError when the rules are broken.
    """
    if duplicate.pk == of.pk:
        raise ValueError("An article cannot be a duplicate of itself.")
    if of.duplicate_of_id is not None:
        raise ValueError(f"“{of}” is itself a duplicate; keep the article it duplicates instead.")
    with _changing([duplicate]):
        Article.objects.filter(duplicate_of=duplicate).update(duplicate_of=of)
        duplicate.duplicate_of = of
        hidden = {"is_published": False, "is_featured": False, "featured_rank": None}
        for name, value in hidden.items():
            if getattr(duplicate, name) != value:
                setattr(duplicate, name, value)
                duplicate.lock(name)
        duplicate.lock("duplicate_of")
        duplicate.updated_at = timezone.now()
        duplicate.save(update_fields=["duplicate_of", *hidden, "locked_fields", "updated_at"])


def merge_authors(*, keep, others):
    """Merge `others` into `keep`: their articles move to `keep`, they are deleted, and their
    names and aliases become aliases of `keep`, so later imports of those bylines land on `keep`.

    The moved articles' `author` is not locked: imports resolve the old bylines to `keep` anyway,
    and a later full-page import that names a different author may still correct an article.
    Returns the number of articles moved.
    """
    others = [author for author in others if author.pk != keep.pk]
    moving = Article.objects.filter(author__in=others)
    with _changing(list(moving.only("pk"))):
        moved = moving.update(author=keep)
        names = [name for other in others for name in [other.name, *other.alias_list()]]
        add_aliases(author=keep, names=names)
        Author.objects.filter(pk__in=[other.pk for other in others]).delete()
        keep.save(update_fields=["aliases"])
    return moved


def keep_old_name(*, author, old_name):
    """An editor renamed `author`: the old name becomes an alias, so the next import of a byline
    under the old name still lands on this author instead of creating a new one. Not saved."""
    add_aliases(author=author, names=[old_name])


def add_aliases(*, author, names):
    """Append `names` to the author's aliases, skipping their own name and any repeats
    (case-insensitive, as the importer matches them). Not saved; the caller saves."""
    aliases = author.alias_list()
    known = {author.name.casefold(), *(alias.casefold() for alias in aliases)}
    for name in names:
        if name.casefold() not in known:
            aliases.append(name)
            known.add(name.casefold())
    author.aliases = "\n".join(aliases)


@contextmanager
def _changing(articles):
    """One transaction for a service's writes, inside an upkeep scope for these articles (which
    joins the caller's scope when there is one: see articles.upkeep)."""
    with transaction.atomic(), upkeep.articles_changing([a.pk for a in articles]):
        yield


def _stamped(articles):
    # bulk_update skips auto_now; stamp updated_at so caches and feeds see the change.
    now = timezone.now()
    articles = list(articles)
    for article in articles:
        article.updated_at = now
    return articles
