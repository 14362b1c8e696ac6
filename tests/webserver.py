"""A local web server (127.0.0.1 only) for the fixture pages of tests/web/, shaped like the
answers of real sites: redirects, errors, slow and huge answers, gzip, other content types."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parent / "web"
HTML = "text/html; charset=utf-8"
SLOW_SECONDS = 3.0  # longer than the timeout the tests give `manchette add`
HUGE_BYTES = 20 * 1024 * 1024

# path -> (status, content type, fixture file or bytes, extra headers)
ROUTES: dict[str, tuple[int, str, str | bytes, dict]] = {
    "/monde/port-constanta": (200, HTML, "news.html", {}),
    "/amp/port-constanta": (200, HTML, "news.html", {}),  # the same page at another address
    "/2025/06/11/sanctions": (200, HTML, "wordpress.html", {}),
    "/analyses/cables": (200, HTML, "jsonld.html", {}),
    "/articles/hiver.html": (200, "text/html", "cp1252.html", {}),  # no charset in the header
    "/caspienne": (200, HTML, "hostile.html", {}),
    "/arctique": (200, HTML, "amp.html", {"gzip": True}),
    "/moldavie": (200, HTML, "jsonld-body.html", {}),
    "/oder": (200, HTML, "german.html", {}),
    "/": (200, HTML, "home.html", {}),
    "/copie-constanta": (200, HTML, "copy.html", {}),
    "/ancien-lien": (301, HTML, b"", {"Location": "/2025/06/11/sanctions"}),
    "/vers-un-fichier": (302, HTML, b"", {"Location": "file:///etc/passwd"}),
    "/disparu": (404, HTML, b"<html><body><h1>Page introuvable</h1></body></html>", {}),
    "/panne": (503, HTML, b"<html><body>Maintenance</body></html>", {}),
    # windows-1252 said only by the answer's header: the stored page must keep saying it
    "/entete-seulement": (200, "text/html; charset=windows-1252", "header-charset", {}),
    "/rapport.pdf": (200, "application/pdf", b"%PDF-1.7\n" + b"0" * 2000, {}),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        path = self.path.split("?")[0]
        if path == "/lent":
            time.sleep(SLOW_SECONDS)
            return self._send(200, HTML, (WEB / "news.html").read_bytes(), {})
        if path in ("/enorme", "/enorme-sans-taille"):
            return self._huge(with_length=path == "/enorme")
        if path not in ROUTES:
            return self._send(404, HTML, b"<html><body>404</body></html>", {})
        status, kind, body, headers = ROUTES[path]
        if body == "header-charset":
            page = (WEB / "cp1252.html").read_bytes()
            body = page.replace(
                b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b""
            )
        data = (WEB / body).read_bytes() if isinstance(body, str) else body
        return self._send(status, kind, data, headers)

    def _send(self, status: int, kind: str, data: bytes, headers: dict) -> None:
        headers = dict(headers)
        if headers.pop("gzip", False):
            data = gzip.compress(data)
            headers["Content-Encoding"] = "gzip"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _huge(self, with_length: bool) -> None:
        """A 20 MB page: a real article drowned in inline data."""
        head = (WEB / "news.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        if with_length:
            self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        chunk = b"<!-- " + b"x" * (1024 * 1024 - 9) + b" -->\n"
        try:
            self.wfile.write(head)
            for _ in range(HUGE_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should

    def log_message(self, *args) -> None:  # quiet
        pass


@contextmanager
def serve() -> Iterator[str]:
    """The base address of a server running in a thread for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
