"""Small text helpers shared by the models, views and search: no database access."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.text import slugify

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def split_lines(text):
    """Non-empty, stripped lines of an editor-maintained list (aliases, keywords)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def fold(text):
    """Case- and compatibility-folded text, so that Cyrillic matches whatever its case.

    SQLite's LIKE folds ASCII only; searching a folded copy with a folded needle works everywhere.
    """
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


def word_count(text):
    return len(WORD_RE.findall(text))


def heading_id(text, index):
    return f"s{index}-{slugify(text)[:60]}".rstrip("-")


def body_html(body):
    """Render body blocks as HTML: subheadings as h2 with anchors, paragraphs as p, consecutive
    list items as one ul; all escaped.

    Built with escape() rather than format_html(): this runs for every imported article and the
    result is stored, not rendered, so it needs no SafeString.
    """
    parts = []
    items = []  # the list being gathered: consecutive "li" blocks are one list
    for block in body:
        text = escape(block["text"])
        if block["kind"] == "li":
            items.append(f"<li>{text}</li>")
            continue
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if block["kind"] == "h":
            parts.append(f'<h2 id="{heading_id(block["text"], len(parts))}">{text}</h2>')
        else:
            parts.append(f"<p>{text}</p>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(parts)


# Russian plus the extra letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic, to plain Latin.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ю": "yu", "я": "ya", "ъ": "", "ь": ""},
        **dict(zip("әғқңөұүһіўҳҷӣӯ", "agqnouuhiohjiu", strict=True)),
    }
)


def transliterate(text):
    """Cyrillic letters to a plain Latin spelling (Токаев -> Tokaev); other text unchanged."""
    out = []
    for char in text:
        lower = char.lower()
        latin = lower.translate(_CYRILLIC_TO_LATIN)
        if latin == lower:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def make_slug(text, max_length=80):
    """A URL slug for any headline, Cyrillic ones included."""
    return slugify(transliterate(text))[:max_length].strip("-")


_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORD_RE = re.compile(r"\w*[\u0400-\u04ff]\w*")


def searchable_text(title, texts):
    """The text the search index reads: folded title on the first line, then the folded texts.

    The title comes alone on line 1 so PostgreSQL can weigh it above the body; a last line spells
    any Cyrillic words in Latin letters, so a search for Bishkek finds an article that says Бишкек.
    """
    folded = fold("\n".join([" ".join(title.split()), *texts]))
    if _CYRILLIC_RE.search(folded):  # most articles have none: skip the word scan
        folded += "\n" + transliterate(" ".join(_CYRILLIC_WORD_RE.findall(folded)))
    return folded
