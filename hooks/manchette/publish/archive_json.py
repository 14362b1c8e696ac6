"""The archive as data: `archive.json` at the site root and `manchette show --json`."""

from __future__ import annotations

from ..archive import Archive, Said
from ..model import Article
from ..pages.citation import csl_item
from ..pages.siteinfo import Site


def article_fields(article: Article, archive: Archive | None = None) -> dict:
    """The front-matter keys of one article, as JSON values."""
    data = {
        "id": article.id,
        "url": article.url,
        "file": article.file,
        "title": article.title,
        "date": article.date,
        "authors": list(article.authors),
        "source": article.source,
        "source_tags": list(article.source_tags),
        "translator": article.translator,
        "original": article.original.as_dict() if article.original else None,
        "language": article.language,
        "summary": article.summary,
        "reading_time": article.reading_time,
        "words": article.words,
        "layout": article.layout,
        "source_url": article.canonical_url,  # the original page's address (front matter `url`)
    }
    if article.draft:  # only `mkdocs serve` and `manchette show` see one
        data["draft"] = True
    if archive is not None:
        actors = [
            archive.actors[s]
            for s in archive.article_actors.get(article.id, [])
            if s in archive.actors
        ]
        data["actors"] = [{"slug": a.slug, "name": a.name, "kind": a.kind} for a in actors]
        themes = [
            archive.themes[s]
            for s in archive.article_themes.get(article.id, [])
            if s in archive.themes
        ]
        data["themes"] = [{"slug": t.slug, "name": t.name} for t in themes]
        data["related"] = [r.id for r in archive.related.get(article.id, [])]
        data["event"] = archive.events.get(article.id)
        data["duplicate_of"] = archive.duplicate_of.get(article.id)
        data["quotes"] = [said_fields(s, archive) for s in archive.quotes.get(article.id, [])]
    return data


def said_fields(said: Said, archive: Archive) -> dict:
    """One quote of an article: its text, its speaker (the actor, and the name as written)
    and where it is (paragraph of the body's text, from 0, and offset in it)."""
    actor = archive.actors.get(said.actor) if said.actor else None
    return {
        "text": said.quote.text,
        "speaker": actor.name if actor else None,
        "actor": actor.slug if actor else None,
        "as_written": said.quote.speaker or None,
        "pattern": said.quote.how or None,
        "paragraph": said.quote.unit,
        "offset": said.quote.start,
    }


def archive_data(archive: Archive, site_url: str, site: Site | None = None) -> dict:
    """Every article, actor and theme; each article with its CSL-JSON item under `csl` (what
    Zotero, Pandoc and citeproc read)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    site = site or Site()
    articles = []
    for article in archive.articles.values():
        item = article_fields(article, archive)
        item["url"] = base + article.url
        item["actors"] = [a["slug"] for a in item["actors"]]
        item["themes"] = [t["slug"] for t in item["themes"]]
        del item["quotes"]  # listed once, in "quotes" below
        item["csl"] = csl_item(article, site, item["url"])
        articles.append(item)
    return {
        "articles": articles,
        "actors": [
            {
                "slug": a.slug,
                "name": a.name,
                "kind": a.kind,
                "aliases": a.aliases,
                "url": f"{base}acteurs/{a.slug}/",
                "articles": a.articles,
            }
            for a in archive.actors.values()
        ],
        "quotes": [
            {"actor": s.actor, "text": s.quote.text, "article": s.article}
            for saids in archive.quotes.values()
            for s in saids
        ],
        "themes": [
            {
                "slug": t.slug,
                "name": t.name,
                "url": f"{base}themes/{t.slug}/",
                "articles": t.articles,
            }
            for t in archive.themes.values()
        ],
    }
