"""Generic layout: the fallback for any site without a layout of its own.

In the order of `read`:
- the header runs to the first real paragraph; in it, junk (menus, consent banners, the page's
  address, buttons) goes, metadata is read (bylines, dates ranked by `DateFinder`, agency
  credits, translators, originals), and the title is the remaining line that reads most like
  one (`_pick_title`), the site's name the one the page repeats further down;
- the opening: a standfirst parted from the text by the page's furniture is the summary, a
  dateline ("KIEV, 14 mars 2025 (AFP) –") or a kicker ("ANALYSE –") is read and cut off;
- the tail: credits, translators, originals and bylines below the text are read;
- captions and credits, the title shown again, the site's name, then `finish_body`: the
  footer, "read more" inserts and junk lines go, and `trim_tail` walks up from the end.
Every rule names the class of junk it serves, is judged by shape first and by the interface
lexicon (`site-plugins/interface.yml`) second, and reports what it drops to the trace
(`manchette show --explain`). The helpers shared with other layouts are in
`manchette.ingest.sourcekit`.
"""

from __future__ import annotations

import re

from manchette.actors.cities import is_city
from manchette.ingest import trace
from manchette.ingest.interface import is_agency, is_label_name, is_summary_label, key
from manchette.ingest.language import detect_language
from manchette.ingest.sourcekit import (
    MONTHS,
    PARTICLES,
    OriginalRef,
    SourceText,
    drop_honorific,
    ends_sentence,
    find_date,
    finish_body,
    first_filled,
    is_caption,
    is_date_line,
    is_heading_like,
    is_name,
    is_prose,
    junk_rule,
    merge_original,
    parse_byline,
    parse_credit,
    parse_date,
    parse_original,
    parse_translator,
    plain,
    split_names,
    strip_dateline,
    strip_kicker,
    translated_from,
    unglue_name,
    unshout_name,
    words,
)
from manchette.model import Original, SourceResult

NAME = "generic"

HEADER_LINES = 15  # a Markdown title further down than this is a heading of the text

_H1 = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")
_SETEXT_H1 = re.compile(r"^\s{0,3}=+\s*$")
_SITE_DATE = re.compile(r"^(?P<site>[^,;:|·]{2,60}?)\s*[,|·]\s*(?:le\s+|on\s+)?(?P<date>.+)$", re.I)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–,]?\s*)?(?P<holder>[^.,|·•—–]+?)"
    r"(?:[,.]?\s*(?:(?:19|20)\d\d|tous droits réservés|all rights reserved).*|"
    r"\s*[,|·•—–]\s.*)?$",
    re.I,
)
# "Gulf Currents © 2025": the holder's name before the sign.
_HOLDER_FIRST = re.compile(r"^(?P<holder>[^©|·•]{2,60}?)\s*©\s*(?:(?:19|20)\d\d)\b[^|·•]{0,40}$")
# "Région : [Europe](#), [Russie](#)": a label followed by nothing but links = the site's tags
_TAG_LINE = re.compile(
    r"^(?P<label>[^\W\d_][\w '’-]{1,30}?)\s*:\s*(?P<links>(?:\[[^\[\]]+\]\([^()\s]*\)[\s,;|]*)+)$"
)
_LINK_TEXT = re.compile(r"\[([^\[\]]+)\]\(")
_DOMAIN = re.compile(r"^(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)+)/?$", re.I)


def detect(doc: SourceText) -> float:
    return 0.0  # the fallback: chosen when no other layout recognises the text


_WIKI_EDIT = re.compile(
    r"\s*\[\s*(?:modifier|edit|modifier le code|edit source)(?:\s*\|\s*(?:modifier le code|"
    r"edit source|modifier))?\s*\]",
    re.I,
)


_IMAGE_ONLY = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")


def read(doc: SourceText) -> SourceResult:
    # a wiki's "[modifier | modifier le code]" links after each heading are its interface
    lines = join_split_bylines([_WIKI_EDIT.sub("", line) for line in doc.lines])
    if doc.clipped:
        # a clipped page's pictures are the site's (the archive keeps the text)
        for line in lines:
            if _IMAGE_ONLY.match(line):
                trace.dropped(line, "a picture of the page")
        # (its place stays, as the word the interface lexicon drops: a standfirst above a
        # picture is still told from the text below it)
        lines = ["Image" if _IMAGE_ONLY.match(line) else line for line in lines]
    result = SourceResult(layout=NAME, body_lines=[])
    # A title given in front matter: the first line is body text unless it repeats the title.
    result.title = plain(doc.title_hint) if doc.title_hint else None
    start = first_filled(lines)
    title_index = _markdown_title(lines, start) if doc.is_markdown and not result.title else None
    if title_index is not None:
        result.title = plain(_H1.sub(r"\1", lines[title_index]))
        trace.found("title", lines[title_index])
        lines = lines[:title_index] + lines[title_index + 1 :]
        if title_index < len(lines) and _SETEXT_H1.match(lines[title_index]):
            lines.pop(title_index)
    dates = DateFinder(result, day_first=_day_first(doc.text[:20000]))
    host = page_host(lines, start) or _host(doc.address)
    lines = take_summary_box(lines, result)
    body_start = read_header(lines, start, result, dates)
    body = read_opening(lines[body_start:], result, dates, markdown=doc.curated_markdown)
    body = read_tail(body, result, dates)
    body = drop_captions(drop_title_repeats(body, result.title))
    dates.finish()
    body = drop_site_name(body, host, result)
    # the translator's note below the text ("X is a translator of …") is furniture too
    known = [*result.authors, *([result.translator] if result.translator else [])]
    body, signature = finish_body(body, known, markdown=doc.curated_markdown)
    signature = [name for name in signature if name != result.translator]
    result.signature = signature
    if not result.authors and signature:
        result.authors = list(signature)  # a text signed at its end, with no byline on top
        trace.found("authors", " ".join(signature))
    result.body_lines = body
    result.authors = list(dict.fromkeys(drop_honorific(unshout_name(n)) for n in result.authors))
    if result.source:
        result.source = result.source.strip(" -–—|·:") or None  # "Le Spectateur -"
    if not result.source and host:
        named = _named_for_host(doc.lines, host)  # "[Terres Solidaires Sahel](…)" in the menu
        result.source = named or host.removeprefix("www.")  # else nothing names the site
        trace.found("source", named or f"the page's address ({host})")
    site_letters = {
        n for n in (result.source and _letters(result.source), host and _host_letters(host)) if n
    }
    if len(result.authors) == 1 and _letters(result.authors[0]) in site_letters:
        result.authors = []  # "Publié le … par Passerelle Iran": the site, not a writer
    if result.title and not doc.title_hint:
        result.title = strip_kicker(result.title, capitals=False) or result.title
        # "🔥 Frappes sur le réseau …", "🇺🇦 …": a post's emoji is no part of the title
        result.title = _LEADING_SYMBOLS.sub("", result.title) or result.title
        result.title = _REFERENCE.sub("", result.title) or result.title
    if not result.title:
        result.title = _title_from_text(body)
        result.guessed.append("title")
        trace.found("title", "guessed from the first sentence")
    return result


_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?$", re.I)


def page_host(lines: list[str], start: int) -> str | None:
    """The host of the page's address when the copy starts with it (one of its first lines)."""
    for i in [i for i in range(start, len(lines)) if lines[i].strip()][:5]:
        text = plain(lines[i])
        match = _ADDRESS.match(text) if "://" in text or text.startswith("www.") else None
        if match:
            return match.group("host").lower()
    return None


def _host(address: str | None) -> str | None:
    match = _ADDRESS.match(address.strip()) if address else None
    return match.group("host").lower() if match else None


def drop_site_name(lines: list[str], host: str | None, result: SourceResult) -> list[str]:
    """The site's name, known from the page's address ("Le Journal du Nord" for
    lejournaldunord.fr), is the source; alone on a line in the text it is a logo's caption."""
    if not host:
        return lines
    wanted = _host_letters(host)
    kept = []
    for line in lines:
        text = plain(line)
        if text and len(words(text)) <= 6 and wanted in (_letters(text), _letters(_site_key(text))):
            result.source = result.source or text
            trace.found("source", line)
            trace.dropped(line, "the site's name")
            continue
        first = re.split(r"\s+[·|•]\s+", text)[0] if text else ""
        if first != text and len(words(first)) <= 6 and wanted == _letters(first):
            result.source = result.source or first  # "Échos du Levant · Contact · Mentions"
            trace.found("source", line)
        kept.append(line)
    return kept


