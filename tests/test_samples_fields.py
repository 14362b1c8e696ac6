"""The five samples through the real `manchette show --json`: every field of expected.json that
conversion covers (metadata and body), one test per sample and field."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXPECTED, ROOT, SAMPLES
from fieldcheck import COVERED, field_checks


def manchette_command() -> list[str]:
    """The installed `manchette` command of this environment (the module if not installed)."""
    script = Path(sys.executable).with_name("manchette")
    if script.exists():
        return [str(script)]
    found = shutil.which("manchette")
    return [found] if found else [sys.executable, "-m", "manchette.cli"]


def show_json(paths: list[Path], cwd: Path = ROOT) -> dict[str, dict]:
    """`manchette show --json PATH...` -> {file name: object}."""
    done = subprocess.run(
        [*manchette_command(), "show", "--json", *map(str, paths)],
        cwd=cwd,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.stdout.strip(), f"no output (exit {done.returncode}): {done.stderr[-2000:]}"
    return {item["file"]: item for item in json.loads(done.stdout)}


@pytest.fixture(scope="module")
def shown() -> dict[str, dict]:
    return show_json([SAMPLES / item["file"] for item in EXPECTED["articles"]])


CASES = [
    pytest.param(item["file"], key, id=f"{item['file'][:3]}-{key}")
    for item in EXPECTED["articles"]
    for key in COVERED
    if key in item
]


@pytest.mark.parametrize(("file", "key"), CASES)
def test_sample_field(shown: dict[str, dict], expected: dict, file: str, key: str) -> None:
    want = next(item for item in expected["articles"] if item["file"] == file)
    got = shown[file]
    assert not got["errors"], got["errors"]
    for check in field_checks({key: want[key]}, got):
        assert check.ok, f"{key}: {check.detail}"


def test_every_sample_is_read_by_a_site_layout(shown: dict[str, dict]) -> None:
    """Each sample site has its own layout; none falls back to the generic one."""
    layouts = {file: item["layout"] for file, item in shown.items()}
    assert "generic" not in layouts.values(), layouts
    assert len(set(layouts.values())) == 4, layouts  # 000 and 001 share Mondialisation.ca's


def test_only_headings_are_subheadings(shown: dict[str, dict]) -> None:
    """No sample body holds a level-1 heading (the page title is the only h1)."""
    for item in shown.values():
        assert not re.search(r"^#\s", item["body"], flags=re.M)
