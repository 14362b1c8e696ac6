"""Body lines -> clean Markdown, and the safety of the whole conversion (property-based).

Rendered HTML is checked with Python-Markdown and the extensions of the site's mkdocs.yml,
inside the same `<div markdown="1">` wrapper the article page uses.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser

import markdown as python_markdown
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.ingest.markdown import body_to_markdown
from manchette.ingest.read import read_document


def md(text: str, is_markdown: bool = False) -> str:
    return body_to_markdown(text.split("\n"), is_markdown)


@cache
def site_markdown_config() -> tuple[list, dict]:
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


def render(body: str) -> str:
    extensions, configs = site_markdown_config()
    from manchette.pages.article import body_markdown  # the body as the article page holds it

    page = body_markdown(body)
    return python_markdown.markdown(page, extensions=extensions, extension_configs=configs)


# ----------------------------------------------------------------------------- links, emphasis


def test_dead_links_become_text() -> None:
    assert md("le [porte-parole du Kremlin](#) a dit.") == "le porte-parole du Kremlin a dit.\n"
    assert md("voir [ici]() et [là](#top).") == "voir ici et là.\n"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "/local",
        "autre.md",
        "mailto:a@b.c",
        "ftp://x.org/f",
    ],
)
def test_links_other_than_http_become_text(url: str) -> None:
    assert md(f"Un [lien]({url}) ici.") == "Un lien ici.\n"


def test_http_links_are_kept() -> None:
    out = md("Voir [le site](https://example.org/a_(b)?x=1&y=2) et [autre](http://a.fr).")
    assert "[le site](https://example.org/a_(b)?x=1&y=2)" in out and "[autre](http://a.fr)" in out
    html = render(out)
    assert 'href="https://example.org/a_(b)?x=1&amp;y=2"' in html


def test_images_in_copied_text_are_dropped_in_markdown_linked() -> None:
    assert md("Texte ![alt de l'image](https://x.org/a.jpg) suite.") == "Texte  suite.\n"
    assert "[Image : carte](https://x.org/a.png)" in md("![carte](https://x.org/a.png)", True)
    assert "<img" not in render(md("![carte](https://x.org/a.png)", True))


def test_emphasis_is_kept() -> None:
    out = md("sur le mode - *combien coûte la Patrie?*) et **fort** et _aussi_.")
    assert "*combien coûte la Patrie?*" in out and "**fort**" in out and "_aussi_" in out
    html = render(out)
    assert "<em>combien coûte la Patrie?</em>" in html and "<strong>fort</strong>" in html


# ----------------------------------------------------------------------------- lists


@pytest.mark.parametrize("mark", ["-", "•", "*", "–", "+"])
def test_bullet_lines_become_a_list(mark: str) -> None:
    out = md(f"Il a dit :\n\n{mark} un point ;\n{mark} un autre point.\n\nLa suite.")
    assert "- un point ;\n- un autre point." in out
    html = render(out)
    assert html.count("<li>") == 2 and "<ul>" in html


def test_numbered_lines_become_an_ordered_list() -> None:
    out = md("Trois points :\n\n1. le premier ;\n2) le deuxième ;\n3. le dernier.")
    assert "1. le premier ;\n1. le deuxième ;\n1. le dernier." in out
    assert render(out).count("<li>") == 3 and "<ol>" in render(out)


def test_list_items_separated_by_blank_lines_stay_one_list() -> None:
    out = md("- un\n\n- deux\n- trois")
    assert "- un\n- deux\n- trois" in out and render(out).count("<ul>") == 1


def test_a_wrapped_list_item_is_rejoined() -> None:
    assert "- un point qui continue ici." in md("- un point qui\ncontinue ici.")


def test_emphasis_at_line_start_is_not_a_bullet() -> None:
    assert md("*Le texte* commence ainsi.") == "*Le texte* commence ainsi.\n"


# ----------------------------------------------------------------------------- paragraphs


def test_paragraphs_broken_mid_sentence_are_rejoined() -> None:
    text = (
        "donnant ainsi la possibilité de reprendre des forces, avec notamment la\n\n"
        "reprise des fournitures américaines. Trump insiste.\n\n\n\n"
        "Et cette équipe a bien l'intention de forcer la Russie."
    )
    out = md(text)
    assert "avec notamment la reprise des fournitures américaines." in out
    assert out.count("\n\n") == 1


def test_finished_paragraphs_are_not_rejoined() -> None:
    assert md("Une phrase finie.\n\nune autre qui commence mal.").count("\n\n") == 1
    assert md("Une phrase sans point\n\nUne Autre en majuscule.").count("\n\n") == 1


def test_lines_of_one_paragraph_are_joined_and_hyphenation_repaired() -> None:
    assert (
        md("une déclara-\ntion commune\nsignée hier.") == "une déclaration commune signée hier.\n"
    )


# ----------------------------------------------------------------------------- headings


def test_a_short_line_before_a_paragraph_is_a_subheading() -> None:
    out = md("Un premier paragraphe.\n\nLes illusions des médias\n\nLe texte reprend ici.")
    assert "\n\n## Les illusions des médias\n\n" in out
    assert "<h2" in render(out)


@pytest.mark.parametrize(
    "text",
    [
        "Fin.\n\nUne ligne finale sans point",  # last line
        "Fin.\n\nUn titre d'article lié\n\nUn intertitre\n\nLe texte.",  # two in a row
        "Ils ont crié :\n\nNon à la guerre\n\nLe texte.",  # announced by a colon
        "Fin.\n\nUne ligne beaucoup trop longue pour être un intertitre car elle compte plus de douze mots\n\nLe texte.",
        "Fin.\n\nUne phrase complète.\n\nLe texte.",
    ],
)
def test_lines_that_are_not_subheadings(text: str) -> None:
    out = md(text)
    first_short = text.split("\n\n")[1]
    assert f"## {first_short}" not in out


def test_never_a_level_one_heading() -> None:
    assert not re.search(r"^#\s", md("# Un titre\n\nLe texte."), re.M)
    assert not re.search(r"^#\s", md("# Un titre\n\nLe texte.", True), re.M)
    assert "<h1" not in render(md("#297925\n\nLe texte.")) + render(md("# T\n\nx.", True))


# ----------------------------------------------------------------------------- remnants


@pytest.mark.parametrize(
    "junk",
    [
        "échange téléphonique entre trump et poutine échange téléphonique entre trump et poutine",
        "Poutine- Essais-Exercices-Nucléaires-Bombe",
        "poutine-trump-sommet-alaska.jpg",
        "249-18-02-2025",
        "youtube-nocookie.com",
        "* * *",
        "Photo : AFP",
        "carte des frappes en ukraine",  # an alt text alone between two paragraphs
    ],
)
def test_caption_and_alt_text_remnants_are_dropped(junk: str) -> None:
    out = md(f"Un paragraphe fini.\n\n{junk}\n\nUn autre paragraphe.")
    assert out == "Un paragraphe fini.\n\nUn autre paragraphe.\n"


def test_stray_angle_bracket_is_cleaned() -> None:
    assert "si Poutine n’acceptait pas" in md("si Poutine >n’acceptait pas un accord.")
    assert "a &gt; b" in md("Si a > b alors.")


def test_control_characters_are_removed() -> None:
    assert md("Un\x07 texte\x1b propre\u200b.") == "Un texte propre.\n"


# ----------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ('<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'),
        ("<iframe src='//x'></iframe>", "<iframe src='//x'></iframe>"),
        ("{{ config.secret }}", "{{ config.secret }}"),
        ("{% include 'x' %}", "{% include 'x' %}"),
        ("</div><div onclick=x>", "</div><div onclick=x>"),
        ("&lt;b&gt; déjà échappé", "&lt;b&gt; déjà échappé"),
    ],
)
def test_raw_html_and_templates_show_as_text(text: str, shown: str) -> None:
    html = render(md(f"Avant {text} après."))
    audit = audit_html(html)
    assert not audit.problems, audit.problems
    assert shown in unescape_text(html)


def test_attribute_lists_are_not_markup() -> None:
    html = render(md('Un paragraphe.\n{: onclick="alert(1)" }\n\nSuite.'))
    assert "onclick" not in attributes_of(html)


def test_reference_definitions_in_copied_text_are_text() -> None:
    html = render(md("Voir [x][1].\n\n[1]: javascript:alert(1)"))
    assert not audit_html(html).problems and "<a" not in html


@pytest.mark.parametrize(
    "text", ["#297925", "1984. Une année", "> cité", "```", "~~~", "= égal", "| a | b |"]
)
def test_copied_text_never_starts_a_block_construct(text: str) -> None:
    html = render(md(f"{text} et une phrase complète.\n\nLe texte."))
    first = html.split("\n")[1]
    assert first.startswith("<p>"), html


# ----------------------------------------------------------------------------- .md files


def test_markdown_files_keep_their_structure() -> None:
    source = (
        "Intro avec *emphase*, **gras** et `code <b>`.\n\n"
        "## Partie\n\n- un\n- deux\n\nEntre les listes.\n\n1. a\n2. b\n\n> Une citation.\n\n"
        "[lien](https://a.fr) et <https://b.fr/x>.\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    out = md(source, True)
    html = render(out)
    for fragment in (
        "<em>emphase</em>",
        "<strong>gras</strong>",
        "<code>code &lt;b&gt;</code>",
        "<h2",
        "<ul>",
        "<ol>",
        "<blockquote>",
        'href="https://a.fr"',
        'href="https://b.fr/x"',
        "<table>",
    ):
        assert fragment in html, fragment


def test_markdown_headings_are_demoted_below_the_title() -> None:
    out = md("# Titre\n\nTexte.\n\n## Partie\n\nTexte.\n\nSous\n----\n\nFin.", True)
    assert re.findall(r"^#+ .*$", out, re.M) == ["## Titre", "### Partie", "### Sous"]
    assert md("## Partie\n\nTexte.", True).startswith("## Partie")


def test_markdown_fenced_code_keeps_its_text() -> None:
    html = render(md("Avant.\n\n```html\n<script>x()</script>\n```\n\nAprès.", True))
    assert "&lt;script&gt;x()&lt;/script&gt;" in html and not audit_html(html).problems


def test_markdown_raw_html_and_unsafe_links_are_text() -> None:
    source = (
        '<div onclick="x">bloc</div>\n\n<script>alert(1)</script>\n\n'
        "[a](javascript:alert(1)) [b](<javascript:alert(1)>) ![c](javascript:x)\n\n"
        "[r][evil] [s][good]\n\n[evil]: javascript:alert(1)\n[good]: https://ok.fr\n"
    )
    html = render(md(source, True))
    assert not audit_html(html).problems, audit_html(html).problems
    assert 'href="https://ok.fr"' in html


# ----------------------------------------------------------------------------- HTML audit

FORBIDDEN_TAGS = {
    "script",
    "iframe",
    "img",
    "object",
    "embed",
    "style",
    "link",
    "meta",
    "form",
    "input",
    "button",
    "svg",
    "math",
    "base",
    "frame",
    "frameset",
    "video",
    "audio",
    "source",
    "textarea",
    "template",
    "noscript",
    "applet",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster"}


class HtmlAudit(HTMLParser):
    """Tags and attributes in rendered HTML that could come from an article as markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.attributes: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            self.attributes.append(name)
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in URL_ATTRIBUTES and value is not None:
                target = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if not re.match(r"^(?:https?://|#)", target):
                    self.problems.append(f"{tag} {name}={value!r}")
            if name == "style":
                self.problems.append(f"{tag} style=")

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def audit_html(html: str) -> HtmlAudit:
    audit = HtmlAudit()
    audit.feed(html)
    audit.close()
    return audit


