"""Themes: the taxonomy of site-plugins/themes.yml -> themes of each article (placeholder)."""

from __future__ import annotations

from .archive import Archive
from .project import Project


def assign_themes(archive: Archive, project: Project) -> None:
    """Fill archive.themes and archive.article_themes."""
