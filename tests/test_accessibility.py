"""axe-core on the pages a reader meets: no serious or critical accessibility violation."""

# ruff: noqa: F811 (the fixtures imported from browser.py are then named as arguments)

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from browser import browser, page, served_samples  # noqa: F401

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:4])
        for v in found
        if v.get("impact") in BLOCKING
    ]


def first_link(page, pattern: str) -> str:
    """The first link of the main content whose path matches `pattern`, as an absolute URL."""
    for href in page.locator("main article a[href]").evaluate_all(
        "links => links.map(a => a.href)"
    ):
        if re.search(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern} on {page.url}")


@pytest.fixture(scope="module")
def reader_pages(served_samples, browser) -> dict[str, str]:
    """URLs of the home, an article, an actor, a theme and the search page (found by links)."""
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(served_samples)
    article = first_link(tab, r"/articles/.+/[^/]+/$")
    tab.goto(article)
    actor = first_link(tab, r"/acteurs/[^/]+/$")
    theme = first_link(tab, r"/themes/[^/]+/$")
    context.close()
    return {
        "home": served_samples,
        "article": article,
        "actor": actor,
        "theme": theme,
        "search": urljoin(served_samples, "recherche/?q=cessez-le-feu"),
    }


@pytest.mark.parametrize("name", ["home", "article", "actor", "theme"])
def test_page_has_no_serious_violation(page, reader_pages, name):
    page.goto(reader_pages[name])
    assert blocking_violations(page) == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_search_page_with_results_and_filters_has_no_serious_violation(page, reader_pages, scheme):
    page.goto(reader_pages["search"])
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', {scheme!r})")
    page.locator(".mc-result .mc-result__title a").first.wait_for()
    page.get_by_role("button", name="Filtres").click()
    page.get_by_role("group", name="Acteurs").wait_for()
    assert blocking_violations(page) == []
