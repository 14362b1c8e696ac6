"""Helpers shared by the page renderers: escaping, relative links, front matter, dates."""

from __future__ import annotations

import html
import posixpath

import yaml

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def esc(text: object) -> str:
    """Text from articles is data: escape it for HTML (attributes included)."""
    return html.escape(str(text), quote=True)


def md_text(text: object) -> str:
    """Escape text placed in Markdown so that it shows as written."""
    out = html.escape(str(text), quote=False)
    for char in "\\`*_[]#|":
        out = out.replace(char, "\\" + char)
    return out


def rel(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of the site ("" is the home page)."""
    start = "/" + from_url.strip("/")
    target = "/" + to_url.strip("/")
    path = posixpath.relpath(target, start)
    if path == ".":
        return "./"
    return path + ("/" if to_url.endswith("/") or to_url == "" else "")


def front_matter(meta: dict, body: str) -> str:
    """A Markdown page with a YAML front-matter block (empty values left out)."""
    kept = {k: v for k, v in meta.items() if v not in (None, [], {}, "")}
    head = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n\n{body}"


def french_date(iso: str | None) -> str:
    if not iso:
        return "sans date"
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return f"{day}{'er' if day == 1 else ''} {MONTHS[month - 1]} {year}"


def month_name(year_month: str) -> str:
    return f"{MONTHS[int(year_month[5:7]) - 1]} {year_month[:4]}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
