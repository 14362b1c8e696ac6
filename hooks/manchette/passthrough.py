"""Engine-made HTML in generated pages goes around Python-Markdown instead of through it.

The generated pages are mostly HTML that the engine wrote and escaped itself (headers, lists of
articles, panels), around article bodies in Markdown. Python-Markdown feeds every raw HTML block
to `html.parser`, and md_in_html walks each `markdown="1"` block a second time: on a large
archive that was most of the Markdown time of a build. `shelve` sets each engine-made HTML block
aside behind a placeholder paragraph (and the tags of the `markdown="1"` wrappers the same way,
so that their content is plain Markdown); `restore` puts them back in the rendered HTML.

In a generated page, article text is escaped by the engine, so a line that starts with a tag is
the engine's. Anything unexpected (unbalanced tags, a `markdown` attribute inside a raw block, a
placeholder that Markdown did not keep) means: no shortcut, the page goes through Markdown as
written.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

# Python-Markdown starts a raw HTML block only at a block-level tag; a line that starts with an
# inline tag is part of a paragraph and stays in the Markdown.
BLOCK_TAGS = frozenset(
    "address article aside blockquote details dialog dd div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table tbody "
    "td tfoot th thead tr ul".split()
)
VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")
_LINE_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b")
_HEADING = re.compile(r"<(h[1-6])\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>(?:(?!</?h[1-6]\b).)*</\1>")
UNWRAP_OPEN = '<div markdown="1" data-mcraw-unwrap>'
_UNWRAPPED = re.compile(
    r"<div data-mcraw-unwrap(?:=\"[^\"]*\")?>\n?((?:(?!</?div\b).)*?)\n?</div>", re.S
)
_WRAPPER = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)\s+markdown=\"1\""
    r"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
)


@dataclass
class Shelf:
    """The HTML set aside from one page, by placeholder."""

    markdown: str  # the page with placeholders
    blocks: dict[str, str] = field(default_factory=dict)
    unwrap: int = 0  # headings given a wrapper of their own


def balance(text: str) -> int:
    """Opened minus closed elements in `text` (void and self-closed tags count for nothing)."""
    depth = 0
    for closing, name, self_closed in _TAG.findall(text):
        if self_closed or name.lower() in VOID_TAGS:
            continue
        depth += -1 if closing else 1
    return depth


def shelve(markdown: str) -> Shelf | None:
    """`markdown` with its engine-made HTML blocks replaced by placeholders (None: unsure)."""
    nonce = hashlib.sha1(markdown.encode("utf-8")).hexdigest()[:10]
    lines = markdown.split("\n")
    out: list[str] = []
    blocks: dict[str, str] = {}
    wrappers: list[str] = []

    def put(html: str) -> None:
        token = f"mcraw{nonce}n{len(blocks)}"
        blocks[token] = html
        out.extend(["", token, ""])

    i = 0
    while i < len(lines):
        line = lines[i]
        start = _LINE_TAG.match(line)
        stripped = line.strip()
        if wrappers and stripped == f"</{wrappers[-1]}>":
            put(stripped)
            wrappers.pop()
            i += 1
            continue
        if start is None or start.group(1).lower() not in BLOCK_TAGS:
            if 'markdown="' in line and line.lstrip().startswith("<"):
                return None
            out.append(line)
            i += 1
            continue
        wrapper = _WRAPPER.fullmatch(stripped)
        if wrapper:
            put(f"<{wrapper.group(1)}{wrapper.group(2)}{wrapper.group(3)}>")
            wrappers.append(wrapper.group(1))
            i += 1
            continue
        heading = _HEADING.fullmatch(stripped)
        if wrappers and heading:
            # md_in_html gives a heading met inside a wrapper an id (and a place in the table of
            # contents): it still does, through a wrapper of its own that `restore` removes.
            out.extend(["", UNWRAP_OPEN, stripped, "</div>", ""])
            i += 1
            continue
        depth, j = 0, i
        while j < len(lines):
            if 'markdown="' in lines[j]:
                return None
            depth += balance(lines[j])
            j += 1
            if depth <= 0:
                break
        if depth != 0:
            return None
        put("\n".join(lines[i:j]))
        i = j
    if wrappers:
        return None
    return Shelf("\n".join(out), blocks, out.count(UNWRAP_OPEN))


def restore(html: str, shelf: Shelf) -> str | None:
    """The rendered `html` with the shelved blocks back in place (None: a placeholder is lost)."""
    parts = re.split(r"<p>(mcraw[0-9a-f]{10}n\d+)</p>", html)
    found = parts[1::2]
    if sorted(found) != sorted(shelf.blocks):
        return None
    for k in range(1, len(parts), 2):
        parts[k] = shelf.blocks[parts[k]]
    html = "".join(parts)
    html, unwrapped = _UNWRAPPED.subn(r"\1", html)
    if unwrapped != shelf.unwrap or "data-mcraw-unwrap" in html:
        return None
    return html
