"""Web pages dropped in articles/ (a page saved by a browser): read with trafilatura, the page's
metadata as fields, its text as clean Markdown; and, built into the site, nothing of the page's
markup on any HTML page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from conftest import ROOT, copy_project
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from webserver import WEB

LAYOUTS = load_layouts(ROOT / "site-plugins" / "sources")


def convert(name: str, data: bytes):
    article, problems = convert_file_with_problems(name, data, LAYOUTS)
    return article, [f"{p.level}: {p.reason}" for p in problems]


def test_a_page_is_recognised_by_its_content_not_its_name() -> None:
    page = (WEB / "news.html").read_bytes()
    as_txt, _ = convert("copie.txt", page)
    as_html, _ = convert("copie.html", page)
    assert as_txt.layout == as_html.layout == "webpage"
    assert as_txt.body == as_html.body and as_txt.title == as_html.title
    text = (
        "Un titre d'article\n\nPar Jeanne Roux\n\nUn texte copié, enregistré sous un nom en "
        ".html par erreur, qui reste un texte comme les autres et se lit comme tel, sans balise.\n"
    )
    plain, _ = convert("erreur.html", text.encode())
    assert plain.layout != "webpage" and plain.title == "Un titre d'article"


def test_a_text_that_only_mentions_tags_stays_a_text() -> None:
    text = b"Titre <script>alert('x')</script>\n\n<p>Un paragraphe</p> et un autre.\n"
    article, _ = convert("hostile.txt", text)
    assert article.layout != "webpage"


def test_metadata_of_a_news_page() -> None:
    article, problems = convert("news.html", (WEB / "news.html").read_bytes())
    assert article.title == "Le port de Constanța double ses quais pour les céréales"
    assert article.date == "2025-04-17"
    assert article.authors == ("Irina Matei",)
    assert article.source == "La Vigie du Danube"
    assert article.source_tags == ("Économie", "Mer Noire", "Ukraine")
    assert article.language == "fr"
    assert article.canonical_url.endswith("/economie/2025/04/port-constanta-quais-cereales")
    assert not article.body.startswith("#")  # the title is above the text, not in it
    assert problems == []


def test_a_charset_that_lies_is_read_from_the_bytes() -> None:
    page = (WEB / "news.html").read_text(encoding="utf-8")
    lying = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    article, problems = convert("lying.html", lying.encode("utf-8"))
    assert "Constanța" in article.title and "désormais" in article.body
    assert "note: declares charset cp1252 but its bytes are UTF-8: read as UTF-8" in problems
    # the other way round: a page declaring UTF-8 in bytes that are windows-1252
    latin = (WEB / "cp1252.html").read_bytes().replace(b"windows-1252", b"utf-8")
    article, problems = convert("latin.html", latin)
    assert article.title == "L’hiver des centrales ukrainiennes"
    assert "manœuvre" in article.body
    assert any("does not fit its bytes" in p for p in problems)


def test_front_matter_over_a_saved_page() -> None:
    page = (WEB / "wordpress.html").read_bytes()
    fixed = (
        b"---\ntitle: Le dix-huitieme paquet\ndate: 2025-06-12\nauthors: [Paul Verdier, Ana Lupu]\n---\n"
        + page
    )
    article, problems = convert("wp.html", fixed)
    assert article.title == "Le dix-huitieme paquet"
    assert article.date == "2025-06-12"
    assert article.authors == ("Paul Verdier", "Ana Lupu")
    assert article.layout == "webpage" and "flotte fantôme" in article.body


def test_url_in_front_matter_of_a_text() -> None:
    text = (
        "---\nurl: https://exemple.example/article\n---\nUn titre\n\nUn paragraphe de texte "
        "assez long pour être un article, avec des phrases entières et un point final.\n"
    )
    article, _ = convert("texte.txt", text.encode())
    assert article.canonical_url == "https://exemple.example/article"
    bad = text.replace("https://exemple.example/article", "javascript:alert(1)")
    article, problems = convert("texte.txt", bad.encode())
    assert article.canonical_url is None
    assert (
        "warning: front matter: url 'javascript:alert(1)' is not an http(s) address: ignored"
        in problems
    )


def test_markup_and_template_syntax_written_in_a_page_stay_text() -> None:
    page = (WEB / "news.html").read_text(encoding="utf-8")
    page = page.replace(
        "selon les chiffres communiqués mardi par sa direction.",
        "selon la balise &lt;script&gt;alert(1)&lt;/script&gt; et {{ config.site_name }} "
        "puis {% include 'x' %} [entre crochets] ~ tilde, écrits tels quels dans le texte.",
    )
    article, _ = convert("page.html", page.encode("utf-8"))
    rendered = markup_of(markdown.markdown(article.body))
    assert not [
        tag
        for tag, _ in rendered.elements
        if tag not in ("p", "strong", "em", "h2", "ul", "li", "blockquote", "a")
    ]
    text = " ".join("".join(rendered.text).split())
    assert (
        "la balise <script>alert(1)</script> et {{ config.site_name }} puis {% include 'x' %}"
        in text
    )
    assert "[entre crochets] ~ tilde" in text  # no backslash shown


def test_a_page_in_another_language() -> None:
    article, _ = convert("oder.html", (WEB / "german.html").read_bytes())
    assert article.language == "de"


def test_a_page_without_an_article_is_not_published() -> None:
    article, problems = convert("home.html", (WEB / "home.html").read_bytes())
    assert article is None
    assert problems == ["error: no article text found in the page"]


def test_images_are_never_hot_linked() -> None:
    article, _ = convert("wp.html", (WEB / "wordpress.html").read_bytes())
    assert "wp-content/uploads" not in article.body and "![" not in article.body


# ----------------------------------------------------------------------------- built site

HOSTILE = WEB / "hostile.html"
# Where the hostile page's own markup points: none of it may reach a page of the site.
FOREIGN = re.compile(r"XSS|evil\.example|tracker\.example|javascript:", re.I)
NEVER = {
    "iframe",
    "object",
    "embed",
    "frame",
    "frameset",
    "applet",
    "input",
    "button",
    "textarea",
    "select",
    "svg",
    "noscript",
    "base",
}


class Markup(HTMLParser):
    """Every element and attribute of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.script_text: list[str] = []
        self.text: list[str] = []
        self._in = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        self._in = tag if tag in ("script", "style") else ""

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in = ""

    def handle_data(self, data: str) -> None:
        if self._in:
            self.script_text.append(data)
        else:
            self.text.append(data)


