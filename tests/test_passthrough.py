"""Engine-made HTML skips Python-Markdown: the rendered pages must not change at all."""

from __future__ import annotations

import lxml.html
import markdown
import pytest
from conftest import copy_project
from manchette.build import build_pages
from manchette.passthrough import restore, shelve
from manchette.project import Project

EXTENSIONS = ["attr_list", "md_in_html", "toc"]

PAGE = """<article class="mc-article" data-pagefind-body markdown="1">
<ul class="mc-kicker" aria-label="Rubriques"><li>Russie</li><li>UKRAINE</li></ul>
<h1 data-pagefind-meta="title">Le *vrai* plan &amp; ses &lt;limites&gt;</h1>
<header class="mc-article-header">
<p class="mc-byline"><time datetime="2025-03-13">13 mars 2025</time></p>
<span hidden data-pagefind-filter="année">2025</span>
</header>
<div class="mc-body" markdown="1">

Premier paragraphe avec *emphase* et &lt;script&gt;alert(1)&lt;/script&gt; montré en texte.

## Un intertitre

- un point
- un autre

Dernier paragraphe.
</div>
</article>

<aside class="mc-box" data-pagefind-ignore><h2>À lire aussi</h2><ul><li><a href="../x/">X</a></li></ul></aside>
<nav class="mc-prevnext" aria-label="Articles voisins"><a href="../y/">Y</a></nav>

# Titre en Markdown

<span class="mc-inline">une ligne qui commence par une balise en ligne</span> suivie de texte.

<div class="mc-panels">
<section class="mc-panel"><h2 id="cites">Cités avec</h2>
<ul class="mc-counts">
<li><a href="../a/">A</a> <span class="mc-n">1</span></li>
</ul>
</section>
</div>
"""


def dom(html: str) -> list[tuple]:
    """The page as a list of elements: tag, attributes (any order), text, tail."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [
        (
            el.tag,
            tuple(sorted((k, "" if v == k else v) for k, v in el.attrib.items())),
            (el.text or "").strip(),
            (el.tail or "").strip(),
        )
        for el in root.iter()
        if isinstance(el.tag, str)
    ]


def render(text: str) -> tuple[str, list]:
    md = markdown.Markdown(extensions=EXTENSIONS)
    return md.convert(text), md.toc_tokens


def render_shelved(text: str) -> tuple[str, list]:
    shelf = shelve(text)
    assert shelf is not None
    md = markdown.Markdown(extensions=EXTENSIONS)
    html = restore(md.convert(shelf.markdown), shelf)
    assert html is not None
    return html, md.toc_tokens


def test_a_page_renders_the_same_with_its_html_shelved():
    plain, plain_toc = render(PAGE)
    shelved, shelved_toc = render_shelved(PAGE)
    assert dom(shelved) == dom(plain)
    assert shelved_toc == plain_toc  # the h1 keeps its id and its place in the contents
    assert "&lt;script&gt;" in shelved and "<script" not in shelved
    shelf = shelve(PAGE)
    assert "mc-panels" not in shelf.markdown and "mc-byline" not in shelf.markdown


@pytest.mark.parametrize(
    "text",
    [
        "<div class='a'>\n<p>jamais fermé\n",  # unbalanced
        '<div>\n<div markdown="1">\ntexte\n</div>\n</div>\n',  # a wrapper inside raw HTML
        '<section markdown="1">\n\ntexte\n',  # a wrapper never closed
    ],
)
def test_anything_unexpected_is_left_to_markdown(text):
    assert shelve(text) is None


def test_a_lost_placeholder_means_no_shortcut():
    shelf = shelve("<div>un</div>\n\ntexte\n")
    assert shelf is not None
    html = markdown.Markdown(extensions=EXTENSIONS).convert(shelf.markdown)
    assert restore(html.replace(next(iter(shelf.blocks)), "autre"), shelf) is None


def test_generated_pages_render_the_same(tmp_path):
    """Every page the engine generates for the samples: same HTML, same table of contents."""
    project = Project(copy_project(tmp_path / "project").root)
    pages = build_pages(project).pages
    assert pages
    for path, text in pages.items():
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        plain, plain_toc = render(body)
        shelved, shelved_toc = render_shelved(body)
        assert dom(shelved) == dom(plain), path
        assert shelved_toc == plain_toc, path


def test_no_placeholder_reaches_the_site(sample_site):
    pages = list(sample_site.site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "mcraw" not in html and "data-mcraw-unwrap" not in html, page
