"""Source layouts: choice by content, the generic layout on sites it has never seen, the shared
helpers of `manchette.ingest.sourcekit`, language detection, and broken or added plugins."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXPECTED, ROOT, SAMPLES
from fieldcheck import markdown_plain, spaces
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.language import detect_language
from manchette.ingest.layouts import LayoutError, load_layouts, read_with_best_layout
from manchette.ingest.read import read_document
from manchette.ingest.sourcekit import (
    SourceText,
    cut_footer,
    drop_read_more,
    find_date,
    is_junk,
    is_name,
    parse_byline,
    parse_translator,
    take_signature,
)
from manchette.model import Problem
from test_samples_fields import show_json

LAYOUTS_DIR = ROOT / "site-plugins" / "sources"
DATA = Path(__file__).parent / "data"

# What a careful reader gets from each of the test articles of tests/data/ (sites that are
# not among the samples). Keys absent are not checked; None means "must be absent".
OTHER_SITES = {
    "courrier_partage.txt": {  # French news site: cookie bar, breadcrumb, share row, "Lire aussi"
        "title": "Bruxelles prolonge d'un an le gel des avoirs de la banque centrale russe",
        "authors": ["Claire Moreau", "Julien Arnaud"],
        "date": "2025-04-04",
        "source": "Le Courrier européen",
        "language": "fr",
        "body_starts": "Les Vingt-Sept se sont entendus jeudi soir",
        "body_ends": "Aucune n'a pour l'instant donné raison à la Russie.",
        "headings": ["Une prolongation sous condition"],
        "body_excludes": [
            "cookies",
            "Accueil",
            "INTERNATIONAL",
            "Partager",
            "Facebook",
            "Lire aussi",
            "Euroclear, la chambre forte",
            "Sanctions : ce que contient",
            "Gaz russe",
            "newsletter",
            "Tous droits réservés",
            "Claire Moreau",
            "Publié le",
        ],
    },
    "english_blog.txt": {  # English blog: "By X | March 3, 2025", share row, "Read more"
        "title": "Why the Black Sea Grain Talks Keep Stalling",
        "authors": ["Jane Whitfield"],
        "date": "2025-03-03",
        "language": "en",
        "body_starts": "When negotiators from Ankara, Moscow and Kyiv met in Istanbul",
        "body_ends": "more expensive than one leaving Constanța.",
        "headings": ["What comes next"],
        "body_excludes": [
            "Share this",
            "Read more",
            "indispensable broker",
            "Related posts",
            "shadow fleet",
            "Leave a Reply",
            "freelance journalist",
        ],
    },
    "note_curateur.md": {  # Markdown with front matter: front matter wins, Markdown kept
        "title": "Note de lecture : la doctrine russe de dissuasion, version 2024",
        "authors": ["Hélène Vasseur"],
        "date": "2024-11-20",
        "source": "Revue Défense & Stratégie",
        "source_tags": ["Dissuasion", "Russie"],
        "summary": "La nouvelle doctrine abaisse le seuil d'emploi de l'arme nucléaire sans lever son ambiguïté.",
        "id": "doctrine-russe-dissuasion-2024",
        "language": "fr",
        "body_starts": "Le texte publié le 19 novembre 2024 remplace celui de 2020.",
        "headings": ["Ce qui change", "Ce qui ne change pas", "Lecture conseillée"],
        "markdown_contains": [
            "## Ce qui change",
            "### Lecture conseillée",
            "- le Bélarus est couvert explicitement.",
            "*délibérée*",
            "**soutenu**",
            "[le site du Kremlin](http://kremlin.ru/acts/news/75605)",
            "1. Le commentaire",
        ],
    },
    "cp1252_crlf.txt": {  # Windows-1252 with CRLF newlines
        "title": "L’Œuvre inachevée du cessez-le-feu de Minsk",
        "authors": ["François Lefèvre"],
        "date": "2025-03-01",
        "language": "fr",
        "body_contains": ["l’œuvre des négociateurs", "« sous la contrainte »", "500 milliards €"],
        "body_ends": "Reste à savoir qui acceptera ce rôle.",
        "body_excludes": ["\r"],
    },
    "utf16_article.txt": {  # UTF-16 with a BOM, two authors, ISO date
        "title": "Quand Pékin arbitre entre Moscou et Washington",
        "authors": ["Li Wei", "Sophie Marchand"],
        "date": "2025-06-12",
        "language": "fr",
        "body_starts": "La Chine se garde bien de choisir",
    },
    "signe_en_fin.txt": {  # "Auteur :", numeric date, translator and source below the text
        "title": "Le retour discret des navires russes à Tartous",
        "authors": ["Marc Olivier Delorme"],
        "date": "2025-03-13",
        "translator": "Anne Leclerc",
        "original_source": "Middle East Monitor",
        "source": None,
        "body_ends": "contrôle l'accès en temps de guerre.",
        "body_excludes": ["Traduit", "Middle East Monitor", "Auteur"],
    },
}


@pytest.fixture(scope="module")
def other_sites() -> dict[str, dict]:
    return show_json([DATA / name for name in OTHER_SITES] + [DATA / "titre_seul.txt"])


@pytest.mark.parametrize("name", list(OTHER_SITES))
def test_other_site_fields(other_sites: dict[str, dict], name: str) -> None:
    want, got = OTHER_SITES[name], other_sites[name]
    assert not got["errors"] and not got["warnings"], got
    body = got["body"]
    plain = markdown_plain(body)
    for key in ("title", "authors", "date", "source", "source_tags", "translator", "language"):
        if key in want:
            assert got[key] == want[key] or (want[key] is None and not got[key]), key
    if "original_source" in want:
        assert (got["original"] or {}).get("source") == want["original_source"]
    if "summary" in want:
        assert got["summary"] == want["summary"]
    if "id" in want:
        assert got["id"] == want["id"]
    if "body_starts" in want:
        assert plain.startswith(spaces(want["body_starts"])), plain[:200]
    if "body_ends" in want:
        assert plain.endswith(spaces(want["body_ends"])), plain[-200:]
    for part in want.get("body_contains", []):
        assert part in plain
    for part in want.get("body_excludes", []):
        assert part not in body, part
    for part in want.get("markdown_contains", []):
        assert part in body, part
    if "headings" in want:
        found = [line.lstrip("#").strip() for line in body.splitlines() if line.startswith("#")]
        assert found == want["headings"]


def test_title_only_file_is_an_error_naming_the_reason(other_sites: dict[str, dict]) -> None:
    got = other_sites["titre_seul.txt"]
    assert got["errors"] == ["no article text after the title"]


# ----------------------------------------------------------------------------- choice by content


@pytest.fixture(scope="module")
def layouts():
    return load_layouts(LAYOUTS_DIR)


def convert(name: str, data: bytes, layouts):
    article, problems = convert_file_with_problems(name, data, layouts)
    assert article is not None, problems
    return article


@pytest.mark.parametrize("item", EXPECTED["articles"], ids=lambda item: item["file"][:3])
def test_layout_depends_on_content_not_name(layouts, item: dict) -> None:
    data = (SAMPLES / item["file"]).read_bytes()
    chosen = convert(item["file"], data, layouts).layout
    assert chosen != "generic"
    for other in ("article.txt", "mondialisation.txt", "relais-004.txt", "x/y/z.txt"):
        assert convert(other, data, layouts).layout == chosen


def test_each_sample_is_recognised_by_exactly_one_site_layout(layouts) -> None:
    for item in EXPECTED["articles"]:
        doc = read_document(item["file"], (SAMPLES / item["file"]).read_bytes())
        text = SourceText(item["file"], doc.text, doc.is_markdown)
        confident = [layout.name for layout in layouts if layout.detect(text) >= 0.5]
        assert len(confident) == 1, (item["file"], confident)


def test_site_layouts_do_not_claim_other_sites(layouts) -> None:
    for name in OTHER_SITES:
        assert convert(name, (DATA / name).read_bytes(), layouts).layout == "generic"


def test_every_layout_module_says_what_it_reads(layouts) -> None:
    for layout in layouts:
        doc = (layout.module.__doc__ or "").strip()
        assert len(doc) > 40, f"{layout.name}: the module docstring must describe its site"


def test_generic_layout_alone_reads_the_samples_headers() -> None:
    """Without the site layouts, the fallback still finds the header fields."""
    generic = [layout for layout in load_layouts(LAYOUTS_DIR) if layout.name == "generic"]
    want = {item["file"]: item for item in EXPECTED["articles"]}
    for file in ("000_90dc1a8efb86c2f4.txt", "001_2e701b5953163519.txt"):
        article = convert(file, (SAMPLES / file).read_bytes(), generic)
        for key in ("title", "date", "source", "source_tags"):
            assert getattr(article, key) == (
                tuple(want[file][key]) if key == "source_tags" else want[file][key]
            ), key
        assert list(article.authors) == want[file]["authors"]
        assert "Karine Bechet-Golovko" not in article.body
        assert "Avis de non-responsabilité" not in article.body
        assert markdown_plain(article.body).endswith(want[file]["body_ends"])
    relay = convert("004.txt", (SAMPLES / "004_98693721a41ae69d.txt").read_bytes(), generic)
    assert relay.date == "2025-12-03" and relay.authors == ("Larry Johnson",)
    assert relay.translator == "Spirit of Free Speech"


# ----------------------------------------------------------------------------- plugins


def _plugin_folder(tmp_path: Path, **modules: str) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    shutil.copy(LAYOUTS_DIR / "generic.py", folder / "generic.py")
    for name, code in modules.items():
        (folder / f"{name}.py").write_text(code, encoding="utf-8")
    return folder


def test_adding_a_source_is_adding_one_module(tmp_path: Path) -> None:
    folder = _plugin_folder(
        tmp_path,
        lettre=(
            '"""La Lettre du Caucase: every article starts with "LA LETTRE DU CAUCASE"."""\n'
            "from manchette.model import SourceResult\n"
            'NAME = "lettre"\n'
            "def detect(doc):\n"
            '    return 1.0 if doc.text.lstrip().startswith("LA LETTRE DU CAUCASE") else 0.0\n'
            "def read(doc):\n"
            "    lines = [line for line in doc.lines if line.strip()]\n"
            '    return SourceResult(layout=NAME, title=lines[1], body_lines=lines[2:], source="La Lettre")\n'
        ),
    )
    layouts = load_layouts(folder)
    text = "LA LETTRE DU CAUCASE\n\nBakou et Erevan\n\nLes deux capitales ont signé un texte.\n"
    article = convert("a.txt", text.encode(), layouts)
    assert (article.layout, article.title, article.source) == (
        "lettre",
        "Bakou et Erevan",
        "La Lettre",
    )
    assert (
        convert("b.txt", b"Titre\n\nUn texte ordinaire, sans en-tete.\n", layouts).layout
        == "generic"
    )


def test_a_broken_layout_is_reported_and_the_text_still_read(tmp_path: Path) -> None:
    folder = _plugin_folder(
        tmp_path,
        cassé="NAME = 'casse'\ndef detect(doc):\n    raise ValueError('boom')\ndef read(doc):\n    pass\n",
        avide="NAME = 'avide'\ndef detect(doc):\n    return 1.0\ndef read(doc):\n    raise KeyError('x')\n",
    )
    layouts = load_layouts(folder)
    problems: list[Problem] = []
    doc = SourceText("a.txt", "Un titre\n\nUn paragraphe de texte ordinaire.\n", False)
    result = read_with_best_layout(layouts, doc, problems)
    assert result.layout == "generic" and result.title == "Un titre"
    reasons = " ".join(p.reason for p in problems)
    assert "'casse' failed to detect" in reasons and "'avide' failed to read" in reasons


def test_the_generic_layout_is_required(tmp_path: Path) -> None:
    (tmp_path / "seul.py").write_text("NAME='seul'\ndef detect(d): return 0\ndef read(d): pass\n")
    with pytest.raises(LayoutError, match="generic"):
        load_layouts(tmp_path)


# ----------------------------------------------------------------------------- sourcekit


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Mondialisation.ca, 13 mars 2025", "2025-03-13"),
        ("Publié le 1er mars 2025 à 10h30", "2025-03-01"),
        ("jeudi 3 avril 2025", "2025-04-03"),
        ("le 3 déc. 2025", "2025-12-03"),
        ("13/03/2025", "2025-03-13"),
        ("13.03.2025", "2025-03-13"),
        ("2025-03-13T08:00:00Z", "2025-03-13"),
        ("March 13, 2025", "2025-03-13"),
        ("Posted on Thursday, March 13th, 2025", "2025-03-13"),
        ("13 March 2025", "2025-03-13"),
        ("Mar. 3 2025", "2025-03-03"),
        ("le 31 février 2025", None),
        ("en 2025, 13 navires", None),
        ("article n° 2025", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found.iso if found else None) == iso


def test_numeric_dates_are_day_first_unless_told() -> None:
    assert find_date("03/12/2025").iso == "2025-12-03"
    assert find_date("03/12/2025", day_first=False).iso == "2025-03-12"
    assert find_date("13/03/2025", day_first=False).iso == "2025-03-13"


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("Par [Karine Bechet-Golovko](#)", ["Karine Bechet-Golovko"], None),
        ("Par \u00a0Larry Johnson, le 3 décembre 2025", ["Larry Johnson"], "2025-12-03"),
        ("By Jane Whitfield | March 3, 2025", ["Jane Whitfield"], "2025-03-03"),
        ("By Jane Smith and John Doe", ["Jane Smith", "John Doe"], None),
        ("Auteur : Jean-Pierre de La Tour", ["Jean-Pierre de La Tour"], None),
        ("Par Marie Dupont, correspondante à Moscou", ["Marie Dupont"], None),
        ("Par Marie Dupont pour Le Monde", ["Marie Dupont"], None),
        (
            "Par Claire Moreau et Julien Arnaud, à Bruxelles",
            ["Claire Moreau", "Julien Arnaud"],
            None,
        ),
        ("Par ailleurs, la Russie a répondu.", None, None),
        ("Par la voix de son porte-parole", None, None),
        ("By Monday, the talks had stalled", None, None),
        ("Pendant que les médias parlaient", None, None),
    ],
)
def test_bylines(line: str, authors: list[str] | None, date: str | None) -> None:
    byline = parse_byline(line)
    if authors is None:
        assert byline is None
    else:
        assert byline is not None and byline.authors == authors and byline.date == date


def test_translator_credits() -> None:
    assert parse_translator("Traduit par \u00a0Spirit of Free Speech") == "Spirit of Free Speech"
    assert parse_translator("Traduit de l'anglais par Anne Leclerc") == "Anne Leclerc"
    assert parse_translator("Translated by Maria Rossi") == "Maria Rossi"
    assert parse_translator("Traduction : Jean Marc") == "Jean Marc"
    assert parse_translator("Traduit par une machine, donc imparfait.") is None


@pytest.mark.parametrize(
    "name", ["Karine Bechet-Golovko", "Jean-Pierre de La Tour", "J.-P. Martin", "Oussama al-Hakim"]
)
def test_names(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize(
    "text", ["Nous serons fixés dans quelques jours.", "Région : Europe", "jeudi 3 avril", "Le 3"]
)
def test_not_names(text: str) -> None:
    assert not is_name(text)


@pytest.mark.parametrize(
    "line",
    [
        "Partager : Facebook Twitter WhatsApp E-mail Imprimer",
        "Share this: Twitter Facebook LinkedIn Email",
        "Tweet",
        "© Le Courrier européen 2025 - Tous droits réservés",
        "Copyright © 2025 Example Media. All rights reserved.",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Nous utilisons des cookies pour améliorer votre navigation. Accepter | Paramétrer",
        "Publicité",
        "12 commentaires",
        "Leave a Reply",
        "Photo : AFP",
        "Mots-clés : Russie, Ukraine",
        "youtube-nocookie.com",
        "https://www.youtube.com/watch?v=abc",
        "249-18-02-2025",
        "* * *",
        "échange téléphonique entre trump et poutine échange téléphonique entre trump et poutine",
        "Poutine- Essais-Exercices-Nucléaires-Bombe",
        "[Accueil](https://a.fr/) [Monde](https://a.fr/monde) [Europe](https://a.fr/europe)",
    ],
)
def test_junk_lines(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "Les illusions des médias et la réalité géopolitique",
        "Nous serons fixés dans quelques jours.",
        "Le porte-parole a déclaré qu'il partagerait les informations sur Facebook et Twitter avec les journalistes.",
        "Les abonnés au service ont reçu la newsletter du ministère, qui annonçait la décision de suspendre les livraisons.",
        "Ensuite, Lavrov a donné une conférence de presse, compacte.",
        "Saint-Pierre-et-Miquelon",
    ],
)
def test_text_lines_are_not_junk(line: str) -> None:
    assert not is_junk(line)


def test_read_more_blocks() -> None:
    lines = [
        "Premier paragraphe du texte, assez long pour compter.",
        "",
        "À lire aussi : Un autre article sur le même sujet",
        "",
        "Lire aussi",
        "",
        "Sanctions : ce que contient le seizième paquet",
        "",
        "Gaz russe : la Slovaquie saisit la justice",
        "",
        "Le texte reprend ici, avec une phrase complète.",
        "Read more: How Turkey became a broker",
    ]
    kept = [line for line in drop_read_more(lines) if line]
    assert kept == [lines[0], lines[10]]


def test_footer_is_cut_from_its_first_line() -> None:
    body = [f"Paragraphe {n} du texte, une phrase complète." for n in range(8)]
    lines = body + ["", "© Le Journal 2025", "", "Un paragraphe de mentions légales plus long."]
    assert cut_footer(lines)[: len(body)] == body and len(cut_footer(lines)) == len(body) + 1
    # a credit line near the top is not the start of the footer
    assert cut_footer(["© AFP", *body]) == ["© AFP", *body]


def test_signature_is_split_off() -> None:
    lines = ["Un texte.", "", "Il se termine ici.", "", "Karine Bechet-Golovko", ""]
    assert take_signature(lines) == (
        ["Un texte.", "", "Il se termine ici."],
        ["Karine Bechet-Golovko"],
    )
    lines = ["Un texte.", "", "Jane Whitfield is a freelance journalist based in Istanbul."]
    assert take_signature(lines, ["Jane Whitfield"]) == (["Un texte."], ["Jane Whitfield"])
    assert take_signature(["Un texte.", "Nous serons fixés."])[1] == []


# ----------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Negotiating in Moscow on the Negotiations", "en"),
        ("Why the Black Sea Grain Talks Keep Stalling", "en"),
        ("Négocier les négociations à Moscou", "fr"),
        ("Duel Poutine / Trump par délégations interposées", "fr"),
        ("Trump's envoy met Putin", "en"),
        ("L'envoyé de Trump a rencontré Poutine", "fr"),
        (
            "U.S. President Donald Trump's special envoy, Steve Witkoff and Trump's son-in-law, "
            "Jared Kushner met with Russian President Vladimir Putin at the Kremlin in Moscow.",
            "en",
        ),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_of_whole_articles() -> None:
    english = (DATA / "english_blog.txt").read_text(encoding="utf-8")
    assert detect_language(english) == "en"
    for item in EXPECTED["articles"]:
        text = (SAMPLES / item["file"]).read_text(encoding="utf-8")
        assert detect_language(text) == item["language"]
    assert detect_language("12 345", default="fr") == "fr"
    assert detect_language("", default="en") == "en"


def test_short_layout_helpers_keep_spaces_simple() -> None:
    assert spaces("a\u00a0:\u202fb  c") == "a : b c"


def test_boilerplate_trailing_the_text_is_trimmed_by_shape() -> None:
    from manchette.ingest.sourcekit import finish_body

    lines = [
        "Le texte se termine sur une phrase complète.",
        "",
        "Marie Dupont",
        "",
        "Mentions légales",
        "Plan du site",
        "Contact",
    ]
    assert finish_body(lines) == (
        ["Le texte se termine sur une phrase complète."],
        ["Marie Dupont"],
    )
    assert finish_body(["Une phrase.", "", "Conclusion", "", "Le mot de la fin."])[0][-1] == (
        "Le mot de la fin."
    )


def test_generic_skips_a_title_shown_twice_and_a_section_label(layouts) -> None:
    text = (
        "MONDE\n\nLe titre répété\n\nLe titre répété\n\nPar Jean Dupont\n\n"
        "Le texte commence ici avec une phrase complète et assez longue pour compter.\n"
    )
    article = convert("x.txt", text.encode(), layouts)
    assert (article.title, article.authors) == ("Le titre répété", ("Jean Dupont",))
    assert article.body.startswith("Le texte commence ici")


def test_generic_text_without_title_line_gets_its_first_sentence(layouts) -> None:
    text = (
        "Une longue phrase d'ouverture qui sert de texte et de titre à la fois. Elle est suivie "
        "d'autres phrases, assez nombreuses pour que la ligne ne puisse pas être un titre, et qui "
        "parlent de diplomatie, de sanctions et de négociations entre plusieurs capitales."
    )
    article = convert("x.txt", text.encode(), layouts)
    assert article.title == "Une longue phrase d'ouverture qui sert de texte et de titre à…"
    assert article.body.startswith("Une longue phrase d'ouverture")
