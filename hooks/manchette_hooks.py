"""MkDocs events -> the Manchette engine (hooks/manchette/). Named under `hooks:` in mkdocs.yml.

Only glue lives here: the engine's two front doors, `generate` (the pages) and `publish` (the
post-build steps), are the ones `manchette generate` and `manchette publish` open for engines
without hooks. What stays here is MkDocs' own: its files, the HTML kept between builds, memory,
and what `mkdocs serve` watches.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, set_exclusions

# The engine sits beside this file; make it importable even when the package is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from manchette.build import BuildResult, note_lines, problem_lines  # noqa: E402
from manchette.generate import generate  # noqa: E402
from manchette.project import Project  # noqa: E402
from manchette.publish.htmlcache import PageHtmlCache  # noqa: E402
from manchette.publish.keptfiles import keep_out, sitemap_pages  # noqa: E402
from manchette.publish.postbuild import publish  # noqa: E402
from manchette.publish.renderedpages import RenderedPages  # noqa: E402

# Under "mkdocs." so that `mkdocs build --strict` counts our warnings.
log = logging.getLogger("mkdocs.plugins.manchette")

_state: dict[str, object] = {}


def _project(config: MkDocsConfig) -> Project:
    return Project(Path(config.config_file_path).resolve().parent)


def on_startup(command: str, dirty: bool) -> None:
    """`mkdocs serve` previews drafts (`draft: true`); `build` and `gh-deploy` publish without."""
    _state["drafts"] = command == "serve"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    project = _project(config)
    result = generate(project, drafts=bool(_state.get("drafts")))
    _state["result"] = result
    _close_html_cache()
    _close_rendered_pages(completed=False)
    _state["html"] = html = PageHtmlCache(project.cache_file, config)
    if html.warning:  # the engine's own store opened fine, this one did not
        log.warning("%s: %s", project.cache_file.relative_to(project.root), html.warning)
    for line in problem_lines(result.problems, in_project=True):
        log.warning("%s", line)
    for line in note_lines(result.problems, in_project=True):
        log.info("note: %s", line)  # a field not found: worth a look, never a failed build
    for rel_path in result.pages:
        existing = files.get_file_from_path(rel_path)
        if existing is not None:
            files.remove(existing)
        files.append(File(rel_path, str(project.build), config.site_dir, config.use_directory_urls))
    set_exclusions(files, config)  # which pages are in the nav, before MkDocs does it
    _state["rendered"] = rendered = RenderedPages(project.cache_file, config, result.pages)
    kept = rendered.restore(files, Path(__file__).resolve().parent)
    html.still_used(kept)  # not converted this time, but their conversions stay true
    return keep_out(files, kept)


def on_pre_page(page, config: MkDocsConfig, files: Files):
    """A generated page whose Markdown did not change gets its HTML from the last build."""
    result, cache = _state.get("result"), _state.get("html")
    if isinstance(cache, PageHtmlCache) and isinstance(result, BuildResult):
        if page.file.src_uri in result.pages:
            cache.attach(page)
    return page


def _close_html_cache() -> None:
    cache = _state.pop("html", None)
    if isinstance(cache, PageHtmlCache):
        cache.close()


def on_env(env, config: MkDocsConfig, files: Files):
    _state["files"] = files  # the files MkDocs builds from, stand-ins of kept pages included
    return env


def on_template_context(context, template_name: str, config: MkDocsConfig):
    """The sitemap lists every page, those MkDocs did not build included."""
    files = _state.get("files")
    if template_name == "sitemap.xml" and isinstance(files, Files):
        context["pages"] = sitemap_pages(files, config)
    return context


def _close_rendered_pages(completed: bool) -> None:
    rendered = _state.pop("rendered", None)
    _state.pop("files", None)
    if isinstance(rendered, RenderedPages):
        rendered.close(completed)
        if completed:
            log.info(
                "Manchette: %d generated pages rendered, %d kept from the last build "
                "(written as they were, not given to MkDocs)",
                rendered.rendered,
                len(rendered.kept),
            )


def on_build_error(error: Exception) -> None:
    _close_html_cache()
    _close_rendered_pages(completed=False)


def on_serve(server, config: MkDocsConfig, builder):
    """`mkdocs serve` rebuilds when an article or a site plugin changes."""
    project = _project(config)
    for folder in (project.articles, project.plugins):
        if folder.exists():
            server.watch(str(folder))
    return server


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """MkDocs keeps every page in memory until the end of the build; the Markdown source of a
    page is no longer needed once it is HTML, and on a large archive it weighs gigabytes."""
    page.markdown = ""
    return html


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """The page is rendered (MkDocs writes `output`, and the store keeps it for the next build):
    its HTML body is no longer needed either, which leaves memory to the search indexer that
    runs after the build."""
    rendered = _state.get("rendered")
    if isinstance(rendered, RenderedPages):
        rendered.store(page, output)
    page.content = ""
    return output


def on_post_build(config: MkDocsConfig) -> None:
    _close_rendered_pages(completed=True)
    _close_html_cache()
    result = _state.get("result")
    if isinstance(result, BuildResult):
        publish(
            _project(config), Path(config.site_dir), config.site_url or "/", log, result.archive
        )
