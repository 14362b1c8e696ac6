"""The pieces of actor extraction without NER: name keys, the registry and its text matcher,
span trimming, plain text units, countries."""

from __future__ import annotations

import pytest
from manchette.actors.countries import country_spans, find_country
from manchette.actors.mentions import clean_span, segments, unit_mentions
from manchette.actors.names import name_key, word_key
from manchette.actors.registry import build_registry
from manchette.ingest.plaintext import text_units

REGISTRY = build_registry(
    {
        "actors": [
            {"name": "Sergueï Lavrov", "kind": "personne", "aliases": ["Sergei Lavrov"]},
            {"name": "Iouri Ouchakov", "kind": "personne", "role": "Conseiller"},
            {"name": "Union européenne", "kind": "organisation", "aliases": ["UE", "EU"]},
            {"name": "OTAN", "kind": "organisation", "aliases": ["NATO"]},
            {"name": "Wang Yi", "kind": "personne"},
            {"name": "Marco Rubio", "kind": "personne"},
            {"name": "Rubio Martinez", "kind": "personne"},  # shares a word with Marco Rubio
        ],
        "ignore": ["Thème", "Lire aussi"],
    }
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Iouri Ouchakov", "Yuri Ushakov"),
        ("Youri Ouchakov", "Yury Ushakov"),
        ("Sergueï Lavrov", "Sergey Lavrov"),
        ("Roustem Oumerov", "Rustem Umerov"),
        ("Vladimir Medinski", "Vladimir Medinsky"),
        ("Vladimir Poutine", "Vladimir Putin"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Evgueni Prigojine", "Yevgeny Prigozhin"),
        ("Alexandre Loukachenko", "Aleksandr Lukashenko"),
        ("Donald J. Trump", "Donald Trump"),
        ("M. Lavrov", "Lavrov"),
    ],
)
def test_transliterations_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b", [("Lavrov", "Lavrova"), ("Poutine", "Pouchkine"), ("Witkoff", "Kushner")]
)
def test_different_names_keep_different_keys(a, b):
    assert word_key(a) != word_key(b)


def test_registry_lookup_by_spelling_and_by_key():
    lavrov = REGISTRY.lookup("Sergueï Lavrov")
    assert REGISTRY.entries[lavrov].name == "Sergueï Lavrov"
    assert REGISTRY.lookup("SERGEI LAVROV") == lavrov
    assert REGISTRY.lookup("Sergey Lavrov") == lavrov  # not listed: found by its key
    assert REGISTRY.lookup("Yuri Ushakov") == REGISTRY.lookup("Iouri Ouchakov") is not None
    assert REGISTRY.lookup("Jean Lavrov") is None
    assert REGISTRY.is_ignored("thème") and REGISTRY.is_ignored("LIRE AUSSI")


def test_registry_finds_names_surnames_and_acronyms_in_text():
    text = (
        "Lavrov et Yuri Ushakov ont vu des représentants de l'UE et de l'OTAN ; "
        "une ue minuscule, Wang Yi, et Rubio."
    )
    found = {text[h.start : h.end]: REGISTRY.entries[h.index].name for h in REGISTRY.find(text)}
    assert found == {
        "Lavrov": "Sergueï Lavrov",
        "Yuri Ushakov": "Iouri Ouchakov",
        "UE": "Union européenne",
        "OTAN": "OTAN",
        "Wang Yi": "Wang Yi",
    }  # "Rubio" is the surname of one person and a first name of another: not matched alone
    assert REGISTRY.find("le Yi et les lavrov") == []


def test_broken_registry_entries_are_reported_not_fatal():
    registry = build_registry(
        {"actors": [{"name": "Alpha Beta", "kind": "dieu"}, {"kind": "personne"}, "x"]}
    )
    assert len(registry.problems) == 3 and registry.entries == []
    assert build_registry(["not", "a", "mapping"]).problems


