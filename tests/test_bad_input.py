"""Bad input in articles/: each file is named with its reason, the other articles still build.

One project holds every case next to the five samples (a build loads the NLP model, so one
project keeps the file fast): `mkdocs build` must succeed and name each problem file,
`mkdocs build --strict` must fail naming them, `manchette check` must list them and exit
non-zero, and the editor leftovers must be ignored silently.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import EXPECTED, SAMPLES, copy_project
from test_samples_fields import manchette_command

GOOD_TEXT = (
    "Un vrai titre d'article\n\n"
    "Le texte de l'article est bien là, avec plusieurs phrases complètes. "
    "Il parle de diplomatie et de négociations entre plusieurs capitales.\n"
)


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    reason: str  # what the message must say
    published: bool  # the file still becomes an article (a warning, not an error)


CASES = [
    Case("vide.txt", b"", "empty file", False),
    Case("blanc.txt", b"  \n\n\t \n", "empty file", False),
    Case("binaire.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary", False),
    Case("indecodable.txt", b"\x81\x8d\x8f\x90\x9d" * 200, "undecodable", False),
    Case("titre_seul.txt", b"Un titre, et rien d'autre\n", "no article text", False),
    Case(
        "front_casse.md",
        b"---\ntitle: [pas ferm\xc3\xa9\nauthors: x\n---\n" + GOOD_TEXT.encode(),
        "malformed front matter",
        True,
    ),
    Case(
        "front_type.md",
        b"---\ntitle: [un, deux]\n---\n" + GOOD_TEXT.encode(),
        "'title' should be str, got list",
        True,
    ),
    Case(
        "slug_hostile.md",
        b"---\nslug: ../../../etc/manchette\n---\n" + GOOD_TEXT.encode(),
        "would leave the articles' folder",
        True,
    ),
]
IGNORED = {
    ".DS_Store": b"\x00\x00\x00\x01Bud1\x00\x00",
    "note.txt~": b"FICHIER IGNORE\n\nUne copie de sauvegarde de l'editeur, jamais publiee.\n",
    ".note.txt.swp": b"b0VIM 8.2\x00\x00FICHIER IGNORE",
    ".x.swp": b"FICHIER IGNORE\n\nUn fichier d'echange.\n",
    "#note.txt#": b"FICHIER IGNORE\n\nUne sauvegarde automatique.\n",
}
DUPLICATE = "copie_003.txt"
DUPLICATED = "003_7e7ff5fcdf0c6711.txt"


@dataclass
class Results:
    root: Path
    build: subprocess.CompletedProcess
    strict: subprocess.CompletedProcess
    check: subprocess.CompletedProcess
    archive: dict

    @property
    def published(self) -> set[str]:
        return {item["file"] for item in self.archive["articles"]}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Results:
    project = copy_project(tmp_path_factory.mktemp("bad") / "project")
    for case in CASES:
        project.add(case.name, case.content)
    for name, content in IGNORED.items():
        project.add(name, content)
    project.add(DUPLICATE, (SAMPLES / DUPLICATED).read_bytes())
    build = project.build()
    archive = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    strict = project.build("--strict")
    check = subprocess.run(
        [*manchette_command(), "--project", str(project.root), "check"],
        cwd=project.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Results(project.root, build, strict, check, archive)


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]


def test_the_build_goes_on(results: Results) -> None:
    assert results.build.returncode == 0, results.build.stderr[-3000:]


def test_every_sample_is_still_built(results: Results) -> None:
    samples = {item["file"] for item in EXPECTED["articles"]}
    assert samples <= results.published
    for item in results.archive["articles"]:
        if item["file"] not in samples:
            continue
        path = re.sub(r"^https?://[^/]+/", "", item["url"])
        assert (results.root / "site" / path / "index.html").exists(), item["file"]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_problem_is_a_warning_naming_the_file(results: Results, case: Case) -> None:
    lines = [line for line in warnings(results.build.stderr) if f"articles/{case.name}:" in line]
    assert lines, warnings(results.build.stderr)
    assert any(case.reason in line for line in lines), lines


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_strict_build_fails_naming_the_file(results: Results, case: Case) -> None:
    assert results.strict.returncode != 0
    assert f"articles/{case.name}: " in results.strict.stderr


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_manchette_check_lists_the_file(results: Results, case: Case) -> None:
    assert results.check.returncode != 0
    lines = [line for line in results.check.stdout.splitlines() if line.startswith(case.name)]
    assert any(case.reason in line for line in lines), results.check.stdout


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_published_only_when_the_problem_is_a_warning(results: Results, case: Case) -> None:
    assert (case.name in results.published) is case.published


def test_a_hostile_slug_stays_in_the_site(results: Results) -> None:
    item = next(i for i in results.archive["articles"] if i["file"] == "slug_hostile.md")
    assert "/articles/" in item["url"] and ".." not in item["url"]
    assert "etc" not in item["id"].split("-")[:1]
    assert not (results.root / "etc").exists() and not (results.root.parent / "etc").exists()
    assert not list(results.root.parent.rglob("manchette/index.html"))


def test_editor_leftovers_are_ignored(results: Results) -> None:
    outputs = results.build.stderr + results.strict.stderr + results.check.stdout
    for name in IGNORED:
        assert name not in outputs
        assert name not in results.published
    assert "FICHIER IGNORE" not in json.dumps(results.archive)


def test_two_files_with_the_same_text_are_a_note_not_a_warning(results: Results) -> None:
    lines = [
        line
        for line in results.check.stdout.splitlines()
        if line.startswith(f"note: {DUPLICATE}: same text as")
    ]
    assert len(lines) == 1 and DUPLICATED in lines[0]
    assert f"note: articles/{DUPLICATE}: " in results.strict.stderr  # at INFO level
    assert not [line for line in warnings(results.strict.stderr) if DUPLICATE in line]
