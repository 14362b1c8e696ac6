"""Full-text search: the Pagefind index of the built site (placeholder)."""

from __future__ import annotations

import logging
from pathlib import Path


def index_site(site_dir: Path, log: logging.Logger) -> None:
    """Index the article pages of `site_dir` with Pagefind."""
