"""Atom feeds: the whole archive, one per actor, one per theme (written with feedgen).

Every feed lists the latest `FEED_LIMIT` dated articles of its group, newest first. An article
without a date is left out of the feeds: a feed is a timeline, and Manchette never invents a date
(no file mtime); the curator adds `date:` in the file's front matter to put it in the feeds.
Links are absolute, built from `site_url`, so a feed works wherever the site is published
(a project site under `https://USER.github.io/REPO/` included).
"""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime
from pathlib import Path

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from ..archive import Archive
from ..model import Article

FEED_LIMIT = 50
ARCHIVE_FEED = "feed.xml"
FEED_TYPE = "application/atom+xml"

# Characters XML 1.0 forbids; lxml refuses them, so they are dropped from article text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def actor_feed(slug: str) -> str:
    """Site-relative path of an actor's feed (an actor page names it in `feed:`)."""
    return f"acteurs/{slug}/{ARCHIVE_FEED}"


def theme_feed(slug: str) -> str:
    """Site-relative path of a theme's feed (a theme page names it in `feed:`)."""
    return f"themes/{slug}/{ARCHIVE_FEED}"


def xml_text(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def entry_date(article: Article) -> datetime | None:
    """The article's date as an aware datetime (a bare date is midnight UTC); None if undated."""
    if not article.date:
        return None
    try:
        value = datetime.fromisoformat(article.date)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def site_base(site_url: str) -> str:
    return site_url if site_url.endswith("/") else site_url + "/"


class SharedEntry(FeedEntry):
    """An entry that appears in many feeds (archive, actors, themes): its XML is built once."""

    _element = None

    def atom_entry(self, extensions=True):
        if self._element is None:
            self._element = super().atom_entry(extensions)
        # lxml moves an element appended elsewhere: each feed gets its own copy.
        return copy.deepcopy(self._element)


def make_entry(article: Article, when: datetime, archive: Archive, base: str) -> FeedEntry:
    """One Atom entry, built once and shared by every feed the article belongs to."""
    url = base + article.url
    entry = SharedEntry()
    entry.id(url)
    entry.title(xml_text(article.title) or article.id)
    entry.link(href=url, rel="alternate", type="text/html")
    entry.published(when)
    entry.updated(when)
    # Atom wants an author per entry: the publication stands in for unsigned texts.
    names = list(article.authors) or ([article.source] if article.source else [])
    for name in names:
        if xml_text(name).strip():
            entry.author(name=xml_text(name))
    if article.summary:
        entry.summary(xml_text(article.summary), type="text")
    for slug in archive.article_themes.get(article.id, []):
        theme = archive.themes.get(slug)
        if theme is not None:
            entry.category(term=slug, label=xml_text(theme.name), scheme=base + "themes/")
    return entry


def write_feed(
    path: Path,
    feed_url: str,
    page_url: str,
    title: str,
    subtitle: str,
    entries: list[tuple[datetime, FeedEntry]],
    site_name: str,
    fallback_updated: datetime,
) -> None:
    feed = FeedGenerator()
    feed.id(feed_url)
    feed.title(xml_text(title))
    if subtitle.strip():
        feed.subtitle(xml_text(subtitle))
    feed.author(name=xml_text(site_name))
    feed.link(href=page_url, rel="alternate", type="text/html")
    feed.link(href=feed_url, rel="self", type=FEED_TYPE)
    feed.language("fr")
    feed.generator("Manchette")
    # Deterministic: the newest entry, never the build time, so an unchanged feed stays unchanged.
    feed.updated(entries[0][0] if entries else fallback_updated)
    for _, entry in entries[:FEED_LIMIT]:
        feed.add_entry(entry, order="append")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(feed.atom_str(pretty=False))


def write_feeds(
    archive: Archive, site_dir: Path, site_url: str, site_name: str = "Manchette"
) -> int:
    """Write the archive feed, then one feed per actor and per theme; return how many."""
    base = site_base(site_url)
    dated: list[tuple[Article, datetime]] = []
    for article in archive.published():
        when = entry_date(article)
        if when is not None:
            dated.append((article, when))
    # Newest first; the archive's display order breaks ties, so the output is stable.
    dated.sort(key=lambda pair: pair[1], reverse=True)
    newest = dated[0][1] if dated else datetime(1970, 1, 1, tzinfo=UTC)
    # Built only for the articles that make it into at least one feed.
    entries: dict[str, tuple[datetime, FeedEntry]] = {}

    def entry(article: Article, when: datetime) -> tuple[datetime, FeedEntry]:
        if article.id not in entries:
            entries[article.id] = (when, make_entry(article, when, archive, base))
        return entries[article.id]

    latest = [entry(a, when) for a, when in dated[:FEED_LIMIT]]
    by_actor: dict[str, list[tuple[datetime, FeedEntry]]] = {s: [] for s in archive.actors}
    by_theme: dict[str, list[tuple[datetime, FeedEntry]]] = {s: [] for s in archive.themes}
    for article, when in dated:
        for slug in archive.article_actors.get(article.id, []):
            if slug in by_actor and len(by_actor[slug]) < FEED_LIMIT:
                by_actor[slug].append(entry(article, when))
        for slug in archive.article_themes.get(article.id, []):
            if slug in by_theme and len(by_theme[slug]) < FEED_LIMIT:
                by_theme[slug].append(entry(article, when))

    written = 0
    write_feed(
        site_dir / ARCHIVE_FEED,
        base + ARCHIVE_FEED,
        base,
        f"{site_name} — derniers articles",
        "Les derniers articles de l'archive.",
        latest,
        site_name,
        newest,
    )
    written += 1
    for slug, actor_entries in by_actor.items():
        if not _SAFE_SLUG.match(slug):
            continue
        actor = archive.actors[slug]
        write_feed(
            site_dir / actor_feed(slug),
            base + actor_feed(slug),
            f"{base}acteurs/{slug}/",
            f"{site_name} — {actor.name}",
            actor.role or f"Les derniers articles où apparaît {actor.name}.",
            actor_entries,
            site_name,
            newest,
        )
        written += 1
    for slug, theme_entries in by_theme.items():
        if not _SAFE_SLUG.match(slug):
            continue
        theme = archive.themes[slug]
        write_feed(
            site_dir / theme_feed(slug),
            base + theme_feed(slug),
            f"{base}themes/{slug}/",
            f"{site_name} — {theme.name}",
            theme.description or f"Les derniers articles du thème {theme.name}.",
            theme_entries,
            site_name,
            newest,
        )
        written += 1
    return written
