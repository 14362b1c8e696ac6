"""Download one web page for `manchette add`, within limits: a timeout for the whole answer, a
size limit (counted on the bytes received and on the bytes they unpack to), redirects followed
(to http(s) addresses only), and only HTML answers. The standard library's urllib does the
work; every refusal is a `FetchError` whose message says why.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

TIMEOUT = 20.0  # seconds for the whole answer
MAX_BYTES = 10 * 1024 * 1024  # a news page with its inline scripts stays far below this
HTML_TYPES = {"text/html", "application/xhtml+xml"}
CHUNK = 64 * 1024
USER_AGENT = "Manchette/0.1 (press archive; one page at a curator's request)"


class FetchError(Exception):
    """Why a page was not downloaded (the message is for the curator)."""


@dataclass(frozen=True)
class Page:
    url: str  # the address asked for
    final_url: str  # where the redirects led
    data: bytes  # the HTML, unpacked
    charset: str | None  # the charset the answer's Content-Type gave, if any


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but only to http(s) addresses (never to a file or an FTP server)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 (urllib's)
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme
        if scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a {scheme or 'relative'} address: not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_page(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """The HTML page at `url`, or a FetchError saying why not."""
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError("not an http(s) address")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as answer:
            headers = answer.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else ""
            if content_type not in HTML_TYPES:
                raise FetchError(f"not an HTML page (Content-Type: {content_type or 'none'})")
            declared = headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"over the size limit ({_size(int(declared))} > {_size(max_bytes)})"
                )
            raw = _read(answer, max_bytes, deadline, timeout)
            data = _unpack(raw, headers.get("Content-Encoding", ""), max_bytes)
            return Page(url, answer.geturl(), data, _charset(headers))
    except urllib.error.HTTPError as err:
        if 300 <= err.code < 400:  # urllib's own refusal of a redirect to file: and the like
            target = urllib.parse.urlsplit(err.headers.get("Location", "")).scheme or "relative"
            raise FetchError(f"redirected to a {target} address: not followed") from None
        raise FetchError(f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s (timeout)") from None
        raise FetchError(f"cannot be reached ({err.reason})") from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} s (timeout)") from None
    except http.client.HTTPException as err:  # an answer cut short or malformed
        raise FetchError(f"the answer could not be read ({type(err).__name__})") from None
    except OSError as err:  # the connection reset or refused halfway
        raise FetchError(f"the connection failed ({err})") from None


def _read(answer, max_bytes: int, deadline: float, timeout: float) -> bytes:  # noqa: ANN001
    """The body, refused as soon as it passes `max_bytes` or the deadline (a server that
    trickles bytes never hits the socket's own timeout)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"no complete answer within {timeout:g} s (timeout)")
        chunk = answer.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"over the size limit (more than {_size(max_bytes)})")
        chunks.append(chunk)


def _unpack(raw: bytes, encoding: str, max_bytes: int) -> bytes:
    """A gzip or deflate answer unpacked, no larger than `max_bytes` (a small answer may
    unpack to gigabytes)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"the answer is compressed as {encoding!r}, which cannot be read")
    wbits = 47 if encoding != "deflate" else zlib.MAX_WBITS  # 47: gzip or zlib header
    try:
        unpacker = zlib.decompressobj(wbits)
        data = unpacker.decompress(raw, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError("the answer says gzip but is not gzip data") from None
        data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, max_bytes + 1)  # raw deflate
    if len(data) > max_bytes:
        raise FetchError(f"over the size limit once unpacked (more than {_size(max_bytes)})")
    return data


def _charset(headers: Message) -> str | None:
    charset = headers.get_content_charset()
    return charset.strip().lower() if charset else None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"
