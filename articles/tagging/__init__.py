"""Which countries and topics an article is about, by rules editors keep in the database.

`rules` is the syntax editors write (keywords with weights, negative and context terms, `*`),
`matcher` the one pass over an article's words, `tagger` the scores and choices (and why), and
`store` the bulk writes and re-tagging. The importer builds one `Tagger.from_database()` per run
and calls `tag_article()` per article; `apply_tags()` re-tags stored articles.
"""

from articles.tagging.store import apply_tags, set_primary_country, store_tag_links, store_tags
from articles.tagging.tagger import Explanation, MatchedTerm, Reason, Tagger, Tags

__all__ = [
    "Explanation",
    "MatchedTerm",
    "Reason",
    "Tagger",
    "Tags",
    "apply_tags",
    "set_primary_country",
    "store_tag_links",
    "store_tags",
]
