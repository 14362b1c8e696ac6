"""Related articles and same-event groups: the samples (tests/expected.json), the stability of
related lists when an unrelated article arrives, and the scoring rules."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys

import pytest
from conftest import SAMPLE_FILES, copy_project
from manchette.archive import Archive, Related, build_archive
from manchette.build import load_archive
from manchette.linking.events import EVENT_SPAN, grow_groups
from manchette.linking.events import Member as EventMember
from manchette.linking.pairs import rarity
from manchette.linking.related import MAX_RELATED
from manchette.project import Project

UNRELATED = """La fête de la cerise à Céret

Comme chaque printemps, Céret a fêté ses cerises. Les producteurs du Vallespir ont installé
leurs étals sur la place de la Liberté dès l'aube ; les burlats, premières cerises de la saison,
se sont vendues en quelques heures. Le concours du plus long lancer de noyau a réuni une
centaine de participants, venus parfois d'Espagne. L'après-midi, les coblas ont joué des
sardanes devant la mairie, pendant que les enfants goûtaient les clafoutis préparés par
l'école hôtelière. Les arboriculteurs s'inquiètent pourtant de la sécheresse : sans pluie
avant juin, la récolte pourrait baisser d'un tiers. La fête s'est terminée par un feu
d'artifice au-dessus des platanes du boulevard.
"""

# Another subject, but naming countries the samples name too.
EXPORT = """Les cerises françaises à la conquête des États-Unis

