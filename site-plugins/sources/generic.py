"""Generic layout: the fallback for any site without a layout of its own.

Reads what most copied articles share: the title (first real line, or the `# heading` of a
Markdown file), bylines ("Par X", "By X | March 3, 2025", "Auteur : X"), a publication date in
the usual French and English forms, a "Site, 13 mars 2025" line, a translator credit, a
"Source : X" line (the original publication), and the closing signature. Junk is removed by
shape and by patterns every site shares (share buttons, copyright, newsletter and cookie
notices, "Lire aussi" blocks, comment forms): see `manchette.ingest.sourcekit`.
"""

from __future__ import annotations

import re

from manchette.ingest.sourcekit import (
    SourceText,
    ends_sentence,
    find_date,
    finish_body,
    first_filled,
    is_date_line,
    is_heading_like,
    is_junk,
    is_name,
    is_prose,
    parse_byline,
    parse_translator,
    plain,
    words,
)
from manchette.model import Original, SourceResult

NAME = "generic"

HEADER_LINES = 15  # a header longer than this is body text without a header
_H1 = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")
_SETEXT_H1 = re.compile(r"^\s{0,3}=+\s*$")
_SITE_DATE = re.compile(r"^(?P<site>[^,;:|·]{2,60}?)\s*[,|·]\s*(?:le\s+|on\s+)?(?P<date>.+)$", re.I)
_SOURCE = re.compile(
    r"^(?:source(?: originale)?|original source|original article|article original|"
    r"la source originale de cet article est|cet article a (?:d['’]abord |initialement )?été "
    r"publié (?:par|sur|dans))\s*:?\s*(?P<source>.+)$",
    re.I,
)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–,]?\s*)?(?P<holder>[^.,|]+?)"
    r"(?:[,.]?\s*(?:(?:19|20)\d\d|tous droits réservés|all rights reserved).*)?$",
    re.I,
)
# "Région : [Europe](#), [Russie](#)": a label followed by nothing but links = the site's tags
_TAG_LINE = re.compile(
    r"^(?P<label>[^\W\d_][\w '’-]{1,30}?)\s*:\s*(?P<links>(?:\[[^\[\]]+\]\([^()\s]*\)[\s,;|]*)+)$"
)
_LINK_TEXT = re.compile(r"\[([^\[\]]+)\]\(")
_DOMAIN = re.compile(r"^(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)+)/?$", re.I)


def detect(doc: SourceText) -> float:
    return 0.0  # the fallback: chosen when no other layout recognises the text


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    result = SourceResult(layout=NAME, body_lines=[])
    # A title given in front matter: the first line is body text unless it repeats the title.
    result.title = plain(doc.title_hint) if doc.title_hint else None
    start = first_filled(lines)
    title_index = _markdown_title(lines, start) if doc.is_markdown and not result.title else None
    if title_index is not None:
        result.title = plain(_H1.sub(r"\1", lines[title_index]))
        lines = lines[:title_index] + lines[title_index + 1 :]
        if title_index < len(lines) and _SETEXT_H1.match(lines[title_index]):
            lines.pop(title_index)
    body_start = read_header(lines, start, result)
    body, signature = finish_body(read_tail(lines[body_start:], result), result.authors)
    result.signature = signature
    if not result.authors and signature:
        result.authors = list(signature)  # a text signed at its end, with no byline on top
    result.body_lines = body
    if not result.title:
        result.title = _title_from_text(body)
    return result


def _markdown_title(lines: list[str], start: int) -> int | None:
    """The index of the `# Title` (or setext "Title\\n===") at the top of a Markdown file."""
    for i in range(start, min(len(lines), start + HEADER_LINES)):
        if _H1.match(lines[i]):
            return i
        if i + 1 < len(lines) and lines[i].strip() and _SETEXT_H1.match(lines[i + 1]):
            return i
        if lines[i].strip() and is_prose(lines[i]):
            return None
    return None


