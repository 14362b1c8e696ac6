"""`manchette bench N --hostile` at a small N: an archive of generated articles and hostile or
broken files builds; every bad file is named in a warning, every good file is published."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from manchette_bench.hostile import BAD, GOOD

ROOT = Path(__file__).resolve().parent.parent
N = 2 * len(BAD) * 2  # every kind of bad file twice, every kind of good file at least twice


def test_the_hostile_archive_builds_and_names_every_bad_file(tmp_path: Path) -> None:
    report_file = tmp_path / "hostile.json"
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(ROOT), "bench", str(N)]
        + ["--hostile", "--keep", str(tmp_path / "kept"), "--json", str(report_file)],
        capture_output=True,
        text=True,
        timeout=1800,  # a hang guard, not a measure
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    checks = report["checks"]
    assert {k.split(":", 1)[1] for k in checks["kinds"]} == set(BAD) | set(GOOD)
    assert checks["good_not_published"] == [] and checks["bad_not_warned"] == []
    assert checks["good_warned"] == 0
    assert checks["pages_with_live_markup"] == 0
    assert report["runs"]["hostile"]["warnings"] >= checks["bad"]
    assert "bad files not named in a warning: 0" in done.stdout