Les producteurs de cerises de la vallée du Rhône exportent pour la première fois vers les
États-Unis. La France espère y vendre mille tonnes cette saison, à New York et à Washington.
Les arboriculteurs ont adapté leurs emballages et leurs calibres aux exigences des importateurs
américains, et une coopérative de la Drôme a signé un contrat avec une chaîne de supermarchés
de Boston. Les premiers camions frigorifiques partiront du marché de Saint-Rambert-d'Albon.
"""


def related_by_file(archive: Archive) -> dict[str, list[tuple[str, float, tuple[str, ...]]]]:
    files = {a.id: a.file for a in archive.articles.values()}
    return {
        files[aid]: [(files[r.id], r.score, tuple(r.reasons)) for r in items]
        for aid, items in archive.related.items()
    }


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("linking") / "project")
    # the copy's own cache: `manchette show` below finds the samples' NER in it
    archive, _ = load_archive(Project(project.root))
    return project, archive


def event_of(archive: Archive) -> dict[str, str | None]:
    return {a.file: archive.events.get(a.id) for a in archive.articles.values()}


# --- the samples ------------------------------------------------------------------------------


def test_samples_same_event_groups_match_expected(samples, expected):
    _, archive = samples
    events = event_of(archive)
    groups = [set(g) for g in expected["archive"]["same_event"]]
    for a, b in itertools.combinations(SAMPLE_FILES, 2):
        together = any({a, b} <= g for g in groups)
        same = events[a] is not None and events[a] == events[b]
        assert same == together, (a, b, events[a], events[b])


def test_event_id_comes_from_the_earliest_member(samples):
    _, archive = samples
    files = {a.file: a for a in archive.articles.values()}
    dated = files["004_98693721a41ae69d.txt"]  # 003 has no date: the dated 004 comes first
    assert archive.events[dated.id] == f"ev-{dated.id}"


def test_samples_related_lists_are_short_scored_and_explained(samples):
    _, archive = samples
    assert archive.related, "the samples share actors and themes: they must be related"
    for aid, items in archive.related.items():
        assert 0 < len(items) <= MAX_RELATED
        assert aid not in {r.id for r in items}
        assert [r.score for r in items] == sorted((r.score for r in items), reverse=True)
        for r in items:
            assert isinstance(r, Related) and r.reasons
            assert all(" : " in reason or reason == "vocabulaire proche" for reason in r.reasons)


def test_related_scores_are_symmetric(samples):
    _, archive = samples
    score = {(aid, r.id): r.score for aid, items in archive.related.items() for r in items}
    for (a, b), value in score.items():
        if (b, a) in score:
            assert score[(b, a)] == value


def test_the_same_event_articles_are_each_others_first_related(samples):
    _, archive = samples
    files = {a.file: a.id for a in archive.articles.values()}
    a, b = files["003_7e7ff5fcdf0c6711.txt"], files["004_98693721a41ae69d.txt"]
    assert archive.related[a][0].id == b
    assert archive.related[b][0].id == a
    reasons = " | ".join(archive.related[a][0].reasons)
    assert "acteurs en commun : " in reasons


def test_same_author_is_a_reason(samples):
    _, archive = samples
    files = {a.file: a.id for a in archive.articles.values()}
    first = files["000_90dc1a8efb86c2f4.txt"]
    other = files["001_2e701b5953163519.txt"]
    reasons = next(r.reasons for r in archive.related[first] if r.id == other)
    assert "même auteur : Karine Bechet-Golovko" in reasons


def test_show_json_gives_related_event_and_duplicate(samples):
    project, _ = samples
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(project.root), "show", "--json"]
        + [str(project.articles / f) for f in SAMPLE_FILES],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    items = {item["file"]: item for item in json.loads(done.stdout)}
    ids = {item["id"] for item in items.values()}
    for item in items.values():
        assert set(item["related"]) <= ids
        assert item["duplicate_of"] is None
        assert all(set(t) == {"slug", "name"} for t in item["themes"])
    assert items["003_7e7ff5fcdf0c6711.txt"]["event"] == items["004_98693721a41ae69d.txt"]["event"]
    assert items["003_7e7ff5fcdf0c6711.txt"]["event"] is not None


# --- stability --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [UNRELATED, EXPORT], ids=["festival", "export"])
def test_an_unrelated_article_changes_no_related_list_nor_event(samples, make_project, text):
    """Lists stay the same, scores and reasons included, even when the new article names
    countries the samples name (the export story)."""
    _, before = samples
    project = make_project()
    project.add("autre-sujet.txt", text)
    after, _ = load_archive(Project(project.root), use_cache=False)
    new = next(a for a in after.articles.values() if a.file == "autre-sujet.txt")
    old_lists = related_by_file(before)
    new_lists = related_by_file(after)
    assert new_lists.pop("autre-sujet.txt", []) == []
    assert new_lists == old_lists
    assert new.id not in after.events
    assert {f: e for f, e in event_of(after).items() if f in SAMPLE_FILES} == event_of(before)


# --- rules ------------------------------------------------------------------------------------


def test_rarity_falls_with_the_number_of_articles_only():
    assert rarity(2) == 1.0
    assert rarity(2) > rarity(5) > rarity(100) > rarity(5000) > 0
    assert rarity(5000) < 0.05


def member(aid: str, day: int | None) -> EventMember:
    return EventMember(
        aid, dt.date(2025, 1, 1) + dt.timedelta(days=day) if day is not None else None, aid
    )


def test_event_groups_do_not_chain_beyond_their_span():
    """Daily articles linked two by two do not make one month-long event."""
    days = list(range(0, 30, 2))
    members = {f"a{d:02}": member(f"a{d:02}", d) for d in days}
    links = [(1.0, f"a{a:02}", f"a{b:02}") for a, b in itertools.pairwise(days)]
    groups = grow_groups(links, members)
    for group in groups:
        dates = [members[m].date for m in group]
        assert (max(dates) - min(dates)).days <= EVENT_SPAN
    assert sum(len(g) for g in groups) == len(days)


def test_no_articles_no_links():
    from manchette.linking.links import find_duplicates, link_articles

    archive = build_archive([])
    find_duplicates(archive)
    link_articles(archive)
    assert archive.related == {} and archive.events == {} and archive.duplicate_of == {}
