"""The page of one article: header (date, authors, source, original, translator, tags, actors,
themes), the site's summary, the clean body, then the paths to other articles."""

from __future__ import annotations

from ..archive import Archive
from ..model import Article
from .common import esc, french_date, front_matter, rel
from .urls import author_url, source_url


def article_meta(article: Article, archive: Archive) -> dict:
    """Front matter of the generated page: the keys of the design, English like MkDocs'."""
    return {
        "title": article.title,
        "date": article.date,
        "authors": list(article.authors),
        "source": article.source,
        "translator": article.translator,
        "original": article.original.as_dict() if article.original else None,
        "language": article.language,
        "summary": article.summary,
        "description": article.summary,
        "actors": archive.article_actors.get(article.id, []),
        "themes": archive.article_themes.get(article.id, []),
        "source_tags": list(article.source_tags),
        "reading_time": article.reading_time,
        "words": article.words,
        "file": article.file,
    }


def render_article(
    article: Article, archive: Archive, neighbours: tuple[Article | None, Article | None]
) -> str:
    parts = [header(article, archive), ""]
    if article.own_summary:
        parts.append(f'<p class="mc-summary">{esc(article.summary)}</p>\n')
    parts.append('<div class="mc-body" data-pagefind-body markdown="1">\n')
    parts.append(article.body)
    parts.append("\n</div>\n")
    parts.append(footer(article, archive, neighbours))
    return front_matter(article_meta(article, archive), "\n".join(parts))


def link(here: str, url: str, text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(rel(here, url))}"{attr}>{esc(text)}</a>'


def header(article: Article, archive: Archive) -> str:
    here = article.url
    line = []
    if article.date:
        line.append(f'<time datetime="{esc(article.date)}">{esc(french_date(article.date))}</time>')
    else:
        line.append('<span class="mc-undated">sans date</span>')
    if article.authors:
        line.append("par " + ", ".join(link(here, author_url(a), a) for a in article.authors))
    if article.source:
        line.append(link(here, source_url(article.source), article.source))
    line.append(f"{article.reading_time} min de lecture")
    rows = [f'<p class="mc-byline">{" · ".join(line)}</p>']
    origin = []
    if article.original and (article.original.source or article.original.title):
        o = article.original
        text = "Publication originale : "
        if o.title:
            text += f"« {esc(o.title)} »"
        if o.source:
            text += (", " if o.title else "") + f"<cite>{esc(o.source)}</cite>"
        if o.date:
            text += f", {esc(french_date(o.date))}"
        if o.language and o.language != article.language:
            text += f" ({esc(o.language)})"
        origin.append(text)
    if article.translator:
        origin.append(f"Traduction : {esc(article.translator)}")
    if origin:
        rows.append(f'<p class="mc-origin">{" · ".join(origin)}</p>')
    if article.source_tags:
        tags = "".join(f"<li>{esc(t)}</li>" for t in article.source_tags)
        rows.append(f'<ul class="mc-tags" aria-label="Rubriques du site source">{tags}</ul>')
    actors = [
        archive.actors[s] for s in archive.article_actors.get(article.id, []) if s in archive.actors
    ]
    if actors:
        links = ", ".join(link(here, f"acteurs/{a.slug}/", a.name) for a in actors)
        rows.append(f'<p class="mc-actors"><span class="mc-label">Acteurs :</span> {links}</p>')
    themes = [
        archive.themes[s] for s in archive.article_themes.get(article.id, []) if s in archive.themes
    ]
    if themes:
        links = ", ".join(link(here, f"themes/{t.slug}/", t.name) for t in themes)
        rows.append(f'<p class="mc-themes"><span class="mc-label">Thèmes :</span> {links}</p>')
    return '<header class="mc-article-header">\n' + "\n".join(rows) + "\n</header>\n"


def footer(
    article: Article, archive: Archive, neighbours: tuple[Article | None, Article | None]
) -> str:
    here = article.url
    blocks = []
    event = archive.events.get(article.id)
    if event:
        others = [
            a
            for i, e in archive.events.items()
            if e == event and i != article.id and (a := archive.articles.get(i))
        ]
        if others:
            items = "".join(
                f"<li>{link(here, a.url, a.title)} <small>{esc(french_date(a.date))}</small></li>"
                for a in others
            )
            blocks.append(
                f'<aside class="mc-box mc-event"><h2>Même événement</h2><ul>{items}</ul></aside>'
            )
    copies = [
        archive.articles[d]
        for d, o in archive.duplicate_of.items()
        if o == article.id and d in archive.articles
    ]
    if copies:
        items = "".join(
            f"<li>{esc(a.source or a.file)}{', ' + esc(french_date(a.date)) if a.date else ''}</li>"
            for a in copies
        )
        blocks.append(
            f'<aside class="mc-box mc-copies"><h2>Aussi publié par</h2><ul>{items}</ul></aside>'
        )
    related = archive.related.get(article.id, [])
    if related:
        items = []
        for r in related:
            other = archive.articles.get(r.id)
            if other is None:
                continue
            why = (
                f' <small class="mc-why">{esc(" ; ".join(r.reasons))}</small>' if r.reasons else ""
            )
            items.append(f"<li>{link(here, other.url, other.title)}{why}</li>")
        blocks.append(
            f'<aside class="mc-box mc-related"><h2>À lire aussi</h2><ul>{"".join(items)}</ul></aside>'
        )
    older, newer = neighbours
    nav = []
    if newer:
        nav.append(f"<span>Plus récent : {link(here, newer.url, newer.title)}</span>")
    if older:
        nav.append(f"<span>Plus ancien : {link(here, older.url, older.title)}</span>")
    if nav:
        blocks.append(
            f'<nav class="mc-prevnext" aria-label="Article précédent et suivant">{"".join(nav)}</nav>'
        )
    return "\n".join(blocks) + "\n"
