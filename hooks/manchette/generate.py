"""The first front door: the archive's pages, written for whichever engine renders them.

For MkDocs and ProperDocs, whose hooks add them to the files of docs/, the generated pages go
under `.manchette/pages/`. For an engine that runs no hooks (Zensical, which reads mkdocs.yml
but ignores `hooks:`), `manchette generate DIR` writes the complete tree: DIR/docs (the
hand-written docs/ and every generated page), DIR/overrides and DIR/mkdocs.yml, the project's
configuration without hooks. Everything a page shows is in its Markdown; the rest is the
Python-Markdown extension `manchette.pages.rawhtml` and the templates of overrides/.

In the tree each page is the index.md of its own folder (`a/b.md` -> `a/b/index.md`), so that
the folder of the source is the URL of the page: a relative link then means the same whether
the engine reads it from the page's URL (MkDocs) or from its source file (Zensical rewrites
every relative link of a page that way).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

from .build import BuildResult, build_pages, note_lines, problem_lines
from .project import Project, is_generated
from .publish.writer import sync_folder
from .siteconfig import dump_config, hookless_config, load_config


class TreeRefused(Exception):
    """DIR holds something that `manchette generate` did not write: it is left alone."""


def generate(project: Project, tree: Path | None = None, drafts: bool = False) -> BuildResult:
    """Render the archive; write its pages under `project.build`, or the whole tree at `tree`.
    `drafts`: the articles marked `draft: true` too (a preview, never the published site)."""
    if tree is not None:
        check_tree(project, tree)
    result = build_pages(project, drafts)
    if tree is None:
        sync_folder(project.build, result.pages)
    else:
        write_tree(project, result.pages, tree)
    return result


def tree_path(src: str) -> str:
    """Where a page of docs/ goes in the tree: the index.md of its URL's folder."""
    path = PurePosixPath(src)
    if path.suffix != ".md" or path.name == "index.md":
        return src
    return str(path.with_suffix("") / "index.md")


def check_tree(project: Project, tree: Path) -> None:
    """Only a new or empty folder, or a tree written before, is (re)written."""
    tree = tree.resolve()
    config = tree / "mkdocs.yml"
    if config.is_file():
        if is_generated(config):
            return
        raise TreeRefused(f"{tree} has an mkdocs.yml that `manchette generate` did not write")
    if tree == project.root.resolve() or (tree.is_dir() and any(tree.iterdir())):
        raise TreeRefused(f"{tree} is not empty: give a new folder")


def write_tree(project: Project, pages: dict[str, str], tree: Path) -> None:
    config = load_config(project.config_file)
    files: dict[str, str | bytes] = dict(
        _folder_files(project.root / config.get("docs_dir", "docs"))
    )
    for src, text in pages.items():  # a generated page takes the place of a hand-written one
        files[src] = text
    sync_folder(tree / "docs", {tree_path(src): content for src, content in files.items()})
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if custom:
        sync_folder(tree / "overrides", dict(_folder_files(project.root / custom)))
    text = dump_config(hookless_config(config, tree_path))
    (tree / "mkdocs.yml").write_text(text, encoding="utf-8")


def _folder_files(folder: Path):
    """(relative path, bytes) of every file below `folder`, leaving out hidden ones (as MkDocs
    does)."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            yield rel.as_posix(), path.read_bytes()


def generate_command(
    project: Project, folder: Path | None, strict: bool, drafts: bool = False
) -> int:
    """`manchette generate [DIR]`: the tree, its problems on stderr (as build warnings)."""
    tree = folder if folder is not None else project.tree
    try:
        result = generate(project, tree, drafts)
    except TreeRefused as refused:
        print(f"manchette generate: {refused}", file=sys.stderr)
        return 2
    lines = problem_lines(result.problems, in_project=True)
    for line in lines:
        print(f"WARNING: {line}", file=sys.stderr)
    for line in note_lines(result.problems, in_project=True):
        print(f"note: {line}", file=sys.stderr)  # as the build says them: never a failure
    shown = Path(os.path.relpath(tree)) if tree.resolve().is_relative_to(Path.cwd()) else tree
    here = "" if Project.find() == project else f" --project {project.root}"
    print(
        f"{len(result.pages)} generated page(s) in {shown / 'docs'}, {len(lines)} problem(s); "
        f"then: zensical build -f {shown / 'mkdocs.yml'} && "
        f"manchette{here} publish {shown / 'site'}",
        file=sys.stderr,
    )
    return 1 if strict and lines else 0
