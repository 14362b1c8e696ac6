"""`manchette bench N`: build a generated N-article archive and measure each build.

Six runs, each a separate process (`python -m mkdocs build`, or `serve`):

    cold               the archive with an empty cache (.manchette/ deleted)
    warm               the same archive again, nothing changed
    add-one            after one more article is dropped into articles/
    edit-front-matter  after one article's front matter names a new actor and a new theme
    serve              `mkdocs serve` on that archive: from dropping one more article to its
                       page being served (see serve.py)
    bare               the baseline: MkDocs + Material alone on the same article bodies as plain
                       Markdown pages (no hooks, no plugins, pages not in the nav)

Each change is made on the archive the previous run left, so that each run measures one
change; the files are given back at the end (the kept archive holds the N articles).
For each: wall time, CPU time (user + system of the process and its children) and peak memory
(the largest total resident memory of the process tree, sampled, or the largest single process
if that is larger), then the site it made: pages, files, bytes, the largest article page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml
from manchette.build import TIMINGS_ENV
from manchette.cache import Cache
from manchette.ingest.pipeline import load_articles
from manchette.pages.urls import src_path
from manchette.project import Project

from . import frontmatter
from .corpus import read_samples, write_corpus
from .growth import warm_growth
from .processes import PeakMemory
from .serve import Served, measure_serve

PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "site-plugins")
MARKER = ".manchette-bench"  # marks a folder this command made (and may empty again)
BUILD_TIMEOUT = 3600.0  # seconds, per build
STEPS = ("cold", "warm", "add-one", "edit-front-matter", "serve", "bare")
BUILDS = ("cold", "warm", "add-one", "edit-front-matter")  # the hooked builds that leave a site
STEP_NAMES = {
    "cold": "cold build (empty cache)",
    "warm": "warm rebuild (no change)",
    "add-one": "rebuild after adding 1 article",
    "edit-front-matter": "rebuild after a front-matter edit",
    "serve": "mkdocs serve: drop to page served",
    "bare": "bare MkDocs + Material (baseline)",
}


@dataclass
class Run:
    """One measured build."""

    wall: float  # seconds
    cpu: float  # seconds, user + system, the process and all its children
    peak_rss: int  # bytes
    returncode: int
    warnings: int  # WARNING lines in the build's log
    log: str  # where the build's output is


@dataclass
class SiteStats:
    pages: int  # HTML pages (index.html of each page directory, plus 404.html)
    article_pages: int
    files: int
    bytes: int
    largest_article: int  # bytes of the largest article page
    largest_article_url: str


# --- measuring one process ---------------------------------------------------------------------


def measure(
    args: list[str],
    cwd: Path,
    log_path: Path,
    timeout: float = BUILD_TIMEOUT,
    env_extra: dict[str, str] | None = None,
) -> Run:
    """Run `args` in `cwd` as its own session; its output goes to `log_path`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1", **(env_extra or {})}
    with open(log_path, "wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            args, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

        def stop() -> None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                pass

        sampler = PeakMemory(process.pid)
        killer = threading.Timer(timeout, stop)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:  # interrupted or terminated: the build goes with the benchmark
            stop()
            os.waitpid(process.pid, 0)
            raise
        finally:
            wall = time.perf_counter() - start  # before the sampler's last round
            killer.cancel()
            peak = sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4 above
    text = log_path.read_text(encoding="utf-8", errors="replace")
    warnings = sum(1 for line in text.splitlines() if line.startswith("WARNING"))
    return Run(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        # ru_maxrss is in KiB on Linux: the largest single process, a floor for the tree.
        peak_rss=max(peak, usage.ru_maxrss * 1024),
        returncode=process.returncode,
        warnings=warnings,
        log=str(log_path),
    )


def mkdocs_build(folder: Path, log_path: Path, timings: Path | None = None) -> Run:
    """`mkdocs build` in `folder`; `timings`: where the engine writes its steps' seconds."""
    extra = {TIMINGS_ENV: str(timings)} if timings is not None else None
    return measure([sys.executable, "-m", "mkdocs", "build"], folder, log_path, env_extra=extra)


def read_steps(path: Path) -> dict[str, float]:
    """The seconds of the engine's steps in one build (empty when it wrote none)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# --- the site a build made ---------------------------------------------------------------------


def site_stats(site: Path) -> SiteStats:
    pages = files = size = articles = 0
    largest, largest_url = 0, ""
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        files += 1
        length = path.stat().st_size
        size += length
        if path.name not in ("index.html", "404.html"):
            continue
        pages += 1
        rel = path.relative_to(site).parts
        # An article page: articles/AAAA/MM/slug/index.html or articles/sans-date/slug/index.html
        if rel[0] == "articles" and len(rel) in (4, 5) and (len(rel) == 5 or rel[1] == "sans-date"):
            articles += 1
            if length > largest:
                largest, largest_url = length, "/".join(rel[:-1]) + "/"
    return SiteStats(pages, articles, files, size, largest, largest_url)


# --- the project folders -----------------------------------------------------------------------


def prepare_folder(folder: Path) -> None:
    """An empty folder for the benchmark; an old benchmark folder is emptied, nothing else."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise SystemExit(f"{folder} is not empty and was not made by `manchette bench`")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("made by `manchette bench`; emptied by the next run\n")


def copy_project(project: Project, dest: Path) -> None:
    """The project's configuration and hand-written pages, its engine linked, no articles."""
    dest.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = project.root / part
        if source.is_dir():
            shutil.copytree(source, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, dest / part)
    (dest / "hooks").symlink_to((project.root / "hooks").resolve())
    (dest / "articles").mkdir()


BARE_CONFIG = {
    "site_name": "Manchette (bare MkDocs)",
    "site_url": "http://127.0.0.1:8000/",
    "use_directory_urls": True,
    "theme": {"name": "material", "language": "fr", "features": ["navigation.prune"]},
    "plugins": [],
    "nav": [{"Accueil": "index.md"}],
    "not_in_nav": "/articles/\n",
    "validation": {"nav": {"omitted_files": "ignore"}},
}


def write_bare_project(archive: Project, dest: Path) -> int:
    """The baseline: each article body (as the engine cleaned it) as a plain Markdown page."""
    docs = dest / "docs"
    docs.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(
        yaml.safe_dump(BARE_CONFIG, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    (docs / "index.md").write_text("# Manchette\n\nLa même archive, sans Manchette.\n")
    cache = Cache(archive.cache_file)
    try:
        articles = load_articles(archive, cache).articles
    finally:
        cache.close()
    written = set()
    for article in articles:
        rel = src_path(article.url)
        if rel in written:
            continue
        written.add(rel)
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        title = article.title.replace("\\", "\\\\").replace("#", "\\#")
        path.write_text(f"# {title}\n\n{article.body}", encoding="utf-8")
    return len(written)


# --- the benchmark -----------------------------------------------------------------------------


def run_benchmark(
    n: int,
    project: Project,
    keep: Path | None = None,
    json_path: Path | None = None,
    seed: int = 6,
    compare: Path | None = None,
) -> int:
    """Generate an N-article archive from `project`'s articles, build it six ways, report;
    `compare`: the bench.json of another N, for the growth of the warm rebuild."""
    if n < 1:
        print("N must be at least 1", file=sys.stderr)
        return 2
    samples = read_samples(project.articles, project.layouts)
    if not samples:
        print(f"no sample article in {project.articles}", file=sys.stderr)
        return 2
    other = None
    if compare is not None:
        try:
            other = json.loads(compare.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"{compare}: not a bench.json ({err})", file=sys.stderr)
            return 2
    # `timeout` or a closed terminal: unwind, so that the running build is stopped too.
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    with work_folder(keep, "manchette-bench-") as work:
        report = benchmark(n, project, samples, work, seed)
        if other is not None:
            report["targets"].update(warm_growth(other, report))
        print(format_report(report))
        if keep is not None:
            write_json(report, work / "bench.json")
        if json_path is not None:
            write_json(report, json_path)
        failed = [s for s in STEPS if report["runs"][s]["returncode"] != 0]
        for step in failed:
            print(f"{step} failed: see {report['runs'][step]['log']}", file=sys.stderr)
        return 1 if failed else 0


@contextlib.contextmanager
def work_folder(keep: Path | None, prefix: str) -> Iterator[Path]:
    """`keep` emptied (when it is an old benchmark folder), or a temporary folder removed after."""
    if keep is not None:
        work = keep.resolve()
        prepare_folder(work)
        yield work
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as temporary:
        yield Path(temporary)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def benchmark(n: int, project: Project, samples: list, work: Path, seed: int) -> dict:
    archive = Project(work / "archive")
    bare = work / "bare"
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)

    start = time.perf_counter()
    copy_project(project, archive.root)
    generator, made = write_corpus(archive.articles, samples, n, seed)
    generated = time.perf_counter() - start
    _progress(f"generated {n} articles from {len(samples)} samples in {generated:.1f} s")

    runs: dict[str, Run] = {}
    sites: dict[str, SiteStats] = {}
    steps: dict[str, dict[str, float]] = {}

    def hooked_build(step: str) -> None:
        _progress(f"{STEP_NAMES[step]} ...")
        runs[step] = mkdocs_build(archive.root, logs / f"{step}.log", logs / f"{step}-steps.json")
        steps[step] = read_steps(logs / f"{step}-steps.json")
        sites[step] = site_stats(archive.root / "site")
        _progress(f"  {runs[step].wall:.1f} s")

    shutil.rmtree(archive.work, ignore_errors=True)
    hooked_build("cold")
    hooked_build("warm")

    added, text, extra = generator.article(n)
    (archive.articles / added).write_text(text, encoding="utf-8")
    edit = served = None
    try:
        hooked_build("add-one")
        edit = frontmatter.plan_edit(archive.root / "site", archive.articles, archive.themes_file)
        frontmatter.apply(edit, archive.articles)
        hooked_build("edit-front-matter")
        frontmatter.check(edit, archive.root / "site")

        _progress(f"{STEP_NAMES['serve']} ...")
        name, text, _ = generator.article(n + 1)
        served = measure_serve(
            archive.root, archive.articles, name, text, logs / "serve.log", BUILD_TIMEOUT
        )
        runs["serve"] = serve_run(served, logs / "serve.log")
        _progress(f"  {served.wall:.1f} s (the server's first build: {served.startup:.1f} s)")
    finally:  # the kept archive holds the N articles again
        (archive.articles / added).unlink(missing_ok=True)
        if edit is not None:
            frontmatter.restore(edit, archive.articles)

    _progress(f"{STEP_NAMES['bare']} ...")
    bare_pages = write_bare_project(archive, bare)
    runs["bare"] = mkdocs_build(bare, logs / "bare.log")
    sites["bare"] = site_stats(bare / "site")
    _progress(f"  {runs['bare'].wall:.1f} s")

    return {
        "n": n,
        "seed": seed,
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "system": platform.platform(),
        },
        "generate_seconds": round(generated, 2),
        "samples": [s.name for s in samples],
        "layouts": sorted({g.layout for g in made}),
        "added_article": extra.file,
        "edit_front_matter": {k: v for k, v in asdict(edit).items() if k != "original"},
        "serve": asdict(served),
        "bare_markdown_pages": bare_pages,
        "runs": {s: asdict(runs[s]) for s in STEPS},
        "steps": steps,  # seconds of some engine steps in each hooked build (MANCHETTE_TIMINGS)
        "sites": {s: asdict(sites[s]) for s in sites},  # serve's site is the server's own
        "ratios": {
            s: {
                "wall": _ratio(runs[s].wall, runs["bare"].wall),
                "cpu": _ratio(runs[s].cpu, runs["bare"].cpu),
                "peak_rss": _ratio(runs[s].peak_rss, runs["bare"].peak_rss),
            }
            for s in STEPS
        },
        "targets": targets(runs, sites),
    }


def serve_run(served: Served, log_path: Path) -> Run:
    """The serve step as a run: 0 when the new page was served with its title, and the server
    stopped when asked."""
    text = log_path.read_text(encoding="utf-8", errors="replace")
    return Run(
        wall=served.wall,
        cpu=served.cpu,
        peak_rss=served.peak_rss,
        returncode=0 if served.seen and served.server_exit is not None else 1,
        # the server logs a 404 as a warning: the polls before the page exists are not counted
        warnings=sum(
            1 for line in text.splitlines() if line.startswith("WARNING") and '"GET ' not in line
        ),
        log=str(log_path),
    )


def targets(runs: dict[str, Run], sites: dict[str, SiteStats]) -> dict[str, dict]:
    """The targets of issue 13 at 10,000 articles that one run can check (growth needs two:
    see growth.py); the ratios are to the bare build of the same run."""
    bare = max(runs["bare"].wall, 1e-9)
    peak = max(runs[s].peak_rss for s in (*BUILDS, "serve"))
    largest = max(sites[s].largest_article for s in BUILDS)
    checks = {
        "warm <= 0.5x bare": (runs["warm"].wall / bare, 0.5),
        "add one <= 1.0x bare": (runs["add-one"].wall / bare, 1.0),
        "serve <= 1.0x bare": (runs["serve"].wall / bare, 1.0),
        "edit front matter <= 1.0x bare": (runs["edit-front-matter"].wall / bare, 1.0),
        "cold <= 10 min": (runs["cold"].wall / 60, 10.0),
        "peak memory <= 2 GB": (peak / 1e9, 2.0),
        "article page <= 60 KB": (largest / 1000, 60.0),
    }
    return {
        name: {"value": round(value, 3), "limit": limit, "met": value <= limit}
        for name, (value, limit) in checks.items()
    }


def _ratio(value: float, base: float) -> float | None:
    return round(value / base, 2) if base else None


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def write_json(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def format_report(report: dict) -> str:
    """The table of the runs, what the edit and the server showed, then the targets."""
    runs, sites, ratios = report["runs"], report["sites"], report["ratios"]
    head = (
        f"{'build':<36}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}{'wall/bare':>10}{'CPU/bare':>9}"
        f"{'pages':>8}{'site MB':>9}{'files':>8}{'max article KB':>15}{'warnings':>9}"
    )
    lines = [
        f"Manchette benchmark: N = {report['n']} articles (seed {report['seed']}), "
        f"{report['machine']['cpus']} CPUs, layouts: {', '.join(report['layouts'])}",
        head,
        "-" * len(head),
    ]
    for step in STEPS:
        run, ratio = runs[step], ratios[step]
        site = sites.get(step)  # none for serve: the server builds into its own folder
        made = (
            f"{site['pages']:>8}{site['bytes'] / 1e6:>9.1f}{site['files']:>8}"
            f"{site['largest_article'] / 1000:>15.1f}"
            if site
            else f"{'-':>8}{'-':>9}{'-':>8}{'-':>15}"
        )
        lines.append(
            f"{STEP_NAMES[step]:<36}{run['wall']:>9.1f}{run['cpu']:>9.1f}"
            f"{run['peak_rss'] / 1e6:>9.0f}{ratio['wall']:>10.2f}{ratio['cpu']:>9.2f}"
            f"{made}{run['warnings']:>9}"
        )
    lines.append("")
    lines.extend(change_lines(report))
    lines.extend(quote_lines(report))
    lines.append("Targets (set for N = 10,000; growth compares two runs):")
    for name, check in report["targets"].items():
        mark = "met" if check["met"] else "NOT met"
        lines.append(f"  {name:<34} {check['value']:>10.2f}  {mark}")
    return "\n".join(lines)


def change_lines(report: dict) -> list[str]:
    """What the front-matter edit and the served article showed."""
    edit, served = report["edit_front_matter"], report["serve"]
    return [
        f"front-matter edit: {edit['file']} + actor {edit['actor']!r} + theme {edit['theme']}: "
        + (f"both listed, actor page {edit['actor_page']}" if edit["seen"] else "NOT seen"),
        f"serve: the server's first build {served['startup']:.1f} s; /{served['url']} "
        + ("served with its title" if served["seen"] else "NOT served")
        + f" {served['wall']:.1f} s after the drop",
        "",
    ]


def quote_lines(report: dict) -> list[str]:
    """What quotes cost in each hooked build: finding them (per file, cached with the
    mentions) and resolving their speakers (per build)."""
    lines = []
    for step in ("cold", "warm", "add-one"):
        found = report.get("steps", {}).get(step) or {}
        if "quote_extraction" not in found:
            continue
        wall = report["runs"][step]["wall"]
        extraction = found["quote_extraction"]
        attribution = found.get("quote_attribution", 0.0)
        lines.append(
            f"quotes, {STEP_NAMES[step]}: extraction {extraction:.2f} s "
            f"({100 * extraction / wall:.2f} % of the wall time), "
            f"attribution {attribution:.2f} s ({100 * attribution / wall:.2f} %)"
        )
    return lines + [""] if lines else []


def main(argv: list[str] | None = None) -> int:
    """`python -m manchette_bench.builds N [--keep DIR] [--json FILE] [--seed S]
    [--compare OTHER_BENCH_JSON]`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m manchette_bench.builds", description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    args = parser.parse_args(argv)
    project = Project.find(args.project)
    return run_benchmark(args.n, project, args.keep, args.json, args.seed, args.compare)


if __name__ == "__main__":
    sys.exit(main())
