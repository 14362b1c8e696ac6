"""Generated pages whose final HTML cannot have changed are not given to MkDocs at all: their
stored HTML is written to site/, and the site is the same as a clean build's, byte for byte."""

from __future__ import annotations

import gzip
import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import EXPECTED, ProjectCopy, copy_project
from manchette.publish.renderedpages import RenderedPages
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
from test_serve import WAIT, article_url, get, served, wait_for  # noqa: F401 (a fixture)

COUNT = re.compile(r"Manchette: (\d+) generated pages rendered, (\d+) kept from the last build")
READ = re.compile(r"DEBUG\s+-\s+Reading: (\S+)")  # MkDocs reads each page it builds
INDEXED = re.compile(r"search index: \d+ pages in \d+ period\(s\), (\d+) indexed again")
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def site_files(site: Path) -> dict[str, bytes]:
    """Every page and the sitemap, as served (the search index apart; the build date blanked)."""
    found = {}
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".gz") or "pagefind" in path.parts:
            continue
        data = path.read_bytes()
        if path.name == "sitemap.xml.gz":
            data = gzip.decompress(data)
        if path.name.startswith("sitemap.xml"):
            data = LASTMOD.sub(b"<lastmod/>", data)
        found[path.relative_to(site).as_posix()] = data
    return found


@dataclass
class Built:
    rendered: int  # generated pages rendered by MkDocs
    kept: int  # generated pages written from the store, never given to MkDocs
    read: set[str]  # the pages MkDocs read
    indexed: int  # search periods indexed again
    log: str


def built(project: ProjectCopy, verbose: bool = True) -> Built:
    """`mkdocs build --strict` (which must pass) and what it says it did; `verbose`: with the
    pages MkDocs read (its debug log)."""
    done = project.build("--strict", *(["--verbose"] if verbose else []))
    assert done.returncode == 0, done.stderr[-3000:]
    counts = COUNT.findall(done.stderr)
    assert len(counts) == 1, done.stderr[-3000:]
    indexed = INDEXED.findall(done.stderr)
    return Built(
        int(counts[0][0]),
        int(counts[0][1]),
        set(READ.findall(done.stderr)),
        int(indexed[0]) if indexed else -1,
        done.stderr,
    )


def build(project: ProjectCopy) -> tuple[int, int]:
    """`mkdocs build --strict` (which must pass) -> (pages rendered, pages kept)."""
    done = built(project, verbose=False)
    return done.rendered, done.kept


def stored(project: ProjectCopy, table: str = "page_output") -> dict[str, str]:
    db = sqlite3.connect(project.root / ".manchette" / "cache.sqlite")
    try:
        return dict(db.execute(f"select src, key from {table}"))
    finally:
        db.close()


def sources(project: ProjectCopy) -> dict[str, bytes]:
    pages = project.root / ".manchette" / "pages"
    return {p.relative_to(pages).as_posix(): p.read_bytes() for p in pages.rglob("*.md")}


def cold_copy(project: ProjectCopy, dest: Path) -> ProjectCopy:
    """The same inputs in a new folder, with no store and no site."""
    shutil.copytree(
        project.root, dest, symlinks=True, ignore=shutil.ignore_patterns(".manchette", "site")
    )
    return ProjectCopy(dest)


def sitemap_urls(site: Path) -> list[str]:
    return re.findall(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))


def page_urls(site: Path, base: str) -> set[str]:
    """The URL of every page of the built site (404.html apart)."""
    folders = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    return {base if rel == "." else f"{base}{rel}/" for rel in folders if "pagefind" not in rel}


