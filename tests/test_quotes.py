"""Quotes and their speakers (issue 16): the samples' quotes of tests/quotes.json, then
precision and recall on a corpus written for it (tests/quotes/, gold in
tests/quotes_gold.json), then how quotes are found, and that a rebuild does not look again."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, copy_project
from hypothesis import given, settings
from hypothesis import strategies as st
from manchette.actors import quotes as quotes_module
from manchette.actors.quotes import find_quotes, quote_spans
from manchette.archive import Archive, Said
from manchette.build import load_archive
from manchette.project import Project

SEED = json.loads((ROOT / "tests" / "quotes.json").read_text(encoding="utf-8"))
GOLD = json.loads((ROOT / "tests" / "quotes_gold.json").read_text(encoding="utf-8"))
CORPUS = ROOT / "tests" / "quotes"
MIN_PRECISION = 0.9
MIN_RECALL = 0.8


def plain(text: str) -> str:
    """Typographic apostrophes as the text units write them."""
    return " ".join(text.replace("’", "'").split())


def quotes_of(archive: Archive, file: str) -> list[Said]:
    ids = [a.id for a in archive.articles.values() if a.file == file]
    assert ids, f"{file} is not in the archive"
    return archive.quotes.get(ids[0], [])


def find(archive: Archive, file: str, starts: str) -> Said | None:
    return next(
        (s for s in quotes_of(archive, file) if plain(s.quote.text).startswith(plain(starts))),
        None,
    )


def speaker_name(archive: Archive, said: Said) -> str | None:
    return archive.actors[said.actor].name if said.actor else None


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    project = copy_project(tmp_path_factory.mktemp("quote-samples") / "project")
    return load_archive(Project(project.root))[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    project = copy_project(tmp_path_factory.mktemp("quote-corpus") / "project", samples=False)
    for path in CORPUS.glob("*.md"):
        shutil.copy2(path, project.articles / path.name)
    return load_archive(Project(project.root))[0]


@pytest.mark.parametrize("entry", SEED["quotes"], ids=lambda e: e["starts"][:30])
def test_sample_quote_is_found_with_its_speaker(samples: Archive, entry: dict) -> None:
    said = find(samples, entry["file"], entry["starts"])
    assert said is not None, f"quote not found: {entry['starts']}"
    assert speaker_name(samples, said) == entry["speaker"], said


@pytest.mark.parametrize("entry", SEED["not_attributed"], ids=lambda e: e["starts"][:30])
def test_sample_passage_stays_unattributed(samples: Archive, entry: dict) -> None:
    said = find(samples, entry["file"], entry["starts"])
    assert said is not None, f"quoted passage not found: {entry['starts']}"
    assert said.actor is None and said.quote.speaker == "", said


def score(corpus: Archive) -> tuple[float, float, list[str]]:
    """Precision and recall of the attributions, with a line for each mistake."""
    made = right = expected = 0
    mistakes = []
    for article in GOLD["articles"]:
        gold = article["quotes"]
        expected += sum(1 for g in gold if g["speaker"])
        for said in quotes_of(corpus, article["file"]):
            entry = next(
                (g for g in gold if plain(said.quote.text).startswith(plain(g["starts"]))), None
            )
            got = speaker_name(corpus, said)
            want = entry["speaker"] if entry else None
            made += got is not None
            right += got is not None and got == want
            if got != want:
                mistakes.append(f"{article['file']}: {said.quote.text[:50]!r}: {got} != {want}")
        for g in gold:
            if find(corpus, article["file"], g["starts"]) is None:
                mistakes.append(f"{article['file']}: not found: {g['starts']!r}")
    return right / max(made, 1), right / max(expected, 1), mistakes


def test_corpus_precision_and_recall(corpus: Archive) -> None:
    precision, recall, mistakes = score(corpus)
    print(f"\nquotes: precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(mistakes))
    assert precision >= MIN_PRECISION, mistakes
    assert recall >= MIN_RECALL, mistakes


def test_corpus_has_every_pattern_and_enough_quotes() -> None:
    entries = [g for a in GOLD["articles"] for g in a["quotes"]]
    assert len(entries) >= 30
    files = {a["file"][:3] for a in GOLD["articles"]}
    assert files == {"fr-", "en-"}
    assert sum(1 for g in entries if g["speaker"] is None) >= 5


@pytest.mark.parametrize(
    "entry",
    [(a["file"], g) for a in GOLD["articles"] for g in a["quotes"] if "contains" in g],
    ids=lambda e: e[1]["starts"][:30],
)
def test_corpus_quote_keeps_its_whole_text(corpus: Archive, entry) -> None:
    file, gold = entry
    said = find(corpus, file, gold["starts"])
    assert said is not None and plain(gold["contains"]) in plain(said.quote.text)


def test_scare_quotes_are_not_quotes() -> None:
    units = ['Le Kremlin parle d\'« opération », de « négociations de paix » et de "succès".']
    assert find_quotes(units, [[]]) == ()


def test_marks_nest_and_straight_quotes_pair() -> None:
    units = [
        "« Il a parlé d'un “ accord juste ” et puis plus rien », dit-on. "
        'Ils ont dit qu\'"aucun compromis n\'a été trouvé" et que "rien ne presse vraiment".'
    ]
    texts = [s.text for s in quote_spans(units)]
    assert texts == [
        "Il a parlé d'un “ accord juste ” et puis plus rien",
        "aucun compromis n'a été trouvé",
        "rien ne presse vraiment",
    ]


def test_a_stray_mark_opens_no_quote_over_the_next_paragraphs() -> None:
    units = [
        "Un guillemet « égaré ici.",
        "Puis il dit « une vraie citation de cinq mots » et part.",
    ]
    assert [s.text for s in quote_spans(units)] == ["une vraie citation de cinq mots"]


def test_a_speaker_named_only_inside_a_quote_is_no_speaker() -> None:
    text = "« Lavrov ne viendra pas à la table cette fois », écrit le journal."
    start = text.index("Lavrov")
    quote = find_quotes([text], [[(start, start + 6, "person")]])[0]
    assert quote.speaker == ""


def test_warm_rebuild_looks_for_no_quotes(make_project, monkeypatch) -> None:
    project = make_project(samples=False)
    for path in sorted(CORPUS.glob("*.md"))[:2]:
        project.add(path.name, path.read_text(encoding="utf-8"))
    first, _ = load_archive(Project(project.root))
    assert any(first.quotes.values())
    calls = []
    real = quotes_module.find_quotes
    monkeypatch.setattr(
        "manchette.actors.extract.find_quotes", lambda *a: calls.append(1) or real(*a)
    )
    again, loaded = load_archive(Project(project.root))
    assert calls == [] and loaded.extracted == 0
    assert again.quotes == first.quotes


def test_a_speaker_left_unnamed_is_not_replaced_by_a_name_nearby() -> None:
    text = (
        "Sergueï Lavrov a estimé que les discussions avançaient. « Personne ne sait où se "
        "trouve ce matériau aujourd'hui », résume un diplomate en poste à Vienne."
    )
    quote = find_quotes([text], [[(0, 14, "person")]])[0]
    assert quote.speaker == "" and quote.text.startswith("Personne ne sait")


def test_a_name_after_que_is_what_is_said_not_who_says_it() -> None:
    text = "Marco Rubio a déclaré que Lavrov « ne voulait pas vraiment la paix »."
    names = [(0, 11, "person"), (text.index("Lavrov"), text.index("Lavrov") + 6, "person")]
    assert find_quotes([text], [names])[0].speaker == "Marco Rubio"


ALPHABET = "ab cd Ef.,:;!?'-–«»“”‹›\"()\n"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=ALPHABET, max_size=80), min_size=1, max_size=5),
    st.data(),
)
def test_any_text_gives_quotes_found_in_it(units, data) -> None:
    names = []
    for unit in units:
        spans = []
        for _ in range(data.draw(st.integers(0, 3))):
            start = data.draw(st.integers(0, len(unit)))
            end = data.draw(st.integers(start, len(unit)))
            spans.append((start, end, data.draw(st.sampled_from(["person", "org"]))))
        names.append(sorted(spans))
    flat = " ".join(" ".join(u.split()) for u in units)
    for quote in find_quotes(units, names):
        assert quote.text and all(word in flat for word in quote.text.split())
        assert 0 <= quote.unit < len(units) and units[quote.unit][quote.start] in '«“‹"'


def test_a_title_points_to_the_person_whose_role_it_is() -> None:
    text = (
        "Marco Rubio listened while Sergei Lavrov spoke. "
        '"There is no plan B, because plan A works," the secretary replied.'
    )
    names = [(0, 11, "person"), (27, 40, "person")]
    roles = {"Marco Rubio": "Secrétaire d'État des États-Unis"}
    assert find_quotes([text], [names], roles)[0].speaker == "Marco Rubio"
    assert find_quotes([text], [names])[0].speaker == "Sergei Lavrov"  # the last one named
