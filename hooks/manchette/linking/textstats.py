"""What the corpus-level steps need from an article's text, computed once per text.

Themes match terms on the content stems; related articles and same-event groups compare
keyword profiles; re-publications are found by sampled word shingles. Everything here depends
on the article alone (never on the other articles), which is what keeps related lists stable
when unrelated articles are added.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from dataclasses import dataclass

from .. import PIPELINE_VERSION
from ..cache import Cache
from ..ingest.plaintext import markdown_to_plain
from ..model import Article
from .textnorm import content_stems, words

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


# folded word -> (its stem, "" for a function word or a number; does a shingle start at it)
_WORDS: dict[str, tuple[str, bool]] = {}


def word_info(word: str) -> tuple[str, bool]:
    """Anchors are chosen by the word itself (a content word whose hash falls in one bucket out
    of ANCHOR_EVERY), so two copies of a text sample the same runs of words wherever they sit in
    the file and whatever header or footer surrounds them."""
    found = _WORDS.get(word)
    if found is None:
        if len(_WORDS) > 500_000:
            _WORDS.clear()
        content = content_stems([word])
        value = content[0] if content else ""
        anchor = bool(value) and zlib.crc32(word.encode()) % ANCHOR_EVERY == 0
        found = _WORDS[word] = (value, anchor)
    return found


def compute(article: Article) -> TextStats:
    """One pass over the body: content stems, and the hashes of the SHINGLE-word runs that
    start at an anchor word."""
    body = words(markdown_to_plain(article.body))
    content = content_stems(words(article.summary)) if article.own_summary else []
    found: set[int] = set()
    last = len(body) - SHINGLE
    known = _WORDS
    for i, word in enumerate(body):
        value, anchor = known.get(word) or word_info(word)
        if value:
            content.append(value)
            if anchor and i <= last:
                found.add(zlib.crc32(" ".join(body[i : i + SHINGLE]).encode()))
    if not found and body:  # a text too short for an anchor: the whole text is its shingle
        found.add(zlib.crc32(" ".join(body).encode()))
    stems = tuple(content)
    title = tuple(content_stems(words(article.title)))
    return TextStats(stems, title, keyword_profile(stems), frozenset(found), len(body))


def keyword_profile(content: tuple[str, ...]) -> dict[str, float]:
    """The KEYWORDS most frequent stems (4+ letters), each with its share of the content words;
    ties go to the stem met first in the text."""
    if not content:
        return {}
    counts = Counter(content)
    for short in [s for s in counts if len(s) < 4]:
        del counts[short]
    total = len(content)
    return {s: n / total for s, n in counts.most_common(KEYWORDS)}


def _text_key(article: Article) -> tuple[str, str, str]:
    return (article.title, article.summary if article.own_summary else "", article.body)


class StatsCache:
    """TextStats by article text; a rebuild (mkdocs serve) recomputes only changed texts."""

    def __init__(self) -> None:
        self._by_text: dict[tuple[str, str, str], TextStats] = {}

    def for_articles(self, articles: list[Article]) -> dict[str, TextStats]:
        fresh: dict[tuple[str, str, str], TextStats] = {}
        result = {}
        for article in articles:
            key = _text_key(article)
            stats = self._by_text.get(key) or fresh.get(key) or compute(article)
            fresh[key] = stats
            result[article.id] = stats
        self._by_text = fresh
        return result

    def load_stored(self, articles: list[Article], store: Cache) -> int:
        """Take the stats of `articles` from the project's store, compute and store the
        missing ones, so that a new process (the next `mkdocs build`) recomputes none of an
        unchanged archive. Returns how many were computed."""
        texts = [_text_key(article) for article in articles]
        keys = {  # only the texts this process has not met yet (mkdocs serve keeps the others)
            text: f"stats:{PIPELINE_VERSION}:"
            + hashlib.sha256("\0".join(text).encode()).hexdigest()
            for text in texts
            if text not in self._by_text
        }
        stored = store.get_many(set(keys.values()))
        fresh = {}
        for article, text in zip(articles, texts, strict=True):
            if text in self._by_text:
                continue
            stats = stored.get(keys[text]) or fresh.get(keys[text])
            if stats is None:
                stats = fresh[keys[text]] = compute(article)
            self._by_text[text] = stats
        store.put_many(fresh)
        return len(fresh)


_CACHE = StatsCache()


def text_stats(articles: list[Article]) -> dict[str, TextStats]:
    """TextStats of each article, by id."""
    return _CACHE.for_articles(articles)


def load_stored_stats(articles: list[Article], store: Cache) -> int:
    """See `StatsCache.load_stored`."""
    return _CACHE.load_stored(articles, store)
