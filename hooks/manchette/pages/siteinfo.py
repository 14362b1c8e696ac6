"""What the pages say about the site itself: its name, description, interface language and
public address, read once per build from mkdocs.yml.

Link previews, structured data and citations need absolute addresses: they are built from
`site_url` (so `MANCHETTE_SITE_URL`) when it is an absolute http(s) URL, and left out when it
is not (a relative `site_url`, or none): a wrong absolute address is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from ..project import Project
from ..siteconfig import env_value, load_config, site_url

DEFAULT_NAME = "Manchette"


@dataclass(frozen=True)
class Site:
    name: str = DEFAULT_NAME
    description: str = ""
    language: str = "fr"  # the interface's (theme.language), not the articles'
    base: str | None = None  # absolute URL of the site's root, ending with "/"

    def absolute(self, url: str) -> str | None:
        """The public address of a site-relative URL, or None without an absolute site_url."""
        return None if self.base is None else self.base + url


def site_info(project: Project) -> Site:
    try:
        config = load_config(project.config_file)
    except (OSError, yaml.YAMLError):
        return Site()
    theme = config.get("theme")
    language = theme.get("language") if isinstance(theme, dict) else None
    base = site_url(config)
    if not base.startswith(("http://", "https://")):
        base = None
    elif not base.endswith("/"):
        base += "/"
    return Site(
        name=str(env_value(config.get("site_name")) or DEFAULT_NAME),
        description=str(env_value(config.get("site_description")) or ""),
        language=str(env_value(language) or "fr"),
        base=base,
    )
