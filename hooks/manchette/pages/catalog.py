"""Everything the pages list, computed once per build from the Archive in linear time.

No page renderer scans the whole archive: each one reads the lists prepared here (articles per
actor, theme, source, author and month; neighbours by date; event members; co-occurrence
counts), so rendering N pages costs what the N pages contain.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..archive import Archive, Said
from ..model import Article
from .siteinfo import Site
from .urls import name_slug


@dataclass
class Group:
    """The articles of one source or one author (copies included, each linking its original)."""

    slug: str
    name: str
    articles: list[Article] = field(default_factory=list)
    names: Counter = field(default_factory=Counter)
    shown: set[str] = field(default_factory=set)  # ids of the pages already linked


@dataclass
class Catalog:
    archive: Archive
    published: list[Article] = field(default_factory=list)  # display order
    by_actor: dict[str, list[Article]] = field(default_factory=dict)
    by_theme: dict[str, list[Article]] = field(default_factory=dict)
    sources: dict[str, Group] = field(default_factory=dict)
    authors: dict[str, Group] = field(default_factory=dict)
    by_month: dict[str, list[Article]] = field(default_factory=dict)  # "2025-03" -> newest first
    undated: list[Article] = field(default_factory=list)
    newer: dict[str, Article] = field(default_factory=dict)
    older: dict[str, Article] = field(default_factory=dict)
    event_members: dict[str, list[Article]] = field(default_factory=dict)
    copies: dict[str, list[Article]] = field(default_factory=dict)  # original id -> copies
    page_actors: dict[str, list[str]] = field(default_factory=dict)  # published id -> slugs
    page_themes: dict[str, list[str]] = field(default_factory=dict)
    co_actors: dict[str, Counter] = field(default_factory=dict)
    actor_themes: dict[str, Counter] = field(default_factory=dict)
    theme_actors: dict[str, Counter] = field(default_factory=dict)
    # Pieces many pages share, made once per build: see listing.article_item, headmeta.shared
    item_cache: dict[tuple, Any] = field(default_factory=dict)
    site: Site = field(default_factory=Site)
    quotes_by_actor: dict[str, list[Said]] = field(default_factory=dict)  # newest first
    genders: dict[str, Counter] = field(default_factory=dict)  # actor slug -> "f"/"m" cues

    def original(self, article: Article) -> Article:
        """The article whose page shows `article` (itself, or the original of a copy)."""
        target = self.archive.duplicate_of.get(article.id)
        return self.archive.articles.get(target, article) if target else article

    def actors_of(self, article: Article) -> list[str]:
        """The actors of an article's page: its own, then those only its copies name."""
        return self.page_actors.get(article.id, [])

    def themes_of(self, article: Article) -> list[str]:
        return self.page_themes.get(article.id, [])

    @property
    def newest_date(self) -> str | None:
        return next((a.date for a in self.published if a.date), None)


def build_catalog(archive: Archive, site: Site | None = None) -> Catalog:
    cat = Catalog(archive, site=site or Site())
    rank = {aid: i for i, aid in enumerate(archive.articles)}
    cat.published = [a for a in archive.articles.values() if a.id not in archive.duplicate_of]
    _by_date(cat)
    _by_actor_and_theme(cat, rank)
    _by_name(cat)
    _events_and_copies(cat, rank)
    _co_occurrences(cat)
    _quotes(cat)
    return cat


def _by_date(cat: Catalog) -> None:
    previous: Article | None = None
    months: dict[str, list[Article]] = defaultdict(list)
    for article in cat.published:
        if not article.date:
            cat.undated.append(article)
            continue
        months[article.date[:7]].append(article)
        if previous is not None:
            cat.newer[article.id] = previous
            cat.older[previous.id] = article
        previous = article
    cat.by_month = dict(months)


