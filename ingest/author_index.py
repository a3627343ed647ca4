"""Authors named on a page: found by name or alias (any case), created when new.

Read afresh inside each file's locked transaction, never from a run-level cache: another run, or
an editor merging authors, may have created, renamed or deleted authors since the run began.
An exact name is found by the unique index; only a name not stored as such (a different case, an
alias) costs a look through every author's name and aliases, folded in Python so that it matches
the same way on every database.

A profile page (role, bio) is authoritative for that person's role and bio; a bio found in an
author box fills an empty bio only. Locked fields are never written.
"""

from django.db import IntegrityError

from articles.models import Author
from ingest.slugs import assign_unique_slugs

OUTLET_NAME = "Times of Central Asia"


def authors_resolve(*, records, profile):
    """{name: Author} for the authors of the records (the articles kept from a page) and the
    profile's person when an article is theirs, creating missing ones; updates role and bio."""
    names = {record.author for record in records if record.author}
    if profile and profile.name and any(not record.author for record in records):
        names.add(profile.name)
    found = _find(names)
    missing = sorted(name for name in names if name not in found)
    if missing:
        _create(missing)
        found.update(_find(missing))
        if lost := [name for name in missing if name not in found]:
            raise IntegrityError(f"author not stored: {lost[0]}")
    _update_details(records, profile, found)
    return found


def _find(names):
    if not names:
        return {}
    found = {a.name: a for a in Author.objects.filter(name__in=names)}
    rest = {name.casefold(): name for name in names if name not in found}
    if rest:
        matches = {}
        for pk, name, aliases in Author.objects.order_by("name").values_list(
            "pk", "name", "aliases"
        ):
            for known in [name, *aliases.splitlines()]:
                wanted = rest.get(known.strip().casefold())
                if wanted is not None:
                    matches.setdefault(wanted, pk)
        by_pk = Author.objects.in_bulk(set(matches.values()))
        found.update({name: by_pk[pk] for name, pk in matches.items()})
    return found


def _create(names):
    """Insert the authors; one that appeared meanwhile (by name) is left as it is."""
    authors = [Author(name=name, is_outlet=_is_outlet(name)) for name in names]
    assign_unique_slugs(authors, text=lambda a: a.name, seed=lambda a: a.name, fallback="author")
    Author.objects.bulk_create(authors, ignore_conflicts=True)


def _update_details(records, profile, found):
    changed = {}
    if profile and profile.name in found:
        author = found[profile.name]
        for name, value in (("role", profile.role), ("bio", profile.bio)):
            if value and not author.is_locked(name) and getattr(author, name) != value:
                setattr(author, name, value)
                changed[author.pk] = author
    for record in records:
        author = found.get(record.author)
        if author and record.author_bio and not author.bio and not author.is_locked("bio"):
            author.bio = record.author_bio
            changed[author.pk] = author
    if changed:
        Author.objects.bulk_update(list(changed.values()), ["role", "bio"])


def _is_outlet(name):
    return name.casefold() == OUTLET_NAME.casefold()
