"""The Pagefind index: what it holds (article text, title, filters), French, and failures as
warnings. Browser-side behaviour is in test_browser_search.py."""

from __future__ import annotations

import gzip
import json
import logging
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from manchette.publish.search import index_site, pagefind_executable
from manchette.publish.searchperiods import UNDATED, group_months, indexed_part

FACETS = {"acteur", "thème", "source", "auteur", "année", "citations"}


def read_bundle(site: Path) -> tuple[dict, list[dict]]:
    """Pagefind's entry file and every page fragment (gzip, "pagefind_dcd" + JSON)."""
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    fragments = []
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd")
        fragments.append(json.loads(raw[len(b"pagefind_dcd") :]))
    return entry, fragments


def article_page(title: str, body: str, filters: dict[str, list[str]], lang: str = "fr") -> str:
    """An article page marked up as Manchette's: labels in the header, other filters hidden."""
    labels = " ".join(
        f'<a href="/x/" data-pagefind-filter="{name}">{value}</a>'
        for name in ("acteur", "thème")
        for value in filters.get(name, [])
    )
    hidden = "".join(
        f'<span hidden data-pagefind-filter="{name}">{value}</span>'
        for name, values in filters.items()
        if name not in ("acteur", "thème")
        for value in values
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title} - Site</title></head><body>'
        "<header><nav>Accueil Chronologie Acteurs</nav></header>"
        f'<article data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-weight="10">'
        f"{title}</h1><p>Étiquettes : {labels}</p>{hidden}<div>{body}</div></article>"
        '<aside data-pagefind-ignore><h2>À lire aussi</h2><a href="/x/">Autre</a></aside>'
        "<footer>Pied de page du site</footer></body></html>"
    )


def write(site: Path, url: str, html: str) -> None:
    path = site / url.strip("/") / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


@pytest.fixture
def mini_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    write(
        site,
        "/",
        '<html lang="fr"><body><nav>Accueil</nav><p>Les derniers articles.</p></body></html>',
    )
    write(
        site,
        "/articles/2025/02/negociations/",
        article_page(
            "Les négociations de Riyad",
            "<p>Les délégations négocient un cessez-le-feu durable.</p>",
            {"acteur": ["Sergueï Lavrov", "Marco Rubio"], "année": ["2025"], "source": ["A"]},
        ),
    )
    write(
        site,
        "/articles/2024/06/energie/",
        article_page(
            "Le gaz et les sanctions",
            "<p>Les livraisons de gaz diminuent.</p>",
            {"acteur": ["Gazprom"], "année": ["2024"], "thème": ["Énergie"]},
        ),
    )
    return site


def test_index_holds_only_the_marked_article_content(mini_site: Path, caplog) -> None:
    caplog.set_level(logging.INFO)
    index_site(mini_site, logging.getLogger("test.search"))
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    entry, fragments = read_bundle(mini_site)
    # One period (the archive is small), French stemming from <html lang="fr">.
    [(key, index)] = entry["languages"].items()
    assert re.fullmatch(r"fr-x-[0-9a-f]{8}", key) and index["wasm"] == "fr"
    by_url = {f["url"]: f for f in fragments}
    assert set(by_url) == {"/articles/2025/02/negociations/", "/articles/2024/06/energie/"}
    page = by_url["/articles/2025/02/negociations/"]
    assert page["meta"]["title"] == "Les négociations de Riyad"
    assert "cessez-le-feu durable" in page["content"]
    # Navigation, ignored boxes, hidden values and facet labels are not text of the article.
    for noise in ("Chronologie", "À lire aussi", "Pied de page", "2025", "Lavrov", "Rubio"):
        assert noise not in page["content"]
    assert page["filters"] == {
        "acteur": ["Sergueï Lavrov", "Marco Rubio"],
        "année": ["2025"],
        "source": ["A"],
    }
    assert any("search index: 2 pages" in r.getMessage() for r in caplog.records)


def test_periods_are_whole_months_counted_from_the_oldest() -> None:
    counts = Counter({"2025/03": 3, "2025/01": 1, "2024/12": 2, "2023/07": 4, UNDATED: 2})
    assert group_months(counts, size=3) == [
        ["2025/03"],
        ["2025/01", "2024/12"],
        ["2023/07", UNDATED],  # the undated articles go with the oldest period
    ]
    assert group_months(counts) == [["2025/03", "2025/01", "2024/12", "2023/07", UNDATED]]
    # The newest period holds what is left, however small (the search page then searches the
    # period before it too).
    counts["2025/03"] = 1
    assert group_months(counts, size=3)[0] == ["2025/03"]
    # New articles in the newest months leave the older periods as they were.
    grown = counts + Counter({"2025/03": 5, "2025/04": 9})
    assert group_months(grown, size=3)[-2:] == [["2025/01", "2024/12"], ["2023/07", UNDATED]]
    assert group_months(Counter({UNDATED: 2}), size=3) == [[UNDATED]]
    assert group_months(Counter(), size=3) == []


