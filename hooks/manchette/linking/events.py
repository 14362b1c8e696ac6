"""Same-event groups: articles that report the same event (close dates, strongly overlapping
actors, similar text).

Two dated articles belong together when at most EVENT_DAYS apart, with most of their actors in
common (weighted by rarity, so Poutine and Trump alone do not make an event) and some runs of
words in common; an undated article joins only on a much stronger overlap. Groups grow from the
strongest pairs first and never span more than EVENT_SPAN days, so a month of daily coverage
does not chain into one "event". A group's id comes from its earliest member.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..archive import Archive
from .pairs import Index, Pair
from .textstats import TextStats

EVENT_DAYS = 3
EVENT_SPAN = 7
# (actor overlap, shared word pairs) each kind of pair needs; None = no actors known on a side
DATED = (0.55, 0.05)
UNDATED = (0.7, 0.08)
TEXT_ONLY_DATED = 0.10
TEXT_ONLY_UNDATED = 0.16
KEEP_WORD_PAIRS = 1000  # articles whose word pairs are kept at once (pairs come sorted)


@dataclass(frozen=True)
class Member:
    id: str
    date: dt.date | None
    file: str


def actor_overlap(x: frozenset[str], y: frozenset[str], index: Index) -> float | None:
    """Share of the smaller actor list found in the other, each actor weighted by its worth
    (rarity and kind, as for related articles)."""
    if not x or not y:
        return None

    def weight(actors: frozenset[str]) -> float:
        return sum(index.worth_of("actor", a) for a in actors)

    return weight(x & y) / min(weight(x), weight(y))


def word_pairs(stats: TextStats) -> set[tuple[str, str]]:
    stems = stats.stems
    return set(zip(stems, stems[1:], strict=False))


def dice(x: set, y: set) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def event_groups(
    archive: Archive,
    pairs: list[Pair],
    stats: dict[str, TextStats],
    index: Index,
) -> dict[str, str]:
    """id -> event id, for the articles of groups of two or more."""
    members = {aid: Member(aid, parse_date(a.date), a.file) for aid, a in archive.articles.items()}
    bigrams: dict[str, set[tuple[str, str]]] = {}

    def text_of(aid: str) -> set[tuple[str, str]]:
        if aid not in bigrams:
            if len(bigrams) >= KEEP_WORD_PAIRS:  # bounded memory: forget the oldest
                del bigrams[next(iter(bigrams))]
            bigrams[aid] = word_pairs(stats[aid])
        return bigrams[aid]

    links = []
    for pair in pairs:
        x, y = members[pair.a], members[pair.b]
        dated = x.date is not None and y.date is not None
        if dated and abs((x.date - y.date).days) > EVENT_DAYS:
            continue
        overlap = actor_overlap(
            index.profiles[x.id].features["actor"], index.profiles[y.id].features["actor"], index
        )
        need_actors, need_text = DATED if dated else UNDATED
        if overlap is None:
            need_text = TEXT_ONLY_DATED if dated else TEXT_ONLY_UNDATED
        elif overlap < need_actors:
            continue
        text = dice(text_of(x.id), text_of(y.id))
        if text >= need_text:
            links.append((text + (overlap or 0.0), x.id, y.id))
    links.sort(key=lambda t: (-t[0], t[1], t[2]))
    return name_groups(grow_groups(links, members), members)


def grow_groups(links: list[tuple[float, str, str]], members: dict[str, Member]) -> list[set[str]]:
    """Merge linked articles, strongest link first, keeping each group within EVENT_SPAN days."""
    group_of: dict[str, set[str]] = {}
    for _, a, b in links:
        ga = group_of.get(a, {a})
        gb = group_of.get(b, {b})
        if ga is gb:
            continue
        merged = ga | gb
        dates = [members[m].date for m in merged if members[m].date]
        if dates and (max(dates) - min(dates)).days > EVENT_SPAN:
            continue
        for m in merged:
            group_of[m] = merged
    unique = {id(g): g for g in group_of.values()}
    return list(unique.values())


def name_groups(groups: list[set[str]], members: dict[str, Member]) -> dict[str, str]:
    """Each group's id is "ev-" + its earliest member's id (dated first, then by file name)."""
    result = {}
    for group in groups:
        first = min(
            (members[m] for m in group),
            key=lambda m: (m.date is None, m.date or dt.date.min, m.file),
        )
        for m in group:
            result[m] = f"ev-{first.id}"
    return result
