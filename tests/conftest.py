"""Shared fixtures: a throw-away copy of the project, the samples, one built site per session."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "tests" / "expected.json").read_text(encoding="utf-8"))
SAMPLES = ROOT / "articles"
SAMPLE_FILES = [item["file"] for item in EXPECTED["articles"]]

# What a project folder needs besides its articles (hooks/ is linked, not copied: it is code).
PROJECT_PARTS = ["mkdocs.yml", "docs", "overrides", "site-plugins"]


@dataclass
class ProjectCopy:
    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def add(self, name: str, content: str | bytes) -> Path:
        path = self.articles / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    def build(self, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        """`mkdocs build` in this project; returns the finished process (output captured)."""
        return run_mkdocs(self.root, "build", *args, env=env)


def run_mkdocs(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=root,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


def copy_project(dest: Path, samples: bool = True) -> ProjectCopy:
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.exists():
            shutil.copy2(source, dest / part)
    (dest / "hooks").symlink_to(ROOT / "hooks")
    (dest / "articles").mkdir()
    if samples:
        for name in SAMPLE_FILES:
            shutil.copy2(SAMPLES / name, dest / "articles" / name)
    return ProjectCopy(dest)


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., ProjectCopy]:
    """make_project(samples=True) -> a fresh project folder (with the five samples by default)."""
    counter = iter(range(1000))

    def make(samples: bool = True) -> ProjectCopy:
        return copy_project(tmp_path / f"project{next(counter)}", samples)

    return make


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    """The five samples built once with `mkdocs build --strict` (shared, do not modify)."""
    project = copy_project(tmp_path_factory.mktemp("samples") / "project")
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    return project


@pytest.fixture(scope="session")
def expected() -> dict:
    return EXPECTED
