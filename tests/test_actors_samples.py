"""The five samples' actors against tests/expected.json (issue 3): required actors found,
forbidden names absent, one actor for each group of spellings; and `manchette show --json`
giving each article's actors as {slug, name, kind}."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from anyascii import anyascii
from conftest import EXPECTED, copy_project
from manchette.archive import Actor, Archive
from manchette.build import load_archive
from manchette.project import Project

ARTICLES = EXPECTED["articles"]


def norm(text: str) -> str:
    """Lower case, accents stripped, one space between words (the expected.json convention)."""
    text = anyascii(text.replace("’", "'")).lower()
    return re.sub(r"\s+", " ", text).strip()


def names_of(actor: Actor) -> list[str]:
    return [norm(actor.name), *(norm(a) for a in actor.aliases)]


def matches(key: str, actor: Actor) -> bool:
    """A required key names an actor when its name or an alias is it or holds it as words."""
    key = norm(key)
    words = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    return any(n == key or words.search(n) for n in names_of(actor))


def forbidden(key: str, actor: Actor) -> bool:
    """A forbidden key is an actor's name; "kremlin " (trailing space) is a name starting so."""
    name = norm(actor.name)
    return name.startswith(norm(key) + " ") if key.endswith(" ") else name == norm(key)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("actors") / "project").root


@pytest.fixture(scope="module")
def built(project: Path) -> tuple[Archive, dict[str, str]]:
    archive, _ = load_archive(Project(project))
    ids = {a.file: a.id for a in archive.articles.values()}
    return archive, ids


def actors_of(built, file: str) -> list[Actor]:
    archive, ids = built
    return [archive.actors[s] for s in archive.article_actors[ids[file]]]


@pytest.mark.parametrize("item", ARTICLES, ids=[a["file"][:3] for a in ARTICLES])
def test_required_actors_are_found(built, item):
    actors = actors_of(built, item["file"])
    missing = [k for k in item["actors_required"] if not any(matches(k, a) for a in actors)]
    assert not missing, f"missing {missing} among {[a.name for a in actors]}"


@pytest.mark.parametrize("item", ARTICLES, ids=[a["file"][:3] for a in ARTICLES])
def test_forbidden_names_are_not_actors(built, item):
    actors = actors_of(built, item["file"])
    wrong = [(k, a.name) for k in item["actors_forbidden"] for a in actors if forbidden(k, a)]
    assert not wrong


@pytest.mark.parametrize("group", EXPECTED["archive"]["one_actor_for"], ids=lambda g: g[0])
def test_each_spelling_group_is_one_actor(built, group):
    archive, _ = built
    found = {a.slug for a in archive.actors.values() for key in group if matches(key, a)}
    assert len(found) == 1, found


def test_actor_records_are_complete(built):
    archive, _ = built
    order = list(archive.articles)
    for actor in archive.actors.values():
        assert actor.kind in ("personne", "organisation", "pays")
        assert actor.slug == re.sub(r"[^a-z0-9-]", "", actor.slug) and actor.slug
        assert actor.articles == sorted(actor.articles, key=order.index)  # archive order
        for article_id, sentence in actor.contexts.items():
            assert article_id in actor.articles and sentence.strip()
    for article_id, slugs in archive.article_actors.items():
        assert len(slugs) == len(set(slugs))
        assert all(article_id in archive.actors[s].articles for s in slugs)


def test_registry_gives_french_names_and_roles(built):
    archive, _ = built
    lavrov = next(a for a in archive.actors.values() if matches("lavrov", a))
    assert lavrov.name == "Sergueï Lavrov" and lavrov.kind == "personne" and lavrov.role
    assert {"Sergei Lavrov"} <= set(lavrov.aliases)
    otan = next(a for a in archive.actors.values() if matches("otan", a))
    assert otan.kind == "organisation" and "NATO" in otan.aliases


def test_countries_are_actors(built):
    archive, _ = built
    russia = next(a for a in archive.actors.values() if a.name == "Russie")
    assert russia.kind == "pays" and len(russia.articles) == len(ARTICLES)


def test_contexts_are_sentences_naming_the_actor(built):
    archive, ids = built
    witkoff = next(a for a in archive.actors.values() if matches("witkoff", a))
    for file in ("003_7e7ff5fcdf0c6711.txt", "004_98693721a41ae69d.txt"):
        assert "Witkoff" in witkoff.contexts[ids[file]]


def test_show_json_lists_actors(project: Path, built):
    # after `built`: the project's cache holds the NER results, so no model is loaded here
    files = [str(project / "articles" / a["file"]) for a in ARTICLES[3:]]
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "show", "--json", *files],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    shown = {item["file"]: item for item in json.loads(done.stdout)}
    for item in ARTICLES[3:]:
        actors = shown[item["file"]]["actors"]
        assert all(set(a) >= {"slug", "name", "kind"} for a in actors)
        slugs = [a["slug"] for a in actors]
        assert "steve-witkoff" in slugs and "iouri-ouchakov" in slugs
