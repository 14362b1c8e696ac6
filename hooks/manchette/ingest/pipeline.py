"""The per-file half of the data flow: every file of articles/ -> Article, cached.

Conversion (layouts + Markdown) and extraction (NER) are cached separately: editing a layout
re-converts files, but NER only runs again on a body that changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import PIPELINE_VERSION
from ..cache import Cache
from ..model import Article, Problem
from ..project import Project
from ..projectfiles import Listing, Refused, list_files, read_file
from .convert import convert_file_with_problems
from .layouts import Layout, layouts_version, load_layouts
from .read import is_article_name
from .recurring import candidates, recurring_drops, without


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    converted: int = 0  # files converted in this run (cache misses)
    extracted: int = 0  # articles that went through NER in this run


def article_files(folder: Path) -> list[Path]:
    """The article files of `folder` and its subfolders, sorted (ignores hidden files and the
    folders of a saved web page)."""
    return _not_in_saved_pages(folder, list_files(folder, folder.parent, is_article_name).files)


def _not_in_saved_pages(folder: Path, files: list[Path]) -> list[Path]:
    return [
        p
        for p in files
        if not any(is_saved_page_folder(folder / d) for d in p.relative_to(folder).parents[:-1])
    ]


def refused_files(project: Project, articles: Listing) -> list[Problem]:
    """Links out of the project and special files in articles/ and site-plugins/: not read."""
    plugins = list_files(project.plugins, project.root, lambda name: True)
    return [
        Problem(path.relative_to(folder).as_posix(), reason, "error")
        for folder, listing in ((project.articles, articles), (project.root, plugins))
        for path, reason in listing.refused
    ]


def reading_root(project: Project) -> Path:
    """Nothing is read outside the project, or outside the folder of articles given to
    `manchette check DIR` when that folder lies elsewhere."""
    articles = project.articles.resolve()
    return project.root if articles.is_relative_to(project.root.resolve()) else articles


def is_saved_page_folder(path: Path) -> bool:
    """`Page_files/` (`Page_fichiers/` in a French browser) beside `Page.html`: the images,
    scripts and frames a browser saves with a page, never articles."""
    stem, sep, _ = path.name.rpartition("_")
    if not sep or not stem:
        return False
    return any((path.parent / f"{stem}{suffix}").is_file() for suffix in (".html", ".htm"))


def load_articles(
    project: Project,
    cache: Cache | None = None,
    extract: Callable[[list[Article]], dict[str, dict]] | None = None,
    extract_version: str = "",
) -> LoadResult:
    """Convert every article file of `project` (from the cache when unchanged).

    `extract(articles)` returns, for each article id, the fields NER adds (see extract.py);
    its results are cached under the body's hash + `extract_version`.
    """
    cache = cache or Cache(None)
    result = LoadResult()
    layouts = load_layouts(project.layouts)
    version = f"{PIPELINE_VERSION}:{layouts_version(project.layouts)}"
    root = reading_root(project)
    listing = list_files(project.articles, root, is_article_name)
    result.problems.extend(refused_files(project, listing))
    entries = []
    for path in _not_in_saved_pages(project.articles, listing.files):
        name = path.relative_to(project.articles).as_posix()
        try:
            data = read_file(path, root)
        except Refused as refused:
            result.problems.append(Problem(name, str(refused), "error"))
            continue
        except FileNotFoundError:
            continue  # removed while the build ran: the next build, which that starts, agrees
        except OSError as err:
            result.problems.append(Problem(name, f"cannot be read: {err.strerror}", "error"))
            continue
        key = "convert:" + version + ":" + hashlib.sha256(name.encode() + b"\0" + data).hexdigest()
        entries.append((name, data, key))

    cached = cache.get_many(key for _, _, key in entries)
    fresh = {}
    converted: list[Article] = []
    shorts = []  # each article's candidate boilerplate lines, stored with its conversion
    convert_keys = []  # each article's key in the store
    for name, data, key in entries:
        if key in cached:
            article, problems, short = cached[key]
        else:
            article, problems = convert_safely(name, data, layouts)
            short = candidates(article.body) if article is not None else ()
            fresh[key] = (article, problems, short)
            result.converted += 1
        result.problems.extend(problems)
        if article is not None:
            converted.append(article)
            shorts.append(short)
            convert_keys.append(key)
    cache.put_many(fresh)

    # the archive's own boilerplate, before NER
    converted = _drop_recurring(converted, shorts, convert_keys, cache)
    if extract is not None:
        converted, result.extracted = add_extraction(converted, cache, extract, extract_version)
    result.articles = converted
    return result


def _drop_recurring(
    articles: list[Article], shorts: list, keys: list[str], cache: Cache
) -> list[Article]:
    """`drop_recurring_lines`, with each cut article kept in the store under its conversion
    key and the paragraphs cut: an unchanged archive re-counts lines but rewrites no text."""
    drops = recurring_drops(articles, shorts)
    wanted = {
        i: f"recurring:{keys[i]}:{','.join(map(str, sorted(dropped)))}"
        for i, dropped in enumerate(drops)
        if dropped
    }
    stored = cache.get_many(set(wanted.values()))
    fresh = {}
    done = list(articles)
    for i, key in wanted.items():
        if key not in stored:
            stored[key] = fresh[key] = without(articles[i], drops[i])
        done[i] = stored[key]
    cache.put_many(fresh)
    return done


def convert_safely(
    name: str, data: bytes, layouts: list[Layout]
) -> tuple[Article | None, list[Problem]]:
    """A bug met on one file is reported against that file; the others still build."""
    try:
        return convert_file_with_problems(name, data, layouts)
    except Exception as err:
        return None, [
            Problem(name, f"could not be converted ({type(err).__name__}: {err})", "error")
        ]


def add_extraction(
    articles: list[Article],
    cache: Cache,
    extract: Callable[[list[Article]], dict[str, dict]],
    extract_version: str,
) -> tuple[list[Article], int]:
    def key(article: Article) -> str:
        digest = hashlib.sha256((article.language + "\0" + article.body).encode()).hexdigest()
        return f"extract:{extract_version}:{digest}"

    keys = {a.id: key(a) for a in articles}
    cached = cache.get_many(set(keys.values()))
    missing = [a for a in articles if keys[a.id] not in cached]
    if missing:
        found = extract(missing)
        fresh = {keys[a.id]: found[a.id] for a in missing if a.id in found}
        cache.put_many(fresh)
        cached.update(fresh)
    done = []
    for article in articles:
        fields = cached.get(keys[article.id])
        done.append(dataclasses.replace(article, **fields) if fields else article)
    return done, len(missing)
