"""What the corpus-level steps need from an article's text, computed once per text.

Themes match terms on the content stems; related articles and same-event groups compare
keyword profiles; re-publications are found by sampled word shingles. Everything here depends
on the article alone (never on the other articles), which is what keeps related lists stable
when unrelated articles are added.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass

from .convert import markdown_to_plain
from .model import Article
from .textnorm import STOPWORDS, content_stems, words

KEYWORDS = 40  # size of an article's keyword profile
SHINGLE = 5  # words per shingle
ANCHOR_EVERY = 6  # a shingle starts at about one content word in ANCHOR_EVERY


@dataclass(frozen=True)
class TextStats:
    stems: tuple[str, ...]  # content stems of summary (when the site gave one) and body, in order
    title: tuple[str, ...]  # content stems of the title
    keywords: dict[str, float]  # most frequent content stems -> share of the content words
    shingles: frozenset[int]  # sampled 5-word shingles of the body, to find re-publications
    body_words: int  # words of the body (stop words included)

    @property
    def size(self) -> int:
        return len(self.stems)


_ANCHORS: dict[str, bool] = {}  # word -> does a shingle start at it


def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def compute(article: Article) -> TextStats:
    body_words = words(markdown_to_plain(article.body))
    text_words = words(article.summary) + body_words if article.own_summary else body_words
    content = tuple(content_stems(text_words))
    title = tuple(content_stems(words(article.title)))
    return TextStats(
        content, title, keyword_profile(content), shingles(body_words), len(body_words)
    )


def keyword_profile(content: tuple[str, ...]) -> dict[str, float]:
    """The KEYWORDS most frequent stems (4+ letters), each with its share of the content words."""
    if not content:
        return {}
    counts = Counter(s for s in content if len(s) >= 4)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:KEYWORDS]
    total = len(content)
    return {s: n / total for s, n in top}


def shingles(body: list[str]) -> frozenset[int]:
    """Hashes of the SHINGLE-word runs that start at an anchor word.

    Anchors are chosen by the word itself (a content word whose hash falls in one bucket out of
    ANCHOR_EVERY), so two copies of a text sample the same runs wherever they sit in the file and
    whatever header or footer surrounds them.
    """
    anchors = _ANCHORS
    if len(anchors) > 500_000:
        anchors.clear()
    found = set()
    for i in range(max(len(body) - SHINGLE + 1, 0)):
        word = body[i]
        anchor = anchors.get(word)
        if anchor is None:
            anchor = anchors[word] = word not in STOPWORDS and _word_hash(word) % ANCHOR_EVERY == 0
        if anchor:
            found.add(zlib.crc32(" ".join(body[i : i + SHINGLE]).encode()))
    if not found and body:  # a text shorter than one shingle: the whole text is its shingle
        found.add(zlib.crc32(" ".join(body).encode()))
    return frozenset(found)


class StatsCache:
    """TextStats by article text; a rebuild (mkdocs serve) recomputes only changed texts."""

    def __init__(self) -> None:
        self._by_text: dict[tuple[str, str, str], TextStats] = {}

    def for_articles(self, articles: list[Article]) -> dict[str, TextStats]:
        fresh: dict[tuple[str, str, str], TextStats] = {}
        result = {}
        for article in articles:
            key = (article.title, article.summary if article.own_summary else "", article.body)
            stats = self._by_text.get(key) or fresh.get(key) or compute(article)
            fresh[key] = stats
            result[article.id] = stats
        self._by_text = fresh
        return result


_CACHE = StatsCache()


def text_stats(articles: list[Article]) -> dict[str, TextStats]:
    """TextStats of each article, by id."""
    return _CACHE.for_articles(articles)
