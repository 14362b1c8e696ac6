"""Helpers shared by the page renderers: escaping, relative links, front matter, dates."""

from __future__ import annotations

import html
import json
import re
from datetime import date

from anyascii import anyascii

from .charts import MONTHS  # one list of French month names, shared with the charts

KIND_LABELS = {
    "personne": ("Personne", "Personnes"),
    "organisation": ("Organisation", "Organisations"),
    "pays": ("Pays", "Pays"),
}


def esc(text: object) -> str:
    """Text from articles is data: escape it for HTML (attributes included)."""
    return html.escape(str(text), quote=True)


def md_text(text: object) -> str:
    """Escape text placed in Markdown (a heading) so that it shows as written; `{` and `}`
    too, so that no text can end in an attribute list."""
    out = html.escape(str(text), quote=False)
    for char in "\\`*_[]{}#|!":
        out = out.replace(char, "\\" + char)
    return out


def rel(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of the site ("" is the home page)."""
    section = from_url.split("/", 1)[0]
    if not to_url.startswith(section + "/"):  # another section: up to the root, then down
        return "../" * from_url.count("/") + to_url or "./"
    start = [p for p in from_url.split("/") if p]
    target = [p for p in to_url.split("/") if p]
    common = 0
    for a, b in zip(start, target, strict=False):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start) - common) + target[common:]
    if not parts:
        return "./"
    path = "/".join(parts)
    return path if to_url.endswith(".xml") else path + "/"


def link(here: str, url: str, text: str, attrs: str = "") -> str:
    """An <a> from page `here` to site URL `url`; `attrs` is trusted markup (our own)."""
    extra = f" {attrs}" if attrs else ""
    return f'<a href="{esc(rel(here, url))}"{extra}>{esc(text)}</a>'


def front_matter(meta: dict, body: str) -> str:
    """A Markdown page with a YAML front-matter block (empty values left out).

    Each value is written as JSON, which YAML reads as it is (flow style): as fast as joining
    strings, where a YAML emitter costs about a millisecond per page. Characters YAML would not
    accept or would read as line breaks are written as escapes."""
    lines = [
        f"{key}: {_UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False))}"
        for key, value in meta.items()
        if value not in (None, [], {}, "")
    ]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


# Outside YAML's printable set, or line breaks to YAML (NEL, LS, PS); JSON escapes the rest.
_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


def _escape(found: re.Match) -> str:
    return f"\\u{ord(found.group()):04x}"


def page_text(meta: dict) -> dict:
    """Front matter for a generated page. MkDocs and Material print `title` and `description`
    into the HTML without escaping (<title>, header, meta tag): escape them here, once, so
    that whatever template shows them, a title is text."""
    safe = dict(meta)
    for key in ("title", "description"):
        if isinstance(safe.get(key), str):
            safe[key] = esc(safe[key])
    return safe


def french_date(iso: str | None) -> str:
    if not iso:
        return "sans date"
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return f"{day}{'er' if day == 1 else ''} {MONTHS[month - 1]} {year}"


def month_name(year_month: str) -> str:
    return f"{MONTHS[int(year_month[5:7]) - 1]} {year_month[:4]}"


def month_title(year_month: str) -> str:
    name = month_name(year_month)
    return name[0].upper() + name[1:]


def number(count: int) -> str:
    """12 345, with the narrow no-break space French uses between thousands."""
    return f"{count:,}".replace(",", "\u202f")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{number(count)} {singular if count == 1 else (plural_form or singular + 's')}"


def kind_label(kind: str, many: bool = False) -> str:
    labels = KIND_LABELS.get(kind)
    if labels is None:
        return kind.capitalize()
    return labels[1] if many else labels[0]


def months_back(iso: str, months: int) -> str:
    """The ISO date `months` months before `iso` (day clamped to 28 so it always exists)."""
    d = date.fromisoformat(iso[:10])
    index = d.year * 12 + d.month - 1 - months
    return date(index // 12, index % 12 + 1, min(d.day, 28)).isoformat()


def initial(name: str) -> str:
    """The A-Z letter a name is filed under ("#" for anything else)."""
    for char in anyascii(name).upper():
        if "A" <= char <= "Z":
            return char
        if char.isalnum():
            return "#"
    return "#"
