"""An article's Markdown body -> plain text: the units NER reads (paragraphs, list items,
headings) with typography made regular, or the whole text for word counts, summaries and
text statistics with its typography as written.

NER sees one unit at a time, so an entity never runs across two paragraphs or list items.
Replacements keep each character where it was where possible: typographic apostrophes and
non-breaking spaces become their plain forms, which the French model was trained on.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]{0,2000})\]\([^)\n]{0,2000}\)")  # bounded: no quadratic scan
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]*>|https?://\S+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|`+|~~)(?=\S)(.{1,300}?)(?<=\S)\1")  # bounded, as _LINK
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<&])")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#39|#x27|nbsp);")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'"}
_ENTITIES["&nbsp;"] = " "
_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+•]\s+|\d{1,3}[.)]\s+)")
_BULLET = re.compile(r"\s+[•▪●◦]\s+")
_TYPO = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_SPACES = re.compile(r"[ \t]+")


def inline_text(line: str, regular_typography: bool = True) -> str:
    """One line of Markdown -> its text (links keep their text, emphasis marks go)."""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub("", line)
    for _ in range(2):  # nested emphasis: ***a*** or **_a_**
        line = _EMPHASIS.sub(r"\2", line)
    line = _ESCAPE.sub(r"\1", line)
    line = _ENTITY.sub(lambda m: _ENTITIES[m.group()], line)
    if regular_typography:
        line = line.translate(_TYPO)
    return _SPACES.sub(" ", line).strip()


def markdown_to_plain(body: str) -> str:
    """The text of a Markdown body, one unit a paragraph, typography as written."""
    return "\n\n".join(text_units(body, regular_typography=False))


def text_units(body: str, regular_typography: bool = True) -> list[str]:
    """The paragraphs, list items and headings of a Markdown body, as plain text.

    Lines of one paragraph are joined; a list item, heading or quote line starts a unit;
    fenced and indented code is left out (it is not prose).
    """
    units: list[str] = []
    current: list[str] = []
    fenced = False

    def flush() -> None:
        if current:
            text = inline_text(" ".join(current), regular_typography)
            units.extend(u.strip() for u in _BULLET.split(text) if u.strip())
            current.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            flush()
            fenced = not fenced
            continue
        if fenced or line.startswith(("    ", "\t")) and not current:
            continue
        if not stripped:
            flush()
            continue
        mark = _BLOCK_MARK.match(line)
        if mark:
            flush()
            stripped = line[mark.end() :].strip()
        current.append(stripped)
        if mark and line.lstrip().startswith("#"):
            flush()  # a heading is a unit of its own
    flush()
    return units
