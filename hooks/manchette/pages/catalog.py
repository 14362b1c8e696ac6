"""Everything the pages list, computed once per build from the Archive in linear time.

No page renderer scans the whole archive: each one reads the lists prepared here (articles per
actor, theme, source, author and month; neighbours by date; event members; co-occurrence
counts), so rendering N pages costs what the N pages contain.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..archive import Archive
from ..model import Article
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
    co_actors: dict[str, Counter] = field(default_factory=dict)
    actor_themes: dict[str, Counter] = field(default_factory=dict)
    theme_actors: dict[str, Counter] = field(default_factory=dict)

    def original(self, article: Article) -> Article:
        """The article whose page shows `article` (itself, or the original of a copy)."""
        target = self.archive.duplicate_of.get(article.id)
        return self.archive.articles.get(target, article) if target else article

    def actors_of(self, article: Article) -> list[str]:
        return [
            s for s in self.archive.article_actors.get(article.id, []) if s in self.archive.actors
        ]

    def themes_of(self, article: Article) -> list[str]:
        return [
            s for s in self.archive.article_themes.get(article.id, []) if s in self.archive.themes
        ]

    @property
    def newest_date(self) -> str | None:
        return next((a.date for a in self.published if a.date), None)


def build_catalog(archive: Archive) -> Catalog:
    cat = Catalog(archive)
    rank = {aid: i for i, aid in enumerate(archive.articles)}
    cat.published = [a for a in archive.articles.values() if a.id not in archive.duplicate_of]
    _by_date(cat)
    _by_actor_and_theme(cat, rank)
    _by_name(cat)
    _events_and_copies(cat, rank)
    _co_occurrences(cat)
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


def _ordered(ids: set[str], cat: Catalog, rank: dict[str, int]) -> list[Article]:
    """Published articles for `ids` (copies mapped to their original), in display order."""
    articles = cat.archive.articles
    wanted = {cat.original(articles[i]).id for i in ids if i in articles}
    return [articles[i] for i in sorted(wanted, key=rank.__getitem__)]


def _by_actor_and_theme(cat: Catalog, rank: dict[str, int]) -> None:
    archive = cat.archive
    actor_ids: dict[str, set[str]] = {slug: set(a.articles) for slug, a in archive.actors.items()}
    for aid, slugs in archive.article_actors.items():
        for slug in slugs:
            if slug in actor_ids:
                actor_ids[slug].add(aid)
    cat.by_actor = {slug: _ordered(ids, cat, rank) for slug, ids in actor_ids.items()}
    theme_ids: dict[str, set[str]] = {slug: set(t.articles) for slug, t in archive.themes.items()}
    for aid, slugs in archive.article_themes.items():
        for slug in slugs:
            if slug in theme_ids:
                theme_ids[slug].add(aid)
    cat.by_theme = {slug: _ordered(ids, cat, rank) for slug, ids in theme_ids.items()}


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
        members[event].add(aid)
    cat.event_members = {e: _ordered(ids, cat, rank) for e, ids in members.items()}
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
