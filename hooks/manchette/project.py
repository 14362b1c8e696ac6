"""Where a Manchette archive keeps its things: the folder that holds mkdocs.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .siteconfig import HEADER


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest folder at or above `start` (default: cwd) that holds mkdocs.yml; not the
        tree of `manchette generate` (.manchette/tree/), whose project is further up."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "mkdocs.yml").is_file() and not is_generated(folder / "mkdocs.yml"):
                return cls(folder)
        return cls(here)

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def plugins(self) -> Path:
        return self.root / "site-plugins"

    @property
    def layouts(self) -> Path:
        return self.plugins / "sources"

    @property
    def actors_file(self) -> Path:
        return self.plugins / "actors.yml"

    @property
    def themes_file(self) -> Path:
        return self.plugins / "themes.yml"

    @property
    def work(self) -> Path:
        """Git-ignored folder for generated pages and the cache."""
        return self.root / ".manchette"

    @property
    def build(self) -> Path:
        return self.work / "pages"

    @property
    def tree(self) -> Path:
        """Where `manchette generate` writes the tree for engines without hooks by default."""
        return self.work / "tree"

    @property
    def cache_file(self) -> Path:
        return self.work / "cache.sqlite"


def is_generated(config: Path) -> bool:
    """Whether `config` is the configuration `manchette generate` wrote for its tree."""
    with config.open(encoding="utf-8") as file:
        return file.readline() == HEADER
