"""The chronology: /chronologie/ (years and months with counts, undated at the end), one page
per month (/chronologie/AAAA/MM/) and one for the undated articles."""

from __future__ import annotations

from .catalog import Catalog
from .charts import bar_chart
from .common import esc, front_matter, link, month_title, page_text, plural, rel
from .listing import article_list, page_note, pager, paginate
from .rawhtml import assemble
from .urls import CHRONOLOGY, UNDATED, month_url, src_path

PREVIEW = 5  # articles shown per month on the overview; the month's own page has them all


def render_chronology(cat: Catalog) -> dict[str, str]:
    pages = {src_path(CHRONOLOGY): overview(cat)}
    months = sorted(cat.by_month, reverse=True)
    for i, key in enumerate(months):
        newer = months[i - 1] if i > 0 else None
        older = months[i + 1] if i + 1 < len(months) else None
        pages.update(month_pages(cat, key, newer, older))
    if cat.undated:
        pages.update(list_pages(cat, UNDATED, "Articles sans date", cat.undated, ""))
    return pages


def overview(cat: Catalog) -> str:
    here = CHRONOLOGY
    body = ["# Chronologie\n"]
    dated = len(cat.published) - len(cat.undated)
    if not cat.published:
        body.append('<p class="mc-empty">L\'archive est vide.</p>\n')
        return front_matter(page_text({"title": "Chronologie"}), assemble(body))
    intro = f"{plural(dated, 'article daté', 'articles datés')}, mois par mois, du plus récent au plus ancien"
    if cat.undated:
        intro += f" ; {plural(len(cat.undated), 'article')} sans date à la fin"
    body.append(f'<p class="mc-count">{esc(intro)}.</p>\n')
    body.append(bar_chart({k: len(v) for k, v in cat.by_month.items()}))
    years: dict[str, list[str]] = {}
    for key in sorted(cat.by_month, reverse=True):
        years.setdefault(key[:4], []).append(key)
    for year, keys in years.items():
        total = sum(len(cat.by_month[k]) for k in keys)
        body.append(
            f'<h2 id="annee-{year}">{year} <span class="mc-n">{esc(plural(total, "article"))}</span></h2>\n'
        )
        for key in keys:
            body.append(
                month_block(
                    cat, here, f"mois-{key}", month_title(key), month_url(key), cat.by_month[key]
                )
            )
    if cat.undated:
        body.append('<h2 id="sans-date">Sans date</h2>\n')
        body.append(
            month_block(cat, here, "articles-sans-date", "Articles sans date", UNDATED, cat.undated)
        )
    return front_matter(page_text({"title": "Chronologie"}), assemble(body))


def month_block(cat: Catalog, here: str, anchor: str, title: str, url: str, articles) -> str:
    """A month of the overview: its name and count, its latest articles, a link to the rest."""
    more = ""
    if len(articles) > PREVIEW:
        label = f"Voir les {plural(len(articles), 'article')} →"
        more = f'<p class="mc-more-link">{link(here, url, label)}</p>'
    return (
        f'<section class="mc-month" id="{anchor}">'
        f'<h3>{link(here, url, title)} <span class="mc-n">{esc(plural(len(articles), "article"))}</span></h3>\n'
        + article_list(here, cat, articles[:PREVIEW])
        + more
        + "</section>\n"
    )


def month_pages(cat: Catalog, key: str, newer: str | None, older: str | None) -> dict[str, str]:
    first = month_url(key)
    around = []
    if older:
        around.append(
            f'<a rel="prev" href="{esc(rel(first, month_url(older)))}">← {esc(month_title(older))}</a>'
        )
    around.append(f'<a href="{esc(rel(first, CHRONOLOGY))}#mois-{key}">Chronologie</a>')
    if newer:
        around.append(
            f'<a rel="next" href="{esc(rel(first, month_url(newer)))}">{esc(month_title(newer))} →</a>'
        )
    nav = f'<nav class="mc-months-nav" aria-label="Mois voisins">{" · ".join(around)}</nav>\n'
    return list_pages(cat, first, month_title(key), cat.by_month[key], nav)


def list_pages(cat: Catalog, first: str, title: str, articles, nav: str) -> dict[str, str]:
    pages = {}
    for page in paginate(first, articles):
        here = page.url
        # The month links are relative to the first page: repeat them only there.
        body = [
            f"# {esc(title)}\n",
            f'<p class="mc-count">{esc(plural(len(articles), "article"))}</p>\n',
        ]
        if page.number == 1:
            body.append(nav)
        body.append(page_note(page, len(articles)))
        body.append(article_list(here, cat, page.items))
        body.append(pager(here, page, first))
        page_title = title if page.number == 1 else f"{title}, page {page.number}"
        pages[src_path(here)] = front_matter(page_text({"title": page_title}), assemble(body))
    return pages