def add_undated(site: Path) -> None:
    write(
        site,
        "/articles/sans-date/ancien/",
        article_page("Un vieux texte", "<p>Un cessez-le-feu ancien.</p>", {"source": ["B"]}),
    )


def test_each_period_is_an_index_of_its_own_sharing_one_webassembly(mini_site: Path) -> None:
    add_undated(mini_site)
    index_site(mini_site, logging.getLogger("test.search"), period_size=1)
    entry, fragments = read_bundle(mini_site)
    bundle = mini_site / "pagefind"
    listed = json.loads((bundle / "periods.json").read_text(encoding="utf-8"))
    assert listed["first_search_articles"] == 1
    periods = listed["periods"]
    assert [(p["articles"], p["first"], p["last"]) for p in periods] == [
        (1, "2025-02", "2025-02"),
        (2, "2024-06", "2024-06"),  # with the undated article
    ]
    keys = [p["key"] for p in periods]
    assert list(entry["languages"]) == keys
    assert all(re.fullmatch(r"fr-x-[0-9a-f]{8}", key) for key in keys)
    assert [entry["languages"][k]["page_count"] for k in keys] == [1, 2]
    assert {lang["wasm"] for lang in entry["languages"].values()} == {"fr"}
    assert sorted(p.name for p in bundle.glob("wasm.*")) == [
        "wasm.fr.pagefind",
        "wasm.unknown.pagefind",
    ]
    # Every page is in exactly one period: the one of its month.
    names = {p.name.split("_")[0] for p in (bundle / "fragment").glob("*.pf_fragment")}
    assert names == set(keys)
    assert len(fragments) == 3


def test_a_rebuild_indexes_again_only_the_periods_that_changed(
    mini_site: Path, tmp_path: Path, caplog
) -> None:
    caplog.set_level(logging.INFO)
    log = logging.getLogger("test.search")
    cache = tmp_path / "search-cache"
    add_undated(mini_site)
    index_site(mini_site, log, cache, period_size=1)
    first_entry, first_fragments = read_bundle(mini_site)
    index_site(mini_site, log, cache, period_size=1)
    assert read_bundle(mini_site) == (first_entry, first_fragments)
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("search index")]
    assert "3 pages in 2 period(s), 2 indexed again" in said[0]
    assert "3 pages in 2 period(s), 0 indexed again" in said[1]
    # New links in the boxes around the text (what a new neighbour changes): nothing to index.
    page = mini_site / "articles/2025/02/negociations/index.html"
    page.write_text(page.read_text("utf-8").replace(">Autre<", ">Un voisin<"), "utf-8")
    index_site(mini_site, log, cache, period_size=1)
    assert "3 pages in 2 period(s), 0 indexed again" in caplog.records[-1].getMessage()
    # A new version of the undated article: only the oldest period is indexed again.
    add_undated(mini_site)
    page = mini_site / "articles/sans-date/ancien/index.html"
    page.write_text(page.read_text("utf-8").replace("ancien.", "ancien et fragile."), "utf-8")
    index_site(mini_site, log, cache, period_size=1)
    assert "3 pages in 2 period(s), 1 indexed again" in caplog.records[-1].getMessage()
    entry, fragments = read_bundle(mini_site)
    newest = next(iter(entry["languages"]))
    assert newest == next(iter(first_entry["languages"]))
    assert any("ancien et fragile" in f["content"] for f in fragments)
    # The cache keeps the periods in use (and the shared files), not the old versions.
    assert sorted(p.name for p in cache.iterdir()) == sorted([*entry["languages"], "common-1.5.2"])


def test_reindexing_drops_pages_that_are_gone(mini_site: Path) -> None:
    log = logging.getLogger("test.search")
    index_site(mini_site, log)
    (mini_site / "articles/2024/06/energie/index.html").unlink()
    index_site(mini_site, log)
    _, fragments = read_bundle(mini_site)
    assert [f["url"] for f in fragments] == ["/articles/2025/02/negociations/"]