@pytest.mark.slow
def test_a_warm_rebuild_leaves_every_page_out_and_an_edit_renders_what_changed(tmp_path):
    project = copy_project(tmp_path / "project")
    first = built(project)
    assert first.rendered > 0 and first.kept == 0
    cold = site_files(project.site)
    rows = stored(project)
    assert len(rows) == first.rendered  # one row per generated page outside the nav
    assert any(src.startswith("articles/2") for src in rows)
    assert not any(src.endswith("index.md") and src.count("/") <= 1 for src in rows)  # nav pages
    assert set(rows) <= first.read

    conversions = stored(project, "page_html")
    assert set(rows) <= set(conversions)
    warm = built(project)  # nothing changed: no generated page is rendered, nor even read
    assert (warm.rendered, warm.kept) == (0, first.rendered)
    assert not warm.read & set(rows)
    assert warm.read  # the pages of the nav and of docs/ are built as always
    assert warm.indexed == 0  # the search index of the period is the one kept
    assert site_files(project.site) == cold  # byte for byte, sitemap included
    assert stored(project) == rows
    assert stored(project, "page_html") == conversions  # kept for when they change
    urls = sitemap_urls(project.site)  # every page, each once, kept ones included
    assert len(urls) == len(set(urls))
    assert set(urls) == page_urls(project.site, "http://127.0.0.1:8000/")

    before = sources(project)
    sample = EXPECTED["articles"][0]  # a new title: its page and every page listing it change
    article = project.articles / sample["file"]
    text = article.read_text(encoding="utf-8")
    assert sample["title"] in text
    article.write_text(text.replace(sample["title"], sample["title"] + " (suite)", 1))
    again = built(project)
    after = sources(project)
    now = stored(project)
    changed = {src for src in now if before.get(src) != after.get(src)}
    rerendered = {src for src, key in now.items() if rows.get(src) != key}
    assert rerendered == changed  # exactly the pages whose Markdown changed...
    assert again.rendered == len(changed) and again.kept == len(now) - len(changed)
    assert again.read & set(now) == changed  # ...and MkDocs read no other generated page
    assert 0 < again.rendered < len(now)  # ...the article's page and the pages listing it
    assert any(src.startswith("articles/2") for src in changed)
    assert any(src.startswith(("acteurs/", "themes/", "sources/")) for src in changed)
    assert any(src.startswith("acteurs/") for src in now.keys() - changed)
    assert again.indexed == 1  # the period of the article, and only it

    fresh = cold_copy(project, tmp_path / "cold")
    assert build(fresh)[1] == 0
    assert site_files(project.site) == site_files(fresh.site)
    for name in ("sitemap.xml", "sitemap.xml.gz"):  # built the same day: the same bytes
        assert (project.site / name).read_bytes() == (fresh.site / name).read_bytes()


@pytest.mark.slow
def test_links_to_pages_left_out_resolve_and_a_missing_page_still_warns(tmp_path):
    project = copy_project(tmp_path / "project")
    build(project)
    article = next(src for src in stored(project) if src.startswith("articles/2"))
    actor = next(src for src in stored(project) if src.startswith("acteurs/"))
    links = project.root / "docs" / "liens.md"
    links.write_text(f"# Liens\n\n[Un article]({article})\n\n[Un acteur]({actor}#articles)\n")
    hand_written = built(project)  # only the new page is read: both targets are left out
    assert {article, actor}.isdisjoint(hand_written.read) and hand_written.kept > 0
    html = (project.site / "liens" / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]*)">Un (?:article|acteur)</a>', html)
    assert hrefs == [
        "../" + article.removesuffix(".md") + "/",
        "../" + actor.removesuffix(".md") + "/#articles",
    ]
    for href in hrefs:  # each resolves to a page of the site
        assert (project.site / "liens" / href.split("#")[0] / "index.html").is_file()

    fresh = cold_copy(project, tmp_path / "cold")  # the same HTML as when MkDocs knew them
    build(fresh)
    assert (fresh.site / "liens" / "index.html").read_text(encoding="utf-8") == html

    links.write_text(
        f"# Liens\n\n[Un article]({article})\n\n[Absent](articles/2099/01/absent.md)\n"
    )
    done = project.build("--strict")
    assert done.returncode != 0
    assert "'articles/2099/01/absent.md', but the target is not found" in done.stderr
    assert article not in done.stderr  # the page left out is found


