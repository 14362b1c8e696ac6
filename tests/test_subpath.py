"""A project site under a sub-path (https://USER.github.io/REPO/): built with that `site_url`,
served under the prefix only, every link, asset, feed and the search index must resolve."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import feedparser
import pytest
from browser import browser, page, serve_site  # noqa: F401  (pytest fixtures)
from conftest import ProjectCopy, copy_project
from manchette.publish.feeds import FEED_LIMIT

PREFIX = "/depot/"
LINK_ATTRIBUTES = {"href", "src", "action", "poster", "data"}
SKIPPED_SCHEMES = ("mailto:", "tel:", "data:")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES:
                self.found.append(value.strip())
            elif name == "srcset":
                self.found += [part.split()[0] for part in value.split(",") if part.strip()]


def page_url(base: str, site: Path, html_file: Path) -> str:
    rel = html_file.relative_to(site).as_posix()
    if rel == "index.html":
        return base
    if rel.endswith("/index.html"):
        return base + rel[: -len("index.html")]
    return base + rel


def status(url: str) -> int:
    request = urllib.request.Request(url, method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read()


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProjectCopy, str]]:
    """The samples built with a sub-path `site_url`, served under that prefix on a free port."""
    project = copy_project(tmp_path_factory.mktemp("subpath") / "project")
    project.site.mkdir()
    with serve_site(project.site, PREFIX) as base:
        done = project.build("--strict", env={"MANCHETTE_SITE_URL": base})
        assert done.returncode == 0, done.stderr
        yield project, base


def test_prefix_is_enforced(subpath_site) -> None:
    """The server answers under the prefix only, so a root-absolute link cannot pass by luck."""
    project, base = subpath_site
    root = base[: -len(PREFIX)] + "/"
    assert status(base) == 200
    assert status(root + "index.html") == 404


def test_no_broken_internal_link(subpath_site) -> None:
    project, base = subpath_site
    site = project.site
    origin = urlsplit(base).netloc
    targets: dict[str, str] = {}  # url -> first page linking to it
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    for html_file in pages:
        here = page_url(base, site, html_file)
        parser = Links()
        parser.feed(html_file.read_text(encoding="utf-8"))
        for value in parser.found:
            if not value or value.startswith("#") or value.lower().startswith(SKIPPED_SCHEMES):
                continue
            assert not value.lower().startswith("javascript:"), (html_file, value)
            url = urldefrag(urljoin(here, value)).url.split("?")[0]
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != origin:
                continue  # an external site
            targets.setdefault(url, here)
    # The default `site_url` must not leak into a site built for another address.
    leaked = [p for p in pages if "127.0.0.1:8000" in p.read_text(encoding="utf-8")]
    assert leaked == []
    broken = {
        url: where
        for url, where in targets.items()
        if not urlsplit(url).path.startswith(PREFIX) or status(url) != 200
    }
    assert broken == {}, f"{len(broken)} broken links, e.g. {list(broken.items())[:5]}"
    # Every page is reachable from the others (no page lost behind a wrong prefix).
    assert base in targets


def test_sitemap_under_prefix(subpath_site) -> None:
    project, base = subpath_site
    sitemap = (project.site / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations
    assert [u for u in locations if not u.startswith(base) or status(u) != 200] == []


def test_feeds_under_prefix(subpath_site) -> None:
    project, base = subpath_site
    feeds = sorted(project.site.rglob("feed.xml"))
    assert project.site / "feed.xml" in feeds
    data = json.loads(fetch(base + "archive.json"))
    dated = {a["url"] for a in data["articles"] if a["date"] and not a.get("duplicate_of")}
    seen: set[str] = set()
    for path in feeds:
        url = base + path.relative_to(project.site).as_posix()
        feed = feedparser.parse(fetch(url))
        assert not feed.bozo, (url, feed.get("bozo_exception"))
        links = [x.href for x in feed.feed.links] + [e.link for e in feed.entries]
        assert [x for x in links if not x.startswith(base) or status(x) != 200] == []
        assert [x.href for x in feed.feed.links if x.rel == "self"] == [url]
        seen.update(e.link for e in feed.entries)
    assert seen <= dated
    latest = {e.link for e in feedparser.parse(fetch(base + "feed.xml")).entries}
    assert latest == dated if len(dated) <= FEED_LIMIT else len(latest) == FEED_LIMIT


def test_search_index_under_prefix(subpath_site) -> None:
    project, base = subpath_site
    entry = json.loads(fetch(base + "pagefind/pagefind-entry.json"))
    assert entry["languages"], entry
    assert status(base + "pagefind/pagefind.js") == 200
    bundle = project.site / "pagefind"
    chunks = [p for p in bundle.rglob("*") if p.is_file()]
    assert chunks
    unreachable = [
        p for p in chunks if status(base + p.relative_to(project.site).as_posix()) != 200
    ]
    assert unreachable == []


@pytest.mark.browser
def test_search_works_under_prefix(subpath_site, page) -> None:  # noqa: F811
    """In Chromium, a query on /depot/recherche/ gives results that link under the prefix."""
    project, base = subpath_site
    data = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    target = next(a for a in data["articles"] if not a.get("duplicate_of"))
    word = max(re.findall(r"\w+", target["title"]), key=len)
    page.goto(base + "recherche/?q=" + quote(word))
    page.wait_for_selector(".mc-result a")
    page.wait_for_function("!document.querySelector('.mc-result--loading')")
    hrefs = page.eval_on_selector_all(".mc-result a", "els => els.map(e => e.href)")
    assert hrefs
    assert [h for h in hrefs if not h.startswith(base) or status(h.split("?")[0]) != 200] == []
    assert target["url"] in [h.split("?")[0].split("#")[0] for h in hrefs]
    assert page.js_errors == []
