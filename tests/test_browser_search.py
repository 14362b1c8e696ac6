"""The search page in a real browser, on the samples' site served on localhost."""

# ruff: noqa: F811 (the fixtures imported from browser.py are then named as arguments)

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from browser import browser, page, serve_site, served_samples, served_samples_subpath  # noqa: F401
from manchette.publish.search import index_site
from test_search import article_pages, write

pytestmark = pytest.mark.browser

TOP_LINKS = ".mc-result .mc-result__title a"
STATUS = "#mc-search-status"
ANSWERED = r"^(\d[\d\s\u202f]*) articles?|^Aucun article"


def results(page, query: str = "") -> list[str]:
    """Paths of the results shown for `query` (all of them: "Plus de résultats" clicked)."""
    said = f" pour « {query} »" if query else ""
    page.wait_for_function(
        """([status, pattern, said]) => {
            const text = document.querySelector(status).textContent;
            return new RegExp(pattern).test(text) && text.endsWith(said);
        }""",
        arg=[STATUS, ANSWERED, said],
    )
    text = page.locator(STATUS).inner_text()
    total = int(re.sub(r"\D", "", text.split(" article")[0]) or 0)
    links = page.locator(TOP_LINKS)
    more = page.get_by_role("button", name="Plus de résultats")
    for _ in range(400):
        if links.count() >= total:
            break
        if more.is_visible():
            more.click()
        page.wait_for_timeout(50)
    assert links.count() == total, (links.count(), total)
    return [urlparse(a.get_attribute("href")).path for a in links.all()]


def text_of(page_markup) -> str:
    return " ".join("".join(page_markup.text).split()).casefold()


def search(page, base: str, query: str) -> list[str]:
    page.goto(f"{base}recherche/?q={quote(query)}")
    return results(page, query)


def lavrov_pages(pages) -> set[str]:
    return {
        url for url, p in pages.items() if any("Lavrov" in a for a in p.filters.get("acteur", []))
    }


def test_cessez_le_feu_finds_the_articles_that_discuss_it(page, served_samples, sample_site):
    pages = article_pages(sample_site.site)
    discussing = {url for url, p in pages.items() if "cessez-le-feu" in text_of(p)}
    assert len(discussing) >= 2, "the samples discuss the ceasefire in several articles"
    found = search(page, served_samples, "cessez-le-feu")
    assert discussing <= set(found)
    for url in found:  # nothing unrelated: each result says it (stemming may add "cesser")
        assert "cess" in text_of(pages[url]), url
    assert page.js_errors == []


def test_actor_filter_keeps_only_the_articles_that_mention_him(page, served_samples, sample_site):
    pages = article_pages(sample_site.site)
    lavrov = lavrov_pages(pages)
    everywhere = {url for url, p in pages.items() if "poutine" in text_of(p)}
    assert lavrov and lavrov < everywhere, "Lavrov is in some of the samples about Poutine"
    assert set(search(page, served_samples, "Poutine")) == everywhere

    page.get_by_role("button", name="Filtres").click()
    page.get_by_role("checkbox", name=re.compile("Lavrov")).check()
    page.wait_for_function(
        f"document.querySelector('{STATUS}').textContent.startsWith('{len(lavrov)} ')"
    )
    assert set(results(page, "Poutine")) == lavrov
    assert "acteur=" in page.url  # the filtered search can be linked

    # The filter alone, without words: every article that mentions him.
    field = page.locator("#mc-search-input")
    field.fill("")
    field.press("Enter")
    assert set(results(page)) == lavrov
    assert page.js_errors == []


def test_linked_filter_alone_lists_the_actor_articles(page, served_samples, sample_site):
    pages = article_pages(sample_site.site)
    name = next(a for p in pages.values() for a in p.filters.get("acteur", []) if "Lavrov" in a)
    page.goto(f"{served_samples}recherche/?acteur={quote(name)}")
    assert set(results(page)) == {
        url for url, p in pages.items() if name in p.filters.get("acteur", [])
    }
    assert page.get_by_role("button", name=f"Retirer le filtre acteur : {name}").is_visible()
    assert page.js_errors == []


def test_a_query_downloads_no_filter_until_they_are_opened(page, served_samples):
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlparse(request.url).path))
    assert search(page, served_samples, "Kremlin")
    assert any("/pagefind/index/" in path for path in fetched)
    assert any("/pagefind/fragment/" in path for path in fetched)
    assert not any("/pagefind/filter/" in path for path in fetched)
    assert not any(path.endswith("search_index.json") for path in fetched)  # no lunr index
    page.get_by_role("button", name="Filtres").click()
    page.get_by_role("group", name="Acteurs").wait_for()
    assert any("/pagefind/filter/" in path for path in fetched)


