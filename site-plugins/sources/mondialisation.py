"""Mondialisation.ca (and its English sibling Global Research), as copied from an article page.

Header: the title, "Par [Author](#)", "Mondialisation.ca, 13 mars 2025", the original
publication as a link optionally followed by its date ("[Russie politics](#) 19 février 2025"),
then the site's tag lines "Région :", "Thème:", "Analyses:" (-> `source_tags`).
Footer: the author's signature, "La source originale de cet article est ...", "Copyright ©",
"Articles Par :", the disclaimer and the reproduction notices — all dropped.
"""

from __future__ import annotations

import re

from manchette.ingest.sourcekit import (
    SourceText,
    find_date,
    finish_body,
    first_filled,
    parse_byline,
    parse_date,
    plain,
    read_closing,
    words,
)
from manchette.model import Original, SourceResult

NAME = "mondialisation"

_SITE_LINE = re.compile(r"^(?P<site>Mondialisation\.ca|Global Research)\s*,\s*(?P<date>.+)$", re.I)
_TAG_LINE = re.compile(
    r"^(?:Région|Thème|Analyses?|Dossier|Region|Theme|In-depth Report)\s*:\s*(?P<tags>.*)$",
    re.I,
)
_LINK_ONLY = re.compile(r"^\[(?P<name>[^\[\]]+)\]\([^()]*\)\s*(?P<rest>.*)$")
_FOOTER = re.compile(
    r"^(?:La source originale de cet article est|The original source of this article is|"
    r"Copyright\s*©|Articles Par\s*:|Articles by\s*:|Avis de non-responsabilité|Disclaimer\s*:)",
    re.I,
)
_SIGNALS = [
    (
        re.compile(
            r"centre de recherche sur la mondialisation|centre for research on globalization", re.I
        ),
        0.2,
    ),
    (
        re.compile(
            r"la source originale de cet article est|the original source of this article is", re.I
        ),
        0.2,
    ),
    (re.compile(r"^(?:Région|Region)\s*:", re.I | re.M), 0.1),
    (re.compile(r"^(?:Thème|Theme)\s*:", re.I | re.M), 0.1),
]


def detect(doc: SourceText) -> float:
    head = [plain(line) for line in doc.lines[:40] if line.strip()][:12]
    score = 0.6 if any(_SITE_LINE.match(line) and find_date(line) for line in head) else 0.0
    score += sum(weight for pattern, weight in _SIGNALS if pattern.search(doc.text))
    return min(score, 1.0)


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    start = first_filled(lines)
    result = SourceResult(layout=NAME, body_lines=[], title=plain(lines[start]))
    i = first_filled(lines, start + 1)
    while i < len(lines):
        raw, text = lines[i].strip(), plain(lines[i])
        byline = parse_byline(text)
        site = _SITE_LINE.match(text)
        tags = _TAG_LINE.match(text)
        original = _LINK_ONLY.match(raw)
        if byline:
            result.authors = byline.authors
        elif site:
            result.source = site.group("site")
            result.date = parse_date(site.group("date"))
        elif tags:
            result.source_tags += [
                t.strip() for t in plain(tags.group("tags")).split(",") if t.strip()
            ]
        elif original and result.source and len(words(original.group("rest"))) <= 4:
            result.original = Original(
                source=original.group("name").strip(), date=parse_date(original.group("rest"))
            )
        else:
            break
        i = first_filled(lines, i + 1)
    body = lines[i:]
    end = next((k for k, line in enumerate(body) if _FOOTER.match(plain(line))), len(body))
    result.body_lines, result.signature = finish_body(
        read_closing(body[:end], result), result.authors
    )
    result.authors = result.authors or list(result.signature)  # signed at the end only
    return result