_LEADING_SYMBOLS = re.compile(r"^[^\w«\"“‘'(\[¿¡]+(?=\w|«)")


def _named_for_host(lines: list[str], host: str) -> str | None:
    """The site's name as the page writes it, for its address ("Terres Solidaires Sahel" for
    terres-solidaires-sahel.org): a short line, or a link's text, with the same letters."""
    wanted = _host_letters(host)
    if len(wanted) < 4:
        return None
    for line in lines:
        for text in [plain(line), *(m.group(1) for m in _LINK_TEXT.finditer(line))]:
            text = text.strip()
            if (
                text
                and len(words(text)) <= 6
                and wanted in (_letters(text), _letters(_site_key(text)))
            ):
                return text
    return None


def _host_letters(host: str) -> str:
    """ "lejournaldunord" for www.lejournaldunord.fr: the name the address spells."""
    return re.sub(r"[^a-z0-9]", "", host.split(".")[-2] if host.count(".") else host)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key(text))


_BYLINE_LABEL = re.compile(
    r"^(?:par|by|auteurs?|autrice|author|authors|écrit par|rédigé par|article rédigé par|"
    r"written by|story by|reported by|texte|un article de|signé)\s*:?$",
    re.I,
)


def join_split_bylines(lines: list[str]) -> list[str]:
    """ "Auteur" / "Sandrine Keller", "Article rédigé par" / "Yasmine Belkacem": a byline's
    label alone on its line, the name on the next one, read as one byline."""
    out = list(lines)
    for i, line in enumerate(out):
        if not _BYLINE_LABEL.match(plain(line)):
            continue
        names = []
        nxt = first_filled(out, i + 1)
        while nxt < len(out) and is_name(unglue_name(plain(out[nxt])), max_words=5):
            names.append(unglue_name(plain(out[nxt])))
            out[nxt] = ""
            nxt = first_filled(out, nxt + 1)
        if names:
            out[i] = "Par " + ", ".join(names)
    return out


SUMMARY_BOX_LINES = 8


def take_summary_box(lines: list[str], result: SourceResult) -> list[str]:
    """ "Key Points", "L'essentiel", "À retenir" and the lines under it, near the top: the
    site's summary of the article (the lexicon's `summary_box` labels), not its text."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in filled[: max(30, len(filled) * 2 // 5)]:
        if not is_summary_label(plain(lines[i])):
            continue
        box = []
        k = i + 1
        after = first_filled(lines, i + 1)
        if after > k and after < len(lines) and re.match(r"\s*(?:>|[-*•]\s)", lines[after]):
            k = after  # a Markdown box: a blank line, then the quoted or listed points
        while k < len(lines) and lines[k].strip() and len(box) < SUMMARY_BOX_LINES:
            item = plain(lines[k]).lstrip("> ")  # a quoted summary: "> L'instrument …"
            bullet = item[:1] in "•-–*"
            point = bullet or (
                len(words(item)) >= 3  # ("Introduction" is the text's first heading)
                and (ends_sentence(item) or is_heading_like(item, max_words=20))
            )
            size = len(words(item))
            longest = max((len(words(plain(lines[b]))) for b in box), default=0)
            if size > 60 or not point or (box and size > 20 and size > 2 * longest):
                break  # a box holds short finished points; a paragraph after them is the text
            if box and strip_dateline(item):
                break  # "PARIS — For six decades …": the text's first paragraph
            box.append(k)
            k += 1
        if not box:
            return lines
        result.summary = result.summary or " ".join(plain(lines[b]).lstrip("•-–*> ") for b in box)
        trace.found("summary", lines[i])
        trace.dropped_all([lines[i], *(lines[b] for b in box)], "summary box")
        return [line for n, line in enumerate(lines) if n != i and n not in box]
    return lines


class DateFinder:
    """The publication date. A labelled publication date ("Publié le", "Posted", a byline's,
    a credit's or a dateline's date) beats a bare date (often today's date at the top of the
    page), which beats an update date ("Mis à jour le", "Updated"); among equals the first
    wins. On a page that re-posts an article ("Repris le 04/07/2025"), the re-post's date is
    the date and the other publication date is the original's. Numeric dates are read month
    first in English ("12/03/2025" is 3 December)."""

    PUBLISHED, BARE, UPDATE = 3, 2, 1

    def __init__(self, result: SourceResult, day_first: bool = True) -> None:
        self.result = result
        self.day_first = day_first
        self.rank = 0
        self.repost: tuple[str, str] | None = None  # (date, line)
        self.first_published: tuple[str, str] | None = None

    def offer(self, date: str | None, line: str, labelled: bool = False) -> None:
        if not date:
            return
        text = plain(line)
        if not self.day_first:
            date = parse_date(text, day_first=False) or date
        published = _PUBLISHED.search(text)
        if published and _UPDATE.search(text):
            # "Modifié le 21 mars 2025 - Publié le 20 mars 2025": the date after "Publié"
            date = parse_date(text[published.end() :], self.day_first) or date
        if _REPOST.search(text):
            self.repost = self.repost or (date, line)
            return
        if _UPDATE.search(text) and not _PUBLISHED.search(text):
            rank = self.UPDATE
        elif labelled or _PUBLISHED.search(text):
            rank = self.PUBLISHED
            self.first_published = self.first_published or (date, line)
        else:
            rank = self.BARE
        if rank > self.rank:
            self.result.date = date
            self.rank = rank
            trace.found("date", line, replace=True)

    def finish(self) -> None:
        """A re-post's date is the date; the original keeps its own."""
        if self.repost is None:
            return
        date, line = self.repost
        if self.first_published and self.result.original is not None:
            original = self.result.original
            if not original.date:
                self.result.original = Original(
                    original.title, original.source, self.first_published[0], original.language
                )
        self.result.date = date
        trace.found("date", line, replace=True)


_NUMERIC_DATE = re.compile(r"\b(\d\d?)([/.])(\d\d?)\2(?:19|20)\d\d\b")


def _day_first(text: str) -> bool:
    """Whether the page writes numeric dates day first: a French page does; an English one
    does when one of its dates says so ("28/11/2025", "14.10.2025"), or when a date written
    in words ("Nov 12") matches the day-first reading of "12/11/2025"."""
    if detect_language(text[:5000]) != "en":
        return True
    ambiguous = []
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match.group(1)), int(match.group(3))
        if match.group(2) == "." or (a > 12 >= b):
            return True
        if b > 12 >= a:
            return False
        ambiguous.append((a, b))
    spelled = _spelled_days(text) if ambiguous else set()
    return any((a, b) in spelled and (b, a) not in spelled for a, b in ambiguous)


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_SPELLED_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d\d?)\b|"
    rf"\b(?P<day2>\d\d?)\s+(?P<month2>{_MONTH_NAMES})\b",
    re.I,
)


def _spelled_days(text: str) -> set[tuple[int, int]]:
    """(day, month) of every date written with its month's name ("Nov 12", "12 November")."""
    found = set()
    for m in _SPELLED_DATE.finditer(text):
        day, month = (
            (m.group("day"), m.group("month"))
            if m.group("day")
            else (
                m.group("day2"),
                m.group("month2"),
            )
        )
        found.add((int(day), MONTHS[month.lower().rstrip(".")]))
    return found


_REPOST = re.compile(
    r"^(?:repris|republié|republiée|relayé|relayée|reposted|republished|shared|re-posted)\b",
    re.I,
)
_UPDATE = re.compile(r"\b(?:mis à jour|mise à jour|màj|modifié|actualisé|updated|modified)\b", re.I)
_PUBLISHED = re.compile(
    r"\b(?:publié|publiée|paru|parue|published|posted|first published|date de publication)\b|^le\s",
    re.I,
)


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


