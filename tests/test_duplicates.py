"""Re-publications: the same text under another site's header and footer is one article, the
copy is reported (manchette check fails on it) and gets no page of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, copy_project
from manchette.build import load_archive
from manchette.ingest.plaintext import markdown_to_plain
from manchette.project import Project

ORIGINAL = "001_2e701b5953163519.txt"  # dated 2025-02-20
UNDATED = "003_7e7ff5fcdf0c6711.txt"


def load(root: Path):
    archive, _ = load_archive(Project(root), use_cache=False, with_nlp=False)
    return archive


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("dups") / "project")
    return project, load(project.root)


def by_file(archive):
    return {a.file: a for a in archive.articles.values()}


def body_paragraphs(archive, name: str) -> list[str]:
    plain = markdown_to_plain(by_file(archive)[name].body)
    return [p.strip() for p in plain.split("\n\n") if p.strip()]


def republished(title: str, paragraphs: list[str], date_line: str) -> str:
    """The text as another site (invented for the test) would show it: its own header, share
    buttons and copyright, one paragraph left out and an editor's note added."""
    kept = paragraphs[:3] + paragraphs[4:]
    return "\n\n".join(
        [
            "LE COURRIER DES STEPPES",
            "Accueil › International › Russie",
            title,
            date_line,
            "Partager : Facebook · X · LinkedIn · Courriel",
            "Note de la rédaction : nous reprenons cette analyse avec l'accord de son auteur.",
            *kept,
            "Partager cet article : Facebook · X · WhatsApp",
            "Vous aimez nos articles ? Abonnez-vous à notre lettre d'information.",
            "© 2025 Le Courrier des Steppes — Tous droits réservés. Reproduction interdite.",
        ]
    )


def with_a_republication(project, base):
    """`project` with sample 001 as another site re-published it."""
    project.add(
        "courrier-steppes-reprise.txt",
        republished(
            "Négociations : la Russie reste ferme face aux États-Unis",
            body_paragraphs(base, ORIGINAL),
            "Publié le 25 février 2025 par la rédaction",
        ),
    )
    return project


def test_samples_have_no_duplicates(samples):
    _, archive = samples
    assert archive.duplicate_of == {}
    assert not any("same text" in p.reason for p in archive.problems)


def test_a_republication_under_another_layout_is_recognised(samples, make_project):
    _, base = samples
    original = by_file(base)[ORIGINAL]
    project = with_a_republication(make_project(), base)
    archive = load(project.root)
    files = by_file(archive)
    copy = files["courrier-steppes-reprise.txt"]
    assert archive.duplicate_of == {copy.id: original.id}
    problems = [p for p in archive.problems if p.file == copy.file and "same text" in p.reason]
    assert len(problems) == 1 and problems[0].level == "note"
    assert problems[0].reason.startswith(f"same text as {ORIGINAL}")
    assert copy.id not in {a.id for a in archive.published()}
    for items in archive.related.values():
        assert copy.id not in {r.id for r in items}
    assert copy.id not in archive.related and copy.id not in archive.events

    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(project.root), "check"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert f"note: courrier-steppes-reprise.txt: same text as {ORIGINAL}" in done.stdout


def test_the_earliest_dated_publication_is_the_original(samples, make_project):
    """The sample 003 has no date; its re-publication is dated, so the re-publication is kept."""
    _, base = samples
    project = make_project()
    project.add(
        "zz-reprise.txt",
        republished(
            "Phase deux de l'appât et du changement",
            body_paragraphs(base, UNDATED),
            "Publié le 5 décembre 2025",
        ),
    )
    archive = load(project.root)
    files = by_file(archive)
    assert archive.duplicate_of == {files[UNDATED].id: files["zz-reprise.txt"].id}
    assert any(
        p.file == UNDATED and p.reason.startswith("same text as zz-reprise.txt")
        for p in archive.problems
    )


def test_identical_files_keep_the_first_file_name(make_project):
    project = make_project()
    data = (SAMPLES / UNDATED).read_bytes()
    project.add("0-copie.txt", data)
    archive = load(project.root)
    files = by_file(archive)
    assert archive.duplicate_of == {files[UNDATED].id: files["0-copie.txt"].id}
    reason = next(p.reason for p in archive.problems if p.file == UNDATED and "same" in p.reason)
    assert "identical" in reason


def test_a_short_text_copied_exactly_is_a_duplicate(make_project):
    project = make_project(samples=False)
    text = "Titre court\n\nUn seul paragraphe de quelques mots, repris tel quel.\n"
    project.add("a.txt", text)
    project.add("b.txt", text.replace("Titre court", "Autre titre"))
    archive = load(project.root)
    files = by_file(archive)
    assert archive.duplicate_of == {files["b.txt"].id: files["a.txt"].id}


def test_articles_on_the_same_event_are_not_duplicates(samples):
    """003 and 004 tell the same meeting with many of the same sentences, but are two texts."""
    _, archive = samples
    files = by_file(archive)
    assert files[UNDATED].id not in archive.duplicate_of
    assert files["004_98693721a41ae69d.txt"].id not in archive.duplicate_of


def test_a_republication_does_not_block_a_strict_build(samples, make_project):
    """A copy is merged into its original's page and told at INFO level: `--strict` passes."""
    _, base = samples
    project = with_a_republication(make_project(), base)
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    info = [line for line in done.stderr.splitlines() if "courrier-steppes-reprise.txt" in line]
    assert info and all(line.startswith("INFO") for line in info)
    assert any(f"same text as {ORIGINAL}" in line for line in info)
    original = by_file(base)[ORIGINAL]
    page = (project.site / original.url / "index.html").read_text(encoding="utf-8")
    copies = page[page.index("Aussi publié par") :]
    assert "25 février 2025" in copies[:2000]
