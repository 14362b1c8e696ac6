"""A store that cannot be used (corrupt, truncated, from a newer Manchette, locked by another
process) is set aside under another name, never deleted, and rebuilt, with one warning; a build
killed at any moment leaves a state from which the next build gives the complete, correct site."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_FILES, copy_project
from manchette import cache as store
from manchette.cache import Cache
from test_deterministic import differing_files


def filled_store(path: Path, n: int = 2000) -> None:
    cache = Cache(path)
    cache.put_many({f"clé {i}": "valeur " * 200 + str(i) for i in range(n)})
    cache.close()


def set_aside_files(path: Path, kind: str) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.{kind}-*"))


def assert_rebuilt(cache: Cache, path: Path, kind: str, old: bytes | None = None) -> None:
    assert cache.warning and "set aside as" in cache.warning, cache.warning
    aside = [p for p in set_aside_files(path, kind) if not p.name.endswith(store.JOURNALS)]
    assert len(aside) == 1, aside
    if old is not None:
        assert aside[0].read_bytes() == old  # renamed, not deleted or changed
    cache.put_many({"nouvelle": 1})
    assert cache.get_many(["nouvelle"]) == {"nouvelle": 1}


def test_a_corrupt_store_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"pas une base SQLite\0" * 500)
    cache = Cache(path)
    assert_rebuilt(cache, path, "corrupt", b"pas une base SQLite\0" * 500)
    assert "corrupt" in cache.warning


def test_a_truncated_store_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    cache = Cache(path)
    cache.get_many(f"clé {i}" for i in range(2000))  # found at open, or at the first read
    assert_rebuilt(cache, path, "corrupt", data[: len(data) // 2])


def test_a_store_from_a_newer_version_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled_store(path, 10)
    db = sqlite3.connect(path)
    db.execute(f"pragma user_version = {store.STORE_VERSION + 1}")
    db.close()
    old = path.read_bytes()
    cache = Cache(path)
    assert_rebuilt(cache, path, "newer", old)
    assert "newer" in cache.warning
    assert cache.get_many(["clé 1"]) == {}


def test_a_store_locked_by_another_process_is_set_aside(tmp_path, monkeypatch) -> None:
    path = tmp_path / "cache.sqlite"
    filled_store(path, 10)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "db.execute('begin exclusive')\n"
            "print('held', flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(store, "LOCK_TIMEOUT", 1)
        cache = Cache(path)
        assert_rebuilt(cache, path, "locked")
        assert "locked" in cache.warning
        cache.close()
    finally:
        holder.kill()
        holder.wait()


def test_a_build_with_a_corrupt_store_warns_once_and_publishes_everything(tmp_path) -> None:
    project = copy_project(tmp_path / "project")
    assert project.build().returncode == 0
    stored = project.root / ".manchette" / "cache.sqlite"
    stored.write_bytes(b"\0garbage" * 4096)
    done = project.build()
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and ".manchette/cache.sqlite: store corrupt" in warnings[0]
    archive = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    assert {a["file"] for a in archive["articles"]} == set(SAMPLE_FILES)
    assert set_aside_files(stored, "corrupt")
    again = project.build("--strict")
    assert again.returncode == 0, again.stderr


# Where to kill a build: the first file of each stage that appears.
KILL_POINTS = {
    "extraction": lambda root: (root / ".manchette" / "cache.sqlite").exists(),
    "pages": lambda root: any((root / "site").glob("articles/*/*/*/index.html")),
    "indexing": lambda root: (root / ".manchette" / "search").exists(),
}


def killed_build(root: Path, reached) -> bool:
    """Start `mkdocs build`, SIGKILL it as soon as `reached(root)`; True if it was killed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    deadline = time.monotonic() + 600  # hang guard
    while process.poll() is None and time.monotonic() < deadline:
        if reached(root):
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.02)
    process.kill()
    process.wait()
    return False


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("clean") / "project")
    assert project.build().returncode == 0
    return project.site


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_build_killed_then_rebuilt_equals_a_clean_build(point, clean_site, tmp_path) -> None:
    project = copy_project(tmp_path / "project")
    killed = killed_build(project.root, KILL_POINTS[point])
    assert killed, f"the build ended before reaching {point}"
    done = project.build()
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr
    assert differing_files(clean_site, project.site) == []
