"""A line as a reader sees it: Markdown link and emphasis syntax removed, words, sentence ends.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class SourceText:
    """The text of one file as the layouts see it."""

    file: str  # for messages only: layouts must never decide anything from the name
    text: str
    is_markdown: bool
    title_hint: str | None = None  # the curator's front-matter title: the text may not repeat it
    clipped: bool = False  # Markdown saved by a web clipper: the site's junk is still around it
    address: str | None = None  # the page's address, when the front matter gives it

    @property
    def curated_markdown(self) -> bool:
        """Markdown a curator wrote or cleaned: its short lines and markup are meant."""
        return self.is_markdown and not self.clipped

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


# ----------------------------------------------------------------------------- inline text

_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.{1,300}?)(?<=\S)\1")  # bounded: linear
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u200b]+")


@lru_cache(maxsize=8192)
def plain(line: str) -> str:
    """`line` as a reader sees it: link and emphasis syntax removed, spaces collapsed.

    Memoised: every layout's `detect` and every junk test looks at the same lines.
    """
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "*" in line or "__" in line:
        line = _EMPHASIS.sub(r"\2", line)
    if "#" in line:
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
    return _SPACES.sub(" ", line).strip()


def link_density(line: str) -> float:
    """Share of the visible characters of `line` that are link text (jusText's link density)."""
    visible = plain(line)
    if not visible:
        return 0.0
    linked = sum(len(m.group(1)) for m in _LINK.finditer(line))
    return min(1.0, linked / len(visible))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)


_TERMINAL = ".!?…:;"
_CLOSERS = '»"”’)]*_ \u00a0\u202f'


def ends_sentence(text: str) -> bool:
    """True when `text` ends like a sentence (or a clause introducing what follows)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in _TERMINAL


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)
