"""The corpus-level half of the data flow: all Articles -> one Archive with its cross-links.

Resolution (actors), themes and linking (related, events, duplicates) are recomputed on every
build from the cached per-file Articles; each step lives in its own module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Article, Problem, Quote


@dataclass
class Actor:
    slug: str
    name: str
    kind: str  # personne, organisation, pays
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # article ids
    contexts: dict[str, str] = field(default_factory=dict)  # article id -> one sentence


@dataclass(frozen=True)
class Said:
    """A quote of an article with its speaker resolved to an actor (None: nobody named)."""

    article: str  # article id
    quote: Quote
    actor: str | None = None  # actor slug


@dataclass
class Theme:
    slug: str
    name: str
    description: str = ""
    articles: list[str] = field(default_factory=list)


@dataclass
class Related:
    id: str
    score: float
    reasons: list[str]  # e.g. ["acteurs : Lavrov, Ouchakov", "thèmes : Sanctions"]


@dataclass
class Archive:
    articles: dict[str, Article]  # by id, in display order (newest first, undated last)
    problems: list[Problem] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    article_actors: dict[str, list[str]] = field(default_factory=dict)  # id -> actor slugs
    article_themes: dict[str, list[str]] = field(default_factory=dict)  # id -> theme slugs
    related: dict[str, list[Related]] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)  # id -> event id (only grouped ones)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # duplicate id -> original id
    quotes: dict[str, list[Said]] = field(default_factory=dict)  # id -> its quotes, in order
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent by some steps

    def published(self) -> list[Article]:
        """Articles that get their own page (duplicates are listed on their original's page)."""
        return [a for a in self.articles.values() if a.id not in self.duplicate_of]


def display_order(articles: list[Article]) -> list[Article]:
    """Newest first, then undated; ties by title then id, so the order is stable."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.title.lower(), a.id))
    dated.sort(key=lambda a: a.date or "", reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: (a.title.lower(), a.id))
    return dated + undated


def build_archive(articles: list[Article], problems: list[Problem] | None = None) -> Archive:
    """Order the articles and keep the problems; the later steps add actors, themes, links."""
    archive = Archive({}, list(problems or []))
    kept = keep_distinct_ids(articles, archive)
    archive.articles = {a.id: a for a in display_order(kept)}
    return archive


def keep_distinct_ids(articles: list[Article], archive: Archive) -> list[Article]:
    """Two files with the same front-matter slug would share a page: keep the first by file name."""
    seen: dict[str, str] = {}
    kept = []
    for article in sorted(articles, key=lambda a: a.file):
        if article.id in seen:
            archive.problems.append(
                Problem(article.file, f"same slug as {seen[article.id]}: not published", "error")
            )
            continue
        seen[article.id] = article.file
        kept.append(article)
    return kept
