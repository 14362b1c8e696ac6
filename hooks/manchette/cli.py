"""The `manchette` command: add a page, show what a file becomes, check the archive, run the
benchmark."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .add import add_command
from .archive import build_archive
from .build import enrich_archive, extraction_step, load_archive, note_lines, problem_lines
from .cache import Cache
from .explain import explain_file
from .fetch import MAX_BYTES, TIMEOUT
from .generate import generate_command
from .ingest.convert import convert_file_with_problems
from .ingest.layouts import load_layouts
from .ingest.pipeline import add_extraction
from .model import Article, Problem
from .pages.article import article_meta
from .pages.common import front_matter
from .project import Project
from .projectfiles import Refused, read_file
from .publish.archive_json import article_fields
from .publish.postbuild import publish_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="manchette", description=__doc__)
    parser.add_argument("--project", type=Path, default=None, help="folder holding mkdocs.yml")
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print the page generated from FILE (or JSON with --json)")
    show.add_argument("--json", action="store_true", help="one JSON object per file")
    show.add_argument(
        "--explain",
        action="store_true",
        help="every dropped line with its rule, and where each field came from",
    )
    show.add_argument("files", nargs="+", type=Path)
    check = sub.add_parser("check", help="list every problem of the archive; non-zero if any")
    check.add_argument("folder", nargs="?", type=Path, default=None)
    generate = sub.add_parser("generate", help="write the docs tree and a config without hooks")
    generate.add_argument("folder", nargs="?", type=Path, help="default: .manchette/tree")
    generate.add_argument("--strict", action="store_true", help="non-zero if any problem")
    generate.add_argument(
        "--drafts", action="store_true", help="include `draft: true` articles (a preview)"
    )
    publish = sub.add_parser("publish", help="archive.json, feeds and search index of a built SITE")
    publish.add_argument("site", type=Path)
    publish.add_argument("--site-url", default=None, help="default: site_url of mkdocs.yml")
    add = sub.add_parser(
        "add", help="download each URL (or read standard input, for -) into a file of articles/"
    )
    add.add_argument("sources", nargs="+", metavar="URL", help="a page's address, or - for stdin")
    add.add_argument(
        "--dry-run", action="store_true", help="show what would be added; write nothing"
    )
    add.add_argument(
        "--timeout", type=float, default=TIMEOUT, help=f"seconds (default {TIMEOUT:g})"
    )
    add.add_argument(
        "--max-size", type=float, default=MAX_BYTES / 1024 / 1024, help="MB (default %(default)g)"
    )
    bench = sub.add_parser("bench", help="measure builds on a generated N-article archive")
    bench.add_argument("n", type=int)
    bench.add_argument("--keep", type=Path, default=None, help="keep the generated archive here")
    bench.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    bench.add_argument(
        "--hostile", action="store_true", help="N files, half of them hostile or broken"
    )
    bench.add_argument(
        "--compare",
        type=Path,
        default=None,
        metavar="OTHER_BENCH_JSON",
        help="the bench.json of another N: add the growth of the warm rebuild to the targets",
    )
    args = parser.parse_args(argv)
    project = Project.find(args.project)
    if args.command == "show" and args.explain:
        layouts = load_layouts(project.layouts)
        for path in args.files:
            sys.stdout.write(explain_file(path, layouts))
        return 0
    if args.command == "show":
        return show_files(project, args.files, args.json)
    if args.command == "check":
        return check_folder(project, args.folder)
    if args.command == "generate":
        return generate_command(project, args.folder, args.strict, args.drafts)
    if args.command == "publish":
        return publish_command(project, args.site, args.site_url)
    if args.command == "add":
        max_bytes = int(args.max_size * 1024 * 1024)
        return add_command(project, args.sources, args.dry_run, args.timeout, max_bytes)
    if args.command == "bench" and args.hostile:
        from manchette_bench.hostile import run_hostile

        return run_hostile(args.n, project, args.keep, args.json)
    if args.command == "bench":
        from manchette_bench.builds import run_benchmark

        return run_benchmark(args.n, project, args.keep, args.json, compare=args.compare)
    return 2


def convert_paths(
    project: Project, paths: list[Path]
) -> list[tuple[str, Article | None, list[Problem]]]:
    layouts = load_layouts(project.layouts)
    results = []
    for path in paths:
        name = path.name
        try:  # a file named on the command line may be anywhere, but not a FIFO or a book
            data = read_file(path, path.resolve().parent)
        except OSError as err:
            reason = str(err) if isinstance(err, Refused) else f"cannot be read: {err.strerror}"
            results.append((name, None, [Problem(name, reason, "error")]))
            continue
        article, problems = convert_file_with_problems(name, data, layouts)
        results.append((name, article, problems))
    return results


def show_files(project: Project, paths: list[Path], as_json: bool) -> int:
    """Each file on its own, seen as if it were the only article of the archive."""
    results = convert_paths(project, paths)
    articles = [a for _, a, _ in results if a is not None]
    extract, version = extraction_step(project)
    if extract is not None and articles:
        cache = Cache(project.cache_file)
        try:
            articles, _ = add_extraction(articles, cache, extract, version)
        finally:
            cache.close()
    archive = build_archive(articles)
    enrich_archive(archive, project)
    by_file = {a.file: archive.articles.get(a.id, a) for a in articles}
    output = []
    failed = False
    for name, article, problems in results:
        errors = [p.reason for p in problems if p.level == "error"]
        warnings = [p.reason for p in problems if p.level == "warning"]
        notes = [p.reason for p in problems if p.level == "note"]
        warnings += [
            p.reason
            for p in archive.problems
            if p.file == name and p.level != "note" and p.reason not in warnings + notes
        ]
        failed = failed or bool(errors)
        if article is None:
            if as_json:
                output.append({"file": name, "warnings": warnings, "errors": errors})
            else:
                print(f"{name}: " + "; ".join(errors + warnings), file=sys.stderr)
            continue
        article = by_file[name]
        if as_json:
            item = article_fields(article, archive)
            item["body"] = article.body
            item["warnings"] = warnings
            item["errors"] = errors
            item["notes"] = notes
            output.append(item)
        else:
            for reason in warnings:
                print(f"{name}: {reason}", file=sys.stderr)
            sys.stdout.write(front_matter(article_meta(article, archive), article.body))
    if as_json:
        json.dump(output, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0


def check_folder(project: Project, folder: Path | None) -> int:
    """List every problem of the archive (or of another folder of articles)."""
    if folder is not None:
        project = (
            Project(project.root)
            if folder.resolve() == project.articles.resolve()
            else _with_articles(project, folder)
        )
    archive, loaded = load_archive(project)
    lines = problem_lines(archive.problems)
    for line in lines:
        print(line)
    notes = note_lines(archive.problems)
    for line in notes:
        print(f"note: {line}")
    drafts = sorted((a for a in loaded.articles if a.draft), key=lambda a: a.file)
    for draft in drafts:  # kept out of the published site: listed so none is forgotten
        print(f"draft: {draft.file}: {draft.title} (shown only by `mkdocs serve`)")
    count = len(archive.published())
    print(
        f"{count} article(s), {len(lines)} problem(s), {len(notes)} note(s), "
        f"{len(drafts)} draft(s)",
        file=sys.stderr,
    )
    return 1 if lines else 0  # notes (a field not found) never fail the check


def _with_articles(project: Project, folder: Path) -> Project:
    """A project whose articles are in `folder` (layouts and registries stay the project's)."""

    class FolderProject(Project):
        @property
        def articles(self) -> Path:
            return folder.resolve()

        @property
        def work(self) -> Path:
            return folder.resolve() / ".manchette"

    return FolderProject(project.root)


if __name__ == "__main__":
    sys.exit(main())
