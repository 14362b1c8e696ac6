"""The relay digest that republishes translated articles (a Substack-style newsletter).

Header: "03/12/2025 · site.substack.com · 5min · #297925" (date, relay site, reading time,
item number), a teaser line, the real title, then "Par X, le 3 décembre 2025".
Body: the translation, followed by video embeds ("youtube-nocookie.com").
Footer: "Traduit par X", then the original's source, English title and excerpt (-> `original`),
then the relay site's name again.
"""

from __future__ import annotations

import re

from manchette.ingest.language import detect_language
from manchette.ingest.sourcekit import (
    SourceText,
    finish_body,
    first_filled,
    parse_byline,
    parse_date,
    parse_translator,
    plain,
    strip_blank_edges,
    words,
)
from manchette.model import Original, SourceResult

NAME = "relais"

_HEADER = re.compile(
    r"^(?P<date>\d\d?/\d\d?/\d{4})\s*[·•|]?\s*(?P<site>(?:[\w-]+\.)+[a-z]{2,})\s*[·•|]?\s*"
    r"\d+\s*min\s*[·•|]?\s*#\d+$",
    re.I,
)
HEADER_LINES = 8


def detect(doc: SourceText) -> float:
    first = plain(doc.lines[first_filled(doc.lines)]) if doc.text.strip() else ""
    return 0.9 if _HEADER.match(first) else 0.0


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    start = first_filled(lines)
    header = _HEADER.match(plain(lines[start]))
    result = SourceResult(layout=NAME, body_lines=[])
    result.date = parse_date(header.group("date"))
    result.source = header.group("site")
    filled = [i for i in range(start + 1, len(lines)) if lines[i].strip()][:HEADER_LINES]
    byline_at = next((i for i in filled if parse_byline(lines[i])), None)
    if byline_at is not None:
        byline = parse_byline(lines[byline_at])
        result.authors = byline.authors
        result.date = byline.date or result.date
        # the line just above the byline is the title; the ones before it are teasers
        result.title = plain(lines[max(i for i in filled if i < byline_at)])
        body_start = byline_at + 1
    else:
        result.title = plain(lines[filled[0]]) if filled else None
        body_start = filled[0] + 1 if filled else len(lines)
    body = lines[body_start:]
    credit = next((k for k, line in enumerate(body) if parse_translator(line)), None)
    if credit is not None:
        result.translator = parse_translator(body[credit])
        result.original = read_original(body[credit + 1 :], result.source)
        body = body[:credit]
    result.body_lines, result.signature = finish_body(body, result.authors)
    return result


def read_original(lines: list[str], relay: str | None) -> Original | None:
    """Below the translator's credit: [source,] title, excerpt, then the relay's name."""
    paragraphs = [plain(line) for line in strip_blank_edges(lines) if plain(line)]
    paragraphs = [p for p in paragraphs if p != relay]
    excerpt_at = next((k for k, p in enumerate(paragraphs) if len(words(p)) >= 15), None)
    if excerpt_at is None or excerpt_at == 0:
        return None
    title = paragraphs[excerpt_at - 1]
    source = paragraphs[excerpt_at - 2] if excerpt_at >= 2 else None
    language = detect_language(title + " " + paragraphs[excerpt_at])
    return Original(title=title, source=source, language=language)