def read_header(lines: list[str], start: int, result: SourceResult, dates: DateFinder) -> int:
    """Read the header fields above the text; return the index where the text starts.

    The header is what comes before the first real paragraph (`_first_paragraph`). In it,
    junk (menus, consent banners, the page's URL), metadata (bylines, dates, credits) and tags
    are read or dropped; what is left are candidates for the title: the site's name and
    tagline, section labels, alerts, kickers, the title itself. The title is the candidate
    that looks most like one (`_pick_title`); the text starts at the first line after it that
    reads as prose, or at the first paragraph.
    """
    end = _first_paragraph(lines, start)
    candidates: list[int] = []
    meta: list[int] = []  # bylines, dates, credits: the title sits right above them
    credited = False  # the line above was a photo's credit: this one may be its caption
    captioned = False  # unless the line above that credit was its caption
    skip: set[int] = set()  # lines already read with an author's card
    for i in range(start, end):
        line = lines[i]
        text = plain(line)
        if not text or i in skip:
            continue
        tags = _TAG_LINE.match(line.strip())
        if tags and (candidates or result.title):
            result.source_tags += [plain(t) for t in _LINK_TEXT.findall(tags.group("links"))]
            trace.dropped(line, "header: the site's tags")
            trace.found("source_tags", line)
            meta.append(i)
            continue
        if _read_meta_line(text, result, dates):
            trace.dropped(line, "header: metadata")
            if not (is_date_line(text) and not _PUBLISHED.search(text)) or parse_credit(text):
                meta.append(i)  # a bare date may be today's date above the page's title
            continue
        rule = junk_rule(line)
        if rule:
            trace.dropped(line, f"header: {rule}")
            if _lone_credit(line) and not credited:
                credited = True
                # the caption is the line above the credit, or else the line below it
                above = next(
                    (lines[k] for k in range(i - 1, start - 1, -1) if lines[k].strip()), ""
                )
                captioned = bool(above) and plain(above).rstrip(_CLOSING).endswith(".")
            continue
        if credited and (candidates or result.title) and _is_caption_text(line) and not captioned:
            if plain(line).rstrip(_CLOSING).endswith("."):
                trace.dropped(line, "header: caption below its credit")
                credited = False
                continue
        credited = False
        if result.title and _loose(text) == _loose(result.title):
            trace.dropped(line, "header: the title again")
            continue  # the title shown twice (page heading and article heading)
        bare = _bare_byline(text) if not result.authors and (candidates or result.title) else None
        if bare and (
            is_date_line(_neighbour(lines, i, +1))
            or is_date_line(_neighbour(lines, i, -1))
            or _credit_then_date(lines, i)
        ):
            result.authors = bare
            trace.found("authors", line)
            trace.dropped(line, "header: byline without its keyword")
            meta.append(i)
            continue
        if (candidates or result.title) and _is_header_name(text, lines, i, result, meta):
            above = candidates[-1] if candidates else -1
            if above >= 0 and first_filled(lines, above + 1) == i and _bare_name(lines[above]):
                # "Eleanor Whitfield" / "Tomasz Wróbel" / "Published 10 July 2025": both sign
                result.authors = [*result.authors, unglue_name(plain(lines[above]))]
                trace.dropped(lines[above], "header: author's name")
                meta.append(candidates.pop())
            result.authors = [*result.authors, unglue_name(text)]
            trace.found("authors", line)
            trace.dropped(line, "header: author's name")
            meta.append(i)
            card = _author_card(lines, i, end, result)
            if not card and _credit_then_date(lines, i):
                card = [first_filled(lines, i + 1)]
                trace.dropped(lines[card[0]], "header: the author's agency or city")
            meta += card
            skip.update(card)
            continue
        candidates.append(i)
    _read_site_name(lines, candidates, result)
    title = None
    if not result.title:
        title = _pick_title(lines, candidates, meta, end)
        if title is not None:
            result.title = plain(lines[title])
            trace.found("title", lines[title])
    after = title if title is not None else start - 1
    later = [i for i in candidates if i > after]
    _names_below_title(lines, later, result)
    if end >= len(lines) and later:
        end = later[0]  # no paragraph anywhere: a text of short lines starts below the title
    body_start = next((i for i in later if _starts_text(lines[i], bool(result.title))), end)
    for i in candidates:
        if i != title and i < body_start:
            trace.dropped(lines[i], "header: site name, section label or kicker")
    return body_start


PARAGRAPH_WORDS = 25  # a paragraph this long, or two lines of prose, is the text
REGION_LINES = 80  # the header is never longer than this


def _first_paragraph(lines: list[str], start: int) -> int:
    """The index of the first real paragraph: long prose, or prose followed by prose. Menus,
    alerts, captions and standfirsts above it are short."""
    filled = [i for i in range(start, len(lines)) if lines[i].strip()][:REGION_LINES]
    for n, i in enumerate(filled):
        text = plain(lines[i])
        if junk_rule(lines[i]):
            continue
        if n and _lone_credit(lines[filled[n - 1]]):
            if len(words(text)) <= CAPTION_WORDS:
                continue  # the caption below its photo's credit
        count = len(words(text))
        if count >= PARAGRAPH_WORDS and ends_sentence(text):
            return i
        if count >= 12 and is_prose(lines[i]) and n + 1 < len(filled):
            after = lines[filled[n + 1]]
            if is_prose(after) and not junk_rule(after):
                return i
    return filled[-1] + 1 if len(filled) == REGION_LINES else len(lines)


_FIRST_SECTION = re.compile(
    r"^(?:\d\.?\s*)?(?:introduction|background|contexte|context|avant-propos|foreword|"
    r"préambule|overview)$",
    re.I,
)


def _starts_text(line: str, titled: bool) -> bool:
    """Below the title, the line that starts the text: prose, a Markdown heading or list
    item, or anything that is not a headline's shape."""
    text = plain(line)
    if re.match(r"^\s{0,3}(?:#{2,6}\s|[-*+]\s|\d+[.)]\s)", line):
        return titled
    if titled and _FIRST_SECTION.match(text):
        return True  # "Introduction": the text's first heading
    if titled and text.rstrip(_CLOSING).endswith((".", "…")):
        return True  # a headline has no final period
    return is_prose(line) or (titled and not _could_be_title(text))


_JOINER = re.compile(r"^(?:et|and|&|avec|with)$", re.I)


def _author_card(lines: list[str], i: int, end: int, result: SourceResult) -> list[int]:
    """The lines below an author's name that belong to the card: the role ("Chercheur associé,
    programme Russie"), a lone "et", and the next author (after "et", or with a role of her
    own). Read into `result.authors`; returns their indices."""

    def is_role(k: int) -> bool:
        text = plain(lines[k])
        return len(words(text)) <= 10 and not is_prose(lines[k]) and bool(_ROLE.search(text))

    taken: list[int] = []
    last = "name"
    k = first_filled(lines, i + 1)
    while k < end:
        text = plain(lines[k])
        after = first_filled(lines, k + 1)
        if last == "name" and junk_rule(lines[k]) and after < end and is_role(after):
            taken.append(k)  # "Thandeka Mokoena" / "Follow" / "Foreign affairs correspondent"
            k = after
            continue
        if last == "name" and is_role(k):
            trace.dropped(lines[k], "header: the author's role")
            last = "role"
        elif last in ("name", "role") and _JOINER.match(text):
            trace.dropped(lines[k], "header: between two authors")
            last = "joiner"
        elif (
            (last == "joiner" or (last == "role" and after < end and is_role(after)))
            and _bare_name(lines[k])
            and not junk_rule(lines[k])
        ):
            name = unglue_name(text)
            if name not in result.authors:
                result.authors = [*result.authors, name]
                trace.found("authors", lines[k])
            trace.dropped(lines[k], "header: author's name")
            last = "name"
        else:
            break
        taken.append(k)
        k = after
    return taken


