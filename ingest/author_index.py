"""Authors named on a page: found by name or alias (any case), created in bulk when new.

A profile page (role, bio) is authoritative for that person's role and bio; a bio found in an
author box fills an empty bio only. Locked fields are never written.
"""

from articles.models import Author
from ingest.slugs import assign_unique_slugs

OUTLET_NAME = "Times of Central Asia"


class AuthorIndex:
    """Authors by folded name and alias, loaded once per import run."""

    def __init__(self):
        self.reload()

    def reload(self):
        self._by_name = {}
        for author in Author.objects.all():
            for name in [author.name, *author.alias_list()]:
                self._by_name.setdefault(name.casefold(), author)

    def get(self, name):
        return self._by_name.get(name.casefold()) if name else None

    def add(self, author):
        self._by_name[author.name.casefold()] = author


def authors_resolve(*, page, index):
    """Authors for every name on the page ({name: Author}), creating missing ones in bulk."""
    profile = page.author_profile
    names = {r.author for r in page.articles if r.author}
    if profile and profile.name:
        names.add(profile.name)
    missing = sorted(n for n in names if index.get(n) is None)
    _create(missing, index)
    found = {name: index.get(name) for name in names}
    _update_details(page, found)
    return found


def _create(names, index):
    if not names:
        return
    authors = [Author(name=name, is_outlet=_is_outlet(name)) for name in names]
    assign_unique_slugs(authors, text=lambda a: a.name, seed=lambda a: a.name, fallback="author")
    for author in Author.objects.bulk_create(authors):
        index.add(author)


def _update_details(page, found):
    changed = {}
    profile = page.author_profile
    if profile and profile.name:
        author = found[profile.name]
        for name, value in (("role", profile.role), ("bio", profile.bio)):
            if value and not author.is_locked(name) and getattr(author, name) != value:
                setattr(author, name, value)
                changed[author.pk] = author
    for record in page.articles:
        author = found.get(record.author)
        if author and record.author_bio and not author.bio and not author.is_locked("bio"):
            author.bio = record.author_bio
            changed[author.pk] = author
    if changed:
        Author.objects.bulk_update(list(changed.values()), ["role", "bio"])


def _is_outlet(name):
    return name.casefold() == OUTLET_NAME.casefold()