def markup(path: Path) -> Markup:
    return markup_of(path.read_text(encoding="utf-8"))


def markup_of(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    parser.close()
    return parser


def hostile_markup() -> set[tuple[str, str, str]]:
    """(tag, attribute, value) of the hostile page's own elements."""
    parser = Markup()
    parser.feed(HOSTILE.read_text(encoding="utf-8"))
    return {(tag, name, value) for tag, attrs in parser.elements for name, value in attrs.items()}


@pytest.fixture(scope="module")
def web_site(tmp_path_factory: pytest.TempPathFactory):
    project = copy_project(tmp_path_factory.mktemp("web") / "project", samples=False)
    project.add("caspienne.html", HOSTILE.read_bytes())
    project.add("Le port de Constanța.html", (WEB / "news.html").read_bytes())
    project.add("Le port de Constanța_files/frame.html", HOSTILE.read_bytes())
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def article_page(project, file: str) -> Path:
    data = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    (item,) = [a for a in data["articles"] if a["file"] == file]
    return project.site / re.sub(r"^https?://[^/]+/", "", item["url"]) / "index.html"


def test_the_pages_are_published_and_their_folder_is_not(web_site) -> None:
    data = json.loads((web_site.site / "archive.json").read_text(encoding="utf-8"))
    assert sorted(a["file"] for a in data["articles"]) == [
        "Le port de Constanța.html",
        "caspienne.html",
    ]


def theme_markup(site: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The tags and (tag, attribute, value) of a site built without the hostile page: the
    theme's own (its search form, its icons, its stylesheets)."""
    tags, triples = set(), set()
    for page in site.rglob("*.html"):
        for tag, attrs in markup(page).elements:
            tags.add(tag)
            triples.update((tag, name, value) for name, value in attrs.items())
    return tags, triples


def test_no_element_or_attribute_of_the_hostile_page_reaches_any_page(
    web_site, sample_site
) -> None:
    theirs = hostile_markup()
    own_tags, own_triples = theme_markup(sample_site.site)
    problems: dict[str, list[str]] = {}
    pages = list(web_site.site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        found = markup(page)
        bad = []
        for tag, attrs in found.elements:
            if (tag in NEVER or tag.startswith("amp-") or tag == "form") and tag not in own_tags:
                bad.append(f"<{tag}>")
            if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
                bad.append("<meta http-equiv=refresh>")
            for name, value in attrs.items():
                if name.startswith("on") or FOREIGN.search(value):
                    bad.append(f"<{tag} {name}={value!r}>")
                kept_link = tag == "a" and name == "href" and value.startswith(("http:", "https:"))
                # a date or a site's name read from the page comes back in the article's own
                # link-preview tags (`article:published_time`, `og:site_name`): data, not markup
                own_meta = (
                    tag == "meta"
                    and name == "content"
                    and (attrs.get("property") or attrs.get("name"))
                )
                if (tag, name, value) in theirs - own_triples and not kept_link and not own_meta:
                    bad.append(f"<{tag} {name}={value!r}> (from the page)")
        bad += [f"script or style: {t[:60]!r}" for t in found.script_text if FOREIGN.search(t)]
        if bad:
            problems[str(page.relative_to(web_site.site))] = bad
    assert not problems, problems
    # what the check looks for is there to be found: the hostile page has all of it
    assert {t for t, _, _ in theirs} >= {"iframe", "form", "object", "embed", "svg", "input"}


def test_links_keep_only_http_addresses_and_images_are_not_loaded(web_site) -> None:
    found = markup(article_page(web_site, "caspienne.html"))
    body_links = [
        a["href"] for tag, a in found.elements if tag == "a" and "gouv-geo" in a.get("href", "")
    ]
    assert body_links == ["https://gouv-geo.example/anaklia"]
    images = [a.get("src", "") for tag, a in found.elements if tag == "img"]
    assert not [src for src in images if src.startswith(("http:", "https:", "//"))]


def test_the_article_links_to_its_original_page(web_site) -> None:
    found = markup(article_page(web_site, "Le port de Constanța.html"))
    links = [a for tag, a in found.elements if tag == "a" and a.get("class") == "mc-web-link"]
    assert [a["href"] for a in links] == [
        "https://www.vigie-danube.example/economie/2025/04/port-constanta-quais-cereales"
    ]
    assert "noopener" in links[0]["rel"] and "noreferrer" in links[0]["rel"]
    text = article_page(web_site, "Le port de Constanța.html").read_text(encoding="utf-8")
    assert "Lire sur le site d&#x27;origine" in text or "Lire sur le site d'origine" in text
    meta = (web_site.root / ".manchette" / "pages").rglob("*.md")
    fronts = [p.read_text(encoding="utf-8") for p in meta]
    assert any(
        'url: "https://www.vigie-danube.example/economie/2025/04/port-constanta-quais-cereales"'
        in f
        for f in fronts
    )