def test_header_box_leads_to_the_search_and_the_query_is_linkable(page, served_samples):
    page.goto(served_samples)
    box = page.locator("form.mc-search-box input[name=q]")
    box.fill("cessez-le-feu")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q=cessez-le-feu$"))
    assert results(page, "cessez-le-feu")
    # Typing on the search page keeps the address in step, so the search can be shared.
    field = page.locator("#mc-search-input")
    assert field.input_value() == "cessez-le-feu"
    field.fill("Lavrov")
    page.wait_for_url(re.compile(r"\?q=Lavrov$"))
    assert results(page, "Lavrov")
    assert page.js_errors == []


def test_search_works_under_a_sub_path(page, served_samples_subpath, sample_site):
    page.goto(served_samples_subpath)
    box = page.locator("form.mc-search-box input[name=q]")
    box.fill("cessez-le-feu")
    box.press("Enter")
    page.wait_for_url(f"{served_samples_subpath}recherche/?q=cessez-le-feu")
    found = results(page, "cessez-le-feu")
    assert found and all(path.startswith("/depot/articles/") for path in found)
    first = page.locator(TOP_LINKS).first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert urlparse(page.url).path == found[0]
    assert page.locator("h1").first.inner_text() == title
    assert page.js_errors == []


# --- a tailored site: ranking and escaping --------------------------------------------------


@pytest.fixture(scope="module")
def tailored_site(sample_site, tmp_path_factory) -> Path:
    """The samples' site with its articles replaced by three pages made for the test."""
    site = tmp_path_factory.mktemp("tailored") / "site"
    shutil.copytree(sample_site.site, site)
    shutil.rmtree(site / "articles")
    pages = (path.read_text("utf-8") for path in (sample_site.site / "articles").rglob("*.html"))
    template = next(html for html in pages if "data-pagefind-body" in html)
    # Keep Material's page around the article: cut from the marked element to the end of
    # Material's <article> (the last one), and close that again after ours.
    start = template.rindex("<", 0, template.index("data-pagefind-body"))
    end = template.rindex("</article>")

    def page_with(title: str, body: str) -> str:
        article = (
            '<article class="mc-article" data-pagefind-body>'
            f'<h1 data-pagefind-meta="title" data-pagefind-weight="10">{title}</h1>'
            f'<span hidden data-pagefind-filter="année">2024</span><p>{body}</p></article>'
        )
        return template[:start] + article + template[end:]

    filler = "Les délégations se sont retrouvées pour une longue réunion de travail. " * 3
    write(site, "/articles/2024/01/titre/", page_with("Le zeugma de Riyad", filler))
    write(site, "/articles/2024/01/corps/", page_with("Autre réunion", filler + "Un zeugma."))
    hostile = "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; zeugma &lt;b&gt;gras&lt;/b&gt;"
    write(site, "/articles/2024/01/hostile/", page_with(f"Titre {hostile}", f"{filler} {hostile}"))
    index_site(site, logging.getLogger("test.search"))
    return site


def test_title_weighs_more_than_body_text(page, tailored_site):
    with serve_site(tailored_site) as base:
        found = search(page, base, "zeugma")
    assert set(found) == {
        "/articles/2024/01/titre/",
        "/articles/2024/01/corps/",
        "/articles/2024/01/hostile/",
    }
    assert found.index("/articles/2024/01/titre/") < found.index("/articles/2024/01/corps/")


def test_article_text_is_shown_as_text_in_results(page, tailored_site):
    with serve_site(tailored_site) as base:
        found = search(page, base, "gras")
        assert found == ["/articles/2024/01/hostile/"]
        result = page.locator(".mc-result").first
        assert "<img src=x" in result.inner_text()
        assert result.locator("img, b").count() == 0
        assert page.evaluate("window.pwned") is None


# --- an archive indexed in several periods ----------------------------------------------------

# Month -> how many articles. With periods of two articles counted from the oldest month:
# 2025/04 (what is left: one article), 2025/03, then 2024/11 with 2023/05 and the undated one.
# A new query searches at least two articles' worth: 2025/04 and 2025/03.
PERIOD_MONTHS = {"2025/04": 1, "2025/03": 6, "2024/11": 2, "2023/05": 1, "sans-date": 1}


