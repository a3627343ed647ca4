"""parse_page: bytes -> PageRecord."""

from .articles import build_article
from .decoding import decode
from .furniture import scan
from .layouts import cut_page
from .records import PageRecord


def parse_page(data: bytes) -> PageRecord:
    """Parse one page dump.

    Raises ParseError for empty, binary or undecodable input. A readable page without
    articles is not an error: it comes back with ``articles == []`` and the importer decides.
    """
    text, encoding = decode(data)
    scanned = scan(text)
    layout, profile, drafts, mode = cut_page(scanned)
    articles = []
    for draft in drafts:
        article = build_article(draft, mode)
        if article.paragraphs:
            articles.append(article)
        else:
            scanned.warnings.append(f"title without a body dropped: {article.title[:80]}")
    return PageRecord(
        layout=layout,
        encoding=encoding,
        page_date=scanned.page_date,
        results_total=scanned.results_total,
        rates=scanned.rates,
        author_profile=profile,
        articles=articles,
        warnings=scanned.warnings.as_list(),
    )