def _names_below_title(lines: list[str], later: list[int], result: SourceResult) -> None:
    """Bare names right below the title (before anything else) sign the text."""
    if result.authors:
        return
    above = {_loose(plain(line)) for line in lines[: later[0]] if line.strip()} if later else set()
    for n, i in enumerate(later[:3]):
        name = unglue_name(plain(lines[i]))
        if not _bare_name(lines[i]):
            break
        if _loose(name) in above and _loose(plain(lines[i - 1])) != _loose(name):
            break  # a section label shown above the title too ("Humanitarian Aid")
        after = first_filled(lines, i + 1)
        nxt = lines[after] if after < len(lines) else ""
        if n + 1 < len(later) and later[n + 1] == after and not is_name(unglue_name(plain(nxt))):
            break  # followed by another header line that is no name: a label ("Pétrole Brent")
        if name not in result.authors:
            result.authors.append(name)
            trace.found("authors", lines[i])


def _lone_credit(line: str) -> bool:
    """A photo's credit alone on its line: the line below may be its caption (a credit that
    ends a caption, "… on Tuesday. (SPA)", is longer)."""
    return junk_rule(line) in ("photo credit", "copyright") and len(words(plain(line))) <= 10


def _could_be_title(text: str) -> bool:
    """A headline's shape: a capital (or a digit, a quote) first, at most 35 words, no
    sentence cut at the line's end. A line that is not is the text's first line."""
    first = next((c for c in text if c.isalnum() or c in '«"“'), "")
    return (
        bool(first)
        and (first.isupper() or first.isdigit() or first in '«"“')
        and len(words(text)) <= 35
        and not text.endswith((",", ";"))
        and not (text.endswith(".") and len(words(text)) > 20)
        and not (len(words(text)) > 12 and _SENTENCE_INSIDE.search(text))
    )


# "CO25142 | After the Twelve-Day War": a publication's reference number before its title.
_REFERENCE = re.compile(r"^[A-Z]{1,5}[-/]?\d{3,}\s*[|:–—-]\s+")
_SENTENCE_INSIDE = re.compile(r"\w{3,}[.!?]\s+[A-ZÀ-Þ]")  # "… celui de 2020. Il élargit"


def _pick_title(
    lines: list[str], candidates: list[int], meta: list[int], body_start: int
) -> int | None:
    """The candidate that reads most like a title: long for a heading, not a sentence with a
    final period (a standfirst or a caption), close to the text or to the byline, last
    rather than first (site names, taglines and section labels come first)."""
    if not candidates:
        return None
    best, best_score = None, float("-inf")
    for rank, i in enumerate(candidates):
        text = plain(lines[i])
        count = len(words(text))
        score = float(min(count, 20)) - (4 if count < 3 else 0)  # "More", "Europe", "Nexa"
        if text.rstrip(_CLOSING).endswith("."):
            score -= 30 if is_prose(lines[i]) else 12  # a sentence, not a headline
        if count > 35:
            score -= 15
        if re.search(r"\w{3,}\.\s+[A-ZÀ-Þ]", text):
            score -= 8  # "… is slowing sharply. The Kremlin …": a deck of two sentences
        if count >= 2 and is_name(text, max_words=4):
            score -= 6  # a person's or a site's name, a section: not a headline
        if rank == len(candidates) - 1 and body_start >= len(lines):
            score -= 20  # nothing would be left for the text
        following = candidates[rank + 1] if rank + 1 < len(candidates) else body_start
        above = _right_above(lines, candidates, rank)
        headline = count >= 5  # (a short line by the text is a label: "Abonné", "Exclusif")
        if any(i < m < following for m in meta) or (
            headline and not meta and following == body_start
        ):
            # the title sits right above its byline or date (or the text), unless a headline
            # sits right above it: then that is the title, and this its deck
            score += -4 if above is not None else 6
        if _is_deck_of(lines, candidates, rank, meta, body_start):
            score += 6
        if meta and i > max(meta):
            score -= 4  # below every byline and date: a caption or a standfirst
        if headline and rank == len(candidates) - 1 and not meta:
            score += 2
        if _COMMAND.match(text) and count <= 10:
            score -= 15  # "Télécharger le communiqué (PDF)", "Add to my alerts": a button
        if _SERIES.search(text):
            score -= 20  # "Note de l'Observatoire n° 52", "Issue #112": the series, not the piece
        if score > best_score:
            best, best_score = i, score
    return best


_CLOSING = ' »"”’)'
_SERIES = re.compile(
    r"(?:\bn°|\bno\.|\bissue\s*#|\bnuméro|#)\s*\d{1,5}(?:/\d{2,4})?\s*(?:$|[:|–—-])", re.I
)
# A page's buttons and links speak in the imperative (or the infinitive, in French).
_COMMAND = re.compile(
    r"^(?:télécharger|ajouter|imprimer|partager|envoyer|enregistrer|sauvegarder|copier|"
    r"s'abonner|abonnez-vous|se connecter|connectez-vous|écouter|écoutez|regarder|suivre|"
    r"suivez|signaler|download|add to|print|share|send|save|copy|subscribe|sign (?:in|up)|"
    r"log in|listen|watch|follow|report|more (?:\w+ )?options)\b",
    re.I,
)


def _right_above(lines: list[str], candidates: list[int], rank: int) -> int | None:
    """The candidate on the line right above this one, when it is a headline of at least
    five words no longer than this one (a title above its deck)."""
    if rank == 0:
        return None
    i, prev = candidates[rank], candidates[rank - 1]
    if first_filled(lines, prev + 1) != i:
        return None
    upper, lower = plain(lines[prev]), plain(lines[i])
    up, low = len(words(upper)), len(words(lower))
    if not (5 <= up <= low and (up >= 8 or low >= up + 4)) or upper.rstrip(_CLOSING).endswith("."):
        return None  # a title above its deck: a headline's length, or a much longer deck
        # below it (a site's tagline above the title is short, and so is the title)
    return prev


def _is_deck_of(
    lines: list[str], candidates: list[int], rank: int, meta: list[int], body_start: int
) -> bool:
    """This candidate is the title right above a deck that sits above the byline."""
    if rank + 1 >= len(candidates):
        return False
    nxt = rank + 1
    following = candidates[nxt + 1] if nxt + 1 < len(candidates) else body_start
    deck_above_meta = any(candidates[nxt] < m < following for m in meta) or (
        not meta and following == body_start
    )
    return deck_above_meta and _right_above(lines, candidates, nxt) == candidates[rank]


def _read_site_name(lines: list[str], candidates: list[int], result: SourceResult) -> None:
    """The site's name: a short line among the first ones that the page repeats further down
    ("© L'Éclaireur 2025", "Radio Horizon - Nous écouter en FM"), in its fullest and least
    shouted form ("Nexa" at the top, "© 2025 Nexa News" at the bottom: "Nexa News")."""
    if result.source or not candidates:
        return
    below = [plain(line) for line in lines[candidates[-1] + 1 :] if line.strip()]
    latin = [i for i in candidates if re.search(r"[A-Za-zÀ-ÿ]", plain(lines[i]))]
    for i in latin[:3]:  # (a language switcher's "العربية", "中文" are no site's name)
        first = plain(lines[i])
        if len(words(first)) > 5 or ends_sentence(first) or not first[:1].isupper():
            continue
        if sum(c.isalpha() for c in first) < 3:
            continue  # "US", "UK": a menu's section, not a site's name
        wanted = _site_key(first)
        repeats = [t for t in below if f" {wanted} " in f" {_site_key(t)} "]
        if not wanted or not repeats:
            continue
        result.source = _fullest_name(first, repeats)
        trace.found("source", lines[i])
        return
    _read_masthead(lines, candidates, result)


def _read_masthead(lines: list[str], candidates: list[int], result: SourceResult) -> None:
    """The copy's very first line, a short name followed by the site's interface (a follower
    count, "Rejoindre", a menu) or its tagline and then its menu: the site's masthead."""
    first = candidates[0]
    if first != first_filled(lines):
        return
    text = plain(lines[first])
    if not 2 <= len(words(text)) <= 4 or ends_sentence(text) or not text[:1].isupper():
        return
    below = [k for k in range(first + 1, min(len(lines), first + 6)) if lines[k].strip()][:2]
    if below and (junk_rule(lines[below[0]]) or (len(below) > 1 and junk_rule(lines[below[1]]))):
        result.source = text
        trace.found("source", lines[first])


