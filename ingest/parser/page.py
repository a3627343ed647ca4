"""parse_page: bytes -> PageRecord."""

from .articles import build_article
from .decoding import decode
from .furniture import scan
from .layouts import cut_page
from .records import PageRecord
from .titles import has_letters


def parse_page(data: bytes) -> PageRecord:
    """Parse one page dump.

    Raises ParseError for empty, binary or undecodable input, and nothing else on any input.
    A readable page without articles is not an error: it comes back with ``articles == []``,
    a warning saying why when it had text, and the importer decides.
    """
    text, encoding = decode(data)
    scanned = scan(text)
    layout, profile, drafts, mode = cut_page(scanned)
    articles = []
    for draft in drafts:
        if draft.title is not None and not has_letters(draft.title):
            # Its byline and body go with it, so no author is created for nothing.
            scanned.warnings.append(f"title without letters dropped: {draft.title[:80]}")
            continue
        article = build_article(draft, mode, scanned.page_date)
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
        is_sample=scanned.is_sample,
    )
