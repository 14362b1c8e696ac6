"""Learning from the archive: a short line that recurs in several files of one source is
that site's boilerplate and leaves all of them; nothing else moves."""

from __future__ import annotations

from functools import cache

from conftest import ROOT
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.ingest.recurring import drop_recurring_lines

SITE = "© La Gazette des Steppes 2025"
PROMO = "Retrouvez chaque matin notre sélection dans votre boîte aux lettres"
OTHER_PROMO = "Le Courrier du Danube vit grâce à ses lecteurs : rejoignez-les."


@cache
def layouts():
    return load_layouts(ROOT / "site-plugins" / "sources")


def page(title: str, first: str, second: str, promo: str, footer: str) -> bytes:
    """A copy of one site's page: the promotion sits between two paragraphs of the text."""
    return (f"{title}\n\nPar Anna Petrova\n\n{first}\n\n{promo}\n\n{second}\n\n{footer}\n").encode()


def convert(name: str, data: bytes):
    article, _ = convert_file_with_problems(name, data, layouts())
    assert article is not None
    return article


def steppes(n: int, promo: str = PROMO):
    first = [
        "Le Kazakhstan a signé mardi un accord gazier avec la Chine qui double les volumes livrés par le gazoduc d'Asie centrale à partir de 2027, au grand dam de Moscou.",
        "Le président kirghiz a limogé son chef des services de sécurité, un proche du Kremlin, au terme d'une semaine de rumeurs sur une tentative de coup d'État.",
        "L'Ouzbékistan a levé les dernières restrictions sur les transferts d'argent des travailleurs émigrés en Russie, qui représentent un cinquième de son produit intérieur brut.",
    ][n]
    second = [
        "Les autorités russes n'ont pas commenté l'accord, mais la presse moscovite y voit un nouveau recul de l'influence russe dans la région.",
        "Le nouveau responsable, un officier formé en Turquie, devra rassurer Pékin, premier créancier du pays, sur la sécurité des chantiers chinois.",
        "La mesure devrait aussi faciliter le retour des familles installées dans l'Oural, où les contrôles de police se sont multipliés depuis l'an dernier.",
    ][n]
    return convert(
        f"steppes-{n}.txt",
        page(f"Titre numéro {n} sur l'Asie centrale", first, second, promo, SITE),
    )


def test_a_line_shared_by_files_of_one_source_leaves_them() -> None:
    # between two paragraphs the promotion reads as a subheading: three files are needed
    assert PROMO in drop_recurring_lines([steppes(0), steppes(1)])[0].body
    articles = drop_recurring_lines([steppes(0), steppes(1), steppes(2)])
    for article, kept in zip(articles, ("Les autorités", "Le nouveau", "La mesure"), strict=True):
        assert PROMO not in article.body
        assert kept in article.body


def test_the_same_rule_on_another_site_with_other_words() -> None:
    """A sentence (not read as a subheading): two files of the site are enough."""
    danube = [
        convert(
            f"danube-{n}.txt",
            page(
                f"Le Danube, frontière numéro {n}",
                f"Les barges ukrainiennes chargées de céréales descendent de nouveau le Danube, dont le trafic a triplé depuis l'été, selon les autorités portuaires roumaines (semaine {n}).",
                f"Bucarest réclame des fonds européens pour draguer le chenal de Sulina, devenu trop étroit pour les {100 + n} navires qui l'empruntent chaque jour.",
                OTHER_PROMO,
                "© Le Courrier du Danube",
            ),
        )
        for n in range(2)
    ]
    for article in drop_recurring_lines(danube):
        assert OTHER_PROMO not in article.body
        assert "Bucarest réclame" in article.body


def test_a_line_in_one_file_only_stays() -> None:
    alone = steppes(0)
    assert drop_recurring_lines([alone]) == [alone]
    assert PROMO in alone.body


def test_an_unrelated_file_changes_nothing() -> None:
    before = drop_recurring_lines([steppes(0), steppes(1), steppes(2)])
    other = convert(
        "autre.txt",
        page(
            "Un autre sujet",
            "Un texte sans rapport avec les autres, qui parle de la Baltique et des câbles sous-marins coupés l'hiver dernier.",
            "Les enquêteurs finlandais n'ont pas conclu.",
            "Une promotion d'un autre site",
            "© Baltique Hebdo",
        ),
    )
    after = drop_recurring_lines([steppes(0), steppes(1), steppes(2), other])
    assert after[:3] == before
    assert after[3] == other


def test_counts_and_summary_follow_the_shorter_text() -> None:
    original = steppes(0)
    cleaned = drop_recurring_lines([original, steppes(1), steppes(2)])[0]
    assert cleaned.words < original.words
    assert cleaned.text_hash != original.text_hash
    assert PROMO not in cleaned.summary


def test_re_publications_of_one_text_count_once() -> None:
    copy = convert(
        "steppes-copie.txt",
        page(
            "Titre numéro 0 sur l'Asie centrale",
            *[steppes(0).body.split("\n\n")[0], steppes(0).body.split("\n\n")[2]],
            PROMO,
            SITE,
        ),
    )
    articles = drop_recurring_lines([steppes(0), copy])
    assert any(PROMO in a.body for a in articles)  # the same text twice is no evidence


def test_a_background_paragraph_shared_by_two_articles_stays() -> None:
    background = (
        "Depuis l'annexion de la Crimée en 2014, la Russie n'a cessé de renforcer sa flotte "
        "de la mer Noire, basée à Sébastopol, malgré les pertes subies depuis 2022."
    )
    articles = drop_recurring_lines([steppes(0, promo=background), steppes(1, promo=background)])
    assert all(background in a.body for a in articles)
