"""A thread copied from a social network (X, Bluesky, Mastodon, Threads): the same author's
posts one after another, each under her name and her handle, with its time and its counters,
then other people's replies.

Recognised by its content: one `@handle` alone on a line, three times or more, right below the
same name. The thread's author signs it; her first post's first line is its title (unless the
front matter gives one); the text is her posts, in order, without the handles, times, counters
("1/7", "214 republications", "612 j'aime"), buttons and the replies of others that follow.
"""

from __future__ import annotations

import re
from collections import Counter

from manchette.ingest.sourcekit import (
    MONTHS,
    SourceText,
    find_date,
    finish_body,
    is_date_line,
    junk_rule,
    plain,
    words,
)
from manchette.model import SourceResult

NAME = "thread"

_HANDLE = re.compile(r"^@[\w.\-]{2,60}(?:@[\w.\-]{2,60})?$")
# A post's furniture: its time ("· 17 avr.", "21 nov. 2026, 19:04", "9:42 AM · 17 avr. 2026",
# "3h"), its number in the thread ("2/7"), its counters ("48,3 k", "vues", "214 republications"),
# its audience and buttons ("Public", "Suivre", "Tout le monde peut répondre").
_POST_FURNITURE = re.compile(
    r"^(?:·|[·•]?\s*\d{1,2}\s*(?:h|min|m|s|j|d)|\(?\d{1,3}\s*/\s*\d{1,3}\)?|"
    r"[\d\s.,]+\s*[km]?|[\d\s.,]+\s*[km]?\s*(?:vues|views|republications|reposts|citations|"
    r"quotes|j'aime|likes|réponses|replies|boosts|favoris|favourites|partages|shares)|"
    r"vues|views|public|non listé|unlisted|suivre|follow|suivi|following|"
    r"tout le monde peut répondre|everybody can reply|répondre|reply|traduire|translate|"
    r"(?:[·•]\s*)?\d{1,2}:\d\d\s*(?:am|pm)?(?:\s*[·•].*)?|[·•]\s*.{2,30})$",
    re.I,
)
_THREAD_MARKS = re.compile(
    r"^\s*(?:🧵\s*|thread\s*:\s*|fil\s*:\s*)|\s*(?:\(?\d{1,2}\s*/\s*\d{1,2}\)?|🧵|👇|⬇️|"
    r"(?:un|a) (?:fil|thread)\s*[.:]?)\s*$",
    re.I,
)
MIN_POSTS = 3


def _handles(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if _HANDLE.match(line.strip())]


def _owner(lines: list[str]) -> str | None:
    """The handle that opens most posts, when it does so at least MIN_POSTS times."""
    counts = Counter(lines[i].strip() for i in _handles(lines))
    if not counts:
        return None
    handle, count = counts.most_common(1)[0]
    return handle if count >= MIN_POSTS else None


def detect(doc: SourceText) -> float:
    lines = doc.lines
    owner = _owner(lines)
    if owner is None:
        return 0.0
    starts = [i for i in _handles(lines) if lines[i].strip() == owner]
    names = {plain(lines[i - 1]) for i in starts if i and lines[i - 1].strip()}
    return 0.9 if len(names) == 1 else 0.0


def _platform(lines: list[str], owner: str) -> str:
    if owner.endswith(".bsky.social") or any(plain(x) == "Bluesky" for x in lines[:20]):
        return "Bluesky"
    if owner.count("@") == 2 or any("Mastodon" in plain(x) for x in lines):
        return "Mastodon"
    if any(plain(x) in ("Threads",) for x in lines[:20]):
        return "Threads"
    return "X"


def _posts(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(handle, text lines) of every post, in order."""
    starts = _handles(lines)
    posts = []
    for n, i in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(lines)  # (the next name)
        body = [line for line in lines[i + 1 : end] if not line.strip() or not _is_furniture(line)]
        posts.append((lines[i].strip(), body))
    return posts


def _unmarked(line: str) -> str:
    """The line without the thread's marks ("🧵", "1/7", "Un fil.", "👇"), however many."""
    text = line.strip()
    while (shorter := _THREAD_MARKS.sub("", text).strip()) != text:
        text = shorter
    return text


# "17 avr.", "· 28 sept.", "Sep 14": a post's day, without its year.
_DAY = re.compile(r"^(?:[·•]\s*)?(?:\d{1,2}\s+[^\W\d]{3,9}\.?|[^\W\d]{3,9}\.?\s+\d{1,2})$")


def _is_furniture(line: str) -> bool:
    text = plain(line)
    if _DAY.match(text) and any(w.strip("·•.").lower() in MONTHS for w in text.split()):
        return True
    return (
        bool(_POST_FURNITURE.match(text))
        or is_date_line(text)
        or (len(words(text)) <= 6 and (find_date(text) is not None or junk_rule(line) is not None))
    )


def read(doc: SourceText) -> SourceResult:
    lines = doc.lines
    owner = _owner(lines) or ""
    first = next(i for i in _handles(lines) if lines[i].strip() == owner)
    name = plain(lines[first - 1]) if first else ""
    result = SourceResult(layout=NAME, body_lines=[], authors=[name] if name else [])
    result.source = _platform(lines, owner)
    result.title = plain(doc.title_hint) if doc.title_hint else None
    when = next(
        (found for line in lines[first:] if (found := find_date(plain(line))) is not None), None
    )
    result.date = when.iso if when else None
    posts: list[list[str]] = []
    for handle, post in _posts(lines):
        if handle != owner:
            break  # the replies of other people: the thread is over
        posts.append(post)
    if posts and not result.title:
        first_post = posts[0]
        filled = [k for k, line in enumerate(first_post) if line.strip()]
        # the thread's opening line ("🧵 …"), below the author's bio when the copy shows it
        marked = [k for k in filled if first_post[k].lstrip().startswith("🧵")]
        top = marked[0] if marked else (filled[0] if filled else None)
        if top is not None:
            result.title = _unmarked(first_post[top]).rstrip(" .")
            posts[0] = first_post[top + 1 :]
    body: list[str] = []
    for post in posts:
        for line in post:
            if text := _unmarked(line):  # a post's line is a paragraph (what trails, junk)
                body += [text, ""]
    result.body_lines, _ = finish_body(body, result.authors)
    return result
