"""Build small page dumps for import tests, in the layouts the parser reads (invented text)."""


def river(*articles, ticker_date=None):
    """An 'avatar' article river: credit line, title, paragraphs, then the staff author box.

    Each article is (title, [paragraphs]) or (title, [paragraphs], credit).
    """
    parts = []
    if ticker_date:
        parts.append(
            "• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00196 -0.28%\n  • UZS/USD = 0.00008 0%\n"
            f"{ticker_date}\n"
        )
    for title, paragraphs, *credit in articles:
        if credit:
            parts.append(f"photo: {credit[0]}\n")
        parts.append(f"{title}\n")
        parts.extend(f"{p}\n" for p in paragraphs)
        parts.append("Avatar\n\nTimes of Central Asia\n")
    return "\n".join(parts)


def listing(*entries, total=120):
    """A listing page: 'Viewing results' then title and one-line body per entry."""
    parts = [f"Viewing results 1 - {len(entries)} of {total}\n"]
    for title, body in entries:
        parts.append(f"{title}\n\n{body}\n")
    return "\n".join(parts)


def excerpt(sentence, words=500):
    """A listing body cut at exactly `words` words and ending in '...'."""
    pool = (sentence + " ") * (words // max(1, len(sentence.split())) + 2)
    return " ".join(pool.split()[:words]) + "..."


def paragraphs(n, about="Astana"):
    return [
        f"Paragraph {i} of the story reports on talks held in {about} this week." for i in range(n)
    ]