def attributes_of(html: str) -> list[str]:
    return audit_html(html).attributes


def unescape_text(html: str) -> str:
    return "".join(audit_html(html).text)


# ----------------------------------------------------------------------------- properties

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//evil.example>",
    "<svg onload=alert(1)>",
    "<style>*{}</style>",
    "<object data=x>",
    "<<script>script>",
    "<scr<script>ipt>",
    "</div>",
    '<div markdown="1">',
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:a)",
    "[x]( javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "![a](javascript:x)",
    "[d](data:text/html;base64,PHNjcmlwdD4=)",
    "[v](vbscript:x)",
    "[ok](https://ok.example/)",
    '[t](https://ok.example/ "title" onclick=x)',
    "[ref]: javascript:alert(1)",
    "[x][ref]",
    "<javascript:alert(1)>",
    "<https://ok.example/>",
    "{{ config }}",
    "{% include x %}",
    '{: onclick="alert(1)" }',
    "{#id .cls onmouseover=x}",
    "```",
    "~~~",
    "    <b>indented</b>",
    "> quote",
    "# titre",
    "## sous",
    "* item",
    "1. item",
    "- item",
    "`<script>`",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "&#x3c;img src=x onerror=y&#x3e;",
    "<!-- c -->",
    "\\<script>",
    "*",
    "_",
    "[",
    "]",
    "(",
    ")",
    "|",
    "---",
    "===",
    "Par Jean Dupont",
    "13 mars 2025",
    "Traduit par X",
    "\u202e",
    "\x00",
    "\x1b",
    "\r",
    "\ufeff",
    "\u00a0",
    "Partager : Facebook",
    "© 2025",
]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE),
        st.text(max_size=30),
        st.sampled_from(["\n", "\n\n", " ", "Un titre\n\n", "Une phrase finie. "]),
    ),
    max_size=40,
).map("".join)
PROPERTIES = settings(
    max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@cache
def layouts():
    return load_layouts(ROOT / "site-plugins" / "sources")


def assert_safe(body: str) -> None:
    html = render(body)
    audit = audit_html(html)
    assert not audit.problems, (audit.problems, body)
    lowered = html.lower()
    for raw in ("<script", "<iframe", "<img", "<svg", "<object", "<style"):
        assert raw not in lowered, (raw, body)


@PROPERTIES
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "a.md", "a"]))
def test_any_bytes_are_read_without_exception(data: bytes, name: str) -> None:
    doc = read_document(name, data)
    assert isinstance(doc.text, str)
    assert doc.failed or doc.text.strip()


