"""The page of one article: title, header (date, authors, source, original, translator, tags,
actors, themes), the site's summary as a lead, the clean body, then the paths to other articles.

For Pagefind, the title, header and body sit inside one `data-pagefind-body` element (drawn by
the page's template), with the filters (acteur, thème, source, auteur, année, and citations:
the actors the article quotes) as attributes; the boxes after the body are ignored.
Nothing on the page grows with the archive: every list here is bounded.
"""

from __future__ import annotations

from ..archive import Archive
from ..model import Article
from .catalog import Catalog
from .citation import download_names, reference_html
from .common import esc, french_date, front_matter, link, page_text, plural, rel
from .headmeta import article_head
from .listing import TITLE_LINK
from .mentions import link_mentions
from .quotes import FACET, article_quotes, speakers
from .rawhtml import neutralise, raw
from .urls import actor_url, author_url, source_url, theme_url

TEMPLATE = "article.html"  # overrides/article.html: the search body around the content
BODY_OPEN = '<div class="mc-body">'
MAX_HEADER_ACTORS = 12  # more are folded in a <details>
MAX_EVENT = 8
MAX_COPIES = 8
MAX_RELATED = 5
SEP = ' <span class="mc-sep" aria-hidden="true">·</span> '


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
        "url": article.canonical_url,
    }


def render_article(article: Article, cat: Catalog) -> str:
    """Raw HTML blocks around the Markdown body, with no Markdown-in-HTML wrapper (it would
    triple the cost of rendering the page): `overrides/article.html` puts the whole content in
    one `data-pagefind-body` element, and the boxes after the body are `data-pagefind-ignore`."""
    here = article.url
    actors = [cat.archive.actors[s] for s in cat.actors_of(article)]
    body = link_mentions(article.body, [(a, rel(here, actor_url(a.slug))) for a in actors])
    lang = lang_attr(article, cat)
    top = [
        DRAFT_BANNER if article.draft else "",
        kicker(article),
        f'<h1 data-pagefind-meta="title" data-pagefind-weight="10"{lang}>{esc(article.title)}</h1>',
    ]
    if article.own_summary and article.summary:
        top.append(f'<p class="mc-summary"{lang}>{esc(article.summary)}</p>')
    top.append(header(article, cat))
    parts = [raw("\n".join(p for p in top if p)), body_markdown(body, lang)]
    boxes = cite_box(article, cat) + footer(article, cat)
    parts.append(raw(boxes))
    meta = page_text(article_meta(article, cat.archive))
    meta["template"] = TEMPLATE
    meta["head"] = article_head(article, cat)
    if article.draft:
        meta["draft"] = True
    return front_matter(meta, "\n".join(parts))


DRAFT_BANNER = (
    '<p class="mc-draft" role="note" data-pagefind-ignore><strong>Brouillon</strong> : cet '
    "article n'est pas publié (<code>draft: true</code>) ; seul l'aperçu de "
    "<code>mkdocs serve</code> le montre.</p>"
)


def lang_attr(article: Article, cat: Catalog) -> str:
    """` lang="en"` on the article's own text when it is not in the interface's language."""
    if article.language == cat.site.language:
        return ""
    return f' lang="{esc(article.language)}"'


def body_markdown(body: str, lang: str = "") -> str:
    """The article's Markdown text in its <div class="mc-body">: the opening and closing tags
    are marked regions of their own, so the text between them is read as Markdown."""
    # Only blank lines are trimmed: an indented first line is a code block, and stays one.
    text = neutralise(body.strip("\n"))
    opening = BODY_OPEN if not lang else BODY_OPEN[:-1] + lang + ">"
    return f"{raw(opening)}\n{text}\n\n{raw('</div>')}"


def cite_box(article: Article, cat: Catalog) -> str:
    """ "Citer cet article": a reference to copy, and the files reference managers import."""
    bib, ris = download_names(article)
    return (
        '<aside class="mc-box mc-cite" data-pagefind-ignore><h2>Citer cet article</h2>'
        f'<p class="mc-reference">{reference_html(article, cat.site)}</p>'
        '<p class="mc-downloads">'
        f'<a href="{esc(bib)}" download type="application/x-bibtex">BibTeX</a> '
        f'<a href="{esc(ris)}" download type="application/x-research-info-systems">RIS</a>'
        "</p></aside>\n"
    )


