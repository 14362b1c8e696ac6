"""Actors: NER mentions + the curated registry -> one canonical actor per real person,
organisation or country (placeholder until the actors step is written)."""

from __future__ import annotations

from collections.abc import Callable

from .archive import Archive
from .model import Article
from .project import Project


def extraction_step(
    project: Project,
) -> tuple[Callable[[list[Article]], dict[str, dict]] | None, str]:
    return None, ""


def resolve_actors(archive: Archive, project: Project) -> None:
    """Fill archive.actors and archive.article_actors."""
