"""Corpus-level steps added to an Archive, in order. Each step lives in its own module."""

from __future__ import annotations

from collections.abc import Callable

from . import actors, linking, themes
from .archive import Archive
from .model import Article
from .project import Project


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
