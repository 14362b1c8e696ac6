"""Links between articles: duplicates, related articles, same-event groups (placeholder)."""

from __future__ import annotations

from .archive import Archive


def find_duplicates(archive: Archive) -> None:
    """Fill archive.duplicate_of (duplicate id -> original id) and report each duplicate."""


def link_articles(archive: Archive) -> None:
    """Fill archive.related and archive.events."""
