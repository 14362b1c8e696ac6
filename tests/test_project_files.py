"""Only the project's files are read: links out of it and special files are refused, each
named with its reason; a link inside the project is read once, a linked loop walked once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import SAMPLES, copy_project
from manchette.build import load_archive
from manchette.ingest.pipeline import article_files
from manchette.project import Project
from manchette.projectfiles import Refused, read_file

SECRET = "SECRET DE LA MACHINE"
OUTSIDE_TEXT = (
    f"Un texte hors du projet\n\n{SECRET} : ce fichier vit hors du projet et ne doit jamais "
    "être publié, quel que soit le lien qui y mène depuis le dossier des articles.\n"
)
INSIDE_TEXT = (
    "Un article rangé dans un sous-dossier\n\n"
    "Le texte de cet article est bien dans le projet, avec plusieurs phrases complètes sur la "
    "diplomatie et les négociations entre plusieurs capitales européennes.\n"
)
# A layout that would leave a mark if it were ever imported.
EVIL_LAYOUT = "from pathlib import Path\nPath(__file__).with_name('RAN').write_text('oui')\n"


def make_hostile_links(root: Path, outside: Path) -> None:
    """Links out of the project (file and folder, absolute and relative), a FIFO, a broken link,
    and links inside the project (to a file, to a folder, and a loop)."""
    outside.mkdir()
    (outside / "secret.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    (outside / "dossier").mkdir()
    (outside / "dossier" / "autre.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    (outside / "evil.py").write_text(EVIL_LAYOUT, encoding="utf-8")
    articles = root / "articles"
    (articles / "absolu.txt").symlink_to(outside / "secret.txt")
    (articles / "relatif.txt").symlink_to(os.path.relpath(outside / "secret.txt", articles))
    (articles / "dossier_dehors").symlink_to(outside / "dossier")
    (articles / "casse.txt").symlink_to(articles / "nulle_part.txt")
    os.mkfifo(articles / "tube.txt")
    (articles / "rangement").mkdir()
    (articles / "rangement" / "interne.txt").write_text(INSIDE_TEXT, encoding="utf-8")
    (articles / "lien_interne.txt").symlink_to("rangement/interne.txt")
    (articles / "rangement" / "boucle").symlink_to("..")
    (articles / "miroir").symlink_to("rangement")
    (root / "site-plugins" / "sources" / "evil.py").symlink_to(outside / "evil.py")
    (root / "site-plugins" / "themes.yml").unlink()
    (root / "site-plugins" / "themes.yml").symlink_to(outside / "secret.txt")


REFUSED = {
    "articles/absolu.txt": "outside the project",
    "articles/relatif.txt": "outside the project",
    "articles/dossier_dehors": "outside the project",
    "articles/casse.txt": "broken link",
    "articles/tube.txt": "special file",
    "site-plugins/sources/evil.py": "outside the project",
    "site-plugins/themes.yml": "outside the project",
}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    base = tmp_path_factory.mktemp("links")
    project = copy_project(base / "project")
    make_hostile_links(project.root, base / "outside")
    return project, base / "outside"


def test_the_engine_refuses_each_link_out_and_the_fifo(linked) -> None:
    project, outside = linked
    done: dict = {}
    # a FIFO read by mistake would block forever: load in a thread, with a hang guard
    thread = threading.Thread(
        target=lambda: done.update(
            result=load_archive(Project(project.root), use_cache=False, with_nlp=False)
        ),
        daemon=True,
    )
    thread.start()
    thread.join(120)
    assert not thread.is_alive(), "loading the archive hangs (a FIFO was opened?)"
    archive, _ = done["result"]
    problems = {
        (p.file if p.file.startswith("site-plugins/") else f"articles/{p.file}"): p
        for p in archive.problems
    }
    for name, reason in REFUSED.items():
        assert name in problems, f"{name} not reported"
        assert reason in problems[name].reason
        assert problems[name].level == "error"
    files = {a.file for a in archive.articles.values()}
    assert files == {*(p.name for p in SAMPLES.glob("*.txt")), "rangement/interne.txt"}
    assert all(SECRET not in a.body and SECRET not in a.title for a in archive.articles.values())
    assert not (outside / "RAN").exists()


def test_a_file_inside_is_listed_once_under_its_direct_name(linked) -> None:
    project, _ = linked
    names = [p.relative_to(project.articles).as_posix() for p in article_files(project.articles)]
    assert names.count("rangement/interne.txt") == 1
    assert not [n for n in names if "interne" in n and n != "rangement/interne.txt"]
    assert not [n for n in names if "boucle" in n or "miroir" in n]


def test_read_file_never_blocks_on_a_fifo_and_bounds_the_size(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "tube")
    with pytest.raises(Refused, match="special file"):
        read_file(tmp_path / "tube", tmp_path)
    (tmp_path / "gros.txt").write_bytes(b"a" * 2000)
    with pytest.raises(Refused, match="over the limit"):
        read_file(tmp_path / "gros.txt", tmp_path, limit=1000)
    assert read_file(tmp_path / "gros.txt", tmp_path, limit=2000) == b"a" * 2000


def test_mkdocs_strict_names_each_refused_file_and_publishes_nothing_from_outside(
    linked,
) -> None:
    project, outside = linked
    done = project.build("--strict")
    assert done.returncode != 0
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    for name in REFUSED:
        assert any(f"{name}: " in line for line in warnings), name
    built = project.build()
    assert built.returncode == 0, built.stderr
    archive = (project.site / "archive.json").read_text(encoding="utf-8")
    assert SECRET not in archive
    assert "rangement/interne.txt" in {a["file"] for a in json.loads(archive)["articles"]}
    for page in project.site.rglob("*.html"):
        assert SECRET not in page.read_text(encoding="utf-8", errors="replace"), page
    assert not (outside / "RAN").exists()


def test_manchette_show_names_a_fifo_instead_of_waiting_on_it(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "tube.txt")
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "show", str(tmp_path / "tube.txt")],
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard: reading the FIFO would never end
    )
    assert done.returncode != 0
    assert "tube.txt: special file" in done.stdout + done.stderr
