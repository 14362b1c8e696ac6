"""Threads copied from a social network (site-plugins/sources/thread.py): the author's posts
are the text, her first post's first line the title; handles, times, counters, buttons and
other people's replies are not the text."""

from __future__ import annotations

import pytest
from conftest import ROOT
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.interface import use_lexicon
from manchette.ingest.layouts import load_layouts

LAYOUTS = load_layouts(ROOT / "site-plugins" / "sources")


@pytest.fixture(autouse=True)
def project_lexicon() -> None:
    use_lexicon(LAYOUTS[0].lexicon)


def post(name: str, handle: str, *lines: str) -> str:
    return "\n".join([name, handle, *lines])


X_THREAD = "\n".join(
    [
        "Accueil",
        "Explorer",
        "Post",
        post(
            "Claire Vidal",
            "@cvidal_geo",
            "Suivre",
            "🧵 Pourquoi le corridor de la mer Noire tient encore. Un fil. 1/4",
            "10:05 AM · 3 mars 2026",
            "·",
            "12,4 k",
            "vues",
            "88",
        ),
        post(
            "Claire Vidal",
            "@cvidal_geo",
            "·",
            "3 mars",
            "Depuis l'automne, les navires quittent Odessa sans escorte, au rythme de six par jour.",
            "2/4",
            "14",
            "230",
        ),
        post(
            "Claire Vidal",
            "@cvidal_geo",
            "·",
            "3 mars",
            "Les assureurs ont suivi : la prime de guerre a été divisée par trois en un an.",
            "3/4",
        ),
        post(
            "Claire Vidal",
            "@cvidal_geo",
            "·",
            "3 mars",
            "Reste la question des mines dérivantes, que personne ne sait vraiment traiter.",
            "4/4",
            "Publier votre réponse",
        ),
        post("Marc Petit", "@mpetit", "·", "3 mars", "Merci, très clair !", "2"),
    ]
)

MASTODON_THREAD = "\n".join(
    [
        "mastodon.example",
        "Se connecter",
        post(
            "Ines Roy",
            "@iroy@mastodon.example",
            "Follow",
            "Researcher on the Arctic. Views my own.",
            "🧵 What the new Svalbard rules change for Russian trawlers",
            "",
            "Norway published its new fishing rules on Tuesday, and Moscow protested at once.",
            "1/3",
            "May 6, 2026, 09:12",
            "Public",
            "21",
        ),
        post(
            "Ines Roy",
            "@iroy@mastodon.example",
            "The quotas themselves barely move; the inspections are what Moscow objects to.",
            "2/3",
            "May 6, 2026, 09:15",
        ),
        post(
            "Ines Roy",
            "@iroy@mastodon.example",
            "Expect the coast guard to be tested before the summer season opens.",
            "3/3",
            "May 6, 2026, 09:20",
        ),
        post("Tom Berg", "@tberg@social.example", "@iroy thanks, useful.", "May 6, 2026, 10:02"),
    ]
)


def convert(text: str):
    article, problems = convert_file_with_problems("fil.txt", text.encode("utf-8"), LAYOUTS)
    assert article is not None, problems
    return article


def test_an_x_thread_is_read_as_its_authors_text() -> None:
    article = convert(X_THREAD)
    assert article.layout == "thread"
    assert article.title == "Pourquoi le corridor de la mer Noire tient encore"
    assert list(article.authors) == ["Claire Vidal"]
    assert (article.date, article.source, article.language) == ("2026-03-03", "X", "fr")
    assert article.body.startswith("Depuis l'automne, les navires quittent Odessa")
    assert article.body.rstrip().endswith("que personne ne sait vraiment traiter.")
    for junk in ("@cvidal_geo", "2/4", "12,4 k", "vues", "Marc Petit", "Merci, très clair"):
        assert junk not in article.body


def test_a_mastodon_thread_keeps_the_first_posts_text_below_its_title() -> None:
    article = convert(MASTODON_THREAD)
    assert article.layout == "thread"
    assert article.title == "What the new Svalbard rules change for Russian trawlers"
    assert list(article.authors) == ["Ines Roy"]
    assert (article.date, article.source) == ("2026-05-06", "Mastodon")
    assert article.body.startswith("Norway published its new fishing rules on Tuesday")
    assert "Researcher on the Arctic" not in article.body  # the bio above the first post
    assert "thanks, useful" not in article.body and "Public" not in article.body


def test_an_article_that_quotes_a_handle_is_not_a_thread() -> None:
    text = "\n\n".join(
        [
            "Le Kremlin répond aux critiques",
            "Par Anna Nowak",
            "Le porte-parole a répondu sur son compte, suivi par deux millions de personnes :",
            "@kremlin_press",
            "La déclaration a été reprise par les agences dans la soirée, sans commentaire.",
        ]
    )
    assert convert(text).layout == "generic"
