"""Front matter: a title replaces the title line without eating text; lists given as strings."""

from conftest import ROOT
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.project import Project

LAYOUTS = load_layouts(Project(ROOT).layouts)
FIRST = "Le premier paragraphe commence ici et il compte pour le texte de l'article."


def convert(name: str, text: str):
    article, problems = convert_file_with_problems(name, text.encode(), LAYOUTS)
    assert article is not None, problems
    return article


def test_markdown_body_keeps_its_first_paragraph():
    article = convert("a.md", f"---\ntitle: Un titre choisi\n---\n{FIRST}\n\nUne suite.\n")
    assert article.title == "Un titre choisi"
    assert article.body.startswith(FIRST)


def test_title_line_repeating_the_front_matter_title_is_dropped():
    article = convert("b.txt", f"---\ntitle: Un titre choisi\n---\nUn titre choisi\n\n{FIRST}\n")
    assert article.body.startswith(FIRST)
    assert "Un titre choisi" not in article.body


def test_without_front_matter_the_first_line_is_the_title():
    article = convert("c.txt", f"Le vrai titre\n\n{FIRST}\n")
    assert article.title == "Le vrai titre"
    assert article.body.startswith(FIRST)


def test_front_matter_lists_given_as_one_string():
    article = convert(
        "d.txt",
        "---\nauthors: Anne Roy et Paul Hue\nthemes: Sanctions et économie\n---\n"
        f"Titre\n\n{FIRST}\n",
    )
    assert article.authors == ("Anne Roy", "Paul Hue")
    assert article.declared_themes == ("Sanctions et économie",)


def test_a_web_clippers_front_matter_is_understood():
    """Obsidian's web clipper writes `source` as the page's address, `author` as "[[Name]]"
    links, `published` for the date and `created` for the day of the clip."""
    article, problems = convert_file_with_problems(
        "clip.md",
        (
            '---\ntitle: "Un titre choisi"\nsource: "https://journal.example/2026/11/27/article"\n'
            'author:\n  - "[[Anne Roy]]"\n  - "[[Paul Hue|P. Hue]]"\npublished: 2026-11-27\n'
            f"created: 2026-11-30\n---\n{FIRST}\n\nUne suite.\n"
        ).encode(),
        LAYOUTS,
    )
    assert article is not None, problems
    assert article.authors == ("Anne Roy", "Paul Hue")
    assert article.date == "2026-11-27"
    assert article.canonical_url == "https://journal.example/2026/11/27/article"
    assert article.source != "https://journal.example/2026/11/27/article"
    assert not [p for p in problems if "unknown key" in p.reason], problems
