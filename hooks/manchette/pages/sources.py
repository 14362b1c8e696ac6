"""Sources and authors: /sources/ and /sources/slug/, /auteurs/ and /auteurs/slug/.

A source's page lists what it published, re-publications included (each links to the page of
the text it copies); an author's page lists their articles.
"""

from __future__ import annotations

from collections import Counter

from .catalog import Catalog, Group
from .charts import bar_chart, month_counts
from .common import esc, french_date, front_matter, initial, md_text, page_text, plural
from .listing import (
    article_list,
    az_list,
    count_list,
    jump_list,
    page_note,
    pager,
    paginate,
    top,
)
from .rawhtml import assemble
from .urls import AUTHORS, SOURCES, author_url, source_url, src_path

TOP = 15


def span(group: Group) -> str:
    dated = [a.date for a in group.articles if a.date]
    if not dated:
        return ""
    first, last = min(dated), max(dated)
    if first == last:
        return f"le {french_date(first)}"
    return f"du {french_date(first)} au {french_date(last)}"


def render_source_index(cat: Catalog) -> dict[str, str]:
    here = SOURCES
    groups = sorted(cat.sources.values(), key=lambda g: (-len(g.articles), g.name.lower()))
    body = ["# Sources\n"]
    if not groups:
        body.append('<p class="mc-empty">Aucune source pour l\'instant.</p>\n')
    else:
        body.append(
            f'<p class="mc-count">{plural(len(groups), "site")} d\'où viennent les textes, '
            "du plus au moins fourni.</p>\n"
        )
        body.append(
            count_list(
                here, [(source_url(g.name), g.name, len(g.articles)) for g in groups], "mc-columns"
            )
        )
    return {src_path(here): front_matter(page_text({"title": "Sources"}), assemble(body))}


def render_author_index(cat: Catalog) -> dict[str, str]:
    here = AUTHORS
    groups = sorted(cat.authors.values(), key=lambda g: (initial(g.name), g.name.lower()))
    body = ["# Auteurs\n"]
    if not groups:
        body.append('<p class="mc-empty">Aucun auteur pour l\'instant.</p>\n')
        return {src_path(here): front_matter(page_text({"title": "Auteurs"}), assemble(body))}
    body.append(
        f'<p class="mc-count">{plural(len(groups), "auteur")}, de A à Z, avec leur nombre d\'articles.</p>\n'
    )
    by_letter: dict[str, list[Group]] = {}
    for group in groups:
        by_letter.setdefault(initial(group.name), []).append(group)
    letters = sorted(by_letter, key=lambda x: (x == "#", x))
    body.append(jump_list(letters, "lettre"))
    entries = {
        letter: [(author_url(g.name), g.name, len(g.articles)) for g in by_letter[letter]]
        for letter in letters
    }
    body.append(az_list(here, entries, "lettre"))
    return {src_path(here): front_matter(page_text({"title": "Auteurs"}), assemble(body))}


def render_source(cat: Catalog, group: Group) -> dict[str, str]:
    authors = Counter(name for a in group.articles for name in a.authors)
    panel = ""
    if authors:
        best = top(authors, TOP, str)
        panel = ("author", "Auteurs les plus publiés", [(author_url(n), n, c) for n, c in best])
    return group_pages(cat, group, source_url(group.name), "Source", panel, show_source=False)


def render_author(cat: Catalog, group: Group) -> dict[str, str]:
    sources = Counter(a.source for a in group.articles if a.source)
    panel = ""
    if sources:
        best = top(sources, TOP, str)
        panel = ("sources", "Publié par", [(source_url(n), n, c) for n, c in best])
    return group_pages(cat, group, author_url(group.name), "Auteur", panel, show_source=True)


def group_pages(
    cat: Catalog, group: Group, first: str, kind: str, panel, show_source: bool
) -> dict[str, str]:
    pages = {}
    count = len(group.articles)
    for page in paginate(first, group.articles):
        here = page.url
        body = [f"# {md_text(group.name)}\n"]
        facts = f"{kind} · {plural(count, 'article')}"
        if span(group):
            facts += f", {span(group)}"
        body.append(f'<p class="mc-count">{esc(facts)}</p>\n')
        if page.number == 1:
            body.append(bar_chart(month_counts(a.date for a in group.articles)))
            if panel:
                anchor, title, entries = panel
                body.append(
                    f'<section class="mc-panel"><h2 id="{anchor}">{esc(title)}</h2>\n'
                    + count_list(here, entries, "mc-columns")
                    + "</section>\n"
                )
            body.append("## Articles\n")
        body.append(page_note(page, count))
        body.append(article_list(here, cat, page.items, show_source=show_source))
        body.append(pager(here, page, first))
        title = group.name if page.number == 1 else f"{group.name}, page {page.number}"
        meta = {
            "title": title,
            "description": f"{group.name} : {plural(count, 'article')} dans l'archive.",
        }
        pages[src_path(here)] = front_matter(page_text(meta), assemble(body))
    return pages
