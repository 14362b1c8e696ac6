"""Live preview: `mkdocs serve` follows the curator's files. An article added to, changed in or
removed from `articles/`, and a layout added to `site-plugins/`, show on the served site."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ProjectCopy, copy_project
from manchette_bench.serve import fetch as get
from manchette_bench.serve import free_port

WAIT = 60  # seconds allowed for each change to show
START_WAIT = 180  # the first build loads the language model

ARTICLE = """---
title: Le port de Zanzibar attend ses cargos
date: 2025-12-20
---
Le port de Zanzibar attend ses cargos

Gazette du Port, édition du soir

Les quais du port de Zanzibar sont restés vides toute la semaine, faute de cargos venus d'Oman.
Les dockers attendent depuis lundi des navires annoncés puis retardés par la tempête.

Les autorités portuaires promettent un retour à la normale avant la fin du mois, mais les
commerçants du vieux quartier disent avoir déjà perdu une grande partie de leurs ventes.
"""

ADDED_PARAGRAPH = """
Sur l'île voisine de Pemba, les pêcheurs vendent désormais leurs prises directement aux hôtels,
sans passer par le marché du port.
"""

# A source layout as a curator writes one (see the guide): recognises its marker line.
LAYOUT = """
from manchette.model import SourceResult

NAME = "gazette_du_port"
MARK = "Gazette du Port, édition du soir"


def detect(doc):
    return 1.0 if any(line.strip() == MARK for line in doc.lines) else 0.0


def read(doc):
    lines = [line for line in doc.lines if line.strip() != MARK]
    first = next(i for i, line in enumerate(lines) if line.strip())
    return SourceResult(
        layout=NAME,
        title=lines[first].strip(),
        body_lines=lines[first + 1 :],
        source="Gazette du Port",
    )
"""


def wait_for(check: Callable[[], bool], seconds: float, log: Path, what: str) -> None:
    """Poll `check` until it holds; fail with the server's log after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
    pytest.fail(f"{what}: not seen within {seconds} s\n--- mkdocs serve ---\n{tail}")


def article_url(project: ProjectCopy, path: Path) -> str:
    """Where the article will be published, as `manchette show --json` computes it."""
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(project.root)]
        + ["show", "--json", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)[0]["url"]


def served_entry(base: str, file: str) -> dict | None:
    status, text = get(base + "archive.json")
    if status != 200:
        return None
    try:
        articles = json.loads(text)["articles"]
    except (ValueError, KeyError):
        return None
    return next((a for a in articles if a["file"] == file), {})


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ProjectCopy, str, Path]]:
    """`mkdocs serve` on a free port in a fresh copy of the project (the samples in it)."""
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project.root,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: get(base)[0] == 200, START_WAIT, log, "the first build")
        yield project, base, log
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=20)


@pytest.mark.slow
def test_serve_follows_articles_and_plugins(served, tmp_path: Path) -> None:
    project, base, log = served
    staging = tmp_path / "incoming" / "port.txt"
    staging.parent.mkdir()
    staging.write_text(ARTICLE, encoding="utf-8")
    url = base + article_url(project, staging)
    assert get(url)[0] == 404

    # Added: the page appears.
    target = project.articles / "port.txt"
    shutil.copy2(staging, target)
    wait_for(
        lambda: "Le port de Zanzibar attend ses cargos" in get(url)[1], WAIT, log, "new article"
    )

    # Changed: the page shows the new text (at its new URL if the URL follows the text).
    target.write_text(ARTICLE + ADDED_PARAGRAPH, encoding="utf-8")
    changed = base + article_url(project, target)
    wait_for(lambda: "Pemba" in get(changed)[1], WAIT, log, "changed article")
    if changed != url:
        assert get(url)[0] == 404

    # A new source layout in site-plugins/ re-reads the article.
    assert (served_entry(base, "port.txt") or {}).get("source") != "Gazette du Port"
    (project.root / "site-plugins" / "sources" / "gazette_du_port.py").write_text(
        LAYOUT, encoding="utf-8"
    )
    wait_for(
        lambda: (served_entry(base, "port.txt") or {}).get("source") == "Gazette du Port",
        WAIT,
        log,
        "new source layout",
    )
    final = base + served_entry(base, "port.txt")["url"].removeprefix(base)
    assert get(final)[0] == 200

    # Removed: the page and its entry are gone.
    target.unlink()
    wait_for(lambda: get(final)[0] == 404, WAIT, log, "removed article")
    wait_for(lambda: served_entry(base, "port.txt") == {}, WAIT, log, "removed from archive.json")
    assert "Le port de Zanzibar" not in get(base + "articles/")[1]


DRAFT = """---
title: Un brouillon sur le port de Mombasa
date: 2025-12-21
draft: true
---
Un brouillon sur le port de Mombasa

Les grues du port de Mombasa tournent au ralenti depuis la grève des dockers, commencée lundi.

Les armateurs détournent déjà une partie de leurs navires vers Dar es Salam, plus au sud.
"""


@pytest.mark.slow
def test_serve_shows_a_draft_marked_as_one(served, tmp_path: Path) -> None:
    """`draft: true` keeps an article out of `mkdocs build` (tests/test_metadata.py); the
    preview shows it, marked as a draft and kept out of search engines."""
    project, base, log = served
    target = project.articles / "brouillon.txt"
    target.write_text(DRAFT, encoding="utf-8")
    url = base + article_url(project, target)
    wait_for(lambda: "Un brouillon sur le port de Mombasa" in get(url)[1], WAIT, log, "draft")
    html = get(url)[1]
    assert 'class="mc-draft"' in html and "<strong>Brouillon</strong>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert (served_entry(base, "brouillon.txt") or {}).get("draft") is True
    # Published (`draft: false`), the same file loses its marks.
    target.write_text(DRAFT.replace("draft: true", "draft: false"), encoding="utf-8")
    wait_for(lambda: 'class="mc-draft"' not in get(url)[1], WAIT, log, "draft published")
    assert "Un brouillon sur le port de Mombasa" in get(url)[1]
    assert "noindex" not in get(url)[1]
