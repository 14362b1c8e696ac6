"""After each kind of change a curator makes, the incremental build gives the site of a clean
build of the same inputs, byte for byte: every file under site/, the search index included;
only the build date of the sitemap is blanked."""

from __future__ import annotations

import gzip
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXPECTED, ProjectCopy, copy_project
from test_render_skip import build, cold_copy

LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")

# A new article in its own words, in the shape of a copied page (title, byline, date, text).
NEW_ARTICLE = """Les douaniers de Narva comptent les camions un par un

Par Liisa Tamm

Le Courrier de la Baltique, 18 novembre 2025

Au poste frontière de Narva, la file des camions s'étire sur plusieurs kilomètres depuis que
les contrôles ont été renforcés. Les chauffeurs disent attendre deux jours avant de passer.

Les transporteurs estoniens demandent au gouvernement d'ouvrir un second couloir pour les
marchandises périssables, que les douaniers inspectent aujourd'hui comme tout le reste.
"""


def site_bytes(site: Path) -> dict[str, bytes]:
    """Every file of the site; in the sitemap (and its gzip copy) the build date is blanked."""
    found = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.name == "sitemap.xml":
            data = LASTMOD.sub(b"<lastmod/>", data)
        elif path.name == "sitemap.xml.gz":  # its gzip header holds a time too
            data = LASTMOD.sub(b"<lastmod/>", gzip.decompress(data))
        found[path.relative_to(site).as_posix()] = data
    return found


def differences(one: dict[str, bytes], two: dict[str, bytes]) -> list[str]:
    return sorted(name for name in one.keys() | two.keys() if one.get(name) != two.get(name))


def sample_path(project: ProjectCopy, n: int) -> Path:
    return project.articles / EXPECTED["articles"][n]["file"]


def add_article(project: ProjectCopy) -> None:
    project.add("narva-douane.txt", NEW_ARTICLE)


def remove_article(project: ProjectCopy) -> None:
    sample_path(project, 4).unlink()


def edit_actors(project: ProjectCopy) -> None:
    """A person NER found in a sample becomes a curated actor (kind, role, alias), and a listed
    actor's role is rewritten."""
    path = project.root / "site-plugins" / "actors.yml"
    text = path.read_text(encoding="utf-8")
    role = "    role: Secrétaire d'État des États-Unis\n"
    assert role in text
    text = text.replace(role, "    role: Chef de la diplomatie américaine\n", 1)
    new = (
        "  - name: Rachel Blevins\n    kind: personne\n"
        "    role: Journaliste, présentatrice d'un magazine d'actualité\n"
        "    aliases: [R. Blevins]\n"
    )
    path.write_text(text.replace("actors:\n", "actors:\n" + new, 1), encoding="utf-8")


def edit_themes(project: ProjectCopy) -> None:
    """One theme renamed: its page and the pages that name it change."""
    path = project.root / "site-plugins" / "themes.yml"
    text = path.read_text(encoding="utf-8")
    old = "    name: Relations Russie–États-Unis\n"
    assert old in text
    path.write_text(text.replace(old, "    name: Russie et États-Unis\n", 1), encoding="utf-8")


def edit_front_matter(project: ProjectCopy) -> None:
    """A sample without front matter gains one: a new actor and a theme it did not have."""
    path = sample_path(project, 0)
    text = path.read_text(encoding="utf-8")
    assert not text.lstrip().startswith("---")
    head = "---\nactors: [Aurélien Vasseur-Kim]\nthemes: [chine-et-ordre-mondial]\n---\n"
    path.write_text(head + text, encoding="utf-8")


CHANGES: dict[str, Callable[[ProjectCopy], None]] = {
    "add an article": add_article,
    "remove an article": remove_article,
    "edit actors.yml": edit_actors,
    "edit themes.yml": edit_themes,
    "edit front matter": edit_front_matter,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    """The samples built once; each case copies this folder (store and site included)."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    build(project)
    return project


@pytest.mark.slow
@pytest.mark.parametrize("change", list(CHANGES))
def test_an_incremental_build_gives_the_clean_site(built, tmp_path, change):
    project = ProjectCopy(tmp_path / "incremental")
    shutil.copytree(built.root, project.root, symlinks=True)
    CHANGES[change](project)
    rendered, kept = build(project)
    assert kept > 0, "every page rendered again: the build was not incremental"
    assert rendered > 0, "nothing rendered again: the change was not seen"

    clean = cold_copy(project, tmp_path / "clean")
    assert build(clean)[1] == 0
    incremental, fresh = site_bytes(project.site), site_bytes(clean.site)
    assert any(name.startswith("pagefind/") for name in fresh), "no search index built"
    assert differences(incremental, fresh) == []


def test_the_comparison_sees_a_changed_search_file(tmp_path):
    """What the test above relies on: a byte changed anywhere, the index included, is seen,
    and a sitemap differing only by its dates is not."""
    site = tmp_path / "site"
    (site / "pagefind" / "index").mkdir(parents=True)
    (site / "pagefind" / "index" / "fr_1.pf_index").write_bytes(b"\x00\x01")
    sitemap = b"<url><loc>a/</loc><lastmod>2025-01-01</lastmod></url>"
    (site / "sitemap.xml").write_bytes(sitemap)
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap, mtime=1))
    before = site_bytes(site)
    (site / "sitemap.xml").write_bytes(sitemap.replace(b"2025-01-01", b"2026-12-02"))
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap, mtime=2))
    assert differences(before, site_bytes(site)) == []
    (site / "pagefind" / "index" / "fr_1.pf_index").write_bytes(b"\x00\x02")
    assert differences(before, site_bytes(site)) == ["pagefind/index/fr_1.pf_index"]
