"""The archive teaches each site's boilerplate: a short line that recurs in the texts of
several articles of one source ("Le Courrier vous remercie de votre fidélité", "Retrouvez
toutes nos analyses sur la Russie") is that site's furniture, not article text, and leaves
all of them, with no layout module written.

Corpus-level but cheap (one pass over short paragraphs), run after conversion and before
NER, so the actors of a dropped line are never extracted. Per-file conversion stays pure and
cached; this step depends only on the articles that share a line, so adding an unrelated
file changes nothing.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from ..model import Article
from .convert import WORDS_PER_MINUTE, count_words, opening, text_fingerprint
from .plaintext import markdown_to_plain

MAX_WORDS = 25  # boilerplate is a line or two, never a paragraph of the text
MAX_SENTENCE_WORDS = 18  # a longer sentence shared by two articles is a background paragraph
SAME_SOURCE = 2  # files of one source that share a line make it the source's furniture
SAME_SOURCE_HEADING = 3  # a heading needs more: a site may name its sections alike
ANY_SOURCE = 4  # files of any sources that share a line that is not a sentence
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]\s|\d+[.)]\s|>)")
_SENTENCE_END = re.compile(r"[.!?…][»”\"’)\s]*$")


def line_key(paragraph: str) -> str:
    """What two copies of one boilerplate line share: their words, in lower case."""
    return " ".join(re.findall(r"\w+", markdown_to_plain(paragraph).lower()))


@dataclass(frozen=True)
class Candidate:
    """A short paragraph of one article that could be boilerplate: its place and its key.
    Found per file at conversion (and cached with it), so a build only counts keys."""

    index: int  # its rank among the body's paragraphs
    key: str
    heading: bool
    sentence: bool


def candidates(body: str) -> tuple[Candidate, ...]:
    """The paragraphs of `body` short enough to be a site's furniture (never a list item)."""
    found = []
    for index, paragraph in enumerate(_paragraphs(body)):
        if _ITEM.match(paragraph) or len(paragraph.split()) > 4 * MAX_WORDS:
            continue  # (a paragraph of a hundred tokens holds more than 25 words)
        key = line_key(paragraph)
        if key and len(key.split()) <= MAX_WORDS:
            sentence = bool(_SENTENCE_END.search(paragraph))
            found.append(Candidate(index, key, bool(_HEADING.match(paragraph)), sentence))
    return tuple(found)


def recurring_keys(articles: list[Article], found: list[tuple[Candidate, ...]]) -> set[str]:
    """The keys of the short paragraphs that recur across the archive (`found`: each
    article's `candidates`).

    Articles with the same text (re-publications) count once; a list item never counts, and
    a line shown as a subheading (a promotion between two paragraphs often is) needs more
    files.
    """
    by_source: dict[tuple[str, str], set[str]] = defaultdict(set)
    headings: dict[tuple[str, str], set[str]] = defaultdict(set)
    anywhere: dict[str, set[str]] = defaultdict(set)
    for article, shorts in zip(articles, found, strict=True):
        for short in shorts:
            if short.sentence and len(short.key.split()) > MAX_SENTENCE_WORDS:
                continue
            if article.source:
                group = headings if short.heading else by_source
                group[(article.source.lower(), short.key)].add(article.text_hash)
            if not short.sentence and not short.heading:
                anywhere[short.key].add(article.text_hash)
    keys = {key for (_, key), texts in by_source.items() if len(texts) >= SAME_SOURCE}
    keys |= {key for (_, key), texts in headings.items() if len(texts) >= SAME_SOURCE_HEADING}
    keys |= {key for key, texts in anywhere.items() if len(texts) >= ANY_SOURCE}
    return keys


def drop_recurring_lines(
    articles: list[Article], found: list[tuple[Candidate, ...]] | None = None
) -> list[Article]:
    """The articles without the paragraphs that recur across the archive (`found`: each
    article's `candidates`, computed here when not given)."""
    if found is None:
        found = [candidates(article.body) for article in articles]
    return [
        without(article, dropped)
        for article, dropped in zip(articles, recurring_drops(articles, found), strict=True)
    ]


def recurring_drops(
    articles: list[Article], found: list[tuple[Candidate, ...]]
) -> list[frozenset[int]]:
    """For each article, the ranks of its paragraphs that recur across the archive."""
    keys = recurring_keys(articles, found)
    return [frozenset(s.index for s in shorts if s.key in keys) for shorts in found]


def without(article: Article, dropped: frozenset[int]) -> Article:
    """`article` without the paragraphs ranked `dropped`."""
    paragraphs = _paragraphs(article.body) if dropped else []
    kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
    if not dropped or not kept:
        return article  # nothing recurs here (or everything would go: keep the text)
    body = "\n\n".join(kept) + "\n"
    plain = markdown_to_plain(body)
    words = count_words(plain)
    return dataclasses.replace(
        article,
        body=body,
        words=words,
        reading_time=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        summary=article.summary if article.own_summary else opening(plain),
        text_hash=text_fingerprint(plain),
    )


def _paragraphs(body: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n\s*\n", body) if p.strip()]