def _site_key(text: str) -> str:
    """A site's name compared without its article: "The Lakeshore Tribune" ~ "Lakeshore
    Tribune Media Company"."""
    return re.sub(r"^(?:the|le|la|les|l)\s+", "", _loose(text))


def _fullest_name(name: str, repeats: list[str]) -> str:
    """ "Nexa" + "© 2025 Nexa News. All rights reserved." -> "Nexa News"; a name in capitals
    takes the case the page writes it in elsewhere."""
    for line in repeats:
        holder = _COPYRIGHT_HOLDER.match(line)
        if holder:
            full = clean_holder(holder.group("holder"))
            if "/" in full:
                continue  # "© AFI / Oleksiï Savtchenko": a photo's credit
            if _loose(full).startswith(_loose(name)) and len(words(full)) <= 6:
                return full
    if name.upper() == name:
        for line in repeats:
            found = re.search(re.escape(name), line, re.I)
            if found and found.group(0) != name:
                return found.group(0)
    return name


def _is_header_name(
    text: str, lines: list[str], i: int, result: SourceResult, meta: list[int]
) -> bool:
    """A bare name under the title, next to a date line or glued to a country code ("FRJean
    Dupont"), or right below another such name: an author."""
    name = unglue_name(text)
    shouted = name.upper() == name and _bare_name(unshout_name(name))  # "BURAK ÖZTÜRK"
    if not _bare_name(text) and not shouted:
        return False  # "World News" above its date, "Political Correspondent" below a name
    if _in_menu(lines, i):
        return False  # "Océan Indien" between "Economie" and "Diaspora": a section's link
    if any(_loose(plain(line)) == _loose(name) for line in lines[: max(0, i - 1)]):
        return False  # shown higher up too: the site's or the section's name
    previous = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), -1)
    if result.authors:
        return previous in meta and unglue_name(plain(lines[previous])) in result.authors
    if shouted:
        return _credit_then_date(lines, i)  # capitals shout labels too: only with its date
    if result.title and previous >= 0 and _loose(plain(lines[previous])) == _loose(result.title):
        return True  # the name right below the title
    following = _neighbour(lines, i, +1)
    before = _neighbour(lines, i, -1)
    return (
        is_date_line(following)
        or is_date_line(before)
        or name != text
        or bool(_ROLE.search(following) and len(words(following)) <= 10)
        or _credit_then_date(lines, i)
    )


def _in_menu(lines: list[str], i: int) -> bool:
    """The line right above or right below is a link of the site's menu."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    below = first_filled(lines, i + 1)
    return any(
        k is not None and k < len(lines) and junk_rule(lines[k]) == "interface: navigation"
        for k in (above, below)
    )


def _credit_then_date(lines: list[str], i: int) -> bool:
    """ "Kelsey Marchand" / "La Presse Canadienne" / "4 novembre 2025", "BURAK ÖZTÜRK" /
    "ISTANBUL" / "Nov 05, 2025": a name, its agency or its city, then the date."""
    k = first_filled(lines, i + 1)
    if k >= len(lines):
        return False
    credit = plain(lines[k])
    site = any(_loose(plain(line)) == _loose(credit) for line in lines[: max(0, i - 1)])
    if len(words(credit)) > 4 or not (
        is_agency(credit) or is_city(credit) or is_city(credit.title()) or site
    ):
        return False  # (the site's own name, shown at the top of the page, counts too)
    return is_date_line(_neighbour(lines, k, +1))


_APPEARED_IN = re.compile(
    r"\b(?:paru|parue|publié|publiée|first published|originally published|published)\s+"
    r"(?:(?:le|on)\s+.{4,30}?\s+)?(?:dans|in|sur|par|by)\s+(?:la |le |les |l['’]|the )?"
    r"(?P<source>[A-ZÀ-Þ][^,;()]{2,60})$",
    re.I,
)
# "In Kharkiv, the war is …", "À Kiev, …": a sentence's opening, not a name before its role.
_PLACE_WORD = re.compile(r"^(?:in|at|on|from|à|en|au|aux|dans|sur|depuis|après|avant)\s", re.I)
_ROLE_BYLINE = re.compile(r"^(?P<name>[^,]{3,50}),\s+(?P<role>[^,].{2,80})$")
# "Gulf Vision 24 Correspondent", "Journaliste au service Monde": the line below a byline's name.
_ROLE = re.compile(
    r"\b(?:correspondent|correspondant|correspondante|reporter|journaliste|journalist|"
    r"rédacteur|rédactrice|editor|éditeur|staff writer|writer|chroniqueur|chroniqueuse|"
    r"columnist|contributor|contributeur|envoyée? spéciale?|special envoy|senior fellow|fellow|"
    r"analyst|analyste|chercheur|chercheuse|researcher|maîtresse de conférences|maître de "
    r"conférences|professeur|professeure|professor|directeur|directrice|director|militante?|"
    r"activiste|activist|avocate?|lawyer|ancienne?|former|ambassadeur|ambassadrice|ambassador|"
    r"diplomate|diplomat|députée?|sénat(?:eur|rice)|expert|experte|spécialiste|specialist|"
    r"doctorante?|phd|enseignante?|lecturer|scholar|consultante?|consultant|économiste|"
    r"economist|historienne?|historian|politologue|political scientist|essayiste|écrivaine?|"
    r"novelist|blogueuse|blogueur|blogger|membre|member|président|présidente|president|"
    r"fondateur|fondatrice|founder|co-founder|cofondat(?:eur|rice)|associate|associée?|"
    r"chargée? de recherche|research fellow|visiting|assistant|assistante)\b",
    re.I,
)


# "Sophie Delambre et Karim Benhaddou (à Vienne)", "Laurent Perrottet, Berne": names with
# the place they write from, and no "Par".
_FROM_PLACE = re.compile(
    r"\s*(?:\((?:à|a|in|from|depuis|de)?\s*(?P<paren>[^()]{2,30})\)|,\s*(?P<city>[A-ZÀ-Þ][\w'’ -]{1,25}))$"
)


_IN_CITY = re.compile(
    r"\s+(?:in|à|at|from|depuis)\s+(?P<city>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)"
)


# "Julie Rochat, avec les agences", "Tom Reyes with agencies": the writer, helped by the wires.
_WITH_WIRES = re.compile(
    r",?\s+(?:avec|with|and|et)\s+(?:les\s+|l['’]|the\s+)?(?P<wires>agences|agencies|wires|"
    r"[A-Z][\w.-]{1,15})\s*$"
)


def _bare_byline(text: str) -> list[str] | None:
    """The names of a byline without its keyword, next to a date line (see `read_opening`)."""
    helped = _WITH_WIRES.search(text)
    if helped and (helped.group("wires")[0].islower() or is_agency(helped.group("wires"))):
        name = text[: helped.start()].strip()
        if _bare_name(name):
            return [name]
    place = _FROM_PLACE.search(text)
    if place and place.group("city") and not is_city(place.group("city").strip()):
        return None
    rest = text[: place.start()] if place else text
    # "Hannah Pryce in Latakia and Omar Zeidan in Beirut": each name with its city
    inner = [m for m in _IN_CITY.finditer(rest) if is_city(m.group("city"))]
    for m in reversed(inner):
        rest = rest[: m.start()] + rest[m.end() :]
    place = place or (inner[0] if inner else None)
    lower = [w for w in rest.split() if w[:1].islower() and w not in ("et", "and", *PARTICLES)]
    if lower or rest.rstrip().endswith("."):
        return None  # "Donald Trump dans le Bureau ovale, le 22 octobre.": a caption
    names = split_names(rest)
    if not names or len(names) > 4 or len(rest) > 100:
        return None
    joined = re.search(r"\s(?:et|and|&)\s", rest)  # (a comma alone may join two slogans)
    if all(_bare_name(n) for n in names) and (place or (len(names) > 1 and joined)):
        return names
    return None


def _bare_name(line: str) -> bool:
    """A person's name alone on its line (not a label, a role or a shouted word)."""
    name = unglue_name(plain(line))
    return (
        is_name(name, max_words=4)
        and len(words(name)) >= 2
        and name.upper() != name
        and not is_label_name(name)
        and not _ROLE.search(name)
    )


