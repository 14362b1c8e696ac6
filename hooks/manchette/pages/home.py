"""The home page: the archive's size, the latest articles, who and what the last months were
about (counted back from the newest article's date, not today's, so builds are reproducible),
and the articles per month."""

from __future__ import annotations

from collections import Counter

from ..project import Project
from .catalog import Catalog
from .charts import bar_chart
from .common import (
    esc,
    french_date,
    front_matter,
    link,
    md_text,
    months_back,
    number,
    page_text,
    plural,
    rel,
)
from .listing import article_list, count_list, top
from .rawhtml import assemble
from .urls import ACTORS, ARTICLES, AUTHORS, CHRONOLOGY, SOURCES, THEMES, actor_url, theme_url

LATEST = 10
RECENT_MONTHS = 3  # "the last months": widened (6, 12, 24) while they hold too few articles
RECENT_MIN = 10
TOP = 10


def render_home(cat: Catalog, project: Project) -> str:
    here = ""
    name, description = cat.site.name, cat.site.description
    body = [f"# {md_text(name)}\n"]
    if description:
        body.append(f'<p class="mc-summary">{esc(description)}</p>\n')
    if not cat.published:
        body.append(
            '<p class="mc-empty">L\'archive est vide : déposez des articles dans le dossier '
            "<code>articles/</code> puis reconstruisez le site.</p>\n"
        )
        return front_matter(page_text({"title": "Accueil"}), assemble(body))
    body.append(figures(cat, here))
    body.append("## Derniers articles\n")
    body.append(article_list(here, cat, cat.published[:LATEST]))
    body.append(
        f'<p class="mc-more-link">{link(here, ARTICLES, "Tous les articles")} · {link(here, CHRONOLOGY, "La chronologie")} · <a class="mc-feed" href="feed.xml">Flux Atom</a></p>\n'
    )
    body.append(recent(cat, here))
    chart = bar_chart({k: len(v) for k, v in cat.by_month.items()})
    if chart:
        body.append("## Articles par mois\n")
        body.append(chart)
    return front_matter(page_text({"title": "Accueil"}), assemble(body))


def figures(cat: Catalog, here: str) -> str:
    """The archive's size in a row of figures, each linking its index."""
    archive = cat.archive
    dated = [a.date for a in cat.published if a.date]
    items = [
        (ARTICLES, len(cat.published), "article", "articles"),
        (ACTORS, len(archive.actors), "acteur", "acteurs"),
        (THEMES, len(archive.themes), "thème", "thèmes"),
        (SOURCES, len(cat.sources), "source", "sources"),
        (AUTHORS, len(cat.authors), "auteur", "auteurs"),
    ]
    cells = "".join(
        f'<li><a href="{esc(rel(here, url))}"><strong>{number(n)}</strong> {one if n == 1 else many}</a></li>'
        for url, n, one, many in items
    )
    span = ""
    if dated:
        span = f'<p class="mc-note">Du {esc(french_date(min(dated)))} au {esc(french_date(max(dated)))}.</p>\n'
    return f'<ul class="mc-figures">{cells}</ul>\n{span}'


def recent(cat: Catalog, here: str) -> str:
    """The most present actors and themes since RECENT_MONTHS before the newest article."""
    newest = cat.newest_date
    if not newest:
        return ""
    months = RECENT_MONTHS
    since = months_back(newest, months)
    recent = []
    for article in cat.published:  # newest first: stop at the first one too old
        while article.date and article.date < since and len(recent) < RECENT_MIN and months < 24:
            months *= 2
            since = months_back(newest, months)
        if not article.date or article.date < since:
            break
        recent.append(article)
    count = len(recent)
    actors: Counter = Counter()
    themes: Counter = Counter()
    for article in recent:
        actors.update(cat.actors_of(article))
        themes.update(cat.themes_of(article))
    if not actors and not themes:
        return ""
    archive = cat.archive
    blocks = []
    if actors:
        best = top(actors, TOP, lambda s: archive.actors[s].name)
        blocks.append(
            '<section class="mc-panel"><h3>Acteurs</h3>\n'
            + count_list(here, [(actor_url(s), archive.actors[s].name, n) for s, n in best])
            + "</section>"
        )
    if themes:
        best = top(themes, TOP, lambda s: archive.themes[s].name)
        blocks.append(
            '<section class="mc-panel"><h3>Thèmes</h3>\n'
            + count_list(here, [(theme_url(s), archive.themes[s].name, n) for s, n in best])
            + "</section>"
        )
    intro = (
        f'<p class="mc-note">Depuis le {esc(french_date(since))} ({esc(plural(count, "article"))}), '
        "avec leur nombre d'articles.</p>\n"
    )
    return (
        "## Ces derniers mois\n\n"
        + intro
        + '<div class="mc-panels">\n'
        + "\n".join(blocks)
        + "\n</div>\n"
    )
