"""Linking at scale, on a synthetic archive: stories told by several articles, re-publications,
actors and themes present in most articles. Checks what is found, and that the work stays
near-linear (a feature shared by every article does not make every pair a candidate).

`python tests/test_linking_scale.py 10000` measures each step on a 10,000-article archive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from manchette.archive import Actor, Archive, build_archive
from manchette.linking.duplicates import find_duplicates
from manchette.linking.links import link_articles
from manchette.linking.pairs import CANDIDATE_DF, candidate_pairs, profiles
from manchette.linking.textnorm import STOPWORDS
from manchette.linking.textstats import text_stats
from manchette.linking.themes import Matcher, load_taxonomy
from manchette.model import Article

ROOT = Path(__file__).resolve().parent.parent

SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo".split()
FUNCTION_WORDS = sorted(w for w in STOPWORDS if len(w) > 1 and w.isalpha())
EVERYWHERE = ["poutine", "trump", "russie", "etats-unis"]  # actors of most articles
THEMES = [f"theme-{i}" for i in range(10)]
PARAGRAPHS = 8  # of 50-90 words: articles of about 600 words


@dataclass
class Synthetic:
    archive: Archive
    story: dict[str, int]  # article id -> story number
    copies: dict[str, str]  # re-publication id -> id of the article it copies


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    found: set[str] = set()
    while len(found) < n:
        found.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(found)


def zipf_pick(rng: random.Random, items: list, skew: float = 1.1) -> object:
    """An item of `items`, the first ones much more often (Zipf-like)."""
    rank = int(len(items) * rng.random() ** (1 + skew * 2))
    return items[min(rank, len(items) - 1)]


def make_article(
    i: int, title: str, body: str, date: dt.date | None, tags: tuple[str, ...], author: str
) -> Article:
    text_hash = hashlib.sha1(" ".join(body.lower().split()).encode()).hexdigest()[:20]
    aid = f"article-{i:05}"
    when = date.isoformat() if date else None
    return Article(
        file=f"{i:05}.txt",
        id=aid,
        url=f"articles/{when[:4]}/{when[5:7]}/{aid}/" if when else f"articles/sans-date/{aid}/",
        title=title,
        date=when,
        authors=(author,),
        source="Synthétique",
        source_tags=tags,
        translator=None,
        original=None,
        language="fr",
        summary=body[:200],
        own_summary=False,
        body=body,
        words=len(body.split()),
        reading_time=3,
        layout="generic",
        content_hash=text_hash,
        text_hash=text_hash,
    )


def synthetic_archive(n: int, seed: int = 7) -> Synthetic:
    """n articles: stories of 1-6 articles within a few days, 1% re-publications."""
    rng = random.Random(seed)
    vocabulary = pseudo_words(rng, 25_000)
    people = [f"personne-{k}" for k in range(6_000)]
    tags = [f"Rubrique {k}" for k in range(40)]
    authors = [f"Auteur {k}" for k in range(300)]
    articles: list[Article] = []
    actors: dict[str, list[str]] = {}
    themes: dict[str, list[str]] = {}
    story_of: dict[str, int] = {}
    copies: dict[str, str] = {}
    story = 0
    while len(articles) < n:
        story += 1
        words = [zipf_pick(rng, vocabulary) for _ in range(40)]  # the story's own vocabulary
        facts = [" ".join(rng.sample(vocabulary, 8)) for _ in range(6)]  # what every report says
        cast = sorted({zipf_pick(rng, people, 0.6) for _ in range(8)})
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        story_themes = sorted({zipf_pick(rng, THEMES, 0.8) for _ in range(3)})
        for _ in range(min(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]), n - len(articles))):
            i = len(articles)
            if articles and rng.random() < 0.01:  # a re-publication of an earlier article
                source = rng.choice(articles)
                paragraphs = source.body.split("\n\n")
                body = "\n\n".join(paragraphs[1:] + ["Partager · © Autre site"])
                copy = make_article(i, "Reprise : " + source.title, body, None, (), "Rédaction")
                articles.append(copy)
                copies[copy.id] = source.id
                actors[copy.id] = actors[source.id]
                themes[copy.id] = themes[source.id]
                continue
            paragraphs = []
            for _p in range(PARAGRAPHS):
                sentence = []
                for _w in range(rng.randint(50, 90)):
                    r = rng.random()
                    if r < 0.45:
                        sentence.append(rng.choice(FUNCTION_WORDS))
                    elif r < 0.60:
                        sentence.append(rng.choice(words))
                    else:
                        sentence.append(zipf_pick(rng, vocabulary))
                paragraphs.append(" ".join(sentence) + ".")
            for fact in rng.sample(facts, 5):
                p = rng.randrange(len(paragraphs))
                paragraphs[p] += " " + fact + "."
            date = day + dt.timedelta(days=rng.randint(0, 2))
            if rng.random() < 0.15:
                date = None
            own = set(rng.sample(cast, max(1, len(cast) - 2)))  # most of the story's cast
            own = sorted(own | {zipf_pick(rng, people) for _ in range(2)})
            own += [a for a in EVERYWHERE if rng.random() < 0.7]
            article = make_article(
                i,
                " ".join(rng.sample(words, 5)).capitalize(),
                "\n\n".join(paragraphs),
                date,
                tuple(sorted({zipf_pick(rng, tags) for _ in range(2)})),
                zipf_pick(rng, authors),
            )
            articles.append(article)
            story_of[article.id] = story
            actors[article.id] = own
            themes[article.id] = story_themes
    archive = build_archive(articles)
    archive.article_actors = actors
    archive.article_themes = themes
    names = {a for items in actors.values() for a in items}
    archive.actors = {a: Actor(a, a.replace("-", " ").title(), "personne") for a in names}
    return Synthetic(archive, story_of, copies)


def run_linking(data: Synthetic) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds of each step; the text statistics (computed once per text) apart."""
    archive = data.archive
    matcher = Matcher(load_taxonomy(ROOT / "site-plugins" / "themes.yml"))

    def score_themes() -> None:  # what assign_themes does, without replacing the test's themes
        stats = text_stats(list(archive.articles.values()))
        for article in archive.articles.values():
            matcher.scores(stats[article.id], article.source_tags)

    steps = {
        "text statistics": lambda: text_stats(list(archive.articles.values())),
        "duplicates": lambda: find_duplicates(archive),
        "theme scores": score_themes,
        "related + events": lambda: link_articles(archive),
    }
    times = {}
    for name, step in steps.items():
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        times[name] = (time.perf_counter() - wall, time.process_time() - cpu)
    return times


