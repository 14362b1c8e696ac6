"""Generated pages whose final HTML cannot have changed are not rendered again: same site."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import EXPECTED, ProjectCopy, copy_project
from manchette.publish.renderedpages import KEPT_TEMPLATE, RenderedPages
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

COUNT = re.compile(r"Manchette: (\d+) generated pages rendered, (\d+) kept from the last build")


def site_files(site: Path) -> dict[str, bytes]:
    """Every page and the sitemap, as served (the search index apart; the build date blanked)."""
    found = {}
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml") or "pagefind" in path.parts:
            continue
        data = path.read_bytes()
        if path.name == "sitemap.xml":
            data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"<lastmod/>", data)
        found[path.relative_to(site).as_posix()] = data
    return found


def build(project: ProjectCopy) -> tuple[int, int]:
    """`mkdocs build --strict` (which must pass) -> (pages rendered, pages kept)."""
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    counts = COUNT.findall(done.stderr)
    assert len(counts) == 1, done.stderr
    return int(counts[0][0]), int(counts[0][1])


def stored(project: ProjectCopy) -> dict[str, str]:
    db = sqlite3.connect(project.root / ".manchette" / "cache.sqlite")
    try:
        return dict(db.execute("select src, key from page_output"))
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


@pytest.mark.slow
def test_a_warm_rebuild_renders_nothing_and_an_edit_renders_what_changed(tmp_path):
    project = copy_project(tmp_path / "project")
    rendered, kept = build(project)
    assert rendered > 0 and kept == 0
    cold = site_files(project.site)
    rows = stored(project)
    assert len(rows) == rendered  # one row per generated page outside the nav
    assert any(src.startswith("articles/2") for src in rows)
    assert not any(src.endswith("index.md") and src.count("/") <= 1 for src in rows)  # nav pages

    assert build(project) == (0, rendered)  # nothing changed: nothing rendered
    assert site_files(project.site) == cold  # byte for byte, sitemap included
    assert stored(project) == rows

    before = sources(project)
    sample = EXPECTED["articles"][0]  # a new title: its page and every page listing it change
    article = project.articles / sample["file"]
    text = article.read_text(encoding="utf-8")
    assert sample["title"] in text
    article.write_text(text.replace(sample["title"], sample["title"] + " (suite)", 1))
    again, kept_again = build(project)
    after = sources(project)
    now = stored(project)
    changed = {src for src in now if before.get(src) != after.get(src)}
    rerendered = {src for src, key in now.items() if rows.get(src) != key}
    assert rerendered == changed  # exactly the pages whose Markdown changed...
    assert again == len(changed) and kept_again == len(now) - len(changed)
    assert 0 < again < len(now)  # ...the article's page and the pages listing it, not all
    assert any(src.startswith("articles/2") for src in changed)
    assert any(src.startswith(("acteurs/", "themes/", "sources/")) for src in changed)
    assert any(src.startswith("acteurs/") for src in now.keys() - changed)

    fresh = cold_copy(project, tmp_path / "cold")
    assert build(fresh)[1] == 0
    assert site_files(project.site) == site_files(fresh.site)


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
    (docs / "index.md").write_text("# Accueil\n")
    (docs / "autre.md").write_text("# Autre\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: t\nnav:\n  - index.md\nnot_in_nav: /autre.md\n")
    config = load_config(str(config_file))
    engine = tmp_path / "engine"
    engine.mkdir()

    def read():
        files = get_files(config)
        nav = get_navigation(files, config)
        for file in files.documentation_pages():
            if file.page is None:
                Page(None, file, config)
            file.page.read_source(config)
        return config.theme.get_env(), files, nav

    return config, read, engine, tmp_path / "cache.sqlite"


@pytest.mark.parametrize("warned", [False, True])
def test_a_page_that_warned_while_rendering_is_not_kept(small_site, warned):
    config, read, engine, path = small_site
    store = RenderedPages(path, config, {"autre.md", "index.md"})
    env, files, nav = read()
    store.plan(env, files, nav, engine)
    assert set(store.keys) == {"autre.md"}  # the page of the nav is always rendered
    page = files.get_file_from_path("autre.md").page
    config._current_page = page
    if warned:
        logging.getLogger("mkdocs.plugins.test").warning("un lien cassé")
    assert store.output(page, "<html>rendu</html>") == "<html>rendu</html>"
    config._current_page = None
    store.close(completed=True)

    again = RenderedPages(path, config, {"autre.md", "index.md"})
    env, files, nav = read()
    again.plan(env, files, nav, engine)
    page = files.get_file_from_path("autre.md").page
    if warned:  # rendered again, so that the warning comes back
        assert not again.kept and page.meta.get("template") != KEPT_TEMPLATE
    else:
        assert again.kept == {"autre.md"} and page.meta["template"] == KEPT_TEMPLATE
        assert again.output(page, "") == "<html>rendu</html>"
    again.close(completed=True)
