"""A page's articles on their way in: each sighting, and the article it makes if it is new.

The costly part of a new article (tagging, rendering the derived text) is done before the file's
transaction, while another run may hold the write lock; a sighting of an article already stored,
which mostly merges into it unchanged, gets its draft and tags only if they are asked for.
"""

from articles.models import Article
from ingest.merge import article_new, blocks_of
from ingest.rows import ids_by


class Sighting:
    """An article of the page, and the article it makes if it is new: derived fields computed
    (no author, slug or id yet) and tagged. Prepared outside the file's transaction for the
    articles not stored yet, while another run may be writing; made on demand for the others,
    which mostly merge into what is stored and need neither."""

    def __init__(self, *, key, record, page, state):
        self.key, self.record = key, record
        self._page, self._state = page, state
        self._draft = self._tags = None

    @property
    def draft(self):
        if self._draft is None:
            self._draft = article_new(
                key=self.key,
                record=self.record,
                author=None,
                page_date=self._page.page_date,
                sample=self._state.sample or self._page.is_sample,
            )
            self._draft.compute_derived()
        return self._draft

    @property
    def tags(self):
        if self._tags is None:
            self._tags = self._state.tagger.tag_article(self.draft)
        return self._tags

    def tags_for(self, article):
        """Tags for a stored article after merging: the prepared ones when its text is the
        sighting's own, else the article's own."""
        if article.title == self.record.title and article.body == blocks_of(self.record):
            return self.tags
        return self._state.tagger.tag_article(article)


def prepare(*, sightings, page, state):
    """[Sighting] for a checked page's [(identity key, record)]; those not stored yet are
    tagged and rendered now."""
    prepared = [Sighting(key=k, record=r, page=page, state=state) for k, r in sightings]
    stored = set(ids_by(Article, "identity_key", [s.key for s in prepared]))
    for sighting in prepared:
        if sighting.key not in stored:
            sighting.tags  # noqa: B018 - computed here, outside the transaction
    return prepared
