"""The final HTML of generated pages, kept from one build to the next.

Rendering a page through Material's templates costs more than converting its Markdown (which
`htmlcache` already keeps). A generated page outside the nav (an article, actor, theme, source or
author page) has final HTML that depends only on its own source file and URL, and on what every
page shares: mkdocs.yml and the site URL, the nav's titles and URLs, the theme (MkDocs and
Material versions), `overrides/`, the files of docs/ that are not pages, and the engine's code.
When none of these changed since the last build, the page keeps its HTML: MkDocs still reads it
(its links are checked, it is in the sitemap and the search index), but renders it with an empty
template, and the HTML kept is what MkDocs writes. Anything shared that changes renders every page
again. A page whose build logged a warning is not kept, so that the warning comes back on every
build (`mkdocs build --strict` stays strict). One row per page in the project's SQLite store.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import zlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

LEVEL = 1  # zlib level, as for the Markdown conversions
KEPT_TEMPLATE = "manchette-kept.html"  # renders nothing: the kept HTML replaces its output
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


def shared_digest(config, nav: Navigation, engine: Path) -> str:
    """What the HTML of every generated page depends on besides its own source and URL."""
    digest = hashlib.sha256()
    digest.update(Path(config.config_file_path).read_bytes() + b"\0")
    digest.update(repr((config.site_url, config.use_directory_urls)).encode() + b"\0")
    digest.update(repr([_installed(p) for p in PACKAGES]).encode() + b"\0")
    for page in nav.pages:
        digest.update(f"{page.title}\0{page.url}\0".encode())
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
    """Opened when the files are known (`on_files`), planned once every page is read
    (`on_env`), fed each rendered page (`on_post_page`), closed at the end of the build."""

    def __init__(self, path: Path, config, generated: set[str]):
        self.config = config
        self.generated = generated
        self.keys: dict[str, str] = {}  # candidate page -> its key in this build
        self.kept: set[str] = set()
        self.templates: dict[str, str] = {}  # kept page -> the template it would render with
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

    def plan(self, env: jinja2.Environment, files: Files, nav: Navigation, engine: Path) -> None:
        """Decide which pages keep their HTML; give the environment the empty template."""
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({KEPT_TEMPLATE: ""}), env.loader])
        in_nav = {id(page) for page in nav.pages}
        shared = shared_digest(self.config, nav, engine)
        for file in files.documentation_pages():
            page = file.page
            if page is None or file.src_uri not in self.generated or id(page) in in_nav:
                continue
            digest = hashlib.sha256(shared.encode())
            digest.update(f"{file.src_uri}\0{page.url}\0".encode() + file.content_bytes)
            self.keys[file.src_uri] = digest.hexdigest()
        self.env, self.files, self.nav = env, files, nav
        for src, key in self._stored_keys().items():
            if self.keys.get(src) == key and src not in self.warnings.pages:
                meta = files.get_file_from_path(src).page.meta
                self.templates[src] = meta.get("template", "main.html")
                meta["template"] = KEPT_TEMPLATE
                self.kept.add(src)

    def _stored_keys(self) -> dict[str, str]:
        if self.db is None:
            return {}
        try:
            return dict(self.db.execute("select src, key from page_output"))
        except sqlite3.DatabaseError:
            return {}

    def output(self, page, output: str) -> str:
        """The HTML MkDocs writes for `page`: kept from the last build, or just rendered."""
        src = page.file.src_uri
        if src in self.kept:
            kept = self._lookup(src)
            if kept is not None:
                return kept
            self.kept.discard(src)  # an unreadable row: render the page after all
            output = self._render(page)
        if src in self.keys:
            self.rendered += 1
            self._store(src, output)
        return output

    def _render(self, page) -> str:
        """What MkDocs would have rendered for `page` with its own template."""
        page.meta["template"] = self.templates.pop(page.file.src_uri)
        context = get_context(self.nav, self.files.documentation_pages(), self.config, page)
        context = self.config.plugins.on_page_context(
            context, page=page, config=self.config, nav=self.nav
        )
        return self.env.get_template(page.meta["template"]).render(context)

    def _store(self, src: str, output: str) -> None:
        """Keep the page (unless its build warned), committing now and then: the store stays
        free for the other caches, and what a stopped build committed is still true."""
        if self.db is None:
            return
        try:
            if src in self.warnings.pages:
                self.db.execute("delete from page_output where src = ?", (src,))
            else:
                blob = zlib.compress(output.encode("utf-8"), LEVEL)
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

    def _lookup(self, src: str) -> str | None:
        try:
            row = self.db.execute(  # type: ignore[union-attr]
                "select value from page_output where src = ?", (src,)
            ).fetchone()
            return zlib.decompress(row[0]).decode("utf-8") if row else None
        except Exception:
            return None

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
