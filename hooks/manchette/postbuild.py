"""After MkDocs has rendered the site: archive.json (later: feeds and the search index)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .archive_json import archive_data
from .build import BuildResult
from .project import Project


def post_build(result: BuildResult, project: Project, config, log: logging.Logger) -> None:
    site_dir = Path(config.site_dir)
    data = archive_data(result.archive, config.site_url or "/")
    (site_dir / "archive.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
