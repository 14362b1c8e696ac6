"""After MkDocs has rendered the site: archive.json, the feeds and the search index."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ..build import BuildResult
from ..project import Project
from .archive_json import archive_data
from .feeds import write_feeds
from .search import index_site


def post_build(result: BuildResult, project: Project, config, log: logging.Logger) -> None:
    site_dir = Path(config.site_dir)
    site_url = config.site_url or "/"
    data = archive_data(result.archive, site_url)
    (site_dir / "archive.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_feeds(result.archive, site_dir, site_url)
    index_site(site_dir, log, project.work / "search")
