"""The HTML of generated pages kept between builds: same site, only changed pages converted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import EXPECTED, copy_project
from manchette.publish.htmlcache import PageHtmlCache
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page


def html_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*.html")
        if "pagefind" not in p.parts
    }


def stored(project: Path) -> dict[str, str]:
    db = sqlite3.connect(project / ".manchette" / "cache.sqlite")
    try:
        return dict(db.execute("select src, key from page_html"))
    finally:
        db.close()


@pytest.mark.slow
def test_a_rebuild_gives_the_same_site_and_converts_only_what_changed(tmp_path):
    project = copy_project(tmp_path / "project")
    first = project.build("--strict")
    assert first.returncode == 0, first.stderr
    pages = html_files(project.site)
    rows = stored(project.root)
    generated = {
        p.relative_to(project.root / ".manchette" / "pages").as_posix()
        for p in (project.root / ".manchette" / "pages").rglob("*.md")
    }
    assert set(rows) == generated  # one row per generated page, none for docs/

    again = project.build("--strict")
    assert again.returncode == 0, again.stderr
    assert html_files(project.site) == pages  # byte for byte
    assert stored(project.root) == rows

    sample = EXPECTED["articles"][0]  # an edit inside its body (a footer edit changes nothing)
    article = project.articles / sample["file"]
    text = article.read_text(encoding="utf-8")
    assert sample["body_starts"] in text
    article.write_text(text.replace(sample["body_starts"], "Ajout. " + sample["body_starts"]))
    third = project.build("--strict")
    assert third.returncode == 0, third.stderr
    changed = {src for src, key in stored(project.root).items() if rows.get(src) != key}
    assert changed and len(changed) < len(rows)  # the edited article's page, not every page
    assert any(src.startswith("articles/") for src in changed)


@pytest.fixture
def site(tmp_path: Path):
    """A MkDocs configuration and two pages of Markdown, outside any build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Accueil\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        "site_name: t\nmarkdown_extensions:\n  - toc\nvalidation:\n  links:\n    not_found: warn\n"
    )
    config = load_config(str(config_file))
    files = Files([File("index.md", str(docs), str(tmp_path / "site"), True)])

    def page(markdown: str) -> Page:
        p = Page(None, files.get_file_from_path("index.md"), config)
        p.markdown = markdown
        return p

    return config, files, page, tmp_path / "cache.sqlite"


def test_html_comes_back_with_its_table_of_contents(site):
    config, files, page, path = site
    text = "# Titre\n\n## Partie *une*\n\nTexte.\n"
    cache = PageHtmlCache(path, config)
    first = page(text)
    cache.attach(first)
    first.render(config, files)
    cache.close()
    assert cache.misses == 1

    cache = PageHtmlCache(path, config)
    second = page(text)
    cache.attach(second)
    second.render(config, files)
    assert cache.hits == 1
    assert second.content == first.content
    assert [(t.title, t.id) for t in second.toc] == [(t.title, t.id) for t in first.toc]
    assert second.toc.items[0].children[0].id == "partie-une"
    assert second.present_anchor_ids == first.present_anchor_ids

    changed = page(text + "\nAutre texte.\n")
    cache.attach(changed)
    changed.render(config, files)
    assert cache.misses == 1 and "Autre texte" in changed.content
    cache.close()


def test_a_conversion_that_warns_is_not_kept(site, caplog):
    config, files, page, path = site
    text = "# Titre\n\nUn [lien](absent.md) cassé.\n"
    for _ in range(2):
        cache = PageHtmlCache(path, config)
        broken = page(text)
        cache.attach(broken)
        broken.render(config, files)
        cache.close()
        assert cache.misses == 1 and cache.hits == 0  # converted (and warned) every time
    assert "absent.md" in caplog.text


def test_another_markdown_configuration_converts_again(site, tmp_path):
    config, files, page, path = site
    cache = PageHtmlCache(path, config)
    first = page("# Titre\n")
    cache.attach(first)
    first.render(config, files)
    cache.close()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: t\nmarkdown_extensions:\n  - toc:\n      permalink: true\n")
    other = load_config(str(config_file))
    cache = PageHtmlCache(path, other)
    second = page("# Titre\n")
    cache.attach(second)
    second.render(other, files)
    cache.close()
    assert cache.misses == 1 and cache.hits == 0
