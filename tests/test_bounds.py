"""Resource bounds: a huge file, a line of millions of characters, nesting thousands deep, a
front matter of thousands of keys and a YAML alias bomb are each reported and skipped or cut,
in bounded time; the rest of the archive is built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT, SAMPLE_FILES, copy_project
from manchette.ingest.bounds import MAX_LINE
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.ingest.read import read_document

HANG_GUARD = 600  # seconds: a hang guard for a loaded machine, not a measure

TOPICS = [
    "les ports de la Baltique",
    "le blé ukrainien",
    "les élections moldaves",
    "le gaz norvégien",
    "les câbles sous-marins",
    "la flotte du Pacifique",
    "les terres rares",
    "le canal de Suez",
]


def intro(n: int) -> str:
    """A short article of its own (each hostile file is a different text, not a copy)."""
    topic = TOPICS[n]
    return (
        f"Un article sur {topic}\n\n"
        f"Ce texte traite de {topic}, avec plusieurs phrases complètes et un point de vue. "
        f"Les experts interrogés sur {topic} divergent sur les conséquences pour l'Europe.\n\n"
    )


INTRO = intro(7)


def alias_bomb() -> str:
    lines = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    names = "abcdefghi"
    for prev, name in zip(names, names[1:], strict=False):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    lines.append("authors: *i")
    return "---\n" + "\n".join(lines) + "\n---\n" + intro(6)


HOSTILE = {
    # name: (content, what the warning says, published)
    "enorme.txt": (
        intro(0) + ("Une phrase de remplissage pour un livre entier. " * 120_000),
        "over the limit",
        False,
    ),
    "ligne.txt": (intro(1) + "mot " * 750_000 + "\n", "longer than 100,000 characters", True),
    "citations.md": (intro(2) + ">" * 10_000 + " tout au fond\n", "nested too deep", True),
    "liste.md": (
        intro(3) + "".join(" " * (2 * i) + "- niveau\n" for i in range(1500)),
        "nested too deep",
        True,
    ),
    "cles.md": (
        "---\n" + "".join(f"k{i}: v\n" for i in range(3000)) + "---\n" + intro(4),
        "3,000 keys",
        True,
    ),
    "bombe.md": (alias_bomb(), "YAML aliases", True),
}


def test_a_long_line_is_cut_at_a_space_with_a_warning() -> None:
    doc = read_document("x.txt", (INTRO + "mot " * 50_000).encode())
    assert max(len(line) for line in doc.text.split("\n")) <= MAX_LINE
    assert doc.text.rstrip().endswith("mot")
    assert [p.level for p in doc.problems] == ["warning"]


def test_an_alias_bomb_is_refused_before_it_is_loaded() -> None:
    doc = read_document("bombe.md", alias_bomb().encode())
    assert doc.overrides == {}
    assert any("YAML aliases" in p.reason for p in doc.problems)


def test_a_few_aliases_are_still_read() -> None:
    text = "---\ntitle: &t Un titre\nsummary: *t\n---\n" + INTRO
    doc = read_document("x.md", text.encode())
    assert doc.overrides["summary"] == "Un titre" and not doc.problems


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict, Path]:
    project = copy_project(tmp_path_factory.mktemp("bounds") / "project")
    for name, (content, _, _) in HOSTILE.items():
        project.add(name, content)
    assert (project.articles / "enorme.txt").stat().st_size > 5 * 1024 * 1024
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    archive = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    return done, archive, project.site


def test_the_archive_is_built_with_each_bad_file_named(hostile) -> None:
    done, archive, _ = hostile
    assert done.returncode == 0, done.stderr[-3000:]
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    for name, (_, reason, _) in HOSTILE.items():
        assert any(f"articles/{name}: " in w and reason in w for w in warnings), name
    published = {a["file"] for a in archive["articles"]}
    assert set(SAMPLE_FILES) <= published
    for name, (_, _, kept) in HOSTILE.items():
        assert (name in published) is kept, name


def test_cut_articles_stay_small(hostile) -> None:
    _, archive, site = hostile
    item = next(a for a in archive["articles"] if a["file"] == "ligne.txt")
    path = urlparse(item["url"]).path.strip("/")
    page = (site / path / "index.html").read_text(encoding="utf-8")
    assert len(page) < 20 * MAX_LINE


@pytest.mark.parametrize("run", ["*a ", "_a ", "[a](b ", "**a ", "`a "])
def test_a_line_of_unclosed_markup_is_read_in_bounded_time(run: str) -> None:
    """Emphasis and link patterns look a bounded way ahead: 30,000 openers that never close
    once took minutes (each scanned the rest of the line)."""
    layouts = load_layouts(ROOT / "site-plugins" / "sources")
    done: dict = {}
    text = intro(5) + run * 30_000 + "\n"
    worker = threading.Thread(
        target=lambda: done.update(
            result=convert_file_with_problems("balises.md", text.encode(), layouts)
        ),
        daemon=True,
    )
    worker.start()
    worker.join(120)  # a hang guard: about a second on a loaded machine
    assert not worker.is_alive(), f"{run!r} * 30,000 is still being read"
    article, _ = done["result"]
    assert article is not None