@pytest.mark.slow
def test_serve_serves_the_pages_left_out_and_a_changed_page_new(served):  # noqa: F811
    project, base, log = served
    changed, unchanged = EXPECTED["articles"][1], EXPECTED["articles"][2]
    article = project.articles / changed["file"]
    other_url = base + article_url(project, project.articles / unchanged["file"])
    assert unchanged["title"] in get(other_url)[1]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(changed["title"], changed["title"] + " (revu)", 1))
    url = base + article_url(project, article)
    wait_for(lambda: changed["title"] + " (revu)" in get(url)[1], WAIT, log, "changed article")
    kept = [int(k) for _, k in COUNT.findall(log.read_text(encoding="utf-8"))]
    assert kept[0] == 0 and max(kept[1:]) > 0  # the rebuilds left pages out of MkDocs...
    status, page = get(other_url)
    assert status == 200 and unchanged["title"] in page  # ...and serve them all the same


@pytest.mark.slow
def test_anything_shared_that_changes_renders_every_page_again(tmp_path):
    project = copy_project(tmp_path / "project")
    rendered, _ = build(project)

    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# une note du conservateur\n")
    assert build(project) == (rendered, 0)

    template = project.root / "overrides" / "main.html"
    template.write_text(template.read_text(encoding="utf-8") + "\n{# une note #}\n")
    assert build(project) == (rendered, 0)
    assert build(project) == (0, rendered)
    site = site_files(project.site)

    # A damaged row is rendered again, never a failed build nor an empty page.
    db = sqlite3.connect(project.root / ".manchette" / "cache.sqlite")
    with db:
        src = db.execute("select src from page_output order by src limit 1").fetchone()[0]
        db.execute("update page_output set value = ? where src = ?", (b"not zlib", src))
    db.close()
    assert build(project) == (1, rendered - 1)
    assert site_files(project.site) == site


@pytest.fixture
def small_site(tmp_path: Path):
    """A MkDocs configuration with a page in the nav and one outside it, outside any build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    pages = {"index.md": "# Accueil\n", "autre.md": "# Autre\n"}
    for name, text in pages.items():
        (docs / name).write_text(text)
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: t\nnav:\n  - index.md\nnot_in_nav: /autre.md\n")
    config = load_config(str(config_file))
    engine = tmp_path / "engine"
    engine.mkdir()
    return config, pages, engine, tmp_path / "cache.sqlite"


@pytest.mark.parametrize("warned", [False, True])
def test_a_page_that_warned_while_rendering_is_not_kept(small_site, warned):
    config, pages, engine, path = small_site
    written = Path(config.site_dir) / "autre" / "index.html"
    store = RenderedPages(path, config, pages)
    files = get_files(config)
    assert store.restore(files, engine) == set()
    assert set(store.keys) == {"autre.md"}  # the page of the nav is always rendered
    page = Page(None, files.get_file_from_path("autre.md"), config)
    config._current_page = page
    if warned:
        logging.getLogger("mkdocs.plugins.test").warning("un lien cassé")
    store.store(page, "<html>rendu</html>")
    config._current_page = None
    store.close(completed=True)
    assert not written.exists()

    again = RenderedPages(path, config, pages)
    kept = again.restore(get_files(config), engine)
    if warned:  # rendered again, so that the warning comes back
        assert kept == set() and not written.exists()
    else:  # written to the site, for MkDocs to leave out
        assert kept == {"autre.md"} and written.read_text() == "<html>rendu</html>"
    again.close(completed=True)

    changed = RenderedPages(path, config, {**pages, "autre.md": "# Autre, revu\n"})
    assert changed.restore(get_files(config), engine) == set()  # its Markdown changed
    changed.close(completed=True)
