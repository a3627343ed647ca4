"""Hostile page dumps for the parser: one kind of furniture (or one shape) repeated to a size.

Shared by the linear-time tests and bench/fuzz_parser.py. Every text is invented.
"""

# Each kind is a unit repeated to fill the size; a few carry a title on top so that the page
# has an article for the repeated lines to attach to.
_TITLE = "Kazakhstan Opens a Rail Link to the Caspian\n\nThe line carries grain to Aktau.\n\n"
UNITS = {
    "ticker": "  • KZT/USD = 0.00196 -0.28%\n",
    "ticker-many-currencies": None,  # built below: a new currency code on every line
    "ticker-not-understood": "  • KZT/USD = n/a\n",
    "ticker-implausible": "  • KZT/USD = 123456789012345 123456%\n",
    "capture-date": "08 December 2025\n",
    "viewing-results": "Viewing results 1 - 6 of 412\n",
    "viewing-results-huge-total": "Viewing results 1 - 6 of " + "9" * 5000 + "\n",
    "view-more": "View more articles fromTimes of Central Asia\n",
    "breadcrumb": "Our People > Aru Demesinova\n",
    "avatar": "Avatar\n\nTimes of Central Asia\n\n",
    "named-avatar": "Aru Demesinova's Avatar\n",
    "articles-heading": "Articles\n",
    "divider": "divider\n",
    "read-more": "Read more: Kazakhstan Opens a Rail Link to the Caspian\n",
    "credit": "photo: example.kz\n",
    "at-credit": "@example.kz\n",
    "byline": "  • Written by Aru Demesinova\n",
    "info-bullet": "  • Hits: 1204\n",
    "bullet": "  • A new waiting hall;\n",
    "bullets-on-one-line": "• " * 50 + "\n",
    "bullets-one-huge-line": "• ",
    "spam": "astropay bozdurma kumar\n",
    "teaser-end": "Continue reading\n",
    "register-to-read": "Register to read more ...\n",
    "staff-line": "Times of Central Asia\n\n",
    "photo-caption-line": "Workers lay track near the port of Aktau (Ministry photo)\n\n",
    "dateline": "ASTANA (TCA) — The ministry said so.\n\n",
    "caption-open-unclosed": "[caption ",
    "caption-open-no-close-tag": '[caption id="1"]',
    "caption-closed": '[caption id="1"] photo: example.kz[/caption] ',
    "caption-full-of-tags": "[caption]" + "<" * 1990 + "[/caption]\n",
    "video-unclosed": '[video mp4="a.mp4"]',
    "closing-tags": "[/caption][/video]",
    "private-use-markers": "\ue000123\ue001 ",
    "private-use-huge-index": "\ue000" + "7" * 5000 + "\ue001\n",
    "titles": "Kazakhstan Opens a New Rail Link to the Caspian\n\n",
    "titles-and-bodies": _TITLE,
    "sentence-case-lines": "the line carries grain to aktau\n\n",
    "blank-lines": "\n",
    "nbsp-spacers": "\u00a0\n",
    "invisible-characters": "\u200b\u202e\u2066\ufeff",
    "one-long-line": "word ",
    "one-huge-title": "Kazakhstan Opens ",
    "digest-items": (
        'Kyrgyz Parliament Debates a Mining Tax\n\nDeputies met.\n\nDec 17 — "The vote…"\n\n'
    ),
    "series-notes": "The Publisher's note: every Friday.\n\n",
    "space-runs": " " * 1000 + "x",
    "space-runs-before-read": "a" + " " * 5000 + "read\n",
    "punctuation-titles": "★★★\n  • Written by Aru Demesinova\n\n",
    "kind-prefixes": "Analyſis: Opinion: Interview: ",
    "dates-in-text": "On May 23, 2025 and 23 мая 2025 года, in February 2024, ",
}


def repeated(kind: str, size: int) -> bytes:
    """About ``size`` bytes of one kind, under a title so the lines have an article to join."""
    if kind == "ticker-many-currencies":
        lines = []
        for number in range(size // 20 + 1):
            code = "".join(chr(65 + (number // 26**i) % 26) for i in range(3))
            lines.append(f"  • {code}/USD = 0.0{number % 1000} 0%\n")
        body = "".join(lines)
    else:
        unit = UNITS[kind]
        body = unit * (size // len(unit.encode()) + 1)
    # Cut on a character boundary, so the page stays valid UTF-8.
    return (_TITLE + body).encode()[:size].decode("utf-8", "ignore").encode()


KINDS = tuple(UNITS)
