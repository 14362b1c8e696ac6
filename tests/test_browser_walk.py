"""A reader's walk through the samples' site, by clicking: home -> article -> actor page ->
another article of that actor -> an article it recommends ("À lire aussi") -> a theme page."""

# ruff: noqa: F811 (the fixtures imported from browser.py are then named as arguments)

from __future__ import annotations

import re
from urllib.parse import urljoin, urlparse

import pytest
from browser import browser, page, served_samples  # noqa: F401

pytestmark = pytest.mark.browser

ACTOR_LINK = 'a[data-pagefind-filter="acteur"]'
THEME_LINK = 'a[data-pagefind-filter="thème"]'


def path(url: str) -> str:
    return urlparse(url).path


def is_article_page(page) -> bool:
    return page.locator("[data-pagefind-body]").count() == 1


def content_links(page, pattern: str, exclude: set[str] = frozenset()) -> list:
    """Links of the page's main content whose target path matches `pattern`, in page order."""
    found = []
    for link in page.locator("main article a[href]").all():
        target = path(urljoin(page.url, link.get_attribute("href")))
        if re.fullmatch(pattern, target) and target not in exclude and link.is_visible():
            found.append(link)
    return found


def click(page, link) -> str:
    with page.expect_navigation():
        link.click()
    return path(page.url)


def title(page) -> str:
    return page.locator("main h1").first.inner_text().strip()


def test_walk_home_article_actor_related_theme(page, served_samples):
    base = path(served_samples)
    articles = rf"{base}articles/.+/[^/]+/"

    page.goto(served_samples)
    first = content_links(page, articles)
    assert first, "the home page links the latest articles"
    article_a = click(page, first[0])
    assert is_article_page(page)

    actor = page.locator(f"main {ACTOR_LINK}").first
    actor_name = actor.inner_text().strip()
    actor_page = click(page, actor)
    assert re.fullmatch(rf"{base}acteurs/[^/]+/", actor_page)
    assert title(page) == actor_name

    # An article of this actor that recommends others; the actor page lists them.
    candidates = len(content_links(page, articles, {article_a}))
    assert candidates, f"{actor_name}'s page lists other articles than {article_a}"
    related = None
    for index in range(candidates):
        article_b = click(page, content_links(page, articles, {article_a})[index])
        assert is_article_page(page)
        assert actor_name in [a.inner_text().strip() for a in page.locator(ACTOR_LINK).all()]
        box = page.locator("aside", has=page.locator("h2", has_text="À lire aussi"))
        if box.count() and box.locator("a[href]").count():
            related = box.locator("a[href]").first
            break
        page.go_back()
    assert related is not None, f"no article of {actor_name} has an « À lire aussi » box"

    article_c = click(page, related)
    assert is_article_page(page) and article_c != article_b

    theme = page.locator(f"main {THEME_LINK}").first
    theme_name = theme.inner_text().strip()
    theme_page = click(page, theme)
    assert re.fullmatch(rf"{base}themes/[^/]+/", theme_page)
    assert title(page) == theme_name
    assert content_links(page, re.escape(article_c)), "the theme page lists the article"
    assert page.js_errors == []
