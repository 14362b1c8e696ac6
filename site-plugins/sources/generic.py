"""Generic layout: the fallback for any site without a layout of its own."""

from manchette.model import SourceResult
from manchette.sourcekit import SourceText

NAME = "generic"


def detect(doc: SourceText) -> float:
    return 0.0


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    index = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    title = lines[index].strip().lstrip("#").strip() if index < len(lines) else None
    return SourceResult(layout=NAME, title=title, body_lines=lines[index + 1 :])
