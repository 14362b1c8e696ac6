"""`manchette add URL... | -`: a web page, or a text pasted on standard input, becomes a file of
articles/ in one step.

A page is downloaded (`fetch.py`) and stored as it was served, so that the build stays
reproducible offline and the file can be corrected with a front matter like any other; it is
read exactly as a page saved by a browser is (`ingest/webpage.py`). Before anything is written,
what the page gives is printed, and the page is refused, with the reason, when it holds no
article, when its address is already in the archive, or when its text is (a re-publication).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from courlan import normalize_url
from slugify import slugify

from .cache import Cache
from .fetch import MAX_BYTES, TIMEOUT, FetchError, fetch_page
from .ingest.convert import convert_file_with_problems
from .ingest.layouts import Layout, load_layouts
from .ingest.pipeline import load_articles
from .ingest.plaintext import markdown_to_plain
from .ingest.read import read_document
from .ingest.webpage import SAVED_FROM, declared_charset
from .linking.duplicates import copies_of
from .model import Article, Problem
from .project import Project

NAME_MAX = 80  # characters of a file name derived from a title
FIRST_WORDS = 40


class Refused(Exception):
    """Why a page or a text is not added (the message is for the curator)."""


@dataclass
class Candidate:
    """A page or a text ready to be written: its bytes, its file name, what it gives."""

    data: bytes
    name: str
    article: Article
    problems: list[Problem]
    addresses: set[str]  # every address it is known by, normalised


def add_command(
    project: Project,
    sources: list[str],
    dry_run: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> int:
    """Add each URL (or standard input, for "-"); 1 if any was refused."""
    layouts = load_layouts(project.layouts)
    archive = existing_articles(project)
    refused = 0
    for source in sources:
        try:
            if source == "-":
                candidate = from_paste(project, sys.stdin.buffer.read(), layouts)
            else:
                candidate = from_url(project, source, layouts, timeout, max_bytes)
            check_new(candidate, archive)
        except Refused as reason:
            print(f"{source}: refused: {reason}", file=sys.stderr)
            refused += 1
            continue
        print(summary(source, candidate))
        if not dry_run:
            path = project.articles / candidate.name
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as out:  # never over a file written meanwhile
                out.write(candidate.data)
            print(f"  saved as articles/{candidate.name}")
        archive.append(candidate.article)  # two sources of one command are compared too
    return 1 if refused else 0


def existing_articles(project: Project) -> list[Article]:
    """The archive's articles as the build converts them (no NER), from the build's cache when
    there is one (none is created: a refusal writes nothing)."""
    cache = Cache(project.cache_file if project.cache_file.is_file() else None)
    try:
        return load_articles(project, cache).articles
    finally:
        cache.close()


def from_url(
    project: Project, url: str, layouts: list[Layout], timeout: float, max_bytes: int
) -> Candidate:
    try:
        page = fetch_page(url, timeout, max_bytes)
    except FetchError as err:
        raise Refused(str(err)) from None
    data = stored_page(page.data, page.final_url, page.charset)
    candidate = convert(project, data, ".html", layouts)
    candidate.addresses |= {normal_address(url), normal_address(page.final_url)}
    return candidate


def from_paste(project: Project, data: bytes, layouts: list[Layout]) -> Candidate:
    """Pasted text or HTML: saved as .html when it is a page, as .txt otherwise."""
    doc = read_document("stdin", data)
    if doc.failed:
        raise Refused("; ".join(p.reason for p in doc.problems if p.level == "error"))
    return convert(project, data, ".html" if doc.is_html else ".txt", layouts)


def stored_page(data: bytes, final_url: str, charset: str | None) -> bytes:
    """The page as served, with what only the answer knew written into it the way browsers
    do when they save a page: its address (when the page gives no canonical one) and the
    charset of the answer's header (when the page declares none)."""
    head = data[:8192]
    if charset and declared_charset(data) is None and not _is_utf8(data):
        mark = f'<meta charset="{charset}">'.encode("ascii", "ignore")
        opening = re.search(rb"<head[^>]*>", head, re.I)
        at = opening.end() if opening else 0
        data = data[:at] + mark + data[at:]
    if not re.search(rb"<link[^>]+rel=[\"']?canonical", head, re.I) and not SAVED_FROM.search(
        head.decode("ascii", "ignore")
    ):
        address = final_url.encode("ascii", "ignore")
        data = b"<!-- saved from url=(%04d)%s -->\n" % (len(address), address) + data
    return data


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def convert(project: Project, data: bytes, suffix: str, layouts: list[Layout]) -> Candidate:
    """The article `data` gives, under a new file name derived from its title."""
    article, problems = convert_file_with_problems(f"new{suffix}", data, layouts)
    if article is None:
        raise Refused(_errors(problems))
    name = new_name(project.articles, article.title, suffix)
    article, problems = convert_file_with_problems(name, data, layouts)
    if article is None:  # the name changes nothing that could fail, but say so if it does
        raise Refused(_errors(problems))
    addresses = {normal_address(article.canonical_url)} if article.canonical_url else set()
    return Candidate(data, name, article, problems, addresses)


def _errors(problems: list[Problem]) -> str:
    return "; ".join(p.reason for p in problems if p.level == "error") or "not an article"


def new_name(folder: Path, title: str, suffix: str) -> str:
    """A file name from the title, not taken by any file of `folder`."""
    base = slugify(title, max_length=NAME_MAX, word_boundary=True) or "article"
    taken = {p.name.lower() for p in folder.iterdir()} if folder.is_dir() else set()
    name, n = f"{base}{suffix}", 2
    while name.lower() in taken:
        name, n = f"{base}-{n}{suffix}", n + 1
    return name


def normal_address(url: str) -> str:
    """One spelling per page: scheme, "www.", a trailing slash, tracking parameters and the
    fragment do not make another page."""
    try:
        url = normalize_url(url, strict=True)
    except ValueError:
        pass
    url = re.sub(r"^https?://(?:www\.)?", "", url.strip(), flags=re.I)
    return url.split("#")[0].rstrip("/").lower()


def check_new(candidate: Candidate, archive: list[Article]) -> None:
    """Refuse a page already in the archive, by its address or by its text."""
    for article in archive:
        if article.canonical_url and normal_address(article.canonical_url) in candidate.addresses:
            raise Refused(
                f"already in the archive: articles/{article.file} has the same address "
                f"({article.canonical_url})"
            )
    copies = copies_of(candidate.article, archive)
    if copies:
        value, original = copies[0]
        how = "the same text" if value >= 1 else f"{round(100 * value)}% of its passages alike"
        where = f", {original.source}" if original.source else ""
        raise Refused(
            f"a re-publication of articles/{original.file} (« {original.title} »{where}): {how}"
        )


def summary(source: str, candidate: Candidate) -> str:
    """What the curator sees before the file is written: the fields and the first words."""
    a = candidate.article
    text = markdown_to_plain(a.body).split()
    first = " ".join(text[:FIRST_WORDS])
    rows = [
        ("title", a.title),
        ("date", a.date or "— (add `date:` in front matter)"),
        ("authors", ", ".join(a.authors) or "—"),
        ("source", a.source or "—"),
        ("language", a.language),
        ("url", a.canonical_url or "—"),
        ("text", f"{first}{' …' if len(text) > FIRST_WORDS else ''} ({a.words} words)"),
    ]
    lines = [f"{source}:"] + [f"  {key:<9}{value}" for key, value in rows]
    lines += [f"  {p.level}: {p.reason}" for p in candidate.problems if p.level != "error"]
    return "\n".join(lines)
