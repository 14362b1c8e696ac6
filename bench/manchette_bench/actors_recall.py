"""`python -m manchette_bench.actors_recall [--model NAME]`: the actors Manchette finds in the
any-site fixtures, against a gold set written by hand (tests/actors_gold.json).

Each run builds the archive of the gold set's fixtures (tests/sites/) the way a build does
(`manchette.build.load_archive` on a fresh project whose articles/ holds copies of the files,
with an empty cache) in a fresh process, so that the model is loaded cold; the table gives, per
kind (people, organisations, countries), the recall (gold actors found) and the precision
(actors found that are gold), then the wall times of the run: the whole archive, the
extraction step (NER and registry matching, model load included) and the model load alone.
Times are the best of `--runs` runs.

A gold name matches an actor of the same kind when, compared without case or accents, it is
the actor's name or one of its aliases, or one of them holds the other as whole words
("Trump" for "Donald Trump"); a gold name written "Full name (ACRONYM)" matches either form.
Each gold name and each actor counts once: exact matches are paired first.

--model runs the same engine with another spaCy pipeline (fr_core_news_md), which must be
installed; the engine's default is left alone. --actors uses another registry file in place of
site-plugins/actors.yml. A benchmark, not a test: nothing in the test run calls it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii
from manchette.project import Project

from .builds import copy_project

KINDS = {"people": "personne", "organisations": "organisation", "countries": "pays"}
GOLD = Path("tests") / "actors_gold.json"
SITES = Path("tests") / "sites"
RUN_TIMEOUT = 1800.0  # seconds, per run

_ALTERNATIVE = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


# --- matching ----------------------------------------------------------------------------------


def norm(text: str) -> str:
    """Lower case, accents stripped, one space between words."""
    text = anyascii(text.replace("’", "'")).lower()
    return re.sub(r"\s+", " ", text).strip()


def gold_forms(name: str) -> list[str]:
    """ "UN World Food Programme (WFP)" -> both forms; any other name -> itself."""
    found = _ALTERNATIVE.match(name.strip())
    forms = [found.group(1), found.group(2)] if found else [name]
    return [norm(f) for f in forms]


def _holds(longer: str, shorter: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def match_quality(gold: str, names: list[str]) -> int:
    """0: the gold name is one of the actor's names; 1: one holds the other as words; 2: no."""
    forms = gold_forms(gold)
    if any(f == n for f in forms for n in names):
        return 0
    if any(_holds(n, f) or _holds(f, n) for f in forms for n in names if f and n):
        return 1
    return 2


def pair(gold: list[str], actors: list[list[str]]) -> dict[int, int]:
    """The largest one-to-one pairing of gold names with actors (each given by its normalised
    names), exact matches first: gold index -> actor index."""
    quality = [[match_quality(g, names) for names in actors] for g in gold]
    owner: dict[int, int] = {}  # actor index -> gold index

    def augment(g: int, worst: int, seen: set[int]) -> bool:
        for a, q in enumerate(quality[g]):
            if q > worst or a in seen:
                continue
            seen.add(a)
            if a not in owner or augment(owner[a], worst, seen):
                owner[a] = g
                return True
        return False

    for worst in (0, 1):  # exact pairs first; looser ones only for what is left
        for g in range(len(gold)):
            if g not in owner.values():
                augment(g, worst, set())
    return {g: a for a, g in owner.items()}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    hits: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (file, gold name)
    extra: list[tuple[str, str]] = field(default_factory=list)  # (file, actor name)
    other_kind: list[tuple[str, str, str]] = field(default_factory=list)  # file, name, kind

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0


def score(gold: dict[str, dict[str, list[str]]], found: dict[str, list[dict]]) -> dict:
    """Scores per kind (and "all") of the actors `found` per file against `gold`."""
    scores = {kind: Score() for kind in [*KINDS, "all"]}
    for file, expected in gold.items():
        actors = found.get(file, [])
        for kind, engine_kind in KINDS.items():
            names = expected.get(kind, [])
            mine = [a for a in actors if a["kind"] == engine_kind]
            pairs = pair(names, [a["names"] for a in mine])
            for s in (scores[kind], scores["all"]):
                s.gold += len(names)
                s.found += len(mine)
                s.hits += len(pairs)
            for g, name in enumerate(names):
                if g in pairs:
                    continue
                scores[kind].missed.append((file, name))
                others = [a for a in actors if a["kind"] != engine_kind]
                for a in others:  # the name itself, or within the actor's: a wrong kind
                    if any(_holds(n, f) for f in gold_forms(name) for n in a["names"] if f):
                        scores[kind].other_kind.append((file, name, f"{a['name']} ({a['kind']})"))
                        break
            paired = set(pairs.values())
            scores[kind].extra += [(file, a["name"]) for i, a in enumerate(mine) if i not in paired]
    return scores


# --- one run (a child process) -----------------------------------------------------------------


def make_project(root: Path, dest: Path, files: list[str], actors: Path | None) -> Project:
    """A fresh project in `dest`: the project's parts, its hooks linked, the fixtures copied."""
    copy_project(Project(root), dest)
    for name in files:
        shutil.copy2(root / SITES / name, dest / "articles" / name)
    if actors is not None:
        shutil.copy2(actors, dest / "site-plugins" / "actors.yml")
    return Project(dest)


