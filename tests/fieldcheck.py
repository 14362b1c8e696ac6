"""Checks of one converted article against its expected fields, shared by the samples' test
(tests/expected.json) and the any-site corpus (tests/sites/*.json).

Running this file scores the any-site corpus: `python tests/fieldcheck.py [-v]` prints the share
of checks that pass, and with -v every failing check.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"

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
    """The subheadings as a reader sees them (a numbered one keeps its number: "1. …")."""
    found = re.findall(r"^#{1,6}\s+(?:(\d{1,3}\.)\s+)?(.+?)\s*$", body, flags=re.M)
    return [
        f"{number} {markdown_plain(text)}" if number else markdown_plain(text)
        for number, text in found
    ]


@dataclass(frozen=True)
class Check:
    key: str
    ok: bool
    detail: str = ""
    part: str = ""  # for list-valued keys: the string this check is about

    @property
    def name(self) -> str:
        """What names this check in a fixture's `known_gaps`."""
        return f"{self.key}: {self.part}" if self.part else self.key


def field_checks(want_all: dict, got: dict) -> Iterator[Check]:
    """One Check per expected key (and per string of the list-valued body keys).

    `got` is the article as `manchette show --json` gives it.
    """
    body = got.get("body") or ""
    for key in COVERED:
        if key not in want_all:
            continue
        want = want_all[key]
        if key in FIELDS:
            value = got.get(key)
            if want is None:
                ok = value in (None, [], "")
            elif isinstance(want, str):
                ok = value is not None and spaces(str(value)) == spaces(want)
            else:
                ok = value == want
            yield Check(key, ok, f"want {want!r}, got {value!r}")
        elif key in ORIGINAL_FIELDS:
            value = (got.get("original") or {}).get(ORIGINAL_FIELDS[key])
            yield Check(key, value == want, f"want {want!r}, got {value!r}")
        elif key == "summary_contains":
            for part in want:
                yield Check(key, spaces(part) in spaces(got.get("summary") or ""), part, part)
        elif key == "body_starts":
            # the first real paragraph: a subheading printed above it ("Introduction") may come
            # first
            view = body_view(body, want)
            lead = body_view(re.sub(r"\A(?:\s*#{1,6}\s[^\n]*\n)+", "", body), want)
            ok = view.startswith(spaces(want)) or lead.startswith(spaces(want))
            yield Check(key, ok, f"want {want!r}, got {view[:160]!r}")
        elif key == "body_ends":
            view = body_view(body, want)
            yield Check(key, view.endswith(spaces(want)), f"want {want!r}, got {view[-160:]!r}")
        elif key == "body_contains":
            for part in want:
                yield Check(key, spaces(part) in body_view(body, part), part, part)
        elif key == "body_excludes":
            for part in want:
                ok = part not in body and spaces(part) not in markdown_plain(body)
                yield Check(key, ok, part, part)
        elif key == "body_headings":
            found = headings(body)
            yield Check(key, found == want, f"want {want!r}, got {found!r}")


def site_fixtures(folder: Path = SITES) -> list[Path]:
    """The any-site corpus: each tests/sites/NAME.json describes the file it names."""
    return sorted(folder.glob("*.json"))


@cache
def _layouts():
    from manchette.ingest.layouts import load_layouts

    return load_layouts(ROOT / "site-plugins" / "sources")


def convert_fixture(spec_path: Path) -> dict:
    """The fixture's file through conversion, as `manchette show --json` shows an article."""
    from manchette.ingest.convert import convert_file_with_problems
    from manchette.publish.archive_json import article_fields

    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    path = spec_path.parent / spec["file"]
    article, problems = convert_file_with_problems(path.name, path.read_bytes(), _layouts())
    if article is None:
        return {"errors": [p.reason for p in problems], "body": ""}
    return {**article_fields(article), "body": article.body, "layout": article.layout}


def main(argv: list[str]) -> int:
    """`-v`: every failing check; `--gaps`: write each fixture's failing checks as its
    `known_gaps` (what the engine does not do yet, kept in view by the test); `--dir DIR`:
    score another folder of fixtures; other words: only the fixtures whose name holds one."""
    verbose = "-v" in argv
    write_gaps = "--gaps" in argv
    folder = Path(argv[argv.index("--dir") + 1]) if "--dir" in argv else SITES
    names = [a for a in argv if not a.startswith("-") and a != str(folder)]
    passed = total = 0
    for spec_path in site_fixtures(folder):
        if names and not any(n in spec_path.name for n in names):
            continue
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        got = convert_fixture(spec_path)
        checks = list(field_checks(spec, got))
        bad = [c for c in checks if not c.ok]
        if write_gaps:
            gaps = sorted(c.name for c in bad)
            if gaps != spec.get("known_gaps", []):
                spec = {k: v for k, v in spec.items() if k != "known_gaps"}
                if gaps:
                    spec["known_gaps"] = gaps
                spec_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", "utf-8")
        passed += len(checks) - len(bad)
        total += len(checks)
        if verbose and bad:
            print(f"{spec_path.name}: {len(bad)}/{len(checks)} failing")
            for c in bad:
                print(f"   {c.key}: {c.detail}"[:400])
    print(f"{passed}/{total} checks pass ({100 * passed / max(total, 1):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "hooks"))
    raise SystemExit(main(sys.argv[1:]))
