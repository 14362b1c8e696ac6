"""The project's mkdocs.yml read without MkDocs, and the same configuration without the hooks.

Engines that build a generated tree (`manchette generate`) read an mkdocs.yml too, but they get
one that names no hooks, with the tree's own folders. Tags such as `!ENV` are kept as written
(the engine resolves them when it builds); `site_url` resolves `!ENV` here for the post-build
steps, the way MkDocs does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HEADER = "# Written by `manchette generate` from the project's mkdocs.yml: edit that one instead.\n"
DEFAULT_SITE_URL = "/"


@dataclass(frozen=True)
class Tagged:
    """A tagged YAML value (`!ENV [NAME, default]`, `!!python/name:...`) kept for writing back."""

    tag: str
    value: Any


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.SequenceNode):
        value: Any = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return Tagged(node.tag, value)


def _represent(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    """Text of several lines (`not_in_nav`) as a block, as it is written in mkdocs.yml."""
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Loader.add_multi_constructor("!", _construct)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct)
_Dumper.add_representer(Tagged, _represent)
_Dumper.add_representer(str, _represent_text)


def load_config(path: Path) -> dict[str, Any]:
    return parse_config(path.read_text(encoding="utf-8"))


def parse_config(text: str) -> dict[str, Any]:
    return yaml.load(text, Loader=_Loader) or {}


def env_value(value: Any) -> Any:
    """`!ENV NAME` or `!ENV [NAME..., default]`: the first variable set, else the default."""
    if not isinstance(value, Tagged) or value.tag != "!ENV":
        return value
    names, default = value.value, None
    if not isinstance(names, list):
        names = [names]
    elif len(names) > 1:
        names, default = names[:-1], names[-1]
    for name in names:
        if str(name) in os.environ:
            return yaml.safe_load(os.environ[str(name)])  # typed as YAML, as MkDocs does
    return default


def site_url(config: dict[str, Any]) -> str:
    url = env_value(config.get("site_url"))
    return str(url) if url else DEFAULT_SITE_URL


def hookless_config(config: dict[str, Any], nav_path) -> dict[str, Any]:
    """The configuration for the generated tree: no hooks, its own docs/ and overrides/, and
    the nav's pages where the tree puts them (`nav_path`: docs path -> tree path)."""
    out: dict[str, Any] = {"docs_dir": "docs", "site_dir": "site"}
    out.update((key, value) for key, value in config.items() if key != "hooks")
    out.update(docs_dir="docs", site_dir="site")
    theme = out.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        out["theme"] = {**theme, "custom_dir": "overrides"}
    if "nav" in out:
        out["nav"] = _nav(out["nav"], nav_path)
    out["plugins"] = _without_builtin_search(out.get("plugins"))
    return out


def _without_builtin_search(plugins: Any) -> Any:
    """MkDocs runs only the plugins named, Zensical its search whatever is named: say it is off
    (the search is Pagefind's) unless the project names it."""
    if plugins is None:
        plugins = []
    if not isinstance(plugins, list):
        return plugins
    named = {next(iter(p)) if isinstance(p, dict) else p for p in plugins}
    if named & {"search", "material/search"}:
        return plugins
    return [*plugins, {"search": {"enabled": False}}]


def _nav(item: Any, nav_path) -> Any:
    if isinstance(item, list):
        return [_nav(entry, nav_path) for entry in item]
    if isinstance(item, dict):
        return {title: _nav(entry, nav_path) for title, entry in item.items()}
    if isinstance(item, str) and item.endswith(".md") and "://" not in item:
        return nav_path(item)
    return item


def dump_config(config: dict[str, Any]) -> str:
    text = yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return HEADER + text