def run_once(root: Path, model: str | None, actors: Path | None) -> dict:
    """Build the gold fixtures' archive cold in this process: actors per file and timings."""
    from manchette import build
    from manchette.actors import extract

    if model:  # the module's constant, read at each call (the gold set is too small for
        extract.MODEL = model  # worker processes, which would not see it when spawned)
        extract.load_model.cache_clear()
    if extract.model_version() == "no-model":
        raise SystemExit(f"model {extract.MODEL} is not installed")
    timings = {"extraction": 0.0, "model_load": 0.0}

    loader = extract.load_model

    def timed_load():
        start = time.perf_counter()
        try:
            return loader()
        finally:
            timings["model_load"] += time.perf_counter() - start

    extract.load_model = timed_load
    step = build.extraction_step

    def timed_step(project):
        extractor, version = step(project)

        def run(articles):
            start = time.perf_counter()
            try:
                return extractor(articles)
            finally:
                timings["extraction"] += time.perf_counter() - start

        return run, version

    build.extraction_step = timed_step
    gold = json.loads((root / GOLD).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="manchette-actors-") as tmp:
        project = make_project(root, Path(tmp) / "project", list(gold), actors)
        start = time.perf_counter()
        archive, _ = build.load_archive(project)
        timings["archive"] = time.perf_counter() - start
    found: dict[str, list[dict]] = {}
    for article in archive.articles.values():
        actors_of = [archive.actors[s] for s in archive.article_actors.get(article.id, [])]
        found[article.file] = [
            {
                "name": a.name,
                "kind": a.kind,
                "names": [norm(n) for n in [a.name, *a.aliases]],
            }
            for a in actors_of
        ]
    words = sum(len(a.body.split()) for a in archive.articles.values())
    return {
        "model": extract.model_version(),
        "found": found,
        "timings": timings,
        "words": words,
    }


# --- the benchmark -----------------------------------------------------------------------------


def run_child(root: Path, model: str | None, actors: Path | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="manchette-actors-run-") as tmp:
        out = Path(tmp) / "run.json"
        args = [sys.executable, "-m", "manchette_bench.actors_recall", "--child", str(out)]
        args += ["--project", str(root)]
        if model:
            args += ["--model", model]
        if actors:
            args += ["--actors", str(actors.resolve())]
        done = subprocess.run(args, capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=root)
        if done.returncode != 0 or not out.is_file():
            raise SystemExit(f"run failed:\n{done.stderr[-4000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def report(result: dict, scores: dict, runs: int, verbose: bool) -> str:
    lines = [
        f"actors of {len(result['found'])} fixtures, {result['words']} words, {result['model']}"
    ]
    lines.append(
        f"  {'kind':<14} {'gold':>5} {'found':>6} {'hits':>5} {'recall':>7} {'precision':>9}"
    )
    for kind, s in scores.items():
        lines.append(
            f"  {kind:<14} {s.gold:>5} {s.found:>6} {s.hits:>5} {s.recall:>7.1%} {s.precision:>9.1%}"
        )
    t = result["timings"]
    lines.append(
        f"  cold, best of {runs}: archive {t['archive']:.2f} s, extraction {t['extraction']:.2f} s"
        f" (model load {t['model_load']:.2f} s)"
    )
    if verbose:
        for kind in KINDS:
            s = scores[kind]
            lines.append(f"{kind}: missed {len(s.missed)}")
            lines += [f"  - {name}  [{file}]" for file, name in s.missed]
            lines += [
                f"  ~ {name} found as {other}  [{file}]" for file, name, other in s.other_kind
            ]
            lines.append(f"{kind}: not in the gold set {len(s.extra)}")
            lines += [f"  + {name}  [{file}]" for file, name in s.extra]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m manchette_bench.actors_recall", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the engine's)")
    parser.add_argument("--actors", type=Path, default=None, help="registry file to use instead")
    parser.add_argument("--runs", type=int, default=2, help="cold runs; times are the best")
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = Project.find(args.project).root
    if args.child:  # one cold run, in a process of its own: its result goes to that file
        result = run_once(root, args.model, args.actors)
        args.child.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return 0
    results = [run_child(root, args.model, args.actors) for _ in range(max(1, args.runs))]
    result = results[0]
    if any(r["found"] != result["found"] for r in results[1:]):
        print("warning: the runs did not find the same actors", file=sys.stderr)
    result["timings"] = {k: min(r["timings"][k] for r in results) for k in result["timings"]}
    gold = json.loads((root / GOLD).read_text(encoding="utf-8"))
    scores = score(gold, result["found"])
    print(report(result, scores, len(results), args.verbose))
    if args.json:
        figures = {
            "model": result["model"],
            "words": result["words"],
            "timings": result["timings"],
            "scores": {
                k: {"gold": s.gold, "found": s.found, "hits": s.hits, "recall": s.recall}
                | {"precision": s.precision, "missed": s.missed, "extra": s.extra}
                for k, s in scores.items()
            },
        }
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
