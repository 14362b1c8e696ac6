"""Corpus-level steps added to an Archive: actors, themes, links. Each lives in its own module."""

from __future__ import annotations

from collections.abc import Callable

from .archive import Archive
from .model import Article
from .project import Project


def extraction_step(project: Project) -> tuple[Callable[[list[Article]], dict[str, dict]] | None, str]:
    """The per-file NER step and its version (None until actors are extracted)."""
    return None, ""


def enrich_archive(archive: Archive, project: Project) -> None:
    """Resolve actors, assign themes, link related articles, events and duplicates."""
