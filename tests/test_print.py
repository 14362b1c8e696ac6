"""A printed article: Chromium prints the page to PDF, pdftoppm turns its pages into PNG images
(tests/screenshots/print-*.png, to look at) and pdftotext reads what is on paper: the article's
header, text, original publication and reference; none of the site's menus, chips or boxes;
each link's address after its text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from browser import browser, page, serve_site  # noqa: F401 (fixtures)
from conftest import ProjectCopy, copy_project

SHOTS = Path(__file__).resolve().parent / "screenshots"
POPPLER_HINT = "pdftoppm and pdftotext come with Debian's poppler-utils (`.ci/run` installs it)"

LINKED = """---
title: Le corridor céréalier rouvre sous surveillance turque
date: 2025-06-03
authors: [Hélène Carrier]
source: Le Journal des Détroits
translator: Marc Lenoir
original:
  title: Grain corridor reopens under Turkish watch
  source: The Harbour Ledger
  date: 2025-06-02
---
Les délégations de Kiev et de Moscou se sont retrouvées lundi à Istanbul pour discuter du passage des céréaliers en mer Noire, selon le ministère turc des Affaires étrangères.

Les exportateurs parlent de semaines d'incertitude : le coût des assurances a doublé depuis le printemps, et plusieurs cargaisons ont été détournées vers les ports du Danube.

Le communiqué des médiateurs est en ligne sur [le site du ministère](https://mfa.example.org/corridor-cerealier), qui annonce une seconde réunion avant la fin du mois.
"""


def poppler_missing() -> str | None:
    missing = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    return f"{', '.join(missing)} not found: {POPPLER_HINT}" if missing else None


@pytest.fixture(scope="module")
def printed_site(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    reason = poppler_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    project = copy_project(tmp_path_factory.mktemp("print") / "project")
    project.add("corridor.md", LINKED)
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    return project


def print_page(page, url: str, name: str, tmp_path: Path) -> str:  # noqa: F811
    """Print `url` to PDF as a reader would (A4), keep PNG images of its pages, return its text."""
    page.goto(url)
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    SHOTS.mkdir(exist_ok=True)
    for old in SHOTS.glob(f"print-{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf), str(SHOTS / f"print-{name}")], check=True
    )
    assert list(SHOTS.glob(f"print-{name}-*.png"))
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


SITE_WORDS = ["Rechercher", "Chronologie", "À propos", "À lire aussi", "Plus ancien", "Thèmes"]


def article_url(base: str, site: Path, title: str) -> str:
    """The address of the article page whose heading starts with `title`."""
    for index in site.glob("articles/*/*/*/index.html"):
        heading = lxml.html.parse(str(index)).find(".//h1")
        if heading is not None and heading.text_content().startswith(title):
            return base + index.parent.relative_to(site).as_posix() + "/"
    raise AssertionError(f"no page for {title!r}")


def test_printed_article_is_the_article_alone(page, printed_site, tmp_path) -> None:  # noqa: F811
    with serve_site(printed_site.site) as base:
        url = article_url(base, printed_site.site, "Le corridor céréalier rouvre")
        text = print_page(page, url, "article-link", tmp_path)
        assert "Le corridor céréalier rouvre sous surveillance turque" in text
        assert "3 juin 2025" in text and "Hélène Carrier" in text
        assert "Le Journal des Détroits" in text
        assert "Publication originale" in text and "The Harbour Ledger" in text
        assert "Traduction : Marc Lenoir" in text
        assert "Les exportateurs parlent de semaines" in text
        address = "le site du ministère (https://mfa.example.org/corridor-cerealier)"
        assert address in text.replace("- ", "-")  # a long address breaks after a hyphen
        # The reference (its heading in capitals, the family name in small capitals), without
        # the download links.
        reference = text.lower().split("citer cet article")[1]
        assert "carrier hélène, « le corridor céréalier rouvre" in reference
        assert "bibtex" not in reference and " ris" not in reference
        for word in SITE_WORDS:
            assert word not in text, word
        sample = article_url(base, printed_site.site, "Duel Poutine / Trump")
        text = print_page(page, sample, "article-sample", tmp_path)
        assert "Duel Poutine / Trump par délégations interposées" in text
        assert "Karine Bechet-Golovko" in text and "Mondialisation.ca" in text
        assert "Acteurs" not in text  # the chips are left out
        for word in SITE_WORDS:
            assert word not in text, word
