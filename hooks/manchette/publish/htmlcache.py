"""The HTML of generated pages, kept from one build to the next.

MkDocs converts the Markdown of every page on every build. A generated page whose Markdown did
not change since the last build (most of them, when a curator adds one article) gets back the
HTML, table of contents and anchors that Markdown produced then; only new and changed pages are
converted. On a 10,000-article archive that is most of the Markdown time of a rebuild.

What the conversion depends on is all in the key: the page's path and Markdown, the Markdown
configuration of mkdocs.yml, the versions of MkDocs and Python-Markdown and the source of the
project's own Markdown extensions. A conversion that logged a warning (a broken link, say) is not
kept, so that the warning comes back on every build (`mkdocs build --strict` stays strict).
One row per page in the project's SQLite store: a page's old HTML is replaced, never piled up.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import pickle
import re
import sqlite3
import zlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.structure.pages import Page

from ..cache import open_store
from ..logs import counting_warnings

COLUMNS = "src text primary key, key text, value blob"
LEVEL = 1  # zlib level: HTML shrinks about fivefold even at the fastest level


def _installed(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def _module_source(name: str) -> str:
    """A digest of a Markdown extension given by module name, when it is the project's own
    code (installed packages are covered by their version)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return ""
    origin = spec.origin if spec else None
    if not origin or "site-packages" in origin or not Path(origin).is_file():
        return ""
    return hashlib.sha256(Path(origin).read_bytes()).hexdigest()[:16]


def config_digest(config) -> str:
    """What the HTML of a page depends on besides its own path and Markdown."""
    extensions = []
    for ext in config["markdown_extensions"]:
        if isinstance(ext, str):
            extensions.append(f"{ext}:{_module_source(ext)}")
        else:
            extensions.append(f"{type(ext).__module__}.{type(ext).__qualname__}")
    described = repr(
        (
            extensions,
            config["mdx_configs"],
            config["use_directory_urls"],
            [_installed(p) for p in ("mkdocs", "markdown", "pymdown-extensions")],
        )
    )
    described = re.sub(r" at 0x[0-9a-f]+", "", described)  # function reprs carry addresses
    return hashlib.sha256(described.encode()).hexdigest()


class PageHtmlCache:
    """Opened at the start of a build (`attach` each generated page), closed at its end."""

    def __init__(self, path: Path, config):
        self.config_digest = config_digest(config)
        self.db: sqlite3.Connection | None = None
        self.fresh: list[tuple[str, str, bytes]] = []
        self.seen: set[str] = set()
        self.hits = self.misses = 0
        # a store that cannot be used is set aside (`warning` says so); without one, every page
        # is converted, as without this cache
        self.db, self.warning = open_store(path, "page_html", COLUMNS)

    def attach(self, page: Page) -> None:
        """Make `page.render` look for the page's HTML here first."""
        page.render = functools.partial(self.render, page)  # type: ignore[method-assign]

    def still_used(self, srcs) -> None:
        """Pages not converted in this build (their final HTML was kept) that still exist."""
        self.seen.update(srcs)

    def key(self, page: Page) -> str:
        digest = hashlib.sha256(self.config_digest.encode())
        digest.update(page.file.src_uri.encode() + b"\0" + (page.markdown or "").encode())
        return digest.hexdigest()

    def render(self, page: Page, config, files) -> None:
        src = page.file.src_uri
        self.seen.add(src)
        key = self.key(page)
        kept = self._lookup(src, key)
        if kept is not None:
            page.content, page.toc, page._title_from_render, page.present_anchor_ids = kept
            page.links_to_anchors = {}
            self.hits += 1
            return
        self.misses += 1
        with counting_warnings(logging.getLogger("mkdocs")) as counter:
            Page.render(page, config, files)
        if counter.count == 0 and not page.links_to_anchors:
            value = (page.content, page.toc, page._title_from_render, page.present_anchor_ids)
            self.fresh.append((src, key, zlib.compress(pickle.dumps(value), LEVEL)))

    def _lookup(self, src: str, key: str):
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "select key, value from page_html where src = ?", (src,)
            ).fetchone()
            if row is None or row[0] != key:
                return None
            return pickle.loads(zlib.decompress(row[1]))
        except Exception:  # an unreadable row: convert again (and overwrite it)
            return None

    def close(self) -> None:
        """Store the new conversions; forget pages that no longer exist."""
        if self.db is None:
            return
        try:
            with self.db:
                self.db.executemany("insert or replace into page_html values (?, ?, ?)", self.fresh)
                gone = [
                    (src,)
                    for (src,) in self.db.execute("select src from page_html")
                    if src not in self.seen
                ]
                self.db.executemany("delete from page_html where src = ?", gone)
        except sqlite3.DatabaseError:
            pass  # the cache only saves time
        finally:
            self.db.close()
            self.db = None
            self.fresh = []
