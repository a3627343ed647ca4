"""What must follow every write to articles, done in the writer's transaction: stored counts and
breakdowns, the link rows' copies of article fields, related-article lists, and the site's
content version (which makes every cached page stale).

Writers call it explicitly; nothing here listens to signals. The pattern:

    with upkeep.articles_changing(ids_of_existing_articles_about_to_change) as changes:
        ...write...
        changes.created(ids_of_articles_created)   # new articles have no "before"

Scopes nest: inside an outer `articles_changing()` an inner one joins it, and everything is
applied once, when the outermost scope ends. The admin wraps a whole request in one scope (a
change form saves the article, its relations and its inlines in several steps), and each
editorial service opens its own, which joins. `touching` must run BEFORE the rows change: it
reads what they contribute now, and `apply` adjusts everything by the difference, so its cost
follows the number of changed articles, never the size of the archive. Deleting an article:
touch it before the delete; it contributes nothing after.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from articles import freshness

_active = ContextVar("article_changes", default=None)


class ArticleChanges:
    """Before-and-after bookkeeping for the articles one write changes; use it through
    articles_changing()."""

    def __init__(self):
        self.ids = set()
        self._before = {}

    def touching(self, ids):
        """Note the current state of existing articles about to change; returns self."""
        new = [pk for pk in ids if pk is not None and pk not in self.ids]
        self.ids.update(new)
        self._before.update(_snapshot(new))
        return self

    def created(self, ids):
        """Articles created by this write: nothing to take away, everything to add."""
        self.ids.update(pk for pk in ids if pk is not None)

    def apply(self):
        """Bring everything derived from these articles up to date (call after the last write),
        and move the content version on, so every cached page is stale."""
        if not self.ids:
            return
        for refresh in _REFRESHERS:
            refresh(self.ids, self._before)
        freshness.bump()


@contextmanager
def articles_changing(ids=()):
    """A scope for writes to articles (see the module docstring); yields its ArticleChanges."""
    outer = _active.get()
    if outer is not None:
        yield outer.touching(ids)
        return
    changes = ArticleChanges().touching(ids)
    token = _active.set(changes)
    try:
        yield changes
    finally:
        _active.reset(token)
    changes.apply()


def _snapshot(ids):
    """{article id: what it contributes to stored counts now}; filled in by the counts."""
    return {}


# Each takes (changed article ids, their snapshots from before the write).
_REFRESHERS = []
