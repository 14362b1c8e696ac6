"""Source layouts: the site plugins in `site-plugins/sources/`, one module per website layout.

A layout module defines:

    NAME = "mysite"                          # short identifier, shown in `manchette check`
    def detect(doc: SourceText) -> float     # 0..1: how sure it is that `doc` has its layout
    def read(doc: SourceText) -> SourceResult  # header fields + body lines, junk removed

The layout with the highest score reads the file; `generic` (always present) is the fallback.
Detection looks at the text only, never at the file name.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import yaml

from ..model import Problem, SourceResult
from ..projectfiles import is_plugin_file
from .interface import Lexicon, load_lexicon, use_lexicon
from .sourcekit import SourceText

FALLBACK = "generic"
MIN_SCORE = 0.5  # below this, the generic layout reads the file
LEXICON = "interface.yml"  # beside the sources folder: the interface words of web pages


@dataclass(frozen=True)
class Layout:
    name: str
    module: ModuleType
    lexicon: Lexicon = Lexicon()  # the interface words of the project the layout came from

    def detect(self, doc: SourceText) -> float:
        return float(self.module.detect(doc))

    def read(self, doc: SourceText) -> SourceResult:
        return self.module.read(doc)


class LayoutError(Exception):
    pass


def load_layouts(folder: Path) -> list[Layout]:
    """Import every layout module of `folder` (files starting with "_" are helpers), and put
    the project's interface lexicon in place for them."""
    try:
        lexicon = load_lexicon(folder.parent / LEXICON)
    except (OSError, ValueError, yaml.YAMLError) as err:
        raise LayoutError(f"{folder.parent / LEXICON}: {err}") from err
    use_lexicon(lexicon)
    layouts = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_") or not is_plugin_file(path):
            continue
        module_name = f"manchette_layout_{path.stem}"
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise LayoutError(f"{path}: cannot be imported")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
        for attribute in ("NAME", "detect", "read"):
            if not hasattr(module, attribute):
                raise LayoutError(f"{path}: a source layout must define {attribute}")
        layouts.append(Layout(module.NAME, module, lexicon))
    if not any(layout.name == FALLBACK for layout in layouts):
        raise LayoutError(f"{folder}: the '{FALLBACK}' layout is missing")
    return layouts


def layouts_version(folder: Path) -> str:
    """A hash of the layout sources and the lexicon, so that editing either invalidates the
    cache."""
    digest = hashlib.sha256()
    for path in [*sorted(folder.glob("*.py")), folder.parent / LEXICON]:
        if not is_plugin_file(path):
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read_with_best_layout(
    layouts: list[Layout], doc: SourceText, problems: list[Problem]
) -> SourceResult:
    """Read `doc` with the layout that recognises it best; a failing layout falls back."""
    fallback = next(layout for layout in layouts if layout.name == FALLBACK)
    use_lexicon(fallback.lexicon)  # these layouts' project, whatever was loaded since
    scored = []
    for layout in layouts:
        if layout is fallback:
            continue
        try:
            score = layout.detect(doc)
        except Exception as err:  # a broken plugin must not stop the archive
            problems.append(Problem(doc.file, f"layout {layout.name!r} failed to detect: {err!r}"))
            continue
        if score >= MIN_SCORE:
            scored.append((score, layout.name, layout))
    for _, _, layout in sorted(scored, key=lambda s: (-s[0], s[1])):
        try:
            return layout.read(doc)
        except Exception as err:
            problems.append(Problem(doc.file, f"layout {layout.name!r} failed to read: {err!r}"))
    return fallback.read(doc)
