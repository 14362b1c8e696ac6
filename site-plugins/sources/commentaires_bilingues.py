"""The site whose articles end with a bilingual French/Arabic comment form.

Header: the title alone (no byline, no date). Body: plain paragraphs. Footer: "Poster
commentaire - أضف تعليقا", the moderation notice in Arabic and in French, "Commentaires -
تعليقات" and "Pas de commentaires - لا توجد تعليقات" — dropped.
"""

from __future__ import annotations

import re

from manchette.ingest.sourcekit import (
    SourceText,
    finish_body,
    first_filled,
    parse_byline,
    plain,
    read_closing,
    take_deck,
)
from manchette.model import SourceResult

NAME = "commentaires-bilingues"

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_COMMENT_WORD = re.compile(r"\bcommentaires?\b", re.I)


def _is_form_line(text: str) -> bool:
    """A line of the comment form: a French comment word beside Arabic, or Arabic alone."""
    if not _ARABIC.search(text):
        return False
    latin = sum(c.isalpha() and c.isascii() for c in text)
    return bool(_COMMENT_WORD.search(text)) or latin == 0


def detect(doc: SourceText) -> float:
    tail = [plain(line) for line in doc.lines if line.strip()][-10:]
    bilingual = sum(1 for line in tail if _ARABIC.search(line) and _COMMENT_WORD.search(line))
    return min(1.0, 0.4 * bilingual)


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    start = first_filled(lines)
    result = SourceResult(layout=NAME, body_lines=[], title=plain(lines[start]))
    i = first_filled(lines, start + 1)
    byline = parse_byline(lines[i]) if i < len(lines) else None
    if byline:
        result.authors, result.date = byline.authors, byline.date
        i += 1
    body = take_deck(lines[i:], result)
    end = next((k for k, line in enumerate(body) if _is_form_line(plain(line))), len(body))
    result.body_lines, result.signature = finish_body(
        read_closing(body[:end], result), result.authors
    )
    result.authors = result.authors or list(result.signature)  # signed at the end only
    return result
