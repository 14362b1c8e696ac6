"""What a page tells the tools that read it, besides its text: link previews (Open Graph and
Twitter cards), Highwire `citation_*` tags (Zotero, Google Scholar) and schema.org data as
JSON-LD (a NewsArticle, the actor as a Person, Organization or Country, breadcrumbs).

The HTML is made here, once per page, and put in the `head` key of the page's front matter;
`overrides/main.html` prints it in <head>. Every value is escaped as HTML attribute text, and
the JSON-LD is written by the JSON serializer with `<`, `>` and `&` as \\u escapes, so that no
article text can close its <script> element.
"""

from __future__ import annotations

import functools
import json

from babel.core import get_global

from ..archive import Actor, Theme
from ..model import Article
from .catalog import Catalog
from .common import esc, month_title
from .siteinfo import Site
from .urls import ACTORS, ARTICLES, THEMES, actor_url, author_url, month_url, source_url, theme_url

SCHEMA = "https://schema.org"
ACTOR_TYPES = {"personne": "Person", "organisation": "Organization", "pays": "Country"}
MAX_TAGS = 12  # article:tag and keywords: the page's own, bounded


@functools.cache
def locale(language: str) -> str:
    """Open Graph's language_TERRITORY from a language code (fr -> fr_FR, en -> en_US)."""
    likely = get_global("likely_subtags").get(language.split("-")[0].lower())
    if not likely:
        return language
    parts = likely.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else parts[0]


def tag(attr: str, key: str, value: object) -> str:
    return f'<meta {attr}="{esc(key)}" content="{esc(value)}">'


