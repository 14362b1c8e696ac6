"""Linking the first mention of each actor in an article body (pages/mentions.py)."""

from __future__ import annotations

from manchette.archive import Actor
from manchette.pages.mentions import forms, link_mentions

LAVROV = Actor("serguei-lavrov", "Sergueï Lavrov", "personne", "", ["Sergei Lavrov"])
OTAN = Actor("otan", "OTAN", "organisation", "", ["NATO"])
KREMLIN = Actor("kremlin-de-moscou", "Kremlin de Moscou", "organisation")
MOSCOU = Actor("moscou", "Moscou", "organisation")


def test_forms_include_the_surname_of_a_person_only():
    assert forms(LAVROV) == ["Sergueï Lavrov", "Sergei Lavrov", "Lavrov"]
    assert forms(OTAN) == ["NATO", "OTAN"]


def test_first_mention_is_linked_once():
    body = "M. Lavrov a parlé. Puis Sergueï Lavrov a répété, et l'OTAN a répondu à Lavrov."
    out = link_mentions(body, [(LAVROV, "../lavrov/"), (OTAN, "../otan/")])
    assert out == (
        "M. [Lavrov](../lavrov/) a parlé. Puis Sergueï Lavrov a répété, "
        "et l'[OTAN](../otan/) a répondu à Lavrov."
    )


def test_the_longest_form_wins_at_a_place():
    out = link_mentions("Sergueï Lavrov et Lavrov.", [(LAVROV, "u/")])
    assert out == "[Sergueï Lavrov](u/) et Lavrov."


def test_headings_links_code_and_urls_are_left_alone():
    body = (
        "## Lavrov à Riyad\n\n"
        "Voir [Lavrov](https://example.org/Lavrov) et `Lavrov` et https://x.org/Lavrov "
        "et [Lavrov][ref] et <https://x.org/OTAN>.\n\n"
        "```\nLavrov\n```\n\n"
        "    Lavrov en code indenté\n\n"
        "Enfin Lavrov."
    )
    out = link_mentions(body, [(LAVROV, "u/")])
    assert out == body.replace("Enfin Lavrov.", "Enfin [Lavrov](u/).")


def test_whole_words_only():
    body = "Les Lavrovistes et anti-Lavrov, puis Lavrov."
    out = link_mentions(body, [(LAVROV, "u/")])
    assert out == "Les Lavrovistes et anti-Lavrov, puis [Lavrov](u/)."


def test_two_actors_never_share_a_link():
    body = "Le Kremlin de Moscou. Puis Moscou."
    out = link_mentions(body, [(KREMLIN, "k/"), (MOSCOU, "m/")])
    assert out == "Le [Kremlin de Moscou](k/). Puis [Moscou](m/)."
