"""The final HTML of generated pages, kept from one build to the next.

Rendering a page through Material's templates costs more than converting its Markdown (which
`htmlcache` already keeps), and even a page that is not rendered again costs MkDocs a `Page`
to read, convert, check and write. A generated page outside the nav (an article, actor, theme,
source or author page) has final HTML that depends only on its own Markdown and URL, and on what
every page shares: mkdocs.yml and the site URL, the nav's titles and URLs, the theme (MkDocs and
Material versions), `overrides/`, the files of docs/ that are not pages, and the engine's code.
All of it is known when MkDocs lists its files (`on_files`): when none of it changed since the
last build, the page's stored HTML is written to its place in `site/` there and then, and MkDocs
never sees the page (`keptfiles` leaves a stand-in so that links to it resolve and the sitemap
lists it). Anything shared that changes renders every page again. A page whose build logged a
warning is not kept, so that the warning comes back on every build (`mkdocs build --strict`
stays strict); a row that cannot be read is rendered again. One row per page in the project's
SQLite store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import zlib
from collections.abc import Iterator, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.structure.files import Files

from .writer import write_atomically

LEVEL = 1  # zlib level, as for the Markdown conversions
BATCH = 200  # pages per commit
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")


def _installed(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def _tree_digest(digest, folder: Path, skip_suffix: str | None = None) -> None:
    """Every file's path and bytes under `folder` (sorted, so the order of the disk is not)."""
    if not folder.is_dir():
        digest.update(b"absent\0")
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if skip_suffix and path.suffix == skip_suffix:
            continue
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _nav_paths(items) -> Iterator[tuple[str | None, str]]:
    """(explicit title or None, path or URL) of every link of a `nav:` configuration."""
    if isinstance(items, str):
        yield None, items
    elif isinstance(items, dict):
        for title, value in items.items():
            if isinstance(value, str):
                yield str(title), value
            else:
                yield from _nav_paths(value)
    elif isinstance(items, list):
        for item in items:
            yield from _nav_paths(item)


def nav_pages(config, files: Files) -> list[tuple[str | None, str]]:
    """The pages of the nav MkDocs will build: those of `nav:`, or without it every page not
    marked `not_in_nav` (the inclusion levels must be set)."""
    if config.nav is not None:
        return list(_nav_paths(config.nav))
    return [(None, f.src_uri) for f in files.documentation_pages() if f.inclusion.is_in_nav()]


def shared_digest(config, files: Files, engine: Path) -> str:
    """What the HTML of every generated page depends on besides its own source and URL."""
    digest = hashlib.sha256()
    digest.update(Path(config.config_file_path).read_bytes() + b"\0")
    digest.update(repr((config.site_url, config.use_directory_urls)).encode() + b"\0")
    digest.update(repr([_installed(p) for p in PACKAGES]).encode() + b"\0")
    for title, path in nav_pages(config, files):  # rendered into every page
        file = files.get_file_from_path(path)
        digest.update(f"{title}\0{path}\0{file.url if file else '-'}\0".encode())
        if title is None and file is not None:  # the page's own title is the nav's
            digest.update(file.content_bytes)
    custom_dir = config.theme.custom_dir
    _tree_digest(digest, Path(custom_dir) if custom_dir else Path("/nonexistent"))
    _tree_digest(digest, Path(config.docs_dir), skip_suffix=".md")  # its assets, not its pages
    _tree_digest(digest, engine, skip_suffix=".pyc")
    return digest.hexdigest()


class _PageWarnings(logging.Handler):
    """Which pages a warning was logged for (MkDocs names the page it is working on)."""

    def __init__(self, config) -> None:
        super().__init__(logging.WARNING)
        self.config = config
        self.pages: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        page = getattr(self.config, "_current_page", None)
        if page is not None:
            self.pages.add(page.file.src_uri)


class RenderedPages:
    """Opened when the files are known (`on_files`: `restore` writes the pages kept), fed each
    page MkDocs renders (`on_post_page`: `store`), closed at the end of the build."""

    def __init__(self, path: Path, config, generated: Mapping[str, str]):
        self.config = config
        self.generated = generated  # src path -> Markdown
        self.keys: dict[str, str] = {}  # candidate page -> its key in this build
        self.kept: set[str] = set()
        self.rendered = 0
        self.pending = 0  # rows written since the last commit
        self.db: sqlite3.Connection | None = None
        self.warnings = _PageWarnings(config)
        logging.getLogger("mkdocs").addHandler(self.warnings)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30)
            self.db.execute(
                "create table if not exists page_output (src text primary key, key text, value blob)"
            )
        except sqlite3.DatabaseError:
            self.db = None  # no store: every page is rendered, as without it

    def restore(self, files: Files, engine: Path) -> set[str]:
        """Key every generated page outside the nav; write to `site/` the HTML of those whose
        key is the stored one, and return them: MkDocs need not see them."""
        in_nav = {path for _, path in nav_pages(self.config, files)}
        shared = shared_digest(self.config, files, engine)
        for src, markdown in self.generated.items():
            file = files.get_file_from_path(src)
            if file is None or src in in_nav or not file.inclusion.is_included():
                continue
            digest = hashlib.sha256(shared.encode())
            digest.update(f"{src}\0{file.url}\0".encode() + markdown.encode("utf-8"))
            self.keys[src] = digest.hexdigest()
        folders: set[str] = set()  # made in this build: most pages are alone in their folder
        for src, key, blob in self._stored_rows():
            file = files.get_file_from_path(src)
            if self.keys.get(src) != key or file is None:
                continue
            try:
                html = zlib.decompress(blob)
            except (zlib.error, TypeError):
                continue  # an unreadable row: MkDocs renders the page after all
            folder = os.path.dirname(file.abs_dest_path)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            write_atomically(Path(file.abs_dest_path), html)
            self.kept.add(src)
        return self.kept

    def _stored_rows(self) -> Iterator[tuple[str, str, bytes]]:
        if self.db is None:
            return
        try:
            yield from self.db.execute("select src, key, value from page_output")
        except sqlite3.DatabaseError:
            return

    def store(self, page, output: str) -> None:
        """Keep the HTML MkDocs just rendered for `page` (unless its build warned), committing
        now and then: the store stays free for the other caches, and what a stopped build
        committed is still true."""
        src = page.file.src_uri
        if src not in self.keys:
            return
        self.rendered += 1
        if self.db is None:
            return
        try:
            if src in self.warnings.pages:
                self.db.execute("delete from page_output where src = ?", (src,))
            else:
                data = output.encode("utf-8", errors="xmlcharrefreplace")  # as MkDocs writes it
                blob = zlib.compress(data, LEVEL)
                self.db.execute(
                    "insert or replace into page_output values (?, ?, ?)",
                    (src, self.keys[src], blob),
                )
            self.pending += 1
            if self.pending >= BATCH:
                self.db.commit()
                self.pending = 0
        except sqlite3.DatabaseError:
            pass  # not kept: rendered again next time

    def close(self, completed: bool) -> None:
        """Commit the last pages; after a whole build, forget the pages that are gone."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.db is None:
            return
        try:
            if completed and self.keys:
                gone = [
                    (src,)
                    for (src,) in self.db.execute("select src from page_output")
                    if src not in self.keys
                ]
                self.db.executemany("delete from page_output where src = ?", gone)
            self.db.commit()
        except sqlite3.DatabaseError:
            pass  # the store only saves time
        finally:
            self.db.close()
            self.db = None