def test_synthetic_archive_links(tmp_path):
    data = synthetic_archive(800)
    archive = data.archive
    run_linking(data)
    # every planted re-publication is found, and nothing else
    assert archive.duplicate_of == data.copies
    # articles of one story are related to each other, first
    checked = 0
    for aid, items in archive.related.items():
        if aid not in data.story:
            continue
        mates = {o for o, s in data.story.items() if s == data.story[aid] and o != aid}
        if mates and items:
            top = {r.id for r in items[: len(mates)]}
            assert top <= mates | set(data.copies), aid
            checked += 1
    assert checked > 150
    # events only group articles of one story
    groups: dict[str, set[str]] = {}
    for aid, event in archive.events.items():
        groups.setdefault(event, set()).add(aid)
    assert len(groups) > 40
    for members in groups.values():
        assert len({data.story[m] for m in members}) == 1


def test_a_feature_of_every_article_proposes_no_pairs():
    """Poutine and one theme in all 400 articles: candidate pairs stay far below all pairs."""
    data = synthetic_archive(400, seed=3)
    archive = data.archive
    for aid in archive.articles:
        archive.article_actors[aid] = ["poutine"]
        archive.article_themes[aid] = ["theme-0"]
    ids = list(archive.articles)
    pairs, index = candidate_pairs(
        profiles(archive, text_stats(list(archive.articles.values())), ids)
    )
    assert index.df["actor"]["poutine"] == 400 > CANDIDATE_DF["actor"]
    assert index.df["theme"]["theme-0"] == 400 > CANDIDATE_DF["theme"]
    assert len(pairs) < 400 * 399 / 2 / 10
    counts = Counter(p.a for p in pairs) + Counter(p.b for p in pairs)
    assert max(counts.values()) < 150


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop, to compare measures taken on busy machines."""
    table = {str(i): i for i in range(25_000)}
    keys = [str(i % 25_000) for i in range(1_000_000)]
    start = time.process_time()
    total = 0
    for key in keys:
        total += table.get(key, 0)
    return time.process_time() - start


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"calibration: 1M dict lookups in {calibration():.2f} s CPU")
    start = time.perf_counter()
    data = synthetic_archive(size)
    print(f"{size} synthetic articles generated in {time.perf_counter() - start:.1f} s")
    for step, (wall, cpu) in run_linking(data).items():
        print(f"{step:>18}: {wall:6.2f} s wall, {cpu:6.2f} s CPU")
    archive = data.archive
    print(
        f"duplicates {len(archive.duplicate_of)}, articles with related {len(archive.related)}, "
        f"in events {len(archive.events)}"
    )