def json_ld(data: dict) -> str:
    """A <script> of JSON-LD: the serializer's output, with the characters that HTML could read
    as markup written as JSON escapes (the data stays the same once parsed)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def preview_tags(
    site: Site,
    url: str,
    title: str,
    description: str,
    kind: str = "website",
    language: str | None = None,
) -> list[str]:
    """Open Graph and Twitter card tags of any page."""
    tags = [
        tag("property", "og:type", kind),
        tag("property", "og:title", title),
        tag("property", "og:site_name", site.name),
        tag("property", "og:locale", locale(language or site.language)),
    ]
    if description:
        tags.append(tag("property", "og:description", description))
    address = site.absolute(url)
    if address:
        tags.append(tag("property", "og:url", address))
    # The card's title and text are og:title and og:description, which Twitter (X) falls back to.
    tags.append(tag("name", "twitter:card", "summary"))
    return tags


def node(site: Site, url: str, data: dict) -> dict:
    """A schema.org node with its address when the site has an absolute one."""
    address = site.absolute(url)
    return {**data, "url": address} if address else data


def named(site: Site, kind: str, name: str, url: str | None = None) -> dict:
    data = {"@type": kind, "name": name}
    return node(site, url, data) if url is not None else data


def breadcrumbs(site: Site, trail: list[tuple[str, str]]) -> dict:
    """A BreadcrumbList from the home page down to the page: (name, site-relative URL)."""
    items = []
    for position, (name, url) in enumerate([("Accueil", ""), *trail], start=1):
        item = {"@type": "ListItem", "position": position, "name": name}
        address = site.absolute(url)
        if address:
            item["item"] = address
        items.append(item)
    return {"@type": "BreadcrumbList", "itemListElement": items}


def graph(*nodes: dict) -> str:
    return json_ld({"@context": SCHEMA, "@graph": list(nodes)})


def tags_of(article: Article, themes: list[Theme]) -> list[str]:
    seen: dict[str, None] = {}
    for name in [t.name for t in themes] + list(article.source_tags):
        seen.setdefault(name, None)
    return list(seen)[:MAX_TAGS]


def article_head(article: Article, cat: Catalog) -> str:
    """Everything in <head> that describes an article page."""
    site = cat.site
    actors = [cat.archive.actors[s] for s in cat.actors_of(article)]
    themes = [cat.archive.themes[s] for s in cat.themes_of(article)]
    keywords = tags_of(article, themes)
    lines = preview_tags(
        site, article.url, article.title, article.summary, "article", article.language
    )
    if article.date:
        lines.append(tag("property", "article:published_time", article.date))
    for author in article.authors:
        lines.append(tag("property", "article:author", site.absolute(author_url(author)) or author))
    section = themes[0].name if themes else (article.source_tags or [None])[0]
    if section:
        lines.append(tag("property", "article:section", section))
    lines.extend(tag("property", "article:tag", k) for k in keywords)
    lines.extend(citation_tags(article, site))
    if article.draft:
        lines.append(tag("name", "robots", "noindex"))
    trail = [("Articles", ARTICLES)]
    if article.date:
        trail.append((month_title(article.date[:7]), month_url(article.date[:7])))
    trail.append((article.title, article.url))
    lines.append(
        graph(news_article(article, cat, actors, themes, keywords), breadcrumbs(site, trail))
    )
    return "\n".join(lines)


def citation_tags(article: Article, site: Site) -> list[str]:
    """The Highwire Press tags that Zotero's and Google Scholar's readers look for."""
    lines = [tag("name", "citation_title", article.title)]
    lines.extend(tag("name", "citation_author", a) for a in article.authors)
    if article.date:
        lines.append(tag("name", "citation_publication_date", article.date.replace("-", "/")))
    lines.append(tag("name", "citation_journal_title", article.source or site.name))
    lines.append(tag("name", "citation_language", article.language))
    address = site.absolute(article.url)
    if address:
        lines.append(tag("name", "citation_public_url", address))
    return lines


def news_article(
    article: Article, cat: Catalog, actors: list[Actor], themes: list[Theme], keywords: list[str]
) -> dict:
    site = cat.site
    data: dict = {
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.summary,
        "inLanguage": article.language,
        "wordCount": article.words,
        "timeRequired": f"PT{article.reading_time}M",
        "isAccessibleForFree": True,
    }
    if article.date:
        data["datePublished"] = article.date
    if article.authors:
        data["author"] = [named(site, "Person", a, author_url(a)) for a in article.authors]
    if article.source:
        data["publisher"] = named(site, "Organization", article.source, source_url(article.source))
    if article.translator:
        data["translator"] = named(site, "Person", article.translator)
    original = article.original
    if original and (original.title or original.source):
        based: dict = {"@type": "NewsArticle"}
        if original.title:
            based["headline"] = original.title
        if original.source:
            based["publisher"] = named(site, "Organization", original.source)
        if original.date:
            based["datePublished"] = original.date
        if original.language:
            based["inLanguage"] = original.language
        data["isBasedOn"] = based
    if themes:
        data["about"] = [shared(cat, ("term", t.slug), defined_term, site, t) for t in themes]
    if actors:
        data["mentions"] = [shared(cat, ("actor", a.slug), actor_node, site, a) for a in actors]
    if keywords:
        data["keywords"] = keywords
    data["isPartOf"] = named(site, "WebSite", site.name, "")
    data = node(site, article.url, data)
    if "url" in data:
        data["@id"] = data["url"]  # the page's article, for whoever links to it
    return data


def shared(cat: Catalog, key: tuple, make, *args) -> dict:
    """A node that many pages hold (an actor, a theme): `make(*args)` once per build, then
    only read (the serializer does not change it)."""
    found = cat.item_cache.get(key)
    if found is None:
        found = cat.item_cache[key] = make(*args)
    return found


def actor_node(site: Site, actor: Actor) -> dict:
    return named(site, ACTOR_TYPES.get(actor.kind, "Thing"), actor.name, actor_url(actor.slug))


def defined_term(site: Site, theme: Theme) -> dict:
    return named(site, "DefinedTerm", theme.name, theme_url(theme.slug))


def actor_head(cat: Catalog, actor: Actor, description: str) -> str:
    """An actor's page: a profile preview for a person, and the actor as schema.org data."""
    site = cat.site
    url = actor_url(actor.slug)
    kind = "profile" if actor.kind == "personne" else "website"
    lines = preview_tags(site, url, actor.name, description, kind)
    data = dict(actor_node(site, actor))
    if actor.role:
        data["description"] = actor.role
    aliases = [a for a in actor.aliases if a != actor.name]
    if aliases:
        data["alternateName"] = aliases
    trail = [("Acteurs", ACTORS), (actor.name, url)]
    lines.append(graph(data, breadcrumbs(site, trail)))
    return "\n".join(lines)


def theme_head(cat: Catalog, theme: Theme, description: str) -> str:
    """A theme's page: a collection of articles about one defined term."""
    site = cat.site
    url = theme_url(theme.slug)
    lines = preview_tags(site, url, theme.name, description)
    term = defined_term(site, theme)
    if theme.description:
        term["description"] = theme.description
    page = node(site, url, {"@type": "CollectionPage", "name": theme.name, "about": term})
    lines.append(graph(page, breadcrumbs(site, [("Thèmes", THEMES), (theme.name, url)])))
    return "\n".join(lines)