def _per_page(
    cat: Catalog, of_article: dict[str, list[str]], known: dict, listed: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Slugs per published page, in the engine's order: the article's own, then its copies',
    then any that only the actor's (or theme's) own article list names."""
    pages: dict[str, list[str]] = {}
    for aid, slugs in of_article.items():
        article = cat.archive.articles.get(aid)
        if article is None:
            continue
        page = pages.setdefault(cat.original(article).id, [])
        page.extend(s for s in slugs if s in known and s not in page)
    for slug, ids in listed.items():
        for aid in ids:
            article = cat.archive.articles.get(aid)
            if article is not None:
                page = pages.setdefault(cat.original(article).id, [])
                if slug not in page:
                    page.append(slug)
    return pages


def _inverted(cat: Catalog, per_page: dict[str, list[str]], rank: dict[str, int], keys) -> dict:
    """slug -> the published articles that name it, in display order."""
    out: dict[str, list[Article]] = {k: [] for k in keys}
    for aid in sorted(per_page, key=rank.__getitem__):
        for slug in per_page[aid]:
            out[slug].append(cat.archive.articles[aid])
    return out


def _by_actor_and_theme(cat: Catalog, rank: dict[str, int]) -> None:
    archive = cat.archive
    # own lists first (originals come before their copies in `rank` only by date, so sort)
    own_first = lambda d: dict(sorted(d.items(), key=lambda kv: kv[0] in archive.duplicate_of))  # noqa: E731
    cat.page_actors = _per_page(
        cat,
        own_first(archive.article_actors),
        archive.actors,
        {s: a.articles for s, a in archive.actors.items()},
    )
    cat.page_themes = _per_page(
        cat,
        own_first(archive.article_themes),
        archive.themes,
        {s: t.articles for s, t in archive.themes.items()},
    )
    cat.by_actor = _inverted(cat, cat.page_actors, rank, archive.actors)
    cat.by_theme = _inverted(cat, cat.page_themes, rank, archive.themes)


def _by_name(cat: Catalog) -> None:
    """Sources and authors: one group per slug, named by its most frequent spelling."""
    for article in cat.archive.articles.values():  # display order; copies included
        target = cat.original(article)
        if article.source:
            _add(cat.sources, article.source, article, target)
        for author in article.authors:
            _add(cat.authors, author, article, target)
    for groups in (cat.sources, cat.authors):
        for group in groups.values():
            group.name = group.names.most_common(1)[0][0]


def _add(groups: dict[str, Group], name: str, article: Article, target: Article) -> None:
    slug = name_slug(name)
    group = groups.get(slug)
    if group is None:
        group = groups[slug] = Group(slug, name)
    group.names[name] += 1
    # A copy is listed (it links its original's page) unless that page is already listed.
    if target.id not in group.shown:
        group.shown.add(target.id)
        group.articles.append(article)


def _events_and_copies(cat: Catalog, rank: dict[str, int]) -> None:
    archive = cat.archive
    members: dict[str, set[str]] = defaultdict(set)
    for aid, event in archive.events.items():
        if aid in archive.articles:
            members[event].add(cat.original(archive.articles[aid]).id)
    cat.event_members = {
        e: [archive.articles[i] for i in sorted(ids, key=rank.__getitem__)]
        for e, ids in members.items()
    }
    copies: dict[str, list[Article]] = defaultdict(list)
    for dup, orig in archive.duplicate_of.items():
        if dup in archive.articles and orig in archive.articles:
            copies[orig].append(archive.articles[dup])
    cat.copies = {o: sorted(c, key=lambda a: rank[a.id]) for o, c in copies.items()}


def _co_occurrences(cat: Catalog) -> None:
    """Actors seen together, actors per theme, themes per actor: one pass over the articles."""
    co: dict[str, Counter] = defaultdict(Counter)
    actor_themes: dict[str, Counter] = defaultdict(Counter)
    theme_actors: dict[str, Counter] = defaultdict(Counter)
    for article in cat.published:
        actors = cat.actors_of(article)
        themes = cat.themes_of(article)
        for slug in actors:
            co[slug].update(actors)
            actor_themes[slug].update(themes)
        for slug in themes:
            theme_actors[slug].update(actors)
    for slug, counter in co.items():
        counter.pop(slug, None)
    cat.co_actors = dict(co)
    cat.actor_themes = dict(actor_themes)
    cat.theme_actors = dict(theme_actors)


def _quotes(cat: Catalog) -> None:
    """Each actor's quotes, newest article first and in reading order within an article, and
    what the pronouns and titles pointing to them said of their gender."""
    by_actor: dict[str, list[Said]] = defaultdict(list)
    genders: dict[str, Counter] = defaultdict(Counter)
    for article in cat.published:
        for said in cat.archive.quotes.get(article.id, ()):
            if said.actor:
                by_actor[said.actor].append(said)
                if said.quote.gender:
                    genders[said.actor][said.quote.gender] += 1
    cat.quotes_by_actor = dict(by_actor)
    cat.genders = dict(genders)
