"""Link the first mention of each actor in an article's body to the actor's page.

The body is clean Markdown whose text is already escaped; a name is searched as written
(case-sensitive, whole words) in plain paragraphs only: not in headings, code, or existing links.
The forms tried are the actor's name, its aliases and, for a person, the surname alone
("M. Lavrov", "le président Poutine").
"""

from __future__ import annotations

import re
from functools import cache

from ..archive import Actor

# Links (inline and by reference), code spans and tags; each starts with "[", "`" or "<",
# which lets the scan skip ahead. Bare URLs are searched only when the text has one.
_LINK = re.compile(r"!?\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])|`+[^`\n]*`+|<[^>\n]*>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# Headings and indented code; anchored on "\n" (a literal the scan can jump to), the text
# is searched with a "\n" in front.
_LINES = re.compile(r"\n(?: {0,3}#| {4})[^\n]*")
_FENCES = re.compile(r"(?ms)^ {0,3}(```|~~~).*?(?:^ {0,3}\1[^\n]*$|\Z)")
_WORD = re.compile(r"[\w-]")  # "anti-Lavrov" is not a mention of Lavrov


def forms(actor: Actor) -> list[str]:
    """The spellings to look for, longest first (so "Sergueï Lavrov" wins over "Lavrov")."""
    return _forms(actor.name, tuple(actor.aliases), actor.kind)


@cache
def _forms(name: str, aliases: tuple[str, ...], kind: str) -> list[str]:
    found = {name, *aliases}
    if kind == "personne":
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) >= 3 and parts[-1][0].isupper():
            found.add(parts[-1])
    usable = {f.strip() for f in found if f and len(f.strip()) >= 2 and f.strip()[0].isupper()}
    return sorted(usable, key=lambda f: (-len(f), f))


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans where no link may be inserted: headings, code, links, tags."""
    spans = []
    if "[" in text or "`" in text or "<" in text:
        spans.extend(m.span() for m in _LINK.finditer(text))
    if "http" in text or "www." in text:
        spans.extend(m.span() for m in _URL.finditer(text))
    spans.extend((s, e - 1) for s, e in (m.span() for m in _LINES.finditer("\n" + text)))
    if "```" in text or "~~~" in text:
        spans.extend(m.span() for m in _FENCES.finditer(text))
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _first(text: str, form: str, spans: list[tuple[int, int]]) -> int:
    """Index of the first whole-word occurrence of `form` outside `spans`, or -1."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        # "&" before a name would be an HTML entity such as &amp;
        whole = not _WORD.match(before) and before != "&" and not _WORD.match(after)
        if whole and not _inside(start, end, spans):
            return start
        start = text.find(form, start + 1)
    return -1


def link_mentions(body: str, targets: list[tuple[Actor, str]]) -> str:
    """`body` with the first mention of each actor made a link; targets are (actor, href)."""
    spans = _protected(body)
    chosen: list[tuple[int, int, str]] = []
    for actor, href in targets:
        # Two actors never share a link: another actor's link counts as protected text.
        taken = spans + [(s, e) for s, e, _ in chosen]
        best: tuple[int, int] | None = None
        for form in forms(actor):
            at = _first(body, form, taken)
            if at != -1 and (best is None or at < best[0]):
                best = (at, at + len(form))
        if best:
            chosen.append((best[0], best[1], href))
    out = []
    pos = 0
    for start, end, href in sorted(chosen):
        out.append(body[pos:start])
        out.append(f"[{body[start:end]}]({href})")
        pos = end
    out.append(body[pos:])
    return "".join(out)
