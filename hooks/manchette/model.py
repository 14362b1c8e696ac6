"""The data that flows through Manchette: plain frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Something about one input file. `level` is "error" (file not published), "warning"
    (published, but the curator must look: fails `--strict`) or "note" (published; a field
    that was not found or only guessed, listed by `manchette check`, never fails a build)."""

    file: str
    reason: str
    level: str = "warning"

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True)
class Original:
    """The original publication when the text is a translation or a re-publication."""

    title: str | None = None
    source: str | None = None
    date: str | None = None  # ISO date
    language: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class SourceResult:
    """What a source layout reads from a text: header fields and the body lines, junk removed.

    Every field is optional: a layout fills what its site shows. `body_lines` are raw text lines
    (Markdown links such as `[text](#)` may remain; the Markdown step cleans them).
    """

    layout: str
    body_lines: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date of publication on `source`
    source: str | None = None
    source_tags: list[str] = field(default_factory=list)
    translator: str | None = None
    original: Original | None = None
    summary: str | None = None  # the site's own summary, if it has one
    signature: list[str] = field(default_factory=list)  # names signing the text (not actors)
    guessed: list[str] = field(default_factory=list)  # fields guessed, not read ("title")
    url: str | None = None  # the page's canonical address, when the text came from a web page
    language: str | None = None  # the language the source declares, when detection cannot tell


@dataclass(frozen=True)
class Mention:
    """One actor candidate found in an article's text (by NER or by the registry)."""

    text: str  # surface form, as written
    label: str  # PER, ORG, LOC, MISC or REG (registry match)
    sentence: str  # the sentence it occurs in, for context on actor pages
    count: int = 1  # how many times it is written so (with the same label) in the article


@dataclass(frozen=True)
class Quote:
    """A direct quote of an article and its speaker as written nearby (see actors/quotes.py)."""

    text: str  # the words between the quotation marks
    speaker: str = ""  # the name it is attributed to, as written; "" when nobody is named
    how: str = ""  # the pattern that named the speaker: verb-after, verb-before, pronoun...
    unit: int = 0  # the paragraph (text unit of the body) where it opens, from 0
    start: int = 0  # the opening mark's offset in that paragraph's plain text
    gender: str = ""  # "f" or "m" when a pronoun or a title pointing to the speaker says it


@dataclass(frozen=True)
class Article:
    """One converted file: everything that depends on this file alone (pure, cacheable)."""

    file: str  # file name relative to articles/
    id: str  # stable identifier, also the last URL segment
    url: str  # site-relative URL, e.g. "articles/2025/03/slug/"
    title: str
    date: str | None
    authors: tuple[str, ...]
    source: str | None
    source_tags: tuple[str, ...]
    translator: str | None
    original: Original | None
    language: str
    summary: str
    own_summary: bool  # True when the site (or the curator) gave the summary
    body: str  # clean Markdown, without the summary
    words: int
    reading_time: int  # minutes
    layout: str  # name of the source layout that read it
    content_hash: str
    text_hash: str  # hash of the normalised body text, to find re-publications
    signature: tuple[str, ...] = ()
    canonical_url: str | None = None  # the address of the original page (front matter `url`)
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    lemmas: str = ""  # space-separated lemmas of the body, for theme matching and similarity
    declared_actors: tuple[str, ...] = ()  # from front matter
    declared_themes: tuple[str, ...] = ()  # from front matter
    draft: bool = False  # `draft: true`: only `mkdocs serve` shows it
    problems: tuple[Problem, ...] = ()
