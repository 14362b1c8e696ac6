"""Browser test helpers: serve a built site on localhost, drive Debian's Chromium with Playwright.

Import the fixtures in a test module: `from browser import browser, page, served_samples`.
Without Chromium the browser tests are skipped with a message saying how to install it (in CI,
where `.ci/run` installs it, a missing Chromium is an error instead).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from manchette_bench.search import CHROMIUM, CHROMIUM_ARGS, serve_site  # noqa: F401 (re-exported)

INSTALL_HINT = (
    "install it with `apt-get update && apt-get install -y chromium` (Debian; `.ci/run` does it) "
    "or point MANCHETTE_CHROMIUM at a Chromium binary"
)


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM}: {INSTALL_HINT}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is missing: pip install -r requirements-dev.txt"
    return None


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (skipped, with the reason, when missing).

    Module-scoped: each test module imports its own copy of this fixture, and two Playwright
    drivers cannot run at once in one thread."""
    reason = chromium_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh French-speaking tab (its own context: no cache or storage shared between tests)."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.js_errors = errors  # tests may assert that no script failed
    yield tab
    context.close()


@pytest.fixture(scope="session")
def served_samples(sample_site) -> Iterator[str]:
    """The five samples' built site, served at the root of a localhost port."""
    with serve_site(sample_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def served_samples_subpath(sample_site) -> Iterator[str]:
    """The same site served under a sub-path, as a GitHub project site is (/depot/)."""
    with serve_site(sample_site.site, "/depot/") as url:
        yield url
