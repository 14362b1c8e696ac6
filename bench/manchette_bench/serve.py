"""The `serve` step of `manchette bench`: how long a curator waits, under `mkdocs serve`, between
dropping a file into `articles/` and its page being served.

The server is started as the README tells curators (`mkdocs serve`, nothing else but a free
port), on the archive just built; once it serves, one new article is written and its page's
URL is polled until the page is served with the article's title in it. Wall time and CPU time
(of the server's process tree) run from the drop to that answer; peak memory is the server's
tree's over the whole session. The server is stopped with its process group whatever happens.
"""

from __future__ import annotations

import html
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts

from .processes import PeakMemory, session_usage

POLL_EVERY = 0.1  # seconds between two requests for the new page
STOP_WAIT = 30.0  # seconds a stopped server gets to exit before it is killed


@dataclass
class Served:
    """What the serve step saw."""

    url: str  # the new article's page, site-relative
    title: str
    seen: bool  # its page was served with its title
    startup: float  # seconds from starting the server to its first answer
    wall: float  # seconds from the drop to the page served (or to giving up)
    cpu: float  # CPU seconds of the server's tree over the same span
    peak_rss: int  # bytes, the server's tree, whole session
    server_exit: int | None  # the server's exit status once stopped


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    """(HTTP status, body); 0 when the server does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def page_of(name: str, text: str, layouts_folder: Path) -> tuple[str, str]:
    """(URL, title) the engine gives the file, from its conversion alone (no NER, no store)."""
    article, problems = convert_file_with_problems(
        name, text.encode("utf-8"), load_layouts(layouts_folder)
    )
    if article is None:
        raise ValueError(f"{name}: not an article ({'; '.join(p.reason for p in problems)})")
    return article.url, article.title


def shows(body: str, title: str) -> bool:
    return title in html.unescape(body)


def wait_until(check, process: subprocess.Popen, deadline: float) -> bool:
    """Poll `check` until it holds (True), the server exits or the deadline passes (False)."""
    while time.perf_counter() < deadline:
        if check():
            return True
        if process.poll() is not None:
            return False
        time.sleep(POLL_EVERY)
    return False


def measure_serve(
    root: Path, articles: Path, name: str, text: str, log_path: Path, timeout: float
) -> Served:
    """Serve `root`, drop `text` as `articles/name` once it serves, time until its page shows.
    The file is removed again after the server has stopped."""
    url, title = page_of(name, text, root / "site-plugins" / "sources")
    base = f"http://127.0.0.1:{free_port()}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    address = base.removeprefix("http://").rstrip("/")
    seen, wall, cpu, startup = False, 0.0, 0.0, 0.0
    with open(log_path, "wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", address],
            cwd=root,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        sampler = PeakMemory(process.pid)
        try:
            up = wait_until(lambda: fetch(base)[0] == 200, process, start + timeout)
            startup = time.perf_counter() - start
            if up:
                before = session_usage(process.pid)[1]
                dropped = time.perf_counter()
                (articles / name).write_text(text, encoding="utf-8")

                def served() -> bool:
                    status, body = fetch(base + url)
                    return status == 200 and shows(body, title)

                seen = wait_until(served, process, dropped + timeout)
                wall = time.perf_counter() - dropped
                cpu = session_usage(process.pid)[1] - before
        finally:
            peak = sampler.stop()
            server_exit = stop(process)
            (articles / name).unlink(missing_ok=True)
    return Served(url, title, seen, startup, wall, cpu, peak, server_exit)


def stop(process: subprocess.Popen) -> int | None:
    """Stop the server as Ctrl+C does (its whole process group), killed if it lingers."""
    for sig, wait in ((signal.SIGINT, STOP_WAIT), (signal.SIGKILL, STOP_WAIT)):
        try:
            os.killpg(process.pid, sig)
        except OSError:
            pass
        try:
            return process.wait(wait)
        except subprocess.TimeoutExpired:
            continue
    return None
