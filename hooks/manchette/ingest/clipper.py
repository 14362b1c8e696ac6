"""What a web clipper's front matter says (Obsidian's, MarkDownload's): the page's own
metadata, not a curator's decisions.

A clipper writes the page's `<title>`, which most sites end with their name ("Title | Site"),
and the page's author field, which many sites fill with their own name. A curator's front
matter is taken as it is; a clipper's is read with that in mind.
"""

from __future__ import annotations

import re

from ..model import SourceResult

# "La « Zeitenwende » dévore ses enfants | Passerelles germaniques", "Title – Le Relais"
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)\s+(?P<bar>\||–|—|-|·)\s+(?P<site>[^|–—·:;,?!«»\"]{2,60})$"
)
SITE_WORDS = 6  # after a bar; after a dash, which titles use too, four


def clipped_overrides(over: dict, source: SourceResult) -> tuple[dict, str | None]:
    """(the front matter as the article should use it, the site's name when the title gave
    it)."""
    # an empty field (`author:`, `published:`) is what the page did not say, not a curator's
    # "none": the text may say it
    over = {k: v for k, v in over.items() if v not in (None, "", [])}
    site = None
    if isinstance(over.get("title"), str):
        over["title"], site = without_site_name(over["title"])
    elif source.title:
        source.title, site = without_site_name(source.title)  # the page's `# Title | Site`
    names = {n.casefold() for n in (site, source.source) if n}
    authors = over.get("authors")
    listed = authors if isinstance(authors, list) else [authors] if authors else []
    if listed and all(str(a).casefold() in names for a in listed):
        del over["authors"]  # the site's name in the author field: the text says who wrote it
    return over, site


def without_site_name(title: str) -> tuple[str, str | None]:
    """ "Title | Site" -> ("Title", "Site"); a title without a site's name is left whole."""
    match = _SITE_SUFFIX.match(title.strip())
    limit = SITE_WORDS if match and match.group("bar") == "|" else 4
    if not match or len(match.group("site").split()) > limit:
        return title, None
    return match.group("title").strip(), match.group("site").strip()
