"""The actors gold set (tests/actors_gold.json) that `python -m manchette_bench.actors_recall`
scores the engine against: each gold name is written in its article as converted, and the
benchmark's matching pairs names as its docstring says. Fast: no NER runs here."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, copy_project
from manchette.cache import Cache
from manchette.ingest.pipeline import load_articles
from manchette.project import Project
from manchette_bench.actors_recall import KINDS, norm, pair

GOLD = json.loads((ROOT / "tests" / "actors_gold.json").read_text(encoding="utf-8"))
SITES = ROOT / "tests" / "sites"


def test_the_gold_set_is_twenty_fixtures_in_both_languages() -> None:
    assert len(GOLD) == 20
    languages = []
    for file, kinds in GOLD.items():
        spec = json.loads((SITES / file).with_suffix(".json").read_text(encoding="utf-8"))
        assert spec["file"] == file
        languages.append(spec["language"])
        assert set(kinds) == set(KINDS), file
        assert all(isinstance(n, str) and n.strip() for names in kinds.values() for n in names)
    assert languages.count("fr") >= 8 and languages.count("en") >= 8


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    project = copy_project(tmp_path_factory.mktemp("gold") / "project", samples=False)
    for file in GOLD:
        project.add(file, (SITES / file).read_bytes())
    loaded = load_articles(Project(project.root), Cache(None), None, "")
    return {a.file: norm(a.body) for a in loaded.articles}


@pytest.mark.parametrize("file", list(GOLD))
def test_each_gold_name_is_in_its_article_body(bodies: dict[str, str], file: str) -> None:
    """A gold actor is named in the text a reader sees, not in the site's furniture."""
    names = [n for kind in KINDS for n in GOLD[file][kind]]
    first = [n.split(" (")[0] for n in names]  # "Full name (ACRONYM)": the full name
    missing = [n for n in first if norm(n) not in bodies[file]]
    assert not missing


def test_matching_pairs_exact_names_first_and_whole_words_only() -> None:
    onu = [norm(n) for n in ("ONU", "Nations unies", "UN")]
    council = [norm(n) for n in ("Conseil de sécurité de l'ONU", "UN Security Council")]
    ue = [norm(n) for n in ("Union européenne", "EU")]
    # "UN" is in "UN Security Council", but the UN itself takes it first
    assert pair(["UN Security Council", "UN"], [council, onu]) == {0: 0, 1: 1}
    assert pair(["UN"], [ue]) == {}  # not inside "Union"
    assert pair(["Donald Trump"], [[norm("Trump")]]) == {0: 0}
    assert pair(["UN World Food Programme (WFP)"], [[norm("WFP")]]) == {0: 0}
    assert pair(["Gazprom", "Gazprom Neft"], [[norm("Gazprom")]]) == {0: 0}  # one actor, once
