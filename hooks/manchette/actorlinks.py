"""Link the first mention of each actor in an article's Markdown body to the actor's page.

Names are searched as written (case-sensitive, whole words) in running text only: never in
headings, code, existing links, images, autolinks, HTML entities or bare URLs. Two actors never
share a link: when an actor's first mention overlaps another's link, its next mention is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .archive import Actor
from .names import name_words

_PROTECTED = re.compile(
    r"!?\[[^\]\n]*\]\([^)\n]*\)"  # [text](url), ![alt](src)
    r"|!?\[[^\]\n]*\]\[[^\]\n]*\]"  # [text][ref]
    r"|^\s{0,3}\[[^\]\n]+\]:.*$"  # [ref]: url
    r"|`+[^`\n]*`+"  # inline code
    r"|<[^>\n]*>"  # autolinks and tags shown as text
    r"|&#?\w+;"  # entities
    r"|\b(?:https?://|www\.)\S+",  # bare URLs
    re.MULTILINE,
)
_WORD = re.compile(r"[\w-]")


def actor_forms(actor: Actor) -> list[str]:
    """The spellings of an actor to look for: its name, its aliases and, for a person, the
    surname alone ("M. Lavrov", "le président Poutine")."""
    forms = [actor.name, *actor.aliases]
    if actor.kind == "personne":
        words = name_words(actor.name)
        if len(words) > 1 and len(words[-1]) >= 3:
            forms.append(words[-1])
    return list(dict.fromkeys(f.strip() for f in forms if len(f.strip()) >= 2))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Where no link may be inserted: headings, code blocks, links, code, tags, URLs."""
    spans = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    pos = 0
    fenced = False
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            spans.append((pos, end))
        elif fenced or stripped.startswith("#") or line.startswith(("    ", "\t")):
            spans.append((pos, end))
        pos = end + 1
    return sorted(spans)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _occurrences(text: str, forms: Sequence[str]) -> Iterable[tuple[int, int]]:
    """Whole-word occurrences of any form, in text order, the longest form first at a place."""
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(f) for f in ordered))
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _WORD.match(before) and not _WORD.match(after):
            yield start, end
        pos = start + 1


def _href(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def link_first_mentions(body: str, targets: Sequence[tuple[Sequence[str], str]]) -> str:
    """`body` with the first mention of each target linked; targets are (forms, url)."""
    protected = protected_spans(body)
    chosen: list[tuple[int, int, str]] = []
    for forms, url in targets:
        forms = [f for f in forms if f]
        if not forms:
            continue
        for start, end in _occurrences(body, forms):
            if not _overlaps(start, end, protected) and not _overlaps(
                start, end, [(s, e) for s, e, _ in chosen]
            ):
                chosen.append((start, end, url))
                break
    out = []
    pos = 0
    for start, end, url in sorted(chosen):
        out.append(body[pos:start])
        out.append(f"[{body[start:end]}]({_href(url)})")
        pos = end
    out.append(body[pos:])
    return "".join(out)
