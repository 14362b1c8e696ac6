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

FIELDS = ("title", "authors", "date", "source", "translator", "language", "source_tags")
ORIGINAL_FIELDS = {
    "original_source": "source",
    "original_date": "date",
    "original_title": "title",
    "original_language": "language",
}
BODY_FIELDS = (
    "summary_contains",
    "body_starts",
    "body_ends",
    "body_contains",
    "body_excludes",
    "body_headings",
)
COVERED = FIELDS + tuple(ORIGINAL_FIELDS) + BODY_FIELDS


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


def spaces(text: str) -> str:
    """One space for any run of white space (French typography uses no-break spaces)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def markdown_plain(markdown: str) -> str:
    """What a reader sees of Markdown text: no link, emphasis, heading or list syntax."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.M)
    text = re.sub(r"^\s*(?:[-+*]|\d+\.)\s+", "", text, flags=re.M)
    text = re.sub(r"(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1", r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", r"\1", text)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&#123;", "{"), ("&#125;", "}")):
        text = text.replace(entity, char)
    return spaces(text.replace("&amp;", "&"))


def is_markup(expectation: str) -> bool:
    """An expectation written in Markdown (such as "*combien coûte la Patrie?*")."""
    return bool(re.search(r"\*\S|\S\*|\]\(|^#|_\S.*\S_", expectation))


def body_view(body: str, expectation: str) -> str:
    """The body as Markdown when the expectation is Markdown, as plain text otherwise."""
    return spaces(body) if is_markup(expectation) else markdown_plain(body)


def headings(body: str) -> list[str]:
    return [markdown_plain(m) for m in re.findall(r"^#{1,6}\s+(.+?)\s*$", body, flags=re.M)]


CASES = [
    pytest.param(item["file"], key, id=f"{item['file'][:3]}-{key}")
    for item in EXPECTED["articles"]
    for key in COVERED
    if key in item
]


@pytest.mark.parametrize(("file", "key"), CASES)
def test_sample_field(shown: dict[str, dict], expected: dict, file: str, key: str) -> None:
    want = next(item for item in expected["articles"] if item["file"] == file)[key]
    got = shown[file]
    assert not got["errors"], got["errors"]
    body = got["body"]
    if key in FIELDS:
        value = got.get(key)
        if want is None:
            assert value in (None, [], ""), f"{key}: expected nothing, got {value!r}"
        elif isinstance(want, str):
            assert value is not None and spaces(value) == spaces(want)
        else:
            assert value == want
    elif key in ORIGINAL_FIELDS:
        value = (got.get("original") or {}).get(ORIGINAL_FIELDS[key])
        assert value == want
    elif key == "summary_contains":
        for part in want:
            assert spaces(part) in spaces(got["summary"])
    elif key == "body_starts":
        assert body_view(body, want).startswith(spaces(want)), body_view(body, want)[:200]
    elif key == "body_ends":
        assert body_view(body, want).endswith(spaces(want)), body_view(body, want)[-200:]
    elif key == "body_contains":
        for part in want:
            assert spaces(part) in body_view(body, part), part
    elif key == "body_excludes":
        for part in want:
            assert part not in body, part
            assert spaces(part) not in markdown_plain(body), part
    elif key == "body_headings":
        assert headings(body) == want


def test_every_sample_is_read_by_a_site_layout(shown: dict[str, dict]) -> None:
    """Each sample site has its own layout; none falls back to the generic one."""
    layouts = {file: item["layout"] for file, item in shown.items()}
    assert "generic" not in layouts.values(), layouts
    assert len(set(layouts.values())) == 4, layouts  # 000 and 001 share Mondialisation.ca's


def test_only_headings_are_subheadings(shown: dict[str, dict]) -> None:
    """No sample body holds a level-1 heading (the page title is the only h1)."""
    for item in shown.values():
        assert not re.search(r"^#\s", item["body"], flags=re.M)
