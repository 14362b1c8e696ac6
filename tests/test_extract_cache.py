"""The extraction cache: a warm rebuild runs no NER, one new article runs NER on that article
only, a registry edit re-matches names without NER, a corrupt cache is rebuilt; and the
multi-process path gives what the single-process one gives."""

from __future__ import annotations

from pathlib import Path

from manchette.actors import extract
from manchette.build import load_archive
from manchette.ingest.plaintext import text_units
from manchette.project import Project

NEW = """---
title: Une rencontre à Genève
date: 2025-04-02
---

Une rencontre à Genève

Le diplomate Aurelio Bastiani a reçu Sergueï Lavrov à Genève, loin des caméras. Selon
M. Bastiani, la discussion a porté sur les garanties de sécurité.
"""


def ner_runs() -> int:
    return extract.STATS["articles"]


def test_warm_rebuild_runs_no_ner_and_a_new_article_only_its_own(make_project):
    project = make_project()
    root = Project(project.root)
    before = ner_runs()
    archive, loaded = load_archive(root)
    assert loaded.extracted == 5 and ner_runs() - before == 5
    actors = dict(archive.article_actors)

    before = ner_runs()
    archive, loaded = load_archive(root)
    assert loaded.extracted == 0 and ner_runs() == before
    assert archive.article_actors == actors

    project.add("new.md", NEW)
    archive, loaded = load_archive(root)
    assert loaded.extracted == 1 and ner_runs() - before == 1
    assert "aurelio-bastiani" in archive.actors


def test_registry_edit_rematches_without_ner(make_project):
    project = make_project(samples=False)
    project.add("new.md", NEW)
    root = Project(project.root)
    archive, _ = load_archive(root)
    assert archive.actors["aurelio-bastiani"].role == ""

    registry = project.root / "site-plugins" / "actors.yml"
    text = registry.read_text(encoding="utf-8").replace(
        "actors:\n",
        "actors:\n  - name: Aurelio Bastiani\n    kind: personne\n    role: Diplomate italien\n",
        1,
    )
    registry.write_text(text, encoding="utf-8")
    before = ner_runs()
    archive, loaded = load_archive(root)
    assert loaded.extracted == 1 and ner_runs() == before  # mentions redone, NER not
    assert archive.actors["aurelio-bastiani"].role == "Diplomate italien"


def test_a_corrupt_cache_is_rebuilt(make_project):
    project = make_project(samples=False)
    project.add("new.md", NEW)
    root = Project(project.root)
    first, _ = load_archive(root)
    root.cache_file.write_bytes(b"not a database\0" * 100)
    archive, loaded = load_archive(root)
    assert loaded.extracted == 1
    assert archive.article_actors == first.article_actors
    archive, loaded = load_archive(root)
    assert loaded.extracted == 0


def test_worker_processes_give_the_same_result(monkeypatch):
    samples = sorted((Path(__file__).parent.parent / "articles").glob("*.txt"))
    units = [text_units(p.read_text(encoding="utf-8")) for p in samples]
    alone = list(extract.ner_articles(units))
    monkeypatch.setattr(extract, "POOL_MIN_WORDS", 0)
    monkeypatch.setattr(extract, "CHUNK_WORDS", 1500)  # several tasks
    monkeypatch.setattr(extract, "_cores", lambda: 2)
    assert len(extract._chunks(units)) > 1
    assert list(extract.ner_articles(units)) == alone
