"""The second front door, once an engine has rendered the site: archive.json, the feeds and the
search index. MkDocs' hooks call it at the end of the build with the archive they generated
from; `manchette publish SITE` calls it after any other engine, and loads the archive again
(from the cache: no article is read twice)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from ..archive import Archive
from ..build import load_archive
from ..logs import counting_warnings
from ..pages.siteinfo import site_info
from ..project import Project
from ..siteconfig import load_config, site_url
from .archive_json import archive_data
from .feeds import write_feeds
from .search import index_site


def publish(
    project: Project,
    site_dir: Path,
    url: str,
    log: logging.Logger,
    archive: Archive | None = None,
) -> None:
    if archive is None:
        archive, _ = load_archive(project)
    data = archive_data(archive, url, site_info(project))
    (site_dir / "archive.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_feeds(archive, site_dir, url)
    index_site(site_dir, log, project.work / "search")


def publish_command(project: Project, site: Path, url: str | None) -> int:
    """`manchette publish SITE`: non-zero when SITE is not a built site or a step warned."""
    if not (site / "index.html").is_file():
        print(f"manchette publish: {site} has no index.html: build the site first", file=sys.stderr)
        return 2
    log = logging.getLogger("manchette.publish")
    log.setLevel(logging.INFO)
    said = logging.StreamHandler(sys.stderr)
    said.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.addHandler(said)
    try:
        with counting_warnings(log) as warnings:
            publish(project, site, url or site_url(load_config(project.config_file)), log)
    finally:
        log.removeHandler(said)
    return 1 if warnings.count else 0