def _neighbour(lines: list[str], i: int, step: int) -> str:
    """The nearest line above or below that is neither blank nor junk ("Follow", "Share")."""
    k = i + step
    while 0 <= k < len(lines):
        if lines[k].strip() and (find_date(plain(lines[k])) or not junk_rule(lines[k])):
            return plain(lines[k])
        k += step
    return ""


def _read_meta_line(text: str, result: SourceResult, dates: DateFinder) -> bool:
    """Fill `result` from one header line; True if the line was metadata."""
    if is_caption(text) and not parse_credit(text) and not parse_byline(text):
        return False  # a photo's credit: `drop_captions` takes its caption along
    if _read_one_meta(text, result, dates):
        return True
    # "Story by X. Translation by Y.", "Aaron Roe · MBC News · Posted: Mar 19, 2025": pieces
    pieces = [p for p in _PIECES.split(text) if p.strip(" .")]
    if len(pieces) < 2 or len(text) > 200:
        return False
    if is_name(unglue_name(pieces[0]), max_words=4) and any(find_date(p) for p in pieces[1:]):
        _offer_authors(result, [unglue_name(pieces[0]).strip()], text)
        for piece in pieces[1:]:
            found = find_date(piece)
            if found:
                dates.offer(found.iso, piece, labelled=not _UPDATE.search(piece))
            elif not result.source and len(words(piece)) <= 4 and not is_name(piece):
                result.source = piece.strip()
                trace.found("source", text)
        return True
    read = [_read_one_meta(p.strip(" ."), result, dates) for p in pieces]
    if not any(read):
        return False
    for piece, done in zip(pieces, read, strict=True):
        if done:
            continue
        if len(words(piece)) > 4 or ends_sentence(piece) or ":" in piece:
            return False
        if not result.source and piece.strip()[:1].isupper():
            result.source = piece.strip()  # "EDB / Par Rania Haddad": the outlet's initials
            trace.found("source", text)
    return True


_PIECES = re.compile(r"\s+[·•|/]\s+|(?<=[a-zà-ÿ]{2})\.\s+(?=[A-ZÀ-Þ])")


def _read_one_meta(text: str, result: SourceResult, dates: DateFinder) -> bool:
    byline = parse_byline(text)
    if byline:
        _offer_authors(result, byline.authors, text)
        dates.offer(byline.date, text, labelled=True)
        appeared = _APPEARED_IN.search(text)
        found = parse_original(text) or (
            OriginalRef(None, appeared.group("source").strip(" ."), None) if appeared else None
        )
        if found:  # "Un article de X paru dans la Rheinische Rundschau": a re-publication
            _set_original(result, found, text)
        return True
    signed = _ROLE_BYLINE.match(unglue_name(text))
    if (
        signed
        and is_name(signed.group("name"), max_words=4)
        and len(text) < 120
        and not _PLACE_WORD.match(signed.group("name"))
        and not _SENTENCE_INSIDE.search(signed.group("role"))
    ):
        # "Benoît Lavergne, envoyé spécial à Damas": a name and its role, with no "Par"
        if not is_label_name(signed.group("name")) and _ROLE.search(signed.group("role")):
            _offer_authors(result, [signed.group("name").strip()], text)
            return True
    credit = parse_credit(text)
    if credit:
        _take_credit(credit, text, result, dates)
        return True
    translator = parse_translator(text)
    if translator:
        result.translator = translator
        _from_language(result, text)
        trace.found("translator", text)
        return True
    if is_date_line(text):
        dates.offer(find_date(text).iso, text)
        return True
    labelled = _LABELLED_ORIGINAL.match(text) or _HEADER_ORIGINAL.match(text)
    original = parse_original(text) if labelled else None
    if original:  # "Source : Izvestia, 19 août 2025" above the text: a re-post's original
        _set_original(result, original, text)
        return True
    site_date = _SITE_DATE.match(text)
    if (
        site_date
        and not re.search(r"\b(?:par|by)\s", site_date.group("site"), re.I)
        and (len(words(site_date.group("site"))) <= 5 or "(" in site_date.group("site"))
        and not text.endswith(".")  # "Le village de Bobrowniki, le 3 mai 2025.": a caption
        and not find_date(site_date.group("site"))
        and not _SERIES.search(site_date.group("site") + " ")  # "N° 1123 | Du 6 au 12 …"
        and is_date_line(site_date.group("date"))
    ):
        site = site_date.group("site").strip()
        place = re.search(r"\((?P<agency>[^()]{2,30})\)\s*$", site)
        if place:  # "Kiev (Ukraine) (AFI) · 6 juin 2025": a dispatch's place and agency
            if is_agency(place.group("agency")):
                _offer_authors(result, [place.group("agency")], text)
        elif site not in result.authors and not result.source:
            result.source = site.rstrip(" -–—|")
            trace.found("source", text)
        dates.offer(find_date(site_date.group("date")).iso, text, labelled=bool(place))
        return True
    domain = _DOMAIN.match(text)
    if domain:
        if not result.source:
            result.source = domain.group("domain")
            trace.found("source", text)
        return True
    found = find_date(text)
    if found and len(words(text[: found.start] + text[found.end :])) <= 5 and not is_prose(text):
        # "03/12/2025 site.com 5min #id", "[Blog] 19 février 2025": a dated header line
        dates.offer(found.iso, text)
        for token in text.split():
            if _DOMAIN.match(token) and not result.source:
                result.source = _DOMAIN.match(token).group("domain")
                trace.found("source", text)
        return True
    original = parse_original(text)
    if original:
        _set_original(result, original, text)
        return True
    return False


def _take_credit(credit, line: str, result: SourceResult, dates: DateFinder) -> None:
    """An agency's credit line: its signature when there is no byline, and its date."""
    _offer_authors(result, credit.authors, line)
    dates.offer(credit.date, line, labelled=True)


def _offer_authors(result: SourceResult, names: list[str], line: str) -> None:
    """The first names read sign the text, except that people named later ("Reporting by
    Jane Roe") take the place of an agency ("(Reuters)")."""
    if not names:
        return
    agencies_only = result.authors and all(is_agency(a) for a in result.authors)
    # one word that is no agency ("Échos" of "par Échos du Machrek"): a blog's name, cut short
    weak = result.authors and all(len(a.split()) == 1 and not is_agency(a) for a in result.authors)
    fuller = all(len(n.split()) >= 2 for n in names)
    if (
        not result.authors
        or (agencies_only and not all(is_agency(n) for n in names))
        or (weak and fuller)
    ):
        result.authors = list(names)
        trace.found("authors", line, replace=True)


OPENING_LINES = 12  # bylines, credits and dates may sit below the first paragraph, among buttons


