"""Pairs of articles worth comparing, and what each pair has in common.

In the spirit of Hugo's related content: one inverted index per kind of feature (actors,
themes, the source's own tags, authors, and the article's keyword profile). A pair is compared
only when it shares a feature carried by at most CANDIDATE_DF articles, so the work grows with
the number of articles, not with its square.

What a shared feature is worth depends only on how many articles carry it (its rarity), never
on the size of the archive: an actor named in most articles (Poutine, Trump) counts little, and
adding an article that shares nothing with two others cannot change how these two compare.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from .archive import Archive
from .textnorm import normalise_label
from .textstats import TextStats

CANDIDATE_DF = 150  # features carried by more articles do not propose pairs (they still count)
WEIGHTS = {"actor": 1.0, "theme": 0.4, "tag": 0.4, "author": 0.6}
TEXT_WEIGHT = 4.0  # weighted Jaccard of the keyword profiles (0..1) -> score points


def rarity(df: int) -> float:
    """Worth of a feature shared by two articles, from the number of articles that carry it:
    1 when only these two do, 0.45 for 10 articles, 0.14 for 100, 0.02 for 5,000."""
    return math.sqrt(2 / max(df, 2))


@dataclass(frozen=True)
class Profile:
    id: str
    features: dict[str, frozenset[str]]  # kind -> values
    keywords: dict[str, float]
    date: str | None


@dataclass
class Pair:
    """What articles `a` and `b` share (values of each kind, rarest first) and their score."""

    a: str
    b: str
    shared: dict[str, list[str]] = field(default_factory=dict)
    parts: dict[str, float] = field(default_factory=dict)  # kind (and "text") -> score points
    text: float = 0.0  # weighted Jaccard of the keyword profiles

    @property
    def score(self) -> float:
        return sum(self.parts.values())

    def other(self, one: str) -> str:
        return self.b if one == self.a else self.a


def profiles(archive: Archive, stats: dict[str, TextStats], ids: list[str]) -> list[Profile]:
    result = []
    for aid in ids:
        article = archive.articles[aid]
        features = {
            "actor": frozenset(archive.article_actors.get(aid, [])),
            "theme": frozenset(archive.article_themes.get(aid, [])),
            "tag": frozenset(normalise_label(t) for t in article.source_tags) - {""},
            "author": frozenset(normalise_label(a) for a in article.authors) - {""},
        }
        result.append(Profile(aid, features, stats[aid].keywords, article.date))
    return result


def weighted_jaccard(x: dict[str, float], y: dict[str, float]) -> float:
    if not x or not y:
        return 0.0
    if len(y) < len(x):
        x, y = y, x
    low = sum(min(v, y[k]) for k, v in x.items() if k in y)
    high = sum(x.values()) + sum(y.values()) - low
    return low / high if high > 0 else 0.0


def candidate_pairs(items: list[Profile]) -> tuple[list[Pair], dict[tuple[str, str], int]]:
    """Every pair sharing a selective feature, scored; and the document frequency of features."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for kind, values in item.features.items():
            for value in values:
                postings[(kind, value)].append(i)
        for word in item.keywords:
            postings[("word", word)].append(i)
    df = {key: len(ids) for key, ids in postings.items()}
    seen: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) < 2 or len(members) > CANDIDATE_DF:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                seen.add((i, j))
    pairs = [score_pair(items[i], items[j], df) for i, j in sorted(seen)]
    return pairs, df


def score_pair(x: Profile, y: Profile, df: dict[tuple[str, str], int]) -> Pair:
    pair = Pair(x.id, y.id)
    for kind, weight in WEIGHTS.items():
        common = x.features[kind] & y.features[kind]
        if not common:
            continue
        ranked = sorted(common, key=lambda v: (df[(kind, v)], v))
        pair.shared[kind] = ranked
        pair.parts[kind] = weight * sum(rarity(df[(kind, v)]) for v in ranked)
    pair.text = weighted_jaccard(x.keywords, y.keywords)
    if pair.text:
        pair.parts["text"] = TEXT_WEIGHT * pair.text
    return pair
