"""Browser test helpers: serve a built site on localhost, drive Debian's Chromium with Playwright.

Import the fixtures in a test module: `from browser import browser, page, served_samples`.
Without Chromium the browser tests are skipped with a message saying how to install it (in CI,
where `.ci/run` installs it, a missing Chromium is an error instead).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("MANCHETTE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
INSTALL_HINT = (
    "install it with `apt-get update && apt-get install -y chromium` (Debian; `.ci/run` does it) "
    "or point MANCHETTE_CHROMIUM at a Chromium binary"
)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under the URL prefix `prefix` ("/" or "/depot/"); 404 elsewhere."""

    prefix = "/"

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404, "outside the site's prefix")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@contextmanager
def serve_site(site_dir: Path, prefix: str = "/") -> Iterator[str]:
    """Serve `site_dir` on a free localhost port under `prefix`; yields the site's base URL."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


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