def read_opening(
    lines: list[str], result: SourceResult, dates: DateFinder, markdown: bool = False
) -> list[str]:
    """The first paragraphs: a dateline or a kicker opening the text ("KIEV, 14 mars 2025
    (AFP) –", "ANALYSE –"), and the byline, credit or date lines among the first lines."""
    lines = list(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()][:OPENING_LINES]
    comments = next((i for i in filled if _opens_comments(plain(lines[i]))), None)
    filled = [i for i in filled if comments is None or i < comments]  # a short text's readers
    long = [
        i for i in filled if len(words(plain(lines[i]))) >= 15 and not _is_caption_line(lines, i)
    ]
    top = long[1] if len(long) >= 2 else len(lines)  # a name below the second paragraph signs
    drop: set[int] = set()
    signed = False  # the line above named the author: this one may be the author's role
    card = False  # the line above was an author's role: this one may name the next author
    for i in filled:
        text = plain(lines[i])
        dated = is_date_line(text) or bool(parse_byline(text))  # "Publié le 22/02/2025 à 06h30."
        if signed and len(words(text)) <= 10 and not is_prose(lines[i]) and _ROLE.search(text):
            trace.dropped(lines[i], "opening: the author's role")  # "Militante, franco-iranienne"
            drop.add(i)
            signed, card = False, True
            continue
        if (
            signed
            and len(words(text)) <= 4
            and (is_agency(text) or is_city(text) or is_city(text.title()))
        ):
            trace.dropped(lines[i], "opening: the author's agency or city")  # "ISTANBUL"
            drop.add(i)
            signed = False
            continue
        if (
            card
            and _bare_name(lines[i])
            and not junk_rule(lines[i])
            and unglue_name(text) not in result.authors
        ):
            # "Selin Aydın / Senior Fellow / Henrik Lund / Research Associate": the next author
            result.authors = [*result.authors, unglue_name(text)]
            trace.found("authors", lines[i])
            trace.dropped(lines[i], "opening: author's name")
            drop.add(i)
            signed, card = True, False
            continue
        card = False
        signed = False
        if _is_byline_note(text, result.authors):
            trace.dropped(lines[i], "opening: where the authors reported from")
            drop.add(i)
            continue
        if (
            len(text) < 160
            and (dated or not is_prose(lines[i]))
            and _read_meta_line(text, result, dates)
        ):
            trace.dropped(lines[i], "opening: metadata")
            drop.add(i)
        elif i < top and unglue_name(text) in result.authors:
            trace.dropped(lines[i], "opening: author's name")  # the byline's name shown again
            drop.add(i)
        elif (
            i < top
            and (bare := _bare_byline(text))
            and (
                all(n in result.authors for n in bare)
                or (
                    not result.authors
                    and (
                        is_date_line(_neighbour(lines, i, +1))
                        or is_date_line(_neighbour(lines, i, -1))
                    )
                )
            )
        ):
            result.authors = result.authors or bare
            trace.found("authors", lines[i])
            trace.dropped(lines[i], "opening: byline without its keyword")
            drop.add(i)
        elif not result.authors and _is_header_name(text, lines, i, result, []):
            result.authors = [unglue_name(text)]
            trace.found("authors", lines[i])
            trace.dropped(lines[i], "opening: author's name")
            drop.add(i)
        signed = i in drop and unglue_name(text) in result.authors
    first = next((i for i in filled if i not in drop), None)
    deck = first is not None and first == filled[0] and not _is_caption_line(lines, first)
    if not markdown and deck and _is_deck(lines, first, drop):
        # prose between the title and the byline: the standfirst, the site's own summary
        text = plain(lines[first])
        result.summary = result.summary or strip_kicker(text) or text
        trace.found("summary", lines[first])
        trace.dropped(lines[first], "standfirst (the summary)")
        drop.add(first)
        first = next((i for i in filled if i not in drop), None)
    first = next((i for i in filled if i not in drop and not _is_caption_line(lines, i)), first)
    if first is not None:
        text = lines[first].strip()
        dateline = strip_dateline(plain(text))
        if dateline:
            trace.dropped(plain(text)[: len(plain(text)) - len(dateline.rest)], "dateline")
            dates.offer(dateline.date, text, labelled=True)
            _offer_authors(result, dateline.authors, text)
            lines[first] = dateline.rest
            text = dateline.rest
        kicked = strip_kicker(text)
        if kicked is not None:
            trace.dropped(text[: len(text) - len(kicked)], "kicker")
            lines[first] = kicked
    return [line for i, line in enumerate(lines) if i not in drop]


# "Jane Roe reported from Muscat, and John Doe from Istanbul.", "Tom Reyes a contribué à cet
# article depuis Kiev.": the byline's own note, below it.
_REPORTED = re.compile(
    r"\b(?:reported from|reported by|contributed reporting|contributed to this|reporting from|"
    r"a contribué|ont contribué|a participé à cet article)\b",
    re.I,
)


def _is_byline_note(text: str, authors: list[str]) -> bool:
    return (
        bool(authors)
        and len(words(text)) <= 30
        and any(text.startswith(a) for a in authors)
        and bool(_REPORTED.search(text))
    )


DECK_WORDS = 60  # a standfirst is a sentence or two


def _is_caption_line(lines: list[str], i: int) -> bool:
    """A photo's credit, or the caption right above or below one."""
    text = plain(lines[i])
    if is_caption(text) or junk_rule(lines[i]):
        return True
    near = [first_filled(lines, i + 1)] + [k for k in range(i - 1, -1, -1) if lines[k].strip()][:1]
    return len(words(text)) <= CAPTION_WORDS and any(
        k < len(lines) and is_caption(plain(lines[k])) and len(words(plain(lines[k]))) <= 10
        for k in near
    )


# What a page puts between its standfirst and its text: share rows, reading times, captions.
_HEADER_FURNITURE = {
    "share buttons",
    "interface: share",
    "interface: media",
    "reading time or duration",
    "photo credit",
    "follow us",
    "interface: navigation",
}


def _is_deck(lines: list[str], first: int, meta: set[int]) -> bool:
    """The first paragraph is a standfirst when it is short and the page's furniture (the
    byline, a date, share buttons, the lead photo's caption) parts it from the text."""
    if len(words(plain(lines[first]))) > DECK_WORDS:
        return False
    furniture = bylined = False
    for k in range(first + 1, len(lines)):
        text = plain(lines[k])
        if not text:
            continue
        nxt = first_filled(lines, k + 1)
        credited = nxt < len(lines) and is_caption(plain(lines[nxt])) and len(words(text)) <= 40
        if k in meta or is_caption(text) or credited or junk_rule(lines[k]) in _HEADER_FURNITURE:
            furniture = True  # (a caption above its credit is furniture too)
            bylined = bylined or k in meta
            continue
        if (
            junk_rule(lines[k])
            or len(words(text)) <= 4
            or (len(words(text)) <= 8 and not ends_sentence(text))
        ):
            continue  # an ad, a button, a role or a badge: neither text nor the furniture
        if bylined and len(words(text)) <= 15:
            continue  # "Jane Roe reported from Muscat.": a note of the byline's
        return furniture and is_prose(lines[k]) and len(words(text)) > 15
    return False


def drop_title_repeats(lines: list[str], title: str | None) -> list[str]:
    """The title shown again as the lead image's caption (with or without its credit)."""
    if not title:
        return lines
    wanted = _loose(title)
    kept = []
    for line in lines:
        loose = _loose(plain(line))
        if loose and (loose == wanted or (loose.startswith(wanted) and is_caption(line))):
            trace.dropped(line, "the title again (a caption)")
            continue
        kept.append(line)
    return kept


