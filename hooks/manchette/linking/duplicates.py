"""Re-publications: the same text under another site's header and footer is one article.

Each body is sampled into word shingles (textstats.py); articles sharing shingles are compared,
and a pair whose samples overlap by SIMILARITY or more (Jaccard) is the same text. The original
of a group is its earliest dated article (then the first file name); every other member is
recorded in `archive.duplicate_of` and reported as a note of its file: a re-publication is
merged into its original's page ("Aussi publié par"), nothing for the curator to repair, so it
never blocks `mkdocs build --strict`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations

from ..archive import Archive
from ..model import Article, Problem
from .textstats import TextStats, text_stats

SIMILARITY = 0.6  # Jaccard of the sampled shingles from which two bodies are the same text
SHINGLE_DF = 100  # a shingle found in more articles (boilerplate) proposes no pairs
MIN_SHARED = 2  # shingles two bodies must share before they are compared


def similarity(x: frozenset[int], y: frozenset[int]) -> float:
    if not x or not y:
        return 0.0
    common = len(x & y)
    return common / (len(x) + len(y) - common)


def similar_pairs(
    articles: list[Article], stats: dict[str, TextStats]
) -> list[tuple[float, str, str]]:
    """(similarity, id, id) of every pair of bodies that are the same text."""
    ids = [a.id for a in articles]
    first: dict[int, int] = {}  # shingle -> first article; most shingles stay there
    postings: dict[int, list[int]] = {}  # shingles of two articles or more
    for n, aid in enumerate(ids):
        for shingle in stats[aid].shingles:
            seen = first.setdefault(shingle, n)
            if seen != n:
                postings.setdefault(shingle, [seen]).append(n)
    lists_of: list[list[list[int]]] = [[] for _ in ids]
    for members in postings.values():
        if 2 <= len(members) <= SHINGLE_DF:
            for i in members[:-1]:
                lists_of[i].append(members)
    shared: list[tuple[int, int]] = []
    for i, lists in enumerate(lists_of):  # one small counter per article, see pairs.py
        counts: Counter = Counter()
        for members in lists:
            counts.update(members[bisect_right(members, i) :])
        shared.extend((i, j) for j, n in counts.items() if n >= MIN_SHARED)
    found: dict[tuple[str, str], float] = {}
    by_hash: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        by_hash[article.text_hash].append(article.id)
    for same in by_hash.values():  # identical texts, however short or common
        for a, b in combinations(same, 2):
            found[(a, b) if a < b else (b, a)] = 1.0
    for i, j in shared:
        a, b = (ids[i], ids[j]) if ids[i] < ids[j] else (ids[j], ids[i])
        if (a, b) in found:
            continue
        value = similarity(stats[a].shingles, stats[b].shingles)
        if value >= SIMILARITY:
            found[(a, b)] = value
    return sorted(((v, a, b) for (a, b), v in found.items()), key=lambda t: (-t[0], t[1], t[2]))


def original_key(article: Article) -> tuple:
    """Earliest dated first, undated last, then by file name."""
    return (article.date is None, article.date or "", article.file)


def find_duplicates(archive: Archive) -> None:
    """Fill archive.duplicate_of (duplicate id -> original id) and report each duplicate."""
    articles = list(archive.articles.values())
    stats = text_stats(articles)
    pairs = similar_pairs(articles, stats)
    parent: dict[str, str] = {}

    def root(aid: str) -> str:
        while parent.get(aid, aid) != aid:
            aid = parent[aid]
        return aid

    best: dict[str, float] = {}
    for value, a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
        best[a] = max(best.get(a, 0.0), value)
        best[b] = max(best.get(b, 0.0), value)
    groups: dict[str, list[Article]] = defaultdict(list)
    for aid in best:
        groups[root(aid)].append(archive.articles[aid])
    for members in groups.values():
        members.sort(key=original_key)
        original = members[0]
        for copy in members[1:]:
            archive.duplicate_of[copy.id] = original.id
            value = best[copy.id]
            how = "identical" if value >= 1 else f"{round(100 * value)}% of sampled passages alike"
            archive.problems.append(
                Problem(
                    copy.file,
                    f"same text as {original.file} ({how}): not published again, listed on "
                    "the original's page",
                    "note",
                )
            )


def copies_of(article: Article, others: list[Article]) -> list[tuple[float, Article]]:
    """The articles of `others` whose text `article` repeats (a re-publication), most alike
    first: the same test as the build's, for a page before it joins the archive."""
    by_id = {a.id: a for a in others if a.id != article.id}
    candidates = [article, *by_id.values()]
    pairs = similar_pairs(candidates, text_stats(candidates))
    found = []
    for value, a, b in pairs:
        if article.id in (a, b):
            found.append((value, by_id[b if a == article.id else a]))
    return found
