"""Related articles ("À lire aussi"): the best-scored pairs of each article, with their reasons.

Scores come from pairs.py: shared actors, themes, source tags and authors, each worth more the
fewer articles carry it, plus the closeness of the two keyword profiles. A pair must reach
MIN_SCORE; each article keeps its MAX_RELATED best, ties broken by id, so a list depends only on
the article's own pairs.
"""

from __future__ import annotations

from collections import defaultdict

from ..archive import Archive, Related
from .pairs import Index, Pair
from .textnorm import normalise_label

MAX_RELATED = 5
MIN_SCORE = 1.5
MAX_NAMES = {"actor": 4, "theme": 3, "tag": 3, "author": 3}  # names shown in one reason
TEXT_GATE = 0.15  # keyword-profile similarity that makes two articles on topic without a theme
TEXT_REASON = 0.25  # keyword-profile similarity above which "vocabulaire proche" is shown


def related_lists(archive: Archive, pairs: list[Pair], index: Index) -> dict[str, list[Related]]:
    by_article: dict[str, list[Pair]] = defaultdict(list)
    for pair in pairs:
        # about the same subjects: a theme in common or a close vocabulary, not only a country
        on_topic = "theme" in pair.parts or pair.text >= TEXT_GATE
        if on_topic and pair.score >= MIN_SCORE:
            by_article[pair.a].append(pair)
            by_article[pair.b].append(pair)
    labels = display_labels(archive)
    result = {}
    for aid in archive.articles:
        ranked = sorted(by_article.get(aid, []), key=lambda p: (-round(p.score, 6), p.other(aid)))
        result[aid] = [
            Related(p.other(aid), round(p.score, 3), reasons(p, index, labels))
            for p in ranked[:MAX_RELATED]
        ]
    return {aid: items for aid, items in result.items() if items}


def display_labels(archive: Archive) -> dict[tuple[str, str], str]:
    """(kind, normalised value) -> the text to show: actor and theme names, tags and authors as
    their first article writes them."""
    labels = {("actor", s): a.name for s, a in archive.actors.items()}
    labels.update({("theme", s): t.name for s, t in archive.themes.items()})
    for article in archive.articles.values():
        for tag in article.source_tags:
            labels.setdefault(("tag", normalise_label(tag)), tag)
        for author in article.authors:
            labels.setdefault(("author", normalise_label(author)), author)
    return labels


def reasons(pair: Pair, index: Index, labels: dict[tuple[str, str], str]) -> list[str]:
    """French reasons, strongest first: "acteurs en commun : Lavrov, Ouchakov"."""
    found = []
    for kind, _ in sorted(pair.parts.items(), key=lambda kv: -kv[1]):
        if kind == "text":
            if pair.text >= TEXT_REASON:
                found.append("vocabulaire proche")
            continue
        values = index.shared(pair, kind)
        names = [labels.get((kind, v), v) for v in values[: MAX_NAMES[kind]]]
        more = len(values) - len(names)
        text = ", ".join(names) + (f" (+{more})" if more else "")
        plural = len(values) > 1
        found.append(f"{REASON_LABELS[kind][plural]} : {text}")
    return found


REASON_LABELS = {
    "actor": ("acteur en commun", "acteurs en commun"),
    "theme": ("thème", "thèmes"),
    "tag": ("rubrique", "rubriques"),
    "author": ("même auteur", "mêmes auteurs"),
}