@pytest.fixture(scope="module")
def periods_site(tailored_site, tmp_path_factory) -> Path:
    """The tailored site's frame with eleven articles over three periods (period_size=2): every
    one says "zeugma" and has the source filter "Essai"; only the undated one says
    "ornithorynque"."""
    site = tmp_path_factory.mktemp("periods") / "site"
    shutil.copytree(tailored_site, site, ignore=shutil.ignore_patterns("articles", "pagefind"))
    template = (tailored_site / "articles/2024/01/titre/index.html").read_text("utf-8")
    start = template.index('<article class="mc-article" data-pagefind-body>')
    end = template.index("</article>", start) + len("</article>")
    for month, count in PERIOD_MONTHS.items():
        for day in range(1, count + 1):
            date = f"{month.replace('/', '-')}-{day:02d}"
            sort = (
                ""
                if month == "sans-date"
                else f'<span hidden data-pagefind-sort="date">{date}</span>'
            )
            word = "ornithorynque" if month == "sans-date" else "castor"
            article = (
                '<article class="mc-article" data-pagefind-body>'
                f'<h1 data-pagefind-meta="title">Article du {date}</h1>{sort}'
                '<span hidden data-pagefind-filter="source">Essai</span>'
                f"<p>Un zeugma, un {word} et des délégations.</p></article>"
            )
            write(
                site,
                f"/articles/{month}/jour-{day:02d}/",
                template[:start] + article + template[end:],
            )
    index_site(site, logging.getLogger("test.search"), period_size=2)
    return site


def test_a_query_searches_the_newest_period_first_then_goes_back_on_demand(page, periods_site):
    bodies: dict[str, int] = {}
    page.on(
        "requestfinished",
        lambda r: bodies.__setitem__(
            r.url, bodies.get(r.url, 0) + max(r.sizes().get("responseBodySize", 0), 0)
        ),
    )
    with serve_site(periods_site) as base:
        page.goto(f"{base}recherche/?q=zeugma")
        page.wait_for_function(
            "document.querySelector('#mc-search-status').textContent.includes('depuis')"
        )
        assert page.locator(STATUS).inner_text() == "7 articles pour « zeugma » depuis mars 2025"
        assert page.locator("#mc-search-older").inner_text() == "Chercher aussi avant mars 2025"
        page.wait_for_function(f"document.querySelectorAll('{TOP_LINKS}').length === 5")
        more = page.locator("#mc-search-more")
        assert more.inner_text() == "Plus de résultats"
        more.click()
        page.wait_for_function(f"document.querySelectorAll('{TOP_LINKS}').length === 7")
        assert more.inner_text() == "Chercher aussi avant mars 2025"
        more.click()
        found = results(page, "zeugma")
        wasm = {url: size for url, size in bodies.items() if url.endswith(".pagefind")}
    assert len(found) == 11
    assert all(path.startswith("/articles/2025/") for path in found[:7])
    assert {path.split("/")[2] for path in found[7:]} == {"2024", "2023", "sans-date"}
    assert page.locator(STATUS).inner_text() == "11 articles pour « zeugma »"
    assert page.locator("#mc-search-older").is_hidden()
    # The periods share one WebAssembly, downloaded once.
    assert list(wasm) == [f"{base}pagefind/wasm.fr.pagefind"]
    assert (
        wasm[f"{base}pagefind/wasm.fr.pagefind"]
        == (periods_site / "pagefind/wasm.fr.pagefind").stat().st_size
    )
    assert page.js_errors == []


def test_older_periods_are_searched_when_the_reader_asks(page, periods_site):
    with serve_site(periods_site) as base:
        page.goto(f"{base}recherche/?q=ornithorynque")
        status = page.locator(STATUS)
        page.wait_for_function(
            "document.querySelector('#mc-search-status').textContent.startsWith('Aucun')"
        )
        # A new query costs one period: the newest.
        assert status.inner_text() == "Aucun article pour « ornithorynque » depuis mars 2025"
        page.get_by_role("button", name="Chercher aussi avant mars 2025").first.click()
        # Then as many periods as it takes to find something: here, down to the last one.
        found = results(page, "ornithorynque")
        assert found == ["/articles/sans-date/jour-01/"]
        assert status.inner_text() == "1 article pour « ornithorynque »"
        assert page.locator("#mc-search-older").is_hidden()


def test_filters_alone_list_every_period_newest_first(page, periods_site):
    with serve_site(periods_site) as base:
        page.goto(f"{base}recherche/?source=Essai")
        more = page.locator("#mc-search-more")
        page.wait_for_function(f"document.querySelectorAll('{TOP_LINKS}').length === 5")
        for _ in range(10):
            if more.is_hidden():
                break
            count = page.locator(TOP_LINKS).count()
            more.click()
            page.wait_for_function(
                f"document.querySelectorAll('{TOP_LINKS}').length > {count}"
                " && !document.querySelector('.mc-result--loading')"
            )
        found = [urlparse(a.get_attribute("href")).path for a in page.locator(TOP_LINKS).all()]
    dated = [p for p in found if "sans-date" not in p]
    assert len(found) == 11 and found[-1] == "/articles/sans-date/jour-01/"
    dates = [p.split("/")[2:4] + [p.split("-")[-1].strip("/")] for p in dated]
    assert dates == sorted(dates, reverse=True)
