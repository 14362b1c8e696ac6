"""What conversion did to one file, recorded only when asked (`manchette show --explain`).

The layouts and the Markdown step report each line they drop, with the rule that dropped it,
and where each field came from. Outside `tracing()` the reports cost one lookup and are
thrown away, so conversion stays pure and its cached results do not depend on tracing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class Trace:
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, rule)
    fields: dict[str, str] = field(default_factory=dict)  # field -> the line it was read from


_current: ContextVar[Trace | None] = ContextVar("manchette_trace", default=None)


@contextmanager
def tracing() -> Iterator[Trace]:
    trace = Trace()
    token = _current.set(trace)
    try:
        yield trace
    finally:
        _current.reset(token)


def dropped(line: str, rule: str) -> None:
    """`line` is not article text, because of `rule`."""
    trace = _current.get()
    if trace is not None and line.strip():
        trace.dropped.append((line.strip(), rule))


def dropped_all(lines: list[str], rule: str) -> None:
    for line in lines:
        dropped(line, rule)


def found(name: str, line: str, replace: bool = False) -> None:
    """Field `name` was read from `line` (the first report of a field wins, unless `replace`)."""
    trace = _current.get()
    if trace is not None and (replace or name not in trace.fields):
        trace.fields[name] = line.strip()
