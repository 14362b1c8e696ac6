"""Linking the first mention of each actor in an article body (actorlinks.py)."""

from __future__ import annotations

from manchette.actorlinks import actor_forms, link_first_mentions
from manchette.archive import Actor

LAVROV = Actor("serguei-lavrov", "Sergueï Lavrov", "personne", "", ["Sergei Lavrov"])
OTAN = Actor("otan", "OTAN", "organisation", "", ["NATO"])


def test_forms_include_the_surname_of_a_person_only():
    assert actor_forms(LAVROV) == ["Sergueï Lavrov", "Sergei Lavrov", "Lavrov"]
    assert actor_forms(OTAN) == ["OTAN", "NATO"]


def test_first_mention_is_linked_once():
    body = "M. Lavrov a parlé. Puis Sergueï Lavrov a répété, et l'OTAN a répondu à Lavrov."
    out = link_first_mentions(
        body, [(actor_forms(LAVROV), "../lavrov/"), (actor_forms(OTAN), "../otan/")]
    )
    assert out == (
        "M. [Lavrov](../lavrov/) a parlé. Puis Sergueï Lavrov a répété, "
        "et l'[OTAN](../otan/) a répondu à Lavrov."
    )


def test_the_longest_form_wins_at_a_place():
    out = link_first_mentions("Sergueï Lavrov et Lavrov.", [(actor_forms(LAVROV), "u/")])
    assert out == "[Sergueï Lavrov](u/) et Lavrov."


def test_headings_links_code_and_urls_are_left_alone():
    body = (
        "## Lavrov à Riyad\n\n"
        "Voir [Lavrov](https://example.org/Lavrov) et `Lavrov` et https://x.org/Lavrov "
        "et <https://x.org/OTAN>.\n\n"
        "```\nLavrov\n```\n\n"
        "    Lavrov en code indenté\n\n"
        "Enfin Lavrov."
    )
    out = link_first_mentions(body, [(actor_forms(LAVROV), "u/")])
    assert out == body.replace("Enfin Lavrov.", "Enfin [Lavrov](u/).")


def test_whole_words_only():
    body = "Les Lavrovistes et anti-Lavrov, puis Lavrov."
    out = link_first_mentions(body, [(["Lavrov"], "u/")])
    assert out == "Les Lavrovistes et anti-Lavrov, puis [Lavrov](u/)."


def test_two_actors_never_share_a_link():
    body = "Le Kremlin de Moscou. Puis Moscou."
    out = link_first_mentions(body, [(["Kremlin de Moscou"], "k/"), (["Moscou"], "m/")])
    assert out == "Le [Kremlin de Moscou](k/). Puis [Moscou](m/)."


def test_urls_are_kept_well_formed():
    out = link_first_mentions("OTAN.", [(["OTAN"], "a b/(x)/")])
    assert out == "[OTAN](a%20b/%28x%29/)."
