"""Counting the warnings a step logs (a build is strict when there are none)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def counting_warnings(logger: logging.Logger) -> Iterator[WarningCounter]:
    """The warnings `logger` (and the loggers under it) logs inside the block."""
    counter = WarningCounter()
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
