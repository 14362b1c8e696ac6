"""Pairs of articles worth comparing, and how much they have in common.

In the spirit of Hugo's related content: one inverted index per kind of feature (actors,
themes, the source's own tags, authors, and the words of the article's keyword profile). A pair
is compared only when it shares at least MIN_SHARED features each carried by few articles
(at most CANDIDATE_DF[kind]), so the work grows with the number of articles, not its square.

What a shared feature is worth depends only on how many articles carry it (its rarity, in
steps) and, for actors, on their kind, never on the size of the archive: an actor named in most
articles (Poutine, Trump) counts little, and adding an article that shares nothing with two
others cannot change how these two compare.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..archive import Archive
from .textnorm import normalise_label
from .textstats import TextStats

KINDS = ("actor", "theme", "tag", "author")
WEIGHTS = {"actor": 1.0, "theme": 0.4, "tag": 0.4, "author": 0.6}
TEXT_WEIGHT = 4.0  # weighted Jaccard of the keyword profiles (0..1) -> score points
# Features carried by more articles than this still count in scores but propose no pairs.
CANDIDATE_DF = {"actor": 100, "word": 50, "theme": 30, "tag": 30, "author": 30}
MIN_SHARED = 2
STEP_WORTH = 0.6
ACTOR_KIND_WEIGHTS = {"personne": 1.0, "organisation": 0.7, "pays": 0.5}


def rarity(df: int) -> float:
    """Worth of a feature shared by two articles, from the number of articles carrying it, in
    steps: 1 for up to 3 articles, 0.6 up to 9, 0.36 up to 27... 0.03 beyond 2,187.

    Steps rather than a smooth curve: an article that names an actor two others share moves
    their score only when it takes the actor's count past a step.
    """
    step = max(0, math.ceil(math.log(max(df, 2), 3) - 1e-9) - 1)
    return STEP_WORTH**step


def actor_weight(kind: str) -> float:
    """People say most about what an article is about; countries are mostly background."""
    return ACTOR_KIND_WEIGHTS.get(kind, ACTOR_KIND_WEIGHTS["organisation"])


@dataclass(frozen=True)
class Profile:
    id: str
    features: dict[str, frozenset[str]]  # kind -> values
    keywords: dict[str, float]
    keyword_total: float
    date: str | None


@dataclass
class Pair:
    """Articles `a` and `b`, the score points each kind of feature gives them, and the
    weighted Jaccard of their keyword profiles."""

    a: str
    b: str
    parts: dict[str, float] = field(default_factory=dict)
    text: float = 0.0

    @property
    def score(self) -> float:
        return sum(self.parts.values())

    def other(self, one: str) -> str:
        return self.b if one == self.a else self.a


@dataclass
class Index:
    """The profiles of the compared articles, how many of them carry each feature and what
    sharing it is worth (rarity, and for actors their kind)."""

    profiles: dict[str, Profile]
    df: dict[str, Counter]  # kind -> value -> articles (values of one article only: absent)
    worth: dict[str, dict[str, float]]  # kind -> value -> worth when shared
    actor_kinds: dict[str, str] = field(default_factory=dict)

    def worth_of(self, kind: str, value: str) -> float:
        found = self.worth[kind].get(value)
        if found is not None:
            return found
        weight = actor_weight(self.actor_kinds.get(value, "")) if kind == "actor" else 1.0
        return rarity(1) * weight

    def shared(self, pair: Pair, kind: str) -> list[str]:
        """The values of `kind` both articles carry, most telling first."""
        common = self.profiles[pair.a].features[kind] & self.profiles[pair.b].features[kind]
        return sorted(common, key=lambda v: (-self.worth[kind][v], self.df[kind][v], v))


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
        keywords = stats[aid].keywords
        result.append(Profile(aid, features, keywords, sum(keywords.values()), article.date))
    return result


def weighted_jaccard(x: Profile, y: Profile) -> float:
    kx, ky = x.keywords, y.keywords
    if not kx or not ky:
        return 0.0
    if len(ky) < len(kx):
        kx, ky = ky, kx
    low = 0.0
    for word, value in kx.items():
        other = ky.get(word)
        if other is not None:
            low += value if value < other else other
    high = x.keyword_total + y.keyword_total - low
    return low / high if high > 0 else 0.0


def group(values_of: Iterable[tuple[int, Iterable[str]]]) -> dict[str, list[int]]:
    """Inverted index of the values carried by two items or more (value -> items, in order);
    most values belong to one item, and are kept out without a list of their own."""
    first: dict[str, int] = {}
    found: dict[str, list[int]] = {}
    for i, values in values_of:
        for value in values:
            seen = first.setdefault(value, i)
            if seen != i:
                found.setdefault(value, [seen]).append(i)
    return found


def candidate_pairs(
    items: list[Profile], actor_kinds: dict[str, str] | None = None
) -> tuple[list[Pair], Index]:
    """Every pair sharing MIN_SHARED selective features, scored; and the index."""
    postings = {kind: group((i, it.features[kind]) for i, it in enumerate(items)) for kind in KINDS}
    postings["word"] = group((i, it.keywords) for i, it in enumerate(items))
    df = {
        kind: Counter({v: len(m) for v, m in values.items()}) for kind, values in postings.items()
    }
    # Each article counts, among the articles after it, those sharing its selective features:
    # one small counter per article (a single counter of all pairs would be far slower).
    selective = [
        members
        for kind, values in postings.items()
        for members in values.values()
        if 2 <= len(members) <= CANDIDATE_DF[kind]
    ]
    lists_of: list[list[list[int]]] = [[] for _ in items]
    for members in selective:
        for i in members[:-1]:
            lists_of[i].append(members)
    chosen = []
    for i, lists in enumerate(lists_of):
        shared: Counter = Counter()
        for members in lists:
            shared.update(members[bisect_right(members, i) :])
        chosen.extend((i, j) for j, count in shared.items() if count >= MIN_SHARED)
    kinds = actor_kinds or {}
    worth = {kind: {v: rarity(n) for v, n in counts.items()} for kind, counts in df.items()}
    worth["actor"] = {a: w * actor_weight(kinds.get(a, "")) for a, w in worth["actor"].items()}
    pairs = [score_pair(items[i], items[j], worth) for i, j in sorted(chosen)]
    return pairs, Index({p.id: p for p in items}, df, worth, kinds)


def score_pair(x: Profile, y: Profile, worth: dict[str, dict[str, float]]) -> Pair:
    pair = Pair(x.id, y.id)
    for kind in KINDS:
        common = x.features[kind] & y.features[kind]
        if common:
            values = worth[kind]
            pair.parts[kind] = WEIGHTS[kind] * sum(values[v] for v in common)
    pair.text = weighted_jaccard(x, y)
    if pair.text:
        pair.parts["text"] = TEXT_WEIGHT * pair.text
    return pair