def kicker(article: Article) -> str:
    """The source site's own rubrics, above the title as in a newspaper."""
    if not article.source_tags:
        return ""
    tags = "".join(f"<li>{esc(t)}</li>" for t in article.source_tags)
    return f'<ul class="mc-kicker" aria-label="Rubriques du site source">{tags}</ul>'


def header(article: Article, cat: Catalog) -> str:
    here = article.url
    line = []
    if article.date:
        line.append(f'<time datetime="{esc(article.date)}">{esc(french_date(article.date))}</time>')
    else:
        line.append('<span class="mc-undated">sans date</span>')
    if article.authors:
        names = ", ".join(
            link(here, author_url(a), a, 'data-pagefind-filter="auteur"') for a in article.authors
        )
        line.append(f'<span class="mc-authors">par {names}</span>')
    if article.source:
        attrs = 'class="mc-source" data-pagefind-filter="source"'
        line.append(link(here, source_url(article.source), article.source, attrs))
    line.append(f'<span class="mc-reading">{article.reading_time} min de lecture</span>')
    rows = [f'<p class="mc-byline">{SEP.join(line)}</p>']
    origin = original_line(article)
    if origin:
        rows.append(f'<p class="mc-origin">{origin}</p>')
    if article.canonical_url:
        rows.append(origin_link(article.canonical_url))
    actors = [cat.archive.actors[s] for s in cat.actors_of(article)]
    if actors:
        entries = [(actor_url(a.slug), a.name) for a in actors]
        rows.append(chips(cat, here, "Acteurs", entries, "acteur"))
    themes = [cat.archive.themes[s] for s in cat.themes_of(article)]
    if themes:
        entries = [(theme_url(t.slug), t.name) for t in themes]
        rows.append(chips(cat, here, "Thèmes", entries, "thème"))
    for name in speakers(cat, article.id):  # the search page's "citations de …"
        rows.append(f'<span hidden data-pagefind-filter="{FACET}">{esc(name)}</span>')
    year = article.date[:4] if article.date else "sans date"
    rows.append(f'<span hidden data-pagefind-filter="année">{esc(year)}</span>')
    if article.date:
        rows.append(f'<span hidden data-pagefind-sort="date">{esc(article.date)}</span>')
        rows.append(
            f'<span hidden data-pagefind-meta="date">{esc(french_date(article.date))}</span>'
        )
    return '<header class="mc-article-header">\n' + "\n".join(rows) + "\n</header>"


def origin_link(url: str) -> str:
    """The link to the page the article was taken from (an http(s) address, checked when it
    was read): it leaves the archive, and tells the other site nothing of where it came from."""
    return (
        f'<p class="mc-web"><a class="mc-web-link" href="{esc(url)}" '
        f'rel="external noopener noreferrer">Lire sur le site d\'origine</a></p>'
    )


def original_line(article: Article) -> str:
    parts = []
    o = article.original
    if o and (o.source or o.title):
        text = "Publication originale : "
        if o.title:
            text += f"« {esc(o.title)} »"
        if o.source:
            text += (", " if o.title else "") + f"<cite>{esc(o.source)}</cite>"
        if o.date:
            text += f", {esc(french_date(o.date))}"
        if o.language and o.language != article.language:
            text += f" ({esc(o.language)})"
        parts.append(text)
    if article.translator:
        parts.append(f"Traduction : {esc(article.translator)}")
    return " · ".join(parts)