@pytest.mark.parametrize(
    "span, label, name, new_label",
    [
        ("Steve Witkoff and Trump'", "PER", "Steve Witkoff", "PER"),
        ("le président russe Vladimir Poutine", "PER", "Vladimir Poutine", "PER"),
        ("MM. Witkoff", "PER", "Witkoff", "PER"),
        ("Foreign Minister Sergei Lavrov said", "PER", "Sergei Lavrov", "PER"),
        ("ministre des Affaires étrangères Lavrov", "ORG", "Lavrov", "PER"),
        ("l'OTAN", "ORG", "OTAN", "ORG"),
        ("la France", "LOC", "France", "LOC"),
        ("Poutine- Essais-Exercices-Nucléaires-Bombe", "PER", "Poutine", "PER"),
        ("Washington", "PER", "Washington", "LOC"),  # a city, not a person
        ("UKRAINE", "PER", "UKRAINE", "MISC"),
        ("Union européenne", "ORG", "Union européenne", "ORG"),
    ],
)
def test_spans_are_trimmed_to_the_name(span, label, name, new_label):
    start, end = segments(span, 0, len(span), label)[0]
    got = clean_span(span, start, end, label)
    assert got is not None and span[got[0] : got[1]] == name and got[2] == new_label


@pytest.mark.parametrize(
    "span, label",
    [
        ("n'", "PER"),
        ("Président", "PER"),
        ("Secretary General", "PER"),
        ("russo-américain", "PER"),
        ("trump", "PER"),
        ("ministère russe des Affaires étrangères", "ORG"),
        ("Ministre des Affaires étrangères de la Fédération de Russie", "ORG"),
    ],
)
def test_spans_without_a_name_are_dropped(span, label):
    assert all(
        clean_span(span, s, e, label) is None for s, e in segments(span, 0, len(span), label)
    )


def test_lists_split_into_names():
    text = "Russie, Chine et Iran"
    pieces = [text[s:e].strip() for s, e in segments(text, 0, len(text), "LOC")]
    assert pieces == ["Russie", "Chine", "Iran"]
    org = "Organisation pour la sécurité et la coopération en Europe"
    assert len(segments(org, 0, len(org), "ORG")) == 1


def test_unit_mentions_prefer_registry_names_and_keep_sentences():
    text = "Hier, Steve Witkoff and Lavrov ont parlé. Ensuite Jean Lavrov a répondu."
    ents = [(6, 30, "PER"), (50, 61, "PER")]
    mentions = unit_mentions(text, [0, 42], ents, REGISTRY)
    assert [(m.text, m.label) for m in mentions] == [
        ("Steve Witkoff", "PER"),
        ("Lavrov", "REG"),
        ("Jean Lavrov", "PER"),  # a full name NER found beats a registry surname
    ]
    assert mentions[0].sentence == "Hier, Steve Witkoff and Lavrov ont parlé."
    assert mentions[2].sentence == "Ensuite Jean Lavrov a répondu."


def test_text_units_drop_markdown_and_split_blocks():
    body = (
        "## Un titre\n\nUn [lien](https://x.org) et **gras** sur\ndeux lignes.\n\n"
        "- Un point\n- Un autre • et un troisième\n\n```\ncode Poutine\n```\n\nFin’s"
    )
    assert text_units(body) == [
        "Un titre",
        "Un lien et gras sur deux lignes.",
        "Un point",
        "Un autre",
        "et un troisième",
        "Fin's",
    ]


@pytest.mark.parametrize(
    "name, code",
    [
        ("la Russie", "RU"),
        ("Russia", "RU"),
        ("Etats-Unis", "US"),
        ("l'Iran", "IR"),
        ("Arabie Saoudite", "SA"),
        ("République de Corée", "KR"),
        ("Birmanie", "MM"),
    ],
)
def test_country_names_in_french_and_english(name, code):
    country = find_country(name)
    assert country is not None and country.code == code


@pytest.mark.parametrize("name", ["Corée", "Europe", "Washington", "Union européenne", "Kiev"])
def test_what_is_not_one_country(name):
    assert find_country(name) is None


def test_country_names_found_in_text():
    text = "Russia and Iran met; the iran deal, Ukraine."
    assert [text[s:e] for s, e in country_spans(text)] == ["Russia", "Iran", "Ukraine"]