@PROPERTIES
@given(
    text=TEXT,
    name=st.sampled_from(["a.txt", "a.md"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
)
def test_any_text_converts_to_safe_markdown(text: str, name: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    article, problems = convert_file_with_problems(name, data, layouts())
    assert all(p.file == name for p in problems)
    if article is None:
        assert any(p.level == "error" for p in problems)
        return
    assert article.title and "\n" not in article.title
    assert_safe(article.body)


@PROPERTIES
@given(
    lines=st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60)), max_size=30),
    is_markdown=st.booleans(),
)
def test_any_lines_become_safe_markdown(lines: list[str], is_markdown: bool) -> None:
    assert_safe(body_to_markdown(lines, is_markdown))


@PROPERTIES
@given(data=st.binary(max_size=600))
def test_any_bytes_convert_without_exception(data: bytes) -> None:
    article, problems = convert_file_with_problems("x.txt", data, layouts())
    if article is not None:
        assert_safe(article.body)


def test_a_line_holding_a_newline_cannot_smuggle_html_out_of_a_code_fence() -> None:
    # Found by the property above: the "0" ended the indented block, and the next indented
    # line continued its paragraph as raw HTML.
    assert_safe(body_to_markdown(["```", "\n0", "<script>alert(1)</script>"], True))


def test_a_lone_backtick_cannot_pair_with_the_next_line() -> None:
    # Found by the property above: "`" ending one line and "`" opening the next made a code
    # span of the line break, and the rest of the second line was read as raw HTML.
    assert_safe(body_to_markdown(["`", "`<script>`"], True))


def test_a_fence_after_a_list_item_stays_code() -> None:
    # Found by the property above: four spaces after a list item continue the item, and the
    # "code" was read as Markdown with its raw HTML.
    assert_safe(body_to_markdown(["* item", "```", "<script>alert(1)</script>"], True))
    assert_safe(body_to_markdown(["  * sous-item", "```", "<script>alert(2)</script>"], True))
