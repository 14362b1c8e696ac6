"""Quotes on the built site (issue 16): the actor page's "Ce qu'il a dit", the article's
"Qui a dit quoi", archive.json's quotes, `manchette show --json`, and the search page's
"citations de …" filter; screenshots of an actor page at phone and desktop widths (into
tests/screenshots/, git-ignored)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from browser import browser, page, serve_site  # noqa: F401  (fixtures)
from conftest import ROOT, ProjectCopy, copy_project

CORPUS = ROOT / "tests" / "quotes"
SHOTS = ROOT / "tests" / "screenshots"
PATIENCE_MS = 90_000


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    """The quotes corpus and the five samples, built with `mkdocs build --strict`."""
    project = copy_project(tmp_path_factory.mktemp("quote-site") / "project")
    for path in CORPUS.glob("*.md"):
        shutil.copy2(path, project.articles / path.name)
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    return project


class Text(HTMLParser):
    """The text of one element (by id or class) of an HTML page, and its links."""

    def __init__(self, attr: str, value: str):
        super().__init__()
        self.attr, self.value = attr, value
        self.depth = 0
        self.text: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
        elif self.value in (attrs.get(self.attr) or "").split():
            self.depth = 1
        if self.depth and tag == "a":
            self._href = attrs.get("href")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            if self._href is not None:
                self.links.append((self._href, data))
                self._href = None


def part(html: str, attr: str, value: str) -> Text:
    parser = Text(attr, value)
    parser.feed(html)
    return parser


def archive(site: ProjectCopy) -> dict:
    return json.loads((site.site / "archive.json").read_text(encoding="utf-8"))


def article_url(data: dict, file: str) -> str:
    url = next(a["url"] for a in data["articles"] if a["file"] == file)
    return url.split("/", 3)[3]


def test_actor_page_lists_what_she_said_newest_first(site: ProjectCopy) -> None:
    html = (site.site / "acteurs" / "maria-zakharova" / "index.html").read_text("utf-8")
    said = part(html, "class", "mc-said")
    text = " ".join("".join(said.text).split())
    assert text.startswith("Ce qu'elle a dit 3 citations")
    order = [text.find(w) for w in ("Quand ils parlent", "Les menaces de Bruxelles", "Brussels")]
    assert -1 not in order and order == sorted(order)  # 12, 9 then 27 March 2025
    assert "12 avril 2025" in text and "27 mars 2025" in text
    articles = [href for href, _ in said.links if "/articles/" in href]
    assert len(articles) == 3
    for href in articles:  # each quote links its article, which holds the quote
        target = (site.site / "acteurs" / "maria-zakharova" / href / "index.html").resolve()
        assert target.is_file(), href
    search = next(href for href, name in said.links if name == "Chercher dans ses citations")
    assert search == "../../recherche/?citations=Maria%20Zakharova"


def test_actor_page_wording_follows_the_kind(site: ProjectCopy) -> None:
    lavrov = (site.site / "acteurs" / "serguei-lavrov" / "index.html").read_text("utf-8")
    assert "Ce qu&#x27;il a dit</h2>" in lavrov
    unknown = (site.site / "acteurs" / "steve-witkoff" / "index.html").read_text("utf-8")
    assert "Ce qu&#x27;a dit Steve Witkoff</h2>" in unknown  # no pronoun said who he is
    kremlin = (site.site / "acteurs" / "kremlin" / "index.html").read_text("utf-8")
    assert "mc-said" not in kremlin  # quoted nowhere: no empty section


def test_article_page_lists_its_quotes_after_the_text(site: ProjectCopy) -> None:
    data = archive(site)
    url = article_url(data, "fr-geneve.md")
    html = (site.site / url / "index.html").read_text("utf-8")
    box = part(html, "class", "mc-article-quotes")
    speakers = [name for _, name in box.links]
    assert speakers[:3] == ["Sergueï Lavrov", "Sergueï Lavrov", "Marco Rubio"]
    assert all(href.startswith("../../../../acteurs/") for href, _ in box.links)
    assert "pourparlers sur les pourparlers" not in "".join(box.text)  # nobody said it
    body = html[html.index('<div class="mc-body">') : html.index("mc-article-quotes")]
    assert "« Nous sommes venus écouter" in body  # the text keeps its quotes as written
    assert "mc-quote" not in body
    filters = re.findall(r'data-pagefind-filter="citations">([^<]+)<', html)
    assert filters == ["Sergueï Lavrov", "Marco Rubio", "Dmitri Peskov", "Iouri Ouchakov"]


def test_archive_json_lists_quotes_with_actor_text_and_article(site: ProjectCopy) -> None:
    data = archive(site)
    ids = {a["id"] for a in data["articles"]}
    slugs = {a["slug"] for a in data["actors"]}
    quotes = data["quotes"]
    assert len(quotes) >= 45
    for quote in quotes:
        assert set(quote) == {"actor", "text", "article"}
        assert quote["article"] in ids and (quote["actor"] is None or quote["actor"] in slugs)
    rubio = [q["text"] for q in quotes if q["actor"] == "marco-rubio"]
    assert any(t.startswith("Les tirs cessent") for t in rubio)
    assert all("quotes" not in a for a in data["articles"])


def test_show_json_gives_each_quote_with_speaker_and_position(site: ProjectCopy) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "show", "--json", "articles/fr-geneve.md"],
        cwd=site.root,
        capture_output=True,
        text=True,
        check=True,
    )
    (item,) = json.loads(done.stdout)
    quotes = item["quotes"]
    first = quotes[0]
    assert first["speaker"] == "Sergueï Lavrov" and first["actor"] == "serguei-lavrov"
    assert first["as_written"] == "Sergueï Lavrov" and first["pattern"] == "verb-after"
    paragraphs = [p for p in item["body"].split("\n\n") if p.strip()]
    paragraph = paragraphs[first["paragraph"]]
    assert paragraph[first["offset"]] == "«" and first["text"] in paragraph
    ouchakov = next(q for q in quotes if q["text"].startswith("les questions territoriales"))
    assert ouchakov["speaker"] == "Iouri Ouchakov" and ouchakov["pattern"] == "selon"
    irony = next(q for q in quotes if q["text"] == "pourparlers sur les pourparlers")
    assert irony["speaker"] is None and irony["as_written"] is None


@pytest.mark.browser
def test_actor_page_with_quotes_on_a_phone_and_a_desktop(browser, site):  # noqa: F811
    SHOTS.mkdir(exist_ok=True)
    with serve_site(site.site) as base:
        for name, width, height in (("desktop", 1280, 900), ("phone", 390, 844)):
            context = browser.new_context(
                locale="fr-FR", viewport={"width": width, "height": height}
            )
            context.set_default_timeout(PATIENCE_MS)
            tab = context.new_page()
            tab.goto(base + "acteurs/maria-zakharova/#citations")
            tab.wait_for_load_state("load")
            quotes = tab.locator(".mc-quote blockquote")
            assert quotes.count() == 3
            box = quotes.first.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
            assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
            tab.locator(".mc-said").screenshot(path=str(SHOTS / f"actor-quotes-{name}.png"))
            tab.screenshot(path=str(SHOTS / f"actor-quotes-{name}-page.png"), full_page=True)
            context.close()


@pytest.mark.browser
def test_search_finds_an_actors_quotes_by_the_citations_filter(browser, site):  # noqa: F811
    with serve_site(site.site) as base:
        context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(PATIENCE_MS)
        tab = context.new_page()
        tab.goto(base + "recherche/?q=menaces&citations=Maria%20Zakharova")
        results = tab.locator("#mc-search-results li")
        # a result's item is shown before its fragment (and title) loads: wait for the title
        results.locator("a", has_text="Le retour des grands récits").first.wait_for()
        titles = results.locator("a").all_inner_texts()
        assert any("Le retour des grands récits" in t for t in titles), titles
        tab.goto(base + "recherche/?q=menaces&citations=Marco%20Rubio")
        tab.locator("#mc-search-status").filter(has_text=re.compile(r"\S")).wait_for()
        assert not any(
            "Le retour des grands récits" in t for t in results.locator("a").all_inner_texts()
        )
        context.close()
