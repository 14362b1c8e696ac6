"""The news blog that opens its articles with "🔥 Les essentiels de cette actualité".

Header: the title, then the alt text of the lead image (often pasted twice), then "Les
essentiels de cette actualité" and its bullets, which are the site's own summary.
Body: paragraphs with subheadings, interrupted by related-article teasers (a headline line
without punctuation, just above a subheading or too long to be one) and image captions.
Footer: the "IMPORTANT - À lire" promotion for the site's paper magazine and the "Participez au
débat" comment call — dropped.
"""

from __future__ import annotations

import re

from manchette.ingest.sourcekit import (
    SourceText,
    ends_sentence,
    finish_body,
    first_filled,
    is_heading_like,
    plain,
    read_closing,
    words,
)
from manchette.model import SourceResult

NAME = "essentiels"

_ESSENTIALS = re.compile(r"^\W*les essentiels de cette actualité\W*$", re.I)
_BULLET = re.compile(r"^\s*[•\-–*]\s+(?P<text>.+)$")
_FOOTER = re.compile(
    r"^(?:IMPORTANT\s*[-–—:]\s*À lire|Participez au débat|Faites avancer la discussion)", re.I
)
SUBHEADING_WORDS = 12  # longer headline-shaped lines are teasers for other articles


def detect(doc: SourceText) -> float:
    head = [plain(line) for line in doc.lines if line.strip()][:8]
    score = 0.7 if any(_ESSENTIALS.match(line) for line in head) else 0.0
    tail = [plain(line) for line in doc.lines if line.strip()][-8:]
    score += 0.15 * sum(1 for line in tail if _FOOTER.match(line))
    return min(score, 1.0)


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    start = first_filled(lines)
    result = SourceResult(layout=NAME, body_lines=[], title=plain(lines[start]))
    marker = next(
        (i for i in range(start + 1, len(lines)) if _ESSENTIALS.match(plain(lines[i]))), None
    )
    i = start + 1
    if marker is not None:
        i = first_filled(lines, marker + 1)
        bullets = []
        while i < len(lines) and (m := _BULLET.match(lines[i]) or not lines[i].strip()):
            if lines[i].strip():
                bullets.append(plain(m.group("text")))
            i += 1
        result.summary = " ".join(bullets) or None
    body = lines[i:]
    end = next((k for k, line in enumerate(body) if _FOOTER.match(plain(line))), len(body))
    body, result.signature = finish_body(read_closing(drop_teasers(body[:end]), result))
    result.body_lines = body
    result.authors = result.authors or list(result.signature)  # signed at the end only
    return result


def drop_teasers(lines: list[str]) -> list[str]:
    """Drop the headlines of other articles inserted in the text.

    A headline-shaped line (capitalised, no final punctuation) is a teaser when it is too long
    for a subheading, or when the next line is headline-shaped too (the teaser sits just above
    a subheading).
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    drop = set()
    for n, i in enumerate(filled):
        text = plain(lines[i])
        if not is_heading_like(text, max_words=30) or ends_sentence(text):
            continue
        following = plain(lines[filled[n + 1]]) if n + 1 < len(filled) else ""
        if len(words(text)) > SUBHEADING_WORDS or is_heading_like(following, max_words=30):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]
