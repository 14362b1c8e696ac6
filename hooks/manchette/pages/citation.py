"""How to cite one article: a ready reference in French, BibTeX and RIS files to download, and
its CSL-JSON item (the format of Zotero and citeproc, for `archive.json`).

All four are made from the article's own fields, once, when its page is generated. The BibTeX is
written by bibtexparser and the RIS by rispy; values are one line each, and the characters that
BibTeX reads as commands are written as LaTeX text commands, so that no title can end an entry.
"""

from __future__ import annotations

import re

import bibtexparser
import rispy
from anyascii import anyascii
from bibtexparser.library import Library
from bibtexparser.middlewares import default_unparse_stack
from bibtexparser.model import Entry, Field

from ..model import Article
from .common import esc, french_date
from .siteinfo import Site

PARTICLES = {
    "de",
    "du",
    "des",
    "d'",
    "da",
    "di",
    "van",
    "von",
    "der",
    "den",
    "le",
    "la",
    "al",
    "el",
}
MAX_NAMED_AUTHORS = 3  # beyond, the reference says "et al."


def split_name(name: str) -> tuple[str, str] | None:
    """(given, family) of a person's name, the family name being the last word with its
    particles ("Charles de Gaulle" -> ("Charles", "de Gaulle")); None for a single word."""
    words = name.split()
    if len(words) < 2:
        return None
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- the reference shown on the page ------------------------------------------------------


def french_author(name: str) -> str:
    """NOM Prénom, as French bibliographies write an author (ISO 690)."""
    parts = split_name(name)
    if parts is None:
        return esc(name)
    given, family = parts
    return f'<span class="mc-family">{esc(family.upper())}</span> {esc(given)}'


def reference_html(article: Article, site: Site) -> str:
    """NOM Prénom, « Titre », Source, 12 mai 2025 [en ligne]; translation and original; URL."""
    parts = []
    authors = list(article.authors)
    if authors:
        named = [french_author(a) for a in authors[:MAX_NAMED_AUTHORS]]
        who = " et ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)
        if len(authors) > MAX_NAMED_AUTHORS:
            who = f"{named[0]} <i>et al.</i>"
        parts.append(who)
    parts.append(f"« {esc(article.title)} »")
    if article.source:
        parts.append(f"<i>{esc(article.source)}</i>")
    parts.append(french_date(article.date) if article.date else "s. d.")
    text = ", ".join(parts) + " [en ligne]."
    if article.translator:
        text += f" Traduit par {esc(article.translator)}."
    original = article.original
    if original and (original.title or original.source):
        bits = [f"« {esc(original.title)} »"] if original.title else []
        if original.source:
            bits.append(f"<i>{esc(original.source)}</i>")
        if original.date:
            bits.append(esc(french_date(original.date)))
        text += f" Publication originale : {', '.join(bits)}."
    url = site.absolute(article.url)
    text += f" Archive {esc(site.name)}"
    if url:
        text += f', disponible à l\'adresse : <span class="mc-url">{esc(url)}</span>'
    return text + "."


# --- CSL-JSON -----------------------------------------------------------------------------


def csl_name(name: str) -> dict:
    parts = split_name(name)
    if parts is None:
        return {"literal": name}
    return {"given": parts[0], "family": parts[1]}


def csl_date(iso: str) -> dict:
    return {"date-parts": [[int(p) for p in iso[:10].split("-")]]}


def csl_item(article: Article, site: Site, url: str | None = None) -> dict:
    """The article as a CSL-JSON item (type article-newspaper); `url` overrides its address."""
    item: dict = {"id": article.id, "type": "article-newspaper", "title": article.title}
    if article.authors:
        item["author"] = [csl_name(a) for a in article.authors]
    if article.date:
        item["issued"] = csl_date(article.date)
    if article.source:
        item["container-title"] = article.source
    if article.translator:
        item["translator"] = [csl_name(article.translator)]
    original = article.original
    if original:
        if original.title:
            item["original-title"] = original.title
        if original.source:
            item["original-publisher"] = original.source
        if original.date:
            item["original-date"] = csl_date(original.date)
    item["language"] = article.language
    if article.summary:
        item["abstract"] = article.summary
    if article.source_tags:
        item["keyword"] = ", ".join(article.source_tags)
    item["archive"] = site.name
    address = url or site.absolute(article.url)
    if address:
        item["URL"] = address
    return item


