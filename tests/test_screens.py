"""Screenshots of the sample site in headless Chromium (into tests/screenshots/, git-ignored),
with the checks a reader would make by eye: nothing wider than the screen, charts drawn, the
folded actor list opens, the dark scheme keeps text readable.

Skipped with a message saying how to install Chromium when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser import browser, page, served_samples  # noqa: F401  (fixtures)

SHOTS = Path(__file__).resolve().parent / "screenshots"
PATIENCE_MS = 90_000  # the machine may be busy: wait long rather than fail (not a timing test)

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def patient(request):
    if "page" in request.fixturenames:
        request.getfixturevalue("page").set_default_timeout(PATIENCE_MS)


@pytest.fixture(scope="module")
def targets(sample_site) -> dict[str, str]:
    """The site-relative URLs to photograph, chosen from the archive's own data."""
    data = json.loads((sample_site.site / "archive.json").read_text(encoding="utf-8"))
    published = [a for a in data["articles"] if not a.get("duplicate_of")]
    richest = max(
        published, key=lambda a: (len(a.get("related") or []), len(a.get("actors") or []))
    )
    base = data["articles"][0]["url"].split("articles/")[0]
    urls = {
        "home": "",
        "article": richest["url"][len(base) :],
        "articles": "articles/",
        "actors": "acteurs/",
        "chronology": "chronologie/",
    }
    if data.get("actors"):
        actor = max(data["actors"], key=lambda a: (len(a["articles"]), a["slug"]))
        urls["actor"] = actor["url"][len(base) :]
    if data.get("themes"):
        theme = max(data["themes"], key=lambda t: (len(t["articles"]), t["slug"]))
        urls["theme"] = theme["url"][len(base) :]
    return urls


def shoot(page, url: str, name: str) -> None:  # noqa: F811
    SHOTS.mkdir(exist_ok=True)
    page.goto(url)
    page.wait_for_load_state("load")
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def overflow(page) -> int:  # noqa: F811
    """How many pixels the page is wider than the window (0 when nothing sticks out)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_screenshots_desktop(page, served_samples, targets):  # noqa: F811
    for name, url in targets.items():
        shoot(page, served_samples + url, name)
        assert overflow(page) <= 0, name
        assert page.locator("h1").count() == 1, name
    assert not page.js_errors


def test_screenshots_phone(browser, served_samples, targets):  # noqa: F811
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    context.set_default_timeout(PATIENCE_MS)
    tab = context.new_page()
    try:
        for name in ["home", "article", "actor", "chronology"]:
            if name in targets:
                shoot(tab, served_samples + targets[name], f"{name}-phone")
                assert overflow(tab) <= 0, name
    finally:
        context.close()


def test_charts_are_drawn(page, served_samples, targets):  # noqa: F811
    for name in ["home", "chronology", "actor", "theme"]:
        if name not in targets:
            continue
        page.goto(served_samples + targets[name])
        charts = page.locator("figure.mc-chart svg")
        if charts.count() == 0:
            continue  # nothing dated to draw on this page
        box = charts.first.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 80, name
        assert page.locator("figure.mc-chart rect.mc-bar").count() >= 1, name


def test_dark_scheme_keeps_text_readable(page, served_samples, targets):  # noqa: F811
    page.goto(served_samples + targets["article"])
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    colours = page.evaluate(
        """() => {
        const body = getComputedStyle(document.querySelector('.md-main')).backgroundColor;
        const text = getComputedStyle(document.querySelector('.mc-body p')).color;
        const title = getComputedStyle(document.querySelector('.mc-article h1')).color;
        return [body, text, title];
    }"""
    )
    page.screenshot(path=str(SHOTS / "article-dark.png"), full_page=True)

    def luminance(rgb: str) -> float:
        r, g, b = [int(float(x)) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255

    background, text, title = colours
    assert luminance(text) - luminance(background) > 0.5, colours
    assert luminance(title) - luminance(background) > 0.5, colours


def test_folded_actor_list_opens(page, served_samples, targets):  # noqa: F811
    page.goto(served_samples + targets["article"])
    more = page.locator("details.mc-more")
    if more.count() == 0:
        pytest.skip("no article of the samples has enough actors to fold the list")
    hidden = more.locator("ul li a").first
    assert not hidden.is_visible()
    more.locator("summary").click()
    assert hidden.is_visible()
