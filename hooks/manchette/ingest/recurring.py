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


def recurring_keys(articles: list[Article], keyed: list[list[tuple[str, str]]]) -> set[str]:
    """The keys of the short paragraphs that recur across the archive (`keyed`: each
    article's paragraphs with their keys, from `keyed_paragraphs`).

    Articles with the same text (re-publications) count once; a list item never counts, and
    a line shown as a subheading (a promotion between two paragraphs often is) needs more
    files.
    """
    by_source: dict[tuple[str, str], set[str]] = defaultdict(set)
    headings: dict[tuple[str, str], set[str]] = defaultdict(set)
    anywhere: dict[str, set[str]] = defaultdict(set)
    for article, paragraphs in zip(articles, keyed, strict=True):
        for paragraph, key in paragraphs:
            if _ITEM.match(paragraph):
                continue
            sentence = bool(_SENTENCE_END.search(paragraph))
            if not key or len(key.split()) > (MAX_SENTENCE_WORDS if sentence else MAX_WORDS):
                continue
            if article.source:
                group = headings if _HEADING.match(paragraph) else by_source
                group[(article.source.lower(), key)].add(article.text_hash)
            if not sentence and not _HEADING.match(paragraph):
                anywhere[key].add(article.text_hash)
    found = {key for (_, key), texts in by_source.items() if len(texts) >= SAME_SOURCE}
    found |= {key for (_, key), texts in headings.items() if len(texts) >= SAME_SOURCE_HEADING}
    found |= {key for key, texts in anywhere.items() if len(texts) >= ANY_SOURCE}
    return found


def drop_recurring_lines(articles: list[Article]) -> list[Article]:
    """The articles without the paragraphs that recur across the archive."""
    keyed = [keyed_paragraphs(article.body) for article in articles]  # keyed once, used twice
    keys = recurring_keys(articles, keyed)
    if not keys:
        return articles
    return [
        _without(article, paragraphs, keys)
        for article, paragraphs in zip(articles, keyed, strict=True)
    ]


def keyed_paragraphs(body: str) -> list[tuple[str, str]]:
    """A body's paragraphs, each with its `line_key`."""
    return [(paragraph, line_key(paragraph)) for paragraph in _paragraphs(body)]


def _without(article: Article, paragraphs: list[tuple[str, str]], keys: set[str]) -> Article:
    kept = [p for p, key in paragraphs if key not in keys or _ITEM.match(p)]
    if len(kept) == len(paragraphs) or not kept:
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
