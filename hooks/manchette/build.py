"""One build of the archive, independent of MkDocs: files -> Articles -> Archive -> pages.

`generate.py` writes the pages for MkDocs' hooks or for any other engine; the CLI and the tests
call this directly.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .actors import canonical as actors
from .actors import extract
from .archive import Archive, build_archive
from .cache import Cache
from .ingest.pipeline import LoadResult, load_articles
from .linking import links as linking
from .linking import themes
from .linking.textstats import load_stored_stats
from .model import Article, Problem
from .pages import render_pages
from .project import Project

TIMINGS_ENV = "MANCHETTE_TIMINGS"


def extraction_step(
    project: Project,
) -> tuple[Callable[[list[Article]], dict[str, dict]] | None, str]:
    """The per-file NER step and its cache version (see extract.py)."""
    return actors.extraction_step(project)


def enrich_archive(archive: Archive, project: Project) -> None:
    """Resolve actors, assign themes, then link related articles, events and duplicates."""
    linking.find_duplicates(archive)
    actors.resolve_actors(archive, project)
    themes.assign_themes(archive, project)
    linking.link_articles(archive)


@dataclass
class BuildResult:
    archive: Archive
    load: LoadResult
    pages: dict[str, str] = field(default_factory=dict)  # src path -> Markdown
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return self.archive.problems


def load_archive(
    project: Project, use_cache: bool = True, with_nlp: bool = True, drafts: bool = False
) -> tuple[Archive, LoadResult]:
    """Every article of `project`, converted, extracted and cross-linked. Drafts (`draft:
    true`) are left out unless `drafts` (the preview of `mkdocs serve`): then no page, list,
    feed or index of the published site can show one."""
    cache = Cache(project.cache_file if use_cache else None)
    try:
        extract, version = extraction_step(project) if with_nlp else (None, "")
        loaded = load_articles(project, cache, extract, version)
        load_stored_stats(loaded.articles, cache)  # per text, like the per-file results
    finally:
        cache.close()
    if cache.warning:  # the store was set aside and rebuilt: said once, naming the file
        loaded.problems.append(Problem(store_name(project), cache.warning, "warning"))
    kept = [a for a in loaded.articles if drafts or not a.draft]
    archive = build_archive(kept, loaded.problems)
    enrich_archive(archive, project)
    return archive, loaded


def build_pages(project: Project, drafts: bool = False) -> BuildResult:
    """Load the archive and render its generated Markdown pages (`generate.py` writes them)."""
    timings: dict[str, float] = {}
    quotes_before = extract.STATS["quote_seconds"]
    start = time.perf_counter()
    archive, loaded = load_archive(project, drafts=drafts)
    timings["articles"] = time.perf_counter() - start
    timings["quote_extraction"] = extract.STATS["quote_seconds"] - quotes_before
    timings.update(archive.timings)
    start = time.perf_counter()
    pages = render_pages(archive, project)
    timings["pages"] = time.perf_counter() - start
    write_timings(timings)
    return BuildResult(archive, loaded, pages, timings)


def write_timings(timings: dict[str, float]) -> None:
    """MANCHETTE_TIMINGS=FILE: the seconds of the steps above, as JSON (for `manchette bench`)."""
    path = os.environ.get(TIMINGS_ENV)
    if path:
        rounded = {k: round(v, 3) for k, v in timings.items()}
        Path(path).write_text(json.dumps(rounded, indent=1) + "\n", encoding="utf-8")


def project_path(file: str) -> str:
    """Problems name article files relative to articles/, registry files and the store from the
    project."""
    return file if file.startswith(("site-plugins/", ".manchette/")) else f"articles/{file}"


def store_name(project: Project) -> str:
    return project.cache_file.relative_to(project.root).as_posix()


def problem_lines(problems: list[Problem], in_project: bool = False) -> list[str]:
    """One line per problem (notes left out); `in_project`: files named from the project's
    root, as in the build's warnings."""
    return _lines([p for p in problems if p.level != "note"], in_project)


def note_lines(problems: list[Problem], in_project: bool = False) -> list[str]:
    """One line per note: fields not found or only guessed (they never fail a build)."""
    return _lines([p for p in problems if p.level == "note"], in_project)


def _lines(problems: list[Problem], in_project: bool) -> list[str]:
    name = project_path if in_project else str
    ordered = sorted(problems, key=lambda p: (p.file, p.reason))
    return [f"{name(p.file)}: {p.reason}" for p in ordered]
