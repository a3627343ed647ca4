"""WordPress shortcodes left in a dump: captions kept as markers, media and stray tags removed.

``[caption ...]text[/caption]`` becomes a private-use marker holding the caption's index, so
that the caption survives line splitting and lands in the article whose text surrounds it.
``[video ...]...[/video]`` (and audio, embed, playlist) goes with its content; any other
opening or closing tag of these names, and ``[gallery]``, goes alone. A pair is a pair only
when the closing tag follows within 2,000 characters; a tag's attributes are at most 2,000
characters and hold no brackets.

Linear on any input: tags are found in one regex pass whose attribute scan stops at the next
bracket, and each opening tag finds its closing tag by bisecting the closing tags' positions,
so an unclosed ``[caption `` repeated a million times costs no rescanning.
"""

import re
from bisect import bisect_left

from .cleaning import normalise_credit

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
CAPTION_MARK = re.compile(f"{MARK_OPEN}([0-9]+){MARK_CLOSE}")

_TAG = re.compile(
    r"\[(?P<close>/?)(?P<name>caption|video|audio|embed|playlist|gallery)\b[^\[\]]{0,2000}\]",
    re.IGNORECASE,
)
_PAIRED = frozenset({"caption", "video", "audio", "embed", "playlist"})
_MAX_CONTENT = 2000
_HTML_TAG = re.compile(r"<[^<>]*>")


def replace_shortcodes(text: str, captions: list[str]) -> str:
    """Text with shortcodes replaced; each caption's text is appended to ``captions``."""
    tags = list(_TAG.finditer(text))
    closers: dict[str, list[int]] = {}  # name -> indexes in tags of its closing tags
    for index, tag in enumerate(tags):
        if tag["close"]:
            closers.setdefault(tag["name"].lower(), []).append(index)
    out: list[str] = []
    done = 0  # text before this offset is in out
    index = 0
    while index < len(tags):
        tag = tags[index]
        out.append(text[done : tag.start()])
        done, index = tag.end(), index + 1
        name = tag["name"].lower()
        if tag["close"] or name not in _PAIRED:
            continue
        close = _first_at_or_after(closers.get(name, []), index)
        if close is None or tags[close].start() - tag.end() > _MAX_CONTENT:
            continue
        if name == "caption":
            out.append(_caption_marker(text[tag.end() : tags[close].start()], captions))
        done, index = tags[close].end(), close + 1
    out.append(text[done:])
    return "".join(out)


def _first_at_or_after(indexes: list[int], start: int) -> int | None:
    position = bisect_left(indexes, start)
    return indexes[position] if position < len(indexes) else None


def _caption_marker(content: str, captions: list[str]) -> str:
    caption = normalise_credit(_HTML_TAG.sub(" ", content))
    if caption is None:
        return " "
    captions.append(caption)
    return f" {MARK_OPEN}{len(captions) - 1}{MARK_CLOSE} "