def read_header(lines: list[str], start: int, result: SourceResult) -> int:
    """Read the header fields above the text; return the index where the text starts.

    Between the title and the text, short lines without punctuation (kickers, category labels,
    captions) are skipped; the first line of prose, or any other line, starts the text.
    """
    after_header = start
    seen = 0
    for i in range(start, len(lines)):
        line = lines[i]
        text = plain(line)
        if not text:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        tags = _TAG_LINE.match(line.strip())
        if tags and result.title:
            result.source_tags += [plain(t) for t in _LINK_TEXT.findall(tags.group("links"))]
            after_header = i + 1
            continue
        if _read_meta_line(text, result):
            after_header = i + 1 if result.title else after_header
            continue
        if is_junk(line) or (result.title and text.lower() == result.title.lower()):
            continue  # junk, or the title shown twice (page heading and article heading)
        if not result.title:
            if len(words(text)) > 30 and ends_sentence(text):
                return i  # no title line: the text starts at once
            if _is_section_label(text, lines, i):
                continue
            result.title = text
            after_header = i + 1
            continue
        if is_prose(line) or not _is_kicker(text):
            return i
    return after_header


def _is_section_label(text: str, lines: list[str], i: int) -> bool:
    """ "INTERNATIONAL" or "Monde" above the real title."""
    after = first_filled(lines, i + 1)
    following = plain(lines[after]) if after < len(lines) else ""
    short = len(words(text)) <= 2 or (text.isupper() and len(words(text)) <= 4)
    return (
        short
        and is_heading_like(following)
        and len(following) > len(text)
        and not parse_byline(following)
        and not is_date_line(following)
    )


def _is_kicker(text: str) -> bool:
    return is_heading_like(text, max_words=8) and not is_prose(text)


def _read_meta_line(text: str, result: SourceResult) -> bool:
    """Fill `result` from one header line; True if the line was metadata."""
    byline = parse_byline(text)
    if byline:
        result.authors = result.authors or byline.authors
        result.date = result.date or byline.date
        return True
    translator = parse_translator(text)
    if translator:
        result.translator = translator
        return True
    if is_date_line(text):
        result.date = result.date or find_date(text).iso
        return True
    site_date = _SITE_DATE.match(text)
    if (
        site_date
        and not find_date(site_date.group("site"))
        and is_date_line(site_date.group("date"))
    ):
        site = site_date.group("site").strip()
        if site not in result.authors:
            result.source = result.source or site
        result.date = result.date or find_date(site_date.group("date")).iso
        return True
    domain = _DOMAIN.match(text)
    if domain:
        result.source = result.source or domain.group("domain")
        return True
    found = find_date(text)
    if found and len(words(text[: found.start] + text[found.end :])) <= 5 and not is_prose(text):
        # "03/12/2025 site.com 5min #id", "[Blog] 19 février 2025": a dated header line
        result.date = result.date or found.iso
        for token in text.split():
            if _DOMAIN.match(token) and not result.source:
                result.source = _DOMAIN.match(token).group("domain")
        return True
    source = _SOURCE.match(text)
    if source and len(words(source.group("source"))) <= 8:
        _set_original_source(result, source.group("source"))
        return True
    return False


def read_tail(lines: list[str], result: SourceResult) -> list[str]:
    """Take the metadata lines found below the text (translator, source, copyright holder)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    tail_start = filled[int(len(filled) * 0.6)] if filled else 0
    kept = list(lines[:tail_start])
    for line in lines[tail_start:]:
        text = plain(line)
        translator = parse_translator(text) if text else None
        source = _SOURCE.match(text) if text else None
        holder = _COPYRIGHT_HOLDER.match(text) if text and len(text) < 120 else None
        if translator:
            result.translator = result.translator or translator
            continue
        if source and len(words(source.group("source"))) <= 8:
            _set_original_source(result, source.group("source"))
            continue
        if holder and not result.source:
            name = holder.group("holder").strip(" ©")
            if name and name not in result.authors and not is_name_of_author(name, result):
                result.source = name
        kept.append(line)
    return kept


def is_name_of_author(name: str, result: SourceResult) -> bool:
    return any(name.lower() == a.lower() for a in result.authors) or (
        not result.authors and is_name(name) and len(words(name)) in (2, 3) and "." not in name
    )


def _set_original_source(result: SourceResult, source: str) -> None:
    source = source.strip(" .")
    date = find_date(source)
    if date:
        source = source[: date.start].strip(" ,.-–—")
    if source and (result.original is None or not result.original.source):
        result.original = Original(
            title=result.original.title if result.original else None,
            source=source,
            date=date.iso if date else None,
        )


def _title_from_text(body: list[str]) -> str | None:
    """A title for a text that has none: its first sentence, shortened."""
    first = next((plain(line) for line in body if plain(line)), "")
    if not first:
        return None
    sentence = re.split(r"(?<=[.!?…])\s", first)[0]
    tokens = sentence.split()
    return " ".join(tokens[:12]) + ("…" if len(tokens) > 12 else "")
