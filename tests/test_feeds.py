"""Atom feeds, read back with feedparser: valid, the right entries, absolute links, dates in order."""

from __future__ import annotations

import json
import random
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from manchette.archive import Actor, Archive, Theme, build_archive
from manchette.model import Article
from manchette.publish.feeds import FEED_LIMIT, actor_feed, theme_feed, write_feeds

SITE = "https://curator.github.io/depot/"


def article(n: int, date: str | None, **fields) -> Article:
    values = dict(
        file=f"{n:05d}.txt",
        id=f"article-{n}",
        url=f"articles/{date[:4] if date else 'sans-date'}/{date[5:7] + '/' if date else ''}article-{n}/",
        title=f"Article {n}",
        date=date,
        authors=(f"Auteur {n % 7}",),
        source="Le Quotidien",
        source_tags=(),
        translator=None,
        original=None,
        language="fr",
        summary=f"Résumé de l'article {n}.",
        own_summary=False,
        body="Texte.",
        words=100,
        reading_time=1,
        layout="generic",
        content_hash=f"h{n}",
        text_hash=f"t{n}",
    )
    values.update(fields)
    return Article(**values)


def small_archive() -> Archive:
    articles = [
        article(1, "2025-12-02", title="Lavrov à Moscou"),
        article(2, "2025-11-20"),
        article(3, None, title="Sans date"),
        article(4, "2025-12-02T18:30:00+01:00", authors=(), title="Soir"),
        article(5, "2024-01-05", authors=(), source=None),
    ]
    archive = build_archive(articles)
    archive.actors = {
        "serguei-lavrov": Actor("serguei-lavrov", "Sergueï Lavrov", "personne"),
        "iran": Actor("iran", "Iran", "pays"),
        "personne-oubliee": Actor("personne-oubliee", "Personne Oubliée", "personne"),
    }
    archive.themes = {
        "sanctions-et-economie": Theme(
            "sanctions-et-economie", "Sanctions & économie", "Qui paie."
        ),
        "iran-et-moyen-orient": Theme("iran-et-moyen-orient", "Iran et Moyen-Orient"),
        "medias-et-recits": Theme("medias-et-recits", "Médias et récits"),
    }
    archive.article_actors = {
        "article-1": ["serguei-lavrov", "iran"],
        "article-2": ["serguei-lavrov"],
        "article-3": ["serguei-lavrov"],
        "article-4": ["iran"],
        "article-5": ["personne-oubliee"],
    }
    archive.article_themes = {
        "article-1": ["sanctions-et-economie"],
        "article-3": ["sanctions-et-economie", "medias-et-recits"],
        "article-4": ["iran-et-moyen-orient", "sanctions-et-economie"],
    }
    return archive


def parse(path: Path) -> feedparser.FeedParserDict:
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path}: {feed.get('bozo_exception')}"
    assert feed.version == "atom10"
    return feed


def entry_times(feed) -> list:
    return [e.updated_parsed for e in feed.entries]


def test_archive_feed_lists_dated_articles_newest_first(tmp_path: Path) -> None:
    count = write_feeds(small_archive(), tmp_path, SITE)
    assert count == 1 + 3 + 3
    feed = parse(tmp_path / "feed.xml")
    links = [e.link for e in feed.entries]
    # 18:30+01:00 on 2 December is after midnight UTC the same day; the undated one is left out.
    assert links == [
        SITE + "articles/2025/12/article-4/",
        SITE + "articles/2025/12/article-1/",
        SITE + "articles/2025/11/article-2/",
        SITE + "articles/2024/01/article-5/",
    ]
    times = entry_times(feed)
    assert times == sorted(times, reverse=True)
    assert feed.feed.updated_parsed == times[0]
    first = feed.entries[1]
    assert first.title == "Lavrov à Moscou"
    assert first.id == first.link
    assert first.summary == "Résumé de l'article 1."
    assert [a.name for a in first.authors] == ["Auteur 1"]
    assert first.published_parsed[:3] == (2025, 12, 2)
    assert [(t.term, t.label) for t in first.tags] == [
        ("sanctions-et-economie", "Sanctions & économie")
    ]
    # An unsigned text is credited to its publication; with neither, the feed's author stands.
    assert [a.name for a in feed.entries[0].authors] == ["Le Quotidien"]
    assert feed.feed.author == "Manchette"
    self_link = [x.href for x in feed.feed.links if x.rel == "self"]
    assert self_link == [SITE + "feed.xml"]


def test_actor_and_theme_feeds(tmp_path: Path) -> None:
    write_feeds(small_archive(), tmp_path, SITE)
    lavrov = parse(tmp_path / actor_feed("serguei-lavrov"))
    assert [e.link.rsplit("/", 2)[-2] for e in lavrov.entries] == ["article-1", "article-2"]
    assert "Sergueï Lavrov" in lavrov.feed.title
    alternate = [x.href for x in lavrov.feed.links if x.rel == "alternate"]
    assert alternate == [SITE + "acteurs/serguei-lavrov/"]
    iran = parse(tmp_path / actor_feed("iran"))
    assert [e.link.rsplit("/", 2)[-2] for e in iran.entries] == ["article-4", "article-1"]
    sanctions = parse(tmp_path / theme_feed("sanctions-et-economie"))
    assert [e.link.rsplit("/", 2)[-2] for e in sanctions.entries] == ["article-4", "article-1"]
    assert sanctions.feed.subtitle == "Qui paie."
    iran_theme = parse(tmp_path / theme_feed("iran-et-moyen-orient"))
    assert [e.link.rsplit("/", 2)[-2] for e in iran_theme.entries] == ["article-4"]
    # A theme whose articles are all undated still has a valid (empty) feed for its page link.
    empty = parse(tmp_path / theme_feed("medias-et-recits"))
    assert empty.entries == []
    assert empty.feed.updated_parsed[:3] == (2025, 12, 2)


