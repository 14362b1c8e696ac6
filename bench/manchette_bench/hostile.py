"""`manchette bench N --hostile`: one archive of N files, about half of them hostile or broken.

The good files are the benchmark's generated articles, some carrying hostile HTML, template
syntax, control and bidirectional characters or odd file names (each must be published, its
markup shown as text); the bad ones are binary, empty, huge, undecodable, a line of 150,000
characters, quotes nested 5,000 deep, a front matter of 500 keys, a YAML alias bomb, a broken
front matter, a FIFO, a link out of the archive (each must be named in a warning). One
`mkdocs build` of the hostile archive is measured against one of N plain generated articles:
time and peak memory must stay of the same order.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from manchette.project import Project

from .builds import copy_project, measure, work_folder, write_json
from .corpus import CorpusGenerator, read_samples

HUGE_EVERY = 1000  # one file over the size limit per this many files (at least one)
HOSTILE_HTML = (
    '<script>alert("manchette")</script>\n\n'
    '<img src="x" onerror="alert(1)"> <iframe src="javascript:alert(2)"></iframe>\n\n'
    "</div></article><style>body{display:none}</style>\n\n"
)
TEMPLATE_SYNTAX = (
    "{{ config.site_name }} {% include 'base.html' %} {# note #} ${HOME} {{ 7*7 }}\n\n"
    "{% raw %}{{ page.meta }}{% endraw %} <% end %> {{{ triple }}}\n\n"
)
CONTROLS = "\u202eestiver\u202c \u200f\u200e\u2066isolé\u2069 \x07\x08 \ufeff zéro\u200blargeur\n\n"
ODD_NAMES = [
    "espace et accents é à ç.txt",
    "#dièse%pour&cent.txt",
    "-tiret-devant.txt",
    "emoji 📰 journal.txt",
    "crochets [1] (2) {3}.txt",
    "guillemets 'simple' et \"double\".txt",
    "long-" + "n" * 180 + ".txt",
    "point.final..txt",
]


def alias_bomb() -> str:
    lines = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    names = "abcdefghi"
    for prev, name in zip(names, names[1:], strict=False):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    return "---\n" + "\n".join(lines) + "\nauthors: *i\n---\n"


def bad_file(kind: str, text: str, rng: random.Random) -> bytes | None:
    """The bytes of a bad file of `kind` (None: a FIFO or a link, made by the caller)."""
    if kind == "empty":
        return b"" if rng.random() < 0.5 else b" \n\t\n "
    if kind == "binary":
        return b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000)
    if kind == "nul":
        return bytes(b if b % 7 else 0 for b in rng.randbytes(4000))
    if kind == "undecodable":
        return b"\x81\x8d\x8f\x90\x9d" * rng.randint(50, 500)
    if kind == "huge":
        return (text * (6 * 1024 * 1024 // max(len(text), 1) + 1)).encode()
    if kind == "long-line":
        return (text + "\n\n" + "mot " * 37_500 + "\n").encode()
    if kind == "deep":
        return (text + "\n\n" + ">" * 5000 + " au fond\n").encode()
    if kind == "keys":
        return ("---\n" + "".join(f"k{i}: v\n" for i in range(500)) + "---\n" + text).encode()
    if kind == "bomb":
        return (alias_bomb() + text).encode()
    if kind == "broken-front-matter":
        return ("---\ntitle: [pas fermé\nauthors: x\n---\n" + text).encode()
    return None


BAD = ["empty", "binary", "nul", "undecodable", "huge", "long-line", "deep", "keys", "bomb"]
BAD += ["broken-front-matter", "fifo", "link-out"]
GOOD = ["plain", "html", "template", "controls", "odd-name"]


def write_hostile_archive(articles: Path, outside: Path, n: int, seed: int, samples) -> dict:
    """Write N files; returns {file name: kind} with kind "good:..." or "bad:..."."""
    generator = CorpusGenerator(samples, seed)
    rng = random.Random(f"hostile:{seed}")
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "machine.txt").write_text("Un fichier de la machine de build.\n", encoding="utf-8")
    kinds: dict[str, str] = {}
    odd = 0
    for i in range(n):
        name, text, _ = generator.article(i)
        bad = i % 2 == 1
        kind = BAD[(i // 2) % len(BAD)] if bad else GOOD[(i // 2) % len(GOOD)]
        if kind == "huge" and sum(k == "bad:huge" for k in kinds.values()) >= max(
            1, n // HUGE_EVERY
        ):
            kind = "long-line"
        path = articles / name
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "link-out":
            path.symlink_to(outside / "machine.txt")
        elif bad:
            path.write_bytes(bad_file(kind, text, rng))
        else:
            if kind == "html":
                text = text.replace("\n\n", "\n\n" + HOSTILE_HTML, 1)
            elif kind == "template":
                text = text.replace("\n\n", "\n\n" + TEMPLATE_SYNTAX, 1)
            elif kind == "controls":
                text = text.replace("\n\n", "\n\n" + CONTROLS, 1)
            elif kind == "odd-name":
                base = ODD_NAMES[odd % len(ODD_NAMES)]
                name = f"{odd:05d} {base}"
                odd += 1
                path = articles / name
            path.write_text(text, encoding="utf-8")
        kinds[name] = ("bad:" if bad else "good:") + kind
    return kinds


def warned_files(log: str) -> set[str]:
    """The article files named by a WARNING line of a build log."""
    named = set()
    for line in log.splitlines():
        if line.startswith("WARNING") and "articles/" in line:
            rest = line.split("articles/", 1)[1]
            named.add(rest.split(": ", 1)[0])
    return named


def check_build(site: Path, log: str, kinds: dict[str, str]) -> dict:
    """What the hostile build must give: every bad file warned, every good file published."""
    try:
        archive = json.loads((site / "archive.json").read_text(encoding="utf-8"))
        published = {a["file"] for a in archive["articles"]}
    except (OSError, ValueError, KeyError):
        published = set()
    warned = warned_files(log)
    good = [name for name, kind in kinds.items() if kind.startswith("good:")]
    bad = [name for name, kind in kinds.items() if kind.startswith("bad:")]
    markup = 0
    for page in site.glob("articles/**/index.html"):
        html = page.read_text(encoding="utf-8", errors="replace")
        markup += 'alert("manchette")</script>' in html or '<iframe src="javascript' in html
    return {
        "good": len(good),
        "bad": len(bad),
        "kinds": dict(sorted(Counter(kinds.values()).items())),
        "good_not_published": sorted(n for n in good if n not in published),
        "bad_not_warned": sorted(n for n in bad if n not in warned),
        "good_warned": len([n for n in good if n in warned]),
        "pages_with_live_markup": markup,
    }


def run_hostile(n: int, project: Project, keep: Path | None, json_path: Path | None) -> int:
    samples = read_samples(project.articles, project.layouts)
    if n < 2 or not samples:
        print("N must be at least 2, with sample articles in the project", file=sys.stderr)
        return 2
    with work_folder(keep, "manchette-hostile-") as work:
        report = hostile_benchmark(n, project, samples, work)
    print(format_hostile(report))
    if json_path is not None:
        write_json(report, json_path)
    checks = report["checks"]
    ok = report["runs"]["hostile"]["returncode"] == 0
    return 0 if ok and not checks["good_not_published"] and not checks["bad_not_warned"] else 1


def hostile_benchmark(n: int, project: Project, samples, work: Path) -> dict:
    hostile, plain, logs = work / "hostile", work / "plain", work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    copy_project(project, hostile)
    kinds = write_hostile_archive(hostile / "articles", work / "outside", n, 6, samples)
    copy_project(project, plain)
    generator = CorpusGenerator(samples, 6)
    for i in range(n):
        name, text, _ = generator.article(i)
        (plain / "articles" / name).write_text(text, encoding="utf-8")
    runs = {}
    for step, folder in (("hostile", hostile), ("plain", plain)):
        print(f"{step} archive of {n} files ...", file=sys.stderr, flush=True)
        runs[step] = measure(
            [sys.executable, "-m", "mkdocs", "build"], folder, logs / f"{step}.log"
        )
    log = (logs / "hostile.log").read_text(encoding="utf-8", errors="replace")
    report = {
        "n": n,
        "runs": {step: asdict(run) for step, run in runs.items()},
        "ratios": {
            "wall": round(runs["hostile"].wall / max(runs["plain"].wall, 1e-9), 2),
            "peak_rss": round(runs["hostile"].peak_rss / max(runs["plain"].peak_rss, 1), 2),
        },
        "checks": check_build(hostile / "site", log, kinds),
    }
    shutil.rmtree(work / "outside", ignore_errors=True)
    return report


def format_hostile(report: dict) -> str:
    runs, checks = report["runs"], report["checks"]
    lines = [
        f"Manchette hostile archive: N = {report['n']} files "
        f"({checks['good']} good, {checks['bad']} bad)",
    ]
    for step in ("hostile", "plain"):
        run = runs[step]
        lines.append(
            f"  {step:<8} build: {run['wall']:.1f} s wall, {run['cpu']:.1f} s CPU, "
            f"peak {run['peak_rss'] / 1e6:.0f} MB, exit {run['returncode']}, "
            f"{run['warnings']} warnings"
        )
    lines.append(
        f"  hostile / plain: wall x{report['ratios']['wall']}, "
        f"peak memory x{report['ratios']['peak_rss']}"
    )
    lines.append(f"  good files not published: {len(checks['good_not_published'])}")
    lines.append(f"  bad files not named in a warning: {len(checks['bad_not_warned'])}")
    lines.append(f"  good files with a warning: {checks['good_warned']}")
    lines.append(f"  article pages with live markup: {checks['pages_with_live_markup']}")
    for name in (checks["good_not_published"] + checks["bad_not_warned"])[:20]:
        lines.append(f"    {name}")
    return "\n".join(lines)
