"""Theme pages: /themes/ (every theme with its count) and /themes/slug/."""

from __future__ import annotations

from ..archive import Theme
from .catalog import Catalog
from .charts import bar_chart, month_counts
from .common import esc, front_matter, link, md_text, page_text, plural, rel
from .headmeta import theme_head
from .listing import TITLE_LINK, article_list, count_list, page_note, pager, paginate, top
from .rawhtml import assemble
from .urls import THEMES, actor_url, feed_url, src_path, theme_url

TOP_ACTORS = 20


def render_theme_index(cat: Catalog) -> dict[str, str]:
    here = THEMES
    themes = sorted(
        cat.archive.themes.values(),
        key=lambda t: (-len(cat.by_theme.get(t.slug, [])), t.name.lower()),
    )
    body = ["# Thèmes\n"]
    if not themes:
        body.append('<p class="mc-empty">Aucun thème pour l\'instant.</p>\n')
    else:
        body.append(
            f'<p class="mc-count">{plural(len(themes), "thème")}, du plus fourni au moins fourni.</p>\n'
        )
        items = []
        for theme in themes:
            n = len(cat.by_theme.get(theme.slug, []))
            desc = (
                f'<span class="mc-item-context">{esc(theme.description)}</span>'
                if theme.description
                else ""
            )
            items.append(
                f'<li class="mc-item">{link(here, theme_url(theme.slug), theme.name, TITLE_LINK)}'
                f'<span class="mc-item-meta">{esc(plural(n, "article"))}</span>{desc}</li>'
            )
        body.append('<ul class="mc-list mc-themes-list">\n' + "\n".join(items) + "\n</ul>\n")
    return {src_path(here): front_matter(page_text({"title": "Thèmes"}), assemble(body))}


def render_theme(cat: Catalog, theme: Theme) -> dict[str, str]:
    first = theme_url(theme.slug)
    articles = cat.by_theme.get(theme.slug, [])
    pages = {}
    for page in paginate(first, articles):
        here = page.url
        body = [f"# {md_text(theme.name)}\n"]
        if page.number == 1:
            if theme.description:
                body.append(f'<p class="mc-summary">{esc(theme.description)}</p>\n')
            feed = f'<a class="mc-feed" href="{esc(rel(here, feed_url(first)))}">Suivre par flux Atom</a>'
            body.append(
                f'<p class="mc-count">{esc(plural(len(articles), "article"))} · {feed}</p>\n'
            )
            body.append(bar_chart(month_counts(a.date for a in articles)))
            body.append(actors_panel(cat, theme, here))
            body.append("## Articles\n")
        body.append(page_note(page, len(articles)))
        body.append(article_list(here, cat, page.items))
        body.append(pager(here, page, first))
        meta = {
            "title": theme.name if page.number == 1 else f"{theme.name}, page {page.number}",
            "description": theme.description
            or f"{theme.name} : {plural(len(articles), 'article')}.",
            "feed": feed_url(first),
        }
        if page.number == 1:
            meta["head"] = theme_head(cat, theme, meta["description"])
        pages[src_path(here)] = front_matter(page_text(meta), assemble(body))
    return pages


def actors_panel(cat: Catalog, theme: Theme, here: str) -> str:
    counts = cat.theme_actors.get(theme.slug)
    if not counts:
        return ""
    actors = cat.archive.actors
    best = top(counts, TOP_ACTORS, lambda s: actors[s].name)
    entries = [(actor_url(s), actors[s].name, c) for s, c in best]
    return (
        '<section class="mc-panel"><h2 id="acteurs">Acteurs les plus présents</h2>\n'
        + count_list(here, entries, "mc-columns")
        + "</section>\n"
    )
