"""Helpers shared by the source layouts of `site-plugins/sources/`.

A layout imports what it needs from here (`from manchette.sourcekit import ...`), so that each
layout module stays a short description of one site: how to recognise it, where its header
fields are, which lines are its junk.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceText:
    """The text of one file as the layouts see it."""

    file: str  # for messages only: layouts must never decide anything from the name
    text: str
    is_markdown: bool

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")