def chips(cat: Catalog, here: str, label: str, entries: list[tuple[str, str]], facet: str) -> str:
    """A labelled line of links (actors or themes), the long tail folded away. Each link is
    built once per depth of page (articles share their actors) and reused."""
    up = "../" * here.count("/")
    links = []
    for url, name in entries:
        key = ("chip", up, url, facet)
        chip = cat.item_cache.get(key)
        if chip is None:
            chip = cat.item_cache[key] = (
                f'<li><a href="{esc(up + url)}" data-pagefind-filter="{esc(facet)}">{esc(name)}</a></li>'
            )
        links.append(chip)
    shown, rest = links[:MAX_HEADER_ACTORS], links[MAX_HEADER_ACTORS:]
    more = ""
    if rest:
        more = (
            f'<details class="mc-more"><summary>et {plural(len(rest), "autre")}</summary>'
            f'<ul class="mc-chips">{"".join(rest)}</ul></details>'
        )
    return (
        f'<div class="mc-facet"><span class="mc-label">{esc(label)}</span>'
        f'<ul class="mc-chips">{"".join(shown)}</ul>{more}</div>'
    )


def footer(article: Article, cat: Catalog) -> str:
    here = article.url
    blocks = [article_quotes(cat, article.id, here)]
    event = cat.archive.events.get(article.id)
    others = [a for a in cat.event_members.get(event, []) if a.id != article.id] if event else []
    if others:
        items = "".join(box_item(here, a) for a in others[:MAX_EVENT])
        if len(others) > MAX_EVENT:
            items += (
                f"<li>et {plural(len(others) - MAX_EVENT, 'autre article', 'autres articles')}</li>"
            )
        blocks.append(box("mc-event", "Même événement", items))
    copies = cat.copies.get(article.id, [])
    if copies:
        items = "".join(copy_item(here, a) for a in copies[:MAX_COPIES])
        if len(copies) > MAX_COPIES:
            items += f"<li>et {plural(len(copies) - MAX_COPIES, 'autre')}</li>"
        blocks.append(box("mc-copies", "Aussi publié par", items))
    related = []
    for r in cat.archive.related.get(article.id, []):
        other = cat.archive.articles.get(r.id)
        if other is None or other.id == article.id:
            continue
        other = cat.original(other)
        why = f'<span class="mc-why">{esc(" ; ".join(r.reasons))}</span>' if r.reasons else ""
        related.append(box_item(here, other, why))
        if len(related) == MAX_RELATED:
            break
    if related:
        blocks.append(box("mc-related", "À lire aussi", "".join(related)))
    nav = []
    newer, older = cat.newer.get(article.id), cat.older.get(article.id)
    if newer:
        nav.append(
            f'<a class="mc-newer" rel="prev" href="{esc(rel(here, newer.url))}">'
            f'<span class="mc-label">← Plus récent</span><span>{esc(newer.title)}</span></a>'
        )
    if older:
        nav.append(
            f'<a class="mc-older" rel="next" href="{esc(rel(here, older.url))}">'
            f'<span class="mc-label">Plus ancien →</span><span>{esc(older.title)}</span></a>'
        )
    if nav:
        blocks.append(
            '<nav class="mc-prevnext" aria-label="Articles voisins par date" data-pagefind-ignore>'
            + "".join(nav)
            + "</nav>"
        )
    return "\n".join(b for b in blocks if b) + "\n"


def box(cls: str, title: str, items: str) -> str:
    return (
        f'<aside class="mc-box {cls}" data-pagefind-ignore><h2>{esc(title)}</h2>'
        f'<ul class="mc-list">{items}</ul></aside>'
    )


def box_item(here: str, article: Article, extra: str = "") -> str:
    meta = [esc(french_date(article.date))]
    if article.source:
        meta.append(esc(article.source))
    return (
        f'<li class="mc-item">{link(here, article.url, article.title, TITLE_LINK)}'
        f'<span class="mc-item-meta">{" · ".join(meta)}</span>{extra}</li>'
    )


def copy_item(here: str, copy: Article) -> str:
    parts = []
    if copy.source:
        parts.append(link(here, source_url(copy.source), copy.source))
    else:
        parts.append(esc(copy.file))
    if copy.date:
        parts.append(esc(french_date(copy.date)))
    if copy.title:
        parts.append(f"« {esc(copy.title)} »")
    return f"<li>{', '.join(parts)}</li>"