# --- BibTeX -------------------------------------------------------------------------------

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_LATEX_SPECIAL = re.compile(r"[\\{}%&#$_^~]")


def latex_text(text: str) -> str:
    """Text as BibTeX reads it literally: its braces stay balanced, nothing is a command."""
    return _LATEX_SPECIAL.sub(lambda found: _LATEX[found.group()], one_line(text))


def bibtex_name(name: str) -> str:
    parts = split_name(name)
    if parts is None:
        return "{" + latex_text(name) + "}"  # one word, or an organisation: kept whole
    return f"{latex_text(parts[1])}, {latex_text(parts[0])}"


def citation_key(article: Article) -> str:
    """dumont2025kiev: the first author's family name, the year, the title's first word."""
    first = article.authors[0] if article.authors else article.source or "anonyme"
    parts = split_name(first)
    family = parts[1] if parts else first
    word = next((w for w in re.findall(r"\w{3,}", article.title)), "article")
    key = anyascii(family + (article.date or "")[:4] + word).lower()
    return re.sub(r"[^a-z0-9]", "", key) or "article"


IN_PLACE = default_unparse_stack(allow_inplace_modification=True)


def bibtex(article: Article, site: Site) -> str:
    fields = [("title", latex_text(article.title))]
    if article.authors:
        fields.append(("author", " and ".join(bibtex_name(a) for a in article.authors)))
    if article.source:
        fields.append(("journal", latex_text(article.source)))
    if article.date:
        fields.append(("year", article.date[:4]))
        fields.append(("month", str(int(article.date[5:7]))))
        fields.append(("date", article.date))
    if article.translator:
        fields.append(("translator", bibtex_name(article.translator)))
    original = article.original
    if original and original.title:
        fields.append(("origtitle", latex_text(original.title)))
    if original and original.source:
        fields.append(("origpublisher", latex_text(original.source)))
    if original and original.date:
        fields.append(("origdate", original.date))
    fields.append(("language", latex_text(article.language)))
    if article.summary:
        fields.append(("abstract", latex_text(article.summary)))
    url = site.absolute(article.url)
    if url:
        fields.append(("url", latex_text(url)))
    fields.append(("note", latex_text(f"Archive {site.name}")))
    library = Library([Entry("article", citation_key(article), [Field(k, v) for k, v in fields])])
    # The library is ours and thrown away: enclosed in braces in place, not deep-copied first.
    return bibtexparser.write_string(library, unparse_stack=IN_PLACE)


# --- RIS ----------------------------------------------------------------------------------


class RisFile(rispy.RisWriter):
    """One record as reference managers write it: no numbered line ("1.") before `TY`."""

    def set_header(self, count: int) -> str:
        return ""


def ris_name(name: str) -> str:
    parts = split_name(name)
    return f"{parts[1]}, {parts[0]}" if parts else name


def ris(article: Article, site: Site) -> str:
    """A newspaper article (TY NEWS); T2 is the newspaper, as Zotero reads it."""
    entry: dict = {"type_of_reference": "NEWS", "title": one_line(article.title)}
    if article.authors:
        entry["authors"] = [one_line(ris_name(a)) for a in article.authors]
    if article.source:
        entry["secondary_title"] = one_line(article.source)
    if article.date:
        entry["year"] = article.date[:4]
        entry["date"] = article.date.replace("-", "/")
    if article.translator:
        entry["translated_author"] = one_line(ris_name(article.translator))
    if article.original and article.original.title:
        entry["original_publication"] = one_line(article.original.title)
    entry["language"] = article.language
    if article.summary:
        entry["abstract"] = one_line(article.summary)
    if article.source_tags:
        entry["keywords"] = [one_line(t) for t in article.source_tags]
    url = site.absolute(article.url)
    if url:
        entry["urls"] = [url]
    entry["name_of_database"] = one_line(site.name)
    return rispy.dumps([entry], implementation=RisFile)


def download_names(article: Article) -> tuple[str, str]:
    """The BibTeX and RIS files, beside the article's page (named after its id)."""
    return f"{article.id}.bib", f"{article.id}.ris"


def citation_files(article: Article, site: Site) -> dict[str, str]:
    """The two downloads of an article's page, by path under the docs (static files)."""
    bib_file, ris_file = download_names(article)
    return {
        article.url + bib_file: bibtex(article, site),
        article.url + ris_file: ris(article, site),
    }
