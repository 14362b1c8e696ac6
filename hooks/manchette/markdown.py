"""Body lines -> clean Markdown (junk removed, paragraphs repaired, lists, headings).

Text from articles is data, never markup: HTML and template syntax are escaped so that they
show as text.
"""

from __future__ import annotations

import html
import re

_DEAD_LINK = re.compile(r"\[([^\]]*)\]\((?:#[^)]*|)\)")


def escape_text(line: str) -> str:
    """Make raw HTML show as text."""
    return html.escape(line, quote=False)


def body_to_markdown(lines: list[str], is_markdown: bool = False) -> str:
    """Join `lines` into Markdown paragraphs (minimal version, refined by the Markdown step)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        line = _DEAD_LINK.sub(r"\1", line).strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(escape_text(line))
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"