def _loose(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


CAPTION_WORDS = 40  # a caption is a sentence or two


def drop_captions(lines: list[str]) -> list[str]:
    """A credit alone on its line ("PHOTO / AFP", "© Getty Images") takes along the caption
    right above it, or right below it when the credit starts with its label ("Photo : © X"),
    and a figure's label takes its "Source :" line: when that line is short."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        text = plain(line)
        if not text or re.search(r"\b(?:19|20)\d\d\b", text):
            continue  # a dated credit is the page's copyright, not a photo's
        credit = is_caption(text) and len(words(text)) <= 10
        above = i - 1 if i > 0 and lines[i - 1].strip() else i - 2  # one blank line may part them
        if credit and above >= 0 and _is_caption_text(lines[above]) and above not in drop:
            if above == i - 1 or len(words(plain(lines[above]))) <= CAPTION_WORDS // 2:
                trace.dropped(lines[above], "caption above its credit")
                drop.add(above)
        labelled = credit and (text[:1] == "©" or re.match(r"(?i)photo|crédit|credit", text))
        figure = is_caption(text) and re.match(r"(?i)fig|graph|tabl|chart|cart|map|info", text)
        if (labelled or figure) and i + 1 < len(lines) and _is_caption_text(lines[i + 1]):
            below = plain(lines[i + 1])
            if labelled or re.match(r"(?i)(?:source|note|lecture)s?\s*:", below):
                trace.dropped(lines[i + 1], "caption below its credit")
                drop.add(i + 1)
    return [line for i, line in enumerate(lines) if i not in drop]


def _is_caption_text(line: str) -> bool:
    text = plain(line)
    return (
        bool(text)
        and len(words(text)) <= CAPTION_WORDS
        and not text.endswith(":")
        and not is_date_line(text)
        and not parse_byline(text)
    )


# Credits no article sentence starts with, read wherever they are (a long footer can make the
# text's last lines look like its first third).
# Above the text (only there: below it "Source : INSEE" credits a chart), these label the
# original of a re-posted or translated article.
_HEADER_ORIGINAL = re.compile(
    r"^(?:source|titre original|titre d['’]origine|original title)\s*:|"
    r"^(?:paru|parue|publié|publiée) le [^.]{4,30}\s(?:dans|sur)\s",  # a re-post's "Paru le … dans X"
    re.I,
)
_LABELLED_ORIGINAL = re.compile(
    r"^(?:source originale|article original|original article|texte original|version originale)"
    r"\s*(?:en \w+\s*)?:",
    re.I,
)


# The label that opens a comment section ("12 commentaires", "Leave a Reply", "3 thoughts on
# …"): the names and dates below it are the readers', not the article's.
_COMMENTS_OPEN = re.compile(
    r"^(?:\d+|un|une|one)\s+(?:commentaires?|comments?|réactions?|responses?|replies|"
    r"réflexions? sur|réponses? à|thoughts? on|responses? to)\b|^(?:commentaires|comments|réactions|replies)"
    r"\b|^laisser (?:un commentaire|une réponse)|"
    r"^leave a (?:comment|reply)|^(?:poster|ajouter|add) (?:un |votre |a )?comment|"
    r"^join the (?:discussion|conversation)",
    re.I,
)


# "This essay was first published in Ukrainian by …", "Cet article a été publié initialement
# par …": a sentence, but the original publication's credit.
_ORIGINAL_NOTE = re.compile(
    r"^(?:this (?:article|story|piece|essay|text|interview|report|column|analysis|post) "
    r"(?:was|first)|cet (?:article|essai|entretien) a (?:d['’]abord |initialement )?été|"
    r"ce texte a (?:d['’]abord |initialement )?été|(?:this is a |a )?translation of (?:an|the) |"
    r"(?:cet article|ce texte) est parue? dans|traduction d['’]un article|"
    r"traduction d['’]un article)\b",
    re.I,
)


_CREDITED_TRANSLATOR = re.compile(
    r"\b(?:version française|traduction|french version by|translated by)\s*:?\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,2})"
)


def _opens_comments(text: str) -> bool:
    return len(words(text)) <= 12 and bool(_COMMENTS_OPEN.search(text))


def read_tail(lines: list[str], result: SourceResult, dates: DateFinder) -> list[str]:
    """Take the metadata lines found below the text (translator, original publication, credit,
    byline, copyright holder), down to the comment section if there is one."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    tail_start = filled[int(len(filled) * 0.3)] if filled else 0  # menus can be long
    bylines_start = filled[int(len(filled) * 0.6)] if filled else 0
    kept = []
    for n, line in enumerate(lines):
        text = plain(line)
        if n >= tail_start and _opens_comments(text):
            return kept + lines[n:]  # `finish_body` cuts the comments themselves
        credit_line = bool(re.match(r"(?i)\(?\s*reporting by", text)) or (
            n >= tail_start and _ORIGINAL_NOTE.match(text)
        )
        if (
            not text
            or len(text) > 300
            or (is_prose(line) and len(words(text)) > 25 and not credit_line)
        ):
            kept.append(line)
            continue
        if n < tail_start and not (parse_translator(text) or _LABELLED_ORIGINAL.match(text)):
            kept.append(line)  # above the tail, only the unmistakable credits are read
            continue
        translator = parse_translator(text)
        if translator:
            result.translator = result.translator or translator
            _from_language(result, text)
            trace.found("translator", line)
            _later_sentences(result, line)  # "… par X. Texte original : « … », Publication"
            trace.dropped(line, "footer: translator")
            continue
        inner = _CREDITED_TRANSLATOR.search(text) if text.startswith("(") else None
        if inner and not result.translator and is_name(inner.group("name")):
            # "(Reportage X et Y; version française Camille Rivet, édité par Z)": a wire's credits
            result.translator = inner.group("name")
            trace.found("translator", line)
        original = parse_original(text)
        if original:
            _set_original(result, original, text)
            trace.dropped(line, "footer: original publication")
            continue
        credit = parse_credit(text)  # (its own limits: longer for "Reporting by …")
        if credit:
            _take_credit(credit, text, result, dates)

            trace.dropped(line, "footer: credit")
            continue
        signed = n >= bylines_start or bool(_SIGNED_BELOW.match(text))
        byline = parse_byline(text) if not is_prose(line) and signed else None
        if byline and byline.authors:
            _offer_authors(result, byline.authors, line)
            dates.offer(byline.date, line, labelled=True)
            trace.dropped(line, "footer: byline")
            continue
        if is_date_line(text) and n >= bylines_start:
            dates.offer(find_date(text).iso, line)
            trace.dropped(line, "footer: date")
            continue
        holder = (
            (_COPYRIGHT_HOLDER.match(text) or _HOLDER_FIRST.match(text))
            if len(text) < 120 and n >= bylines_start
            else None
        )
        if holder and not result.source:
            name = clean_holder(holder.group("holder"))
            if name and name not in result.authors and not is_name_of_author(name, result):
                result.source = name
                trace.found("source", line)
        kept.append(line)
    return kept


# "Rédigé par X", "Texte : X", "Posté par X à 18:42": a signature below the text, wherever the
# page's footer makes the last lines start.
_SIGNED_BELOW = re.compile(
    r"^(?:rédigé par|rédigée par|écrit par|écrite par|written by|texte\s*:|text\s*:|"
    r"posté par|postée par|posted by|signé|signed)\b",
    re.I,
)


_LEGAL = re.compile(
    r"^(?:(?:by|par)\s+(?:the\s+(?=[A-Z]))?)?|"
    r"\s*(?:,?\s*(?:or|and|et|ou) (?:its|ses|leurs?) .*|\s+(?:(?:media|newspapers?|publishing|group)\s+)?(?:pvt\.?\s+)?"
    r"(?:ltd|limited|llc|inc|plc|gmbh|s\.?a\.?s?|sarl|corp(?:oration)?|company|co|dac|ag|s\.?p\.?a|b\.?v|n\.?v|oy|ab|pty)\.?)$",
    re.I,
)


def clean_holder(holder: str) -> str:
    """ "by the Halvorsen Institute" -> "Halvorsen Institute"; "NewsVista Media Pvt Ltd" ->
    "NewsVista": a copyright holder's legal form is not the site's name."""
    name = holder.strip(" ©.")
    for _ in range(3):
        name = _LEGAL.sub("", name).strip(" ,.&")
    return name


def is_name_of_author(name: str, result: SourceResult) -> bool:
    return any(name.lower() == a.lower() for a in result.authors) or (
        not result.authors and is_name(name) and len(words(name)) in (2, 3) and "." not in name
    )


def _set_original(result: SourceResult, found, line: str) -> None:
    """The original publication, from the first line that names it (a later line only adds
    what the first did not say)."""
    _merge_original(result, found, line)
    _later_sentences(result, line)  # "…, 30 août 2026. Traduction : Pierre-Yves Lemaire."


def _merge_original(result: SourceResult, found, line: str) -> None:
    before = result.original
    merge_original(result, found)
    if result.original != before:
        trace.found("original", line)
    if getattr(found, "author", None) and not result.authors:
        result.authors = [found.author]  # the original's author wrote the text
        trace.found("authors", line)


def _later_sentences(result: SourceResult, line: str) -> None:
    """A credit's line may go on past its first sentence, with the translator or the original:
    each later sentence is read for either."""
    for sentence in re.split(r"(?<=[.!?])\s+", plain(line))[1:]:
        if (named := parse_translator(sentence)) and not result.translator:
            result.translator = named
            _from_language(result, sentence)
            trace.found("translator", line)
        elif (found := parse_original(sentence)) is not None:
            _merge_original(result, found, line)


def _from_language(result: SourceResult, line: str) -> None:
    """ "Traduit de l'anglais par X": the original was in English."""
    language = translated_from(line)
    if language and language != "fr":
        merge_original(result, OriginalRef(None, None, None, language))


def _title_from_text(body: list[str]) -> str | None:
    """A title for a text that has none: its first sentence, shortened."""
    first = next((plain(line) for line in body if plain(line)), "")
    if not first:
        return None
    sentence = re.split(r"(?<=[.!?…])\s", first)[0]
    tokens = sentence.split()
    return " ".join(tokens[:12]) + ("…" if len(tokens) > 12 else "")