def test_duplicates_are_not_published_twice(tmp_path: Path) -> None:
    archive = small_archive()
    archive.duplicate_of["article-2"] = "article-1"
    write_feeds(archive, tmp_path, SITE)
    links = [e.link for e in parse(tmp_path / "feed.xml").entries]
    assert SITE + "articles/2025/11/article-2/" not in links
    lavrov = parse(tmp_path / actor_feed("serguei-lavrov"))
    assert [e.link.rsplit("/", 2)[-2] for e in lavrov.entries] == ["article-1"]


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    title = '<script>alert("x")</script> & {{ config }} \x07\x0b fin'
    archive = build_archive(
        [article(1, "2025-01-01", title=title, summary="<b>gras</b> \x00 <![CDATA[ ]]>")]
    )
    write_feeds(archive, tmp_path, SITE)
    raw = (tmp_path / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in raw and "<b>" not in raw
    entry = parse(tmp_path / "feed.xml").entries[0]
    assert entry.title == '<script>alert("x")</script> & {{ config }}  fin'
    assert entry.summary_detail.type == "text/plain"
    assert entry.summary.startswith("<b>gras</b>")


def test_feeds_keep_the_latest_only(tmp_path: Path) -> None:
    rng = random.Random(7)
    dates = [
        f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(120)
    ]
    archive = build_archive([article(n, d) for n, d in enumerate(dates)])
    archive.actors = {"x": Actor("x", "X", "personne")}
    archive.article_actors = {f"article-{n}": ["x"] for n in range(0, 120, 2)}
    write_feeds(archive, tmp_path, SITE)
    feed = parse(tmp_path / "feed.xml")
    assert len(feed.entries) == FEED_LIMIT
    times = entry_times(feed)
    assert times == sorted(times, reverse=True)
    newest = sorted(dates, reverse=True)[:FEED_LIMIT]
    assert [t[:3] for t in times] == [tuple(int(p) for p in d.split("-")) for d in newest]
    actor = parse(tmp_path / actor_feed("x"))
    assert len(actor.entries) == FEED_LIMIT
    expected = sorted(dates[0::2], reverse=True)[:FEED_LIMIT]
    assert [t.updated_parsed[:3] for t in actor.entries] == [
        tuple(int(p) for p in d.split("-")) for d in expected
    ]


def test_same_input_same_bytes(tmp_path: Path) -> None:
    write_feeds(small_archive(), tmp_path / "a", SITE)
    write_feeds(small_archive(), tmp_path / "b", SITE)
    for path in (tmp_path / "a").rglob("*.xml"):
        assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes()


@pytest.mark.slow
def test_built_site_feeds(sample_site) -> None:
    """The samples built by MkDocs: every feed parses, matches archive.json, is advertised."""
    site = sample_site.site
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    base = data["articles"][0]["url"].split("articles/")[0] if data["articles"] else None
    feed = parse(site / "feed.xml")
    dated = [a for a in data["articles"] if a["date"] and not a.get("duplicate_of")]
    dated.sort(key=lambda a: a["date"], reverse=True)
    assert sorted(e.link for e in feed.entries) == sorted(a["url"] for a in dated[:FEED_LIMIT])
    for entry in feed.entries:
        parts = urlsplit(entry.link)
        assert parts.scheme in ("http", "https") and parts.netloc
        assert base and entry.link.startswith(base)
    times = entry_times(feed)
    assert times == sorted(times, reverse=True)
    for kind, items in (("acteurs", data.get("actors", [])), ("themes", data.get("themes", []))):
        for item in items:
            path = site / kind / item["slug"] / "feed.xml"
            sub = parse(path)
            members = set(item["articles"])
            expected = {a["url"] for a in dated if a["id"] in members}
            assert {e.link for e in sub.entries} <= expected
            assert len(sub.entries) == min(len(expected), FEED_LIMIT)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'type="application/atom+xml"' in html, page


def test_feeds_are_discoverable_without_material_fetching_the_sitemap(sample_site):
    """Feed readers find the feed by the "alternate" token of rel; Material's language
    selector takes every link whose rel is exactly "alternate" and downloads sitemap.xml."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.links: list[dict] = []

        def handle_starttag(self, tag, attrs):
            if tag == "link":
                self.links.append(dict(attrs))

    parser = Links()
    parser.feed((sample_site.site / "index.html").read_text(encoding="utf-8"))
    feeds = [
        link
        for link in parser.links
        if "alternate" in (link.get("rel") or "").split()
        and link.get("type") == "application/atom+xml"
    ]
    assert [link["href"] for link in feeds] == ["feed.xml"]
    assert not [link for link in parser.links if link.get("rel") == "alternate"]
