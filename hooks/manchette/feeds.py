"""Atom feeds: the whole archive, one per actor, one per theme (placeholder)."""

from __future__ import annotations

from pathlib import Path

from .archive import Archive


def write_feeds(archive: Archive, site_dir: Path, site_url: str) -> None:
    """Write the feeds under `site_dir`."""