def test_an_empty_archive_has_an_empty_index_and_no_warning(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.INFO)
    site = tmp_path / "site"
    write(site, "/", '<html lang="fr"><body><p>Accueil</p></body></html>')
    write(site, "/articles/", '<html lang="fr"><body><p>Aucun article.</p></body></html>')
    (site / "pagefind").mkdir()  # a bundle left by an earlier build goes away
    index_site(site, logging.getLogger("test.search"))
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not (site / "pagefind").exists()
    assert any("empty" in r.getMessage() for r in caplog.records)


def test_index_can_be_left_for_after_the_build(mini_site: Path, monkeypatch, caplog) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("MANCHETTE_SEARCH", "later")
    index_site(mini_site, logging.getLogger("test.search"))
    assert not (mini_site / "pagefind").exists()
    assert any("python -m manchette.publish.search" in r.getMessage() for r in caplog.records)
    done = subprocess.run(
        [sys.executable, "-m", "manchette.publish.search", str(mini_site)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    _, fragments = read_bundle(mini_site)
    assert len(fragments) == 2


def test_failing_pagefind_is_a_warning(mini_site: Path, tmp_path: Path, monkeypatch, caplog):
    broken = tmp_path / "pagefind-broken"
    broken.write_text("#!/bin/sh\necho 'Error: disk on fire' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))
    index_site(mini_site, logging.getLogger("test.search"))  # must not raise
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "exit 3" in warnings[0] and "disk on fire" in warnings[0]


def test_missing_pagefind_is_a_warning(mini_site: Path, tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere"))
    assert pagefind_executable() is None
    index_site(mini_site, logging.getLogger("test.search"))
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "missing" in warnings[0]


def test_the_wheel_ships_the_binary(monkeypatch) -> None:
    monkeypatch.delenv("PAGEFIND_BINARY_PATH", raising=False)
    executable = pagefind_executable()
    assert executable is not None and executable.is_file()


# --- the samples' site ------------------------------------------------------------------------


class _Marked(HTMLParser):
    """What Pagefind reads in a page: the text inside data-pagefind-body (minus what is ignored
    or hidden, and the facet labels), the filters, the metadata."""

    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool, bool, str | None, str | None]] = []
        self.text: list[str] = []
        self.filters: dict[str, list[str]] = {}
        self.meta: dict[str, str] = {}
        self.has_body = False
        self._buffers: list[list[str]] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.VOID:
            return
        a = dict(attrs)
        inside = (self.stack[-1][1] if self.stack else False) or "data-pagefind-body" in a
        # What Pagefind does not read as text (filters and metadata are still read there).
        unread = (
            "data-pagefind-ignore" in a
            or "hidden" in a
            or a.get("data-pagefind-filter") in ("acteur", "thème")
        )
        ignored = (self.stack[-1][2] if self.stack else False) or unread
        self.has_body = self.has_body or "data-pagefind-body" in a
        facet, meta = a.get("data-pagefind-filter"), a.get("data-pagefind-meta")
        self.stack.append((tag, inside, ignored, facet, meta))
        if facet or meta:
            self._buffers.append([])

    def handle_endtag(self, tag) -> None:
        if tag in self.VOID or not self.stack:
            return
        while self.stack:
            name, inside, ignored, facet, meta = self.stack.pop()
            if facet or meta:
                value = " ".join("".join(self._buffers.pop()).split())
                if inside and facet:
                    self.filters.setdefault(facet, []).append(value)
                if inside and meta and ":" not in meta:
                    self.meta[meta] = value
            if name == tag:
                break

    def handle_data(self, data) -> None:
        for buffer in self._buffers:
            buffer.append(data)
        if self.stack and self.stack[-1][1] and not self.stack[-1][2]:
            self.text.append(data)


def marked(html: str) -> _Marked:
    parser = _Marked()
    parser.feed(html)
    return parser


def article_pages(site: Path) -> dict[str, _Marked]:
    """URL -> what Pagefind should read, for every built page that has a data-pagefind-body."""
    pages = {}
    for path in site.rglob("index.html"):
        rel = path.parent.relative_to(site).as_posix()
        if rel.startswith("pagefind"):
            continue
        parsed = marked(path.read_text(encoding="utf-8"))
        if parsed.has_body:
            pages["/" if rel == "." else f"/{rel}/"] = parsed
    return pages


def test_samples_index_every_article_and_nothing_else(sample_site) -> None:
    entry, fragments = read_bundle(sample_site.site)
    expected = article_pages(sample_site.site)
    assert expected, "no built page carries data-pagefind-body"
    assert all(re.fullmatch(r"/articles/.+/.+/", url) for url in expected)
    assert len(entry["languages"]) == 1  # five articles: one period
    assert {f["url"] for f in fragments} == set(expected)
    for fragment in fragments:
        content = fragment["content"]
        for noise in ("À lire aussi", "Même événement", "Rechercher dans l'archive", "Accueil"):
            assert noise not in content, (fragment["url"], noise)


def test_samples_titles_and_filters_reach_the_index(sample_site) -> None:
    _, fragments = read_bundle(sample_site.site)
    pages = article_pages(sample_site.site)
    for fragment in fragments:
        page = pages[fragment["url"]]
        assert fragment["meta"]["title"] == page.meta["title"]
        assert set(fragment["filters"]) <= FACETS
        assert set(fragment["filters"]) >= {"année"}
        for facet, values in page.filters.items():
            assert sorted(fragment["filters"][facet]) == sorted(set(values)), facet
    actors = {a for f in fragments for a in f["filters"].get("acteur", [])}
    assert any("Lavrov" in a for a in actors), actors


def test_samples_title_weighs_more_than_body_text(sample_site) -> None:
    for path in (sample_site.site / "articles").rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        if "data-pagefind-body" not in html:
            continue
        title = re.search(r"<(\w+)[^>]*data-pagefind-meta=\"title\"[^>]*>", html)
        assert title, path
        weight = re.search(r'data-pagefind-weight="([\d.]+)"', title.group(0))
        assert weight and float(weight.group(1)) > 1, title.group(0)


def test_no_lunr_index_is_built_or_loaded(sample_site) -> None:
    site = sample_site.site
    assert not (site / "search" / "search_index.json").exists()
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert 'data-md-component="search"' not in html, path


def test_every_page_has_the_header_form_to_the_search_page(sample_site) -> None:
    site = sample_site.site
    checked = 0
    for path in site.rglob("index.html"):
        rel = path.parent.relative_to(site).as_posix()
        if rel.startswith("pagefind"):
            continue
        html = path.read_text(encoding="utf-8")
        form = re.search(r'<form class="mc-search-box"[^>]*action="([^"]+)"', html)
        assert form, path
        action = form.group(1)
        assert not action.startswith(("/", "http")), action  # relative: works under a sub-path
        page_url = "http://x/depot/" + ("" if rel == "." else rel + "/")
        assert urljoin(page_url, action) == "http://x/depot/recherche/", (path, action)
        assert re.search(r'<input[^>]*name="q"', html)
        checked += 1
    assert checked > 5


def test_search_page_loads_pagefind_relatively(sample_site) -> None:
    page = sample_site.site / "recherche" / "index.html"
    html = page.read_text(encoding="utf-8")
    script = re.search(r'<script[^>]+src="([^"]*assets/search\.js)"', html)
    bundle = re.search(r'data-bundle="([^"]+)"', html)
    assert script and bundle
    for url in (script.group(1), bundle.group(1)):
        assert not url.startswith(("/", "http")), url  # relative: works under a sub-path
    assert (page.parent / script.group(1)).resolve().is_file()
    assert (page.parent / bundle.group(1) / "pagefind.js").resolve().is_file()
    assert "pagefind-ui" not in html  # our own UI: no filter is downloaded before it is asked


def test_what_pagefind_reads_leaves_out_ignored_boxes_and_the_page_around() -> None:
    def page(text: str, box: str, nav: str) -> str:
        return (
            f"<html><body><nav>{nav}</nav><article data-pagefind-body><h1>Titre</h1>"
            f"<div><p>{text}</p><div>imbriqué</div></div>"
            f'<aside class="mc-box" data-pagefind-ignore><h2>À lire aussi</h2><div>{box}</div>'
            "</aside><p>après la boîte</p></article><footer>pied</footer></body></html>"
        )

    base = indexed_part(page("Le texte data-pagefind-ignore cité.", "A", "menu"))
    assert "Le texte data-pagefind-ignore cité." in base and "imbriqué" in base
    assert "après la boîte" in base
    assert "À lire aussi" not in base and "menu" not in base and "pied" not in base
    # A neighbour's new links change nothing that Pagefind reads; the text does.
    assert indexed_part(page("Le texte data-pagefind-ignore cité.", "B", "autre")) == base
    assert indexed_part(page("Un autre texte.", "A", "menu")) != base
    assert indexed_part("<html><p>sans corps</p></html>") == "<html><p>sans corps</p></html>"
