"""The passage of an article that matches a search, with the matching words marked.

Done in Python on the displayed text (the index holds folded text), the same on both backends.
Every piece of dump text goes through format_html, so markup in an article stays text.
"""

import re

from django.utils.html import format_html, format_html_join

PASSAGE_LENGTH = 240


def _word_pattern(word):
    # Folded text spells ё as е; the displayed text may have either.
    return "".join("[её]" if char == "е" else re.escape(char) for char in word)


def matcher(texts):
    """A regex finding any of the texts (folded words) as whole words in displayed text."""
    if not texts:
        return None
    alternatives = [r"[\W_]+".join(_word_pattern(word) for word in text.split()) for text in texts]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])", re.IGNORECASE)


def mark(text, pattern):
    """The text, escaped, with every match of the pattern in <mark>."""
    if pattern is None:
        return format_html("{}", text)
    pieces, position = [], 0
    for found in pattern.finditer(text):
        pieces.append((text[position : found.start()], found.group()))
        position = found.end()
    marked = format_html_join("", "{}<mark>{}</mark>", pieces)
    return format_html("{}{}", marked, text[position:])


def passage(paragraphs, pattern, length=PASSAGE_LENGTH):
    """The paragraph with most matches (else the first), cut to about `length` around a match."""
    if not paragraphs:
        return ""
    best = paragraphs[0]
    if pattern is not None:
        counts = [len(pattern.findall(paragraph)) for paragraph in paragraphs]
        if max(counts) > 0:
            best = paragraphs[counts.index(max(counts))]
    found = pattern.search(best) if pattern is not None else None
    start = 0
    if found and found.start() > length // 3:
        start = best.rfind(" ", 0, found.start() - length // 3) + 1
    end = len(best)
    if end - start > length:
        end = best.rfind(" ", start, start + length)
        end = end if end > start else start + length
    return format_html(
        "{}{}{}",
        "… " if start > 0 else "",
        mark(best[start:end], pattern),
        " …" if end < len(best) else "",
    )
