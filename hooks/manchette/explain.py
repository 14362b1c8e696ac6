"""`manchette show --explain FILE`: what conversion did to a file, line by line.

Every line the layout and the Markdown step dropped, with the rule that dropped it, and
where each front-matter field came from (the curator's front matter, the line it was read
from, or "not found"), so that a wrong guess can be seen and fixed with front matter.
"""

from __future__ import annotations

from pathlib import Path

from .ingest.convert import convert_file_with_problems
from .ingest.layouts import Layout
from .ingest.read import read_document
from .ingest.trace import Trace, tracing
from .model import Article
from .projectfiles import Refused, read_file

FIELDS = ("title", "authors", "date", "source", "original", "translator", "source_tags")
COMPUTED = {
    "language": "detected from the words of the text",
    "summary": "the first sentences of the text",
}
WIDTH = 110


def explain_file(path: Path, layouts: list[Layout]) -> str:
    """The explanation of one file, as text for the terminal."""
    name = path.name
    try:  # as `manchette show` reads it: never a FIFO (it would hang), nor a book
        data = read_file(path, path.resolve().parent)
    except OSError as err:
        reason = str(err) if isinstance(err, Refused) else f"cannot be read: {err.strerror}"
        return f"{name}: {reason}\n"
    overrides = read_document(name, data).overrides
    with tracing() as trace:
        article, problems = convert_file_with_problems(name, data, layouts)
    out = [f"== {name}"]
    if article is None:
        out += [f"  not converted: {p.reason}" for p in problems]
        return "\n".join(out) + "\n"
    out.append(f"  layout: {article.layout}")
    out.append("fields:")
    out += _field_lines(article, overrides, trace)
    out.append(f"dropped lines ({len(trace.dropped)}):")
    out += [_clip(f"  [{rule}] {line}") for line, rule in trace.dropped]
    if problems:
        out.append("problems and notes:")
        out += [f"  {p.level}: {p.reason}" for p in problems]
    return "\n".join(out) + "\n"


def _field_lines(article: Article, overrides: dict, trace: Trace) -> list[str]:
    lines = []
    for field in (*FIELDS, *COMPUTED):
        value = _value(article, field)
        if field in overrides:
            origin = "front matter"
        elif field in trace.fields:
            origin = f"line: {trace.fields[field]!r}"
        elif field in COMPUTED and value:
            origin = COMPUTED[field]
        else:
            origin = "not found"
        shown = "—" if value in (None, "", [], ()) else value
        lines.append(_clip(f"  {field:<11} {shown!s:<40} <- {origin}"))
    return lines


def _value(article: Article, field: str) -> object:
    value = getattr(article, field)
    if field == "original" and value is not None:
        return value.as_dict()
    if isinstance(value, tuple):
        return list(value)
    return value


def _clip(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"
