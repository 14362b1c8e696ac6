"""Which files the engine may read: the project's own, never what a link leads out to.

A link (to a file or a folder) whose target lies outside the project, a broken link and a
special file (FIFO, device, socket: opening a FIFO waits for a writer forever) are refused with
a reason naming them. Inside the project a link is followed once: a file reached by two paths is
read once (under its most direct name), a folder linked into itself is walked once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 5 * 1024 * 1024  # an article, not a book: a bigger file is not read


class Refused(OSError):
    """A file the engine will not read; `str()` is the reason, for the curator."""


@dataclass
class Listing:
    files: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason)


def refusal(path: Path, root: Path) -> str | None:
    """Why `path` must not be read (None when it may): a link out of `root`, a broken link or
    a special file."""
    try:
        target = path.resolve(strict=True)
        if not target.is_relative_to(root.resolve()):
            if path.is_symlink():
                return f"link to {os.readlink(path)}, outside the project: not read"
            return f"reached through a link to {target.parent}, outside the project: not read"
        mode = target.stat().st_mode
    except RuntimeError:  # a loop of links
        return "link that leads back to itself: not read"
    except FileNotFoundError:
        if not os.path.lexists(path):
            return None  # removed meanwhile: reading it says so, it is no problem of the archive
        return "broken link (its target does not exist): not read"
    except OSError as err:
        return f"cannot be read: {err.strerror}"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "special file (FIFO, device or socket), not a text file: not read"


def list_files(folder: Path, root: Path, wanted: Callable[[str], bool]) -> Listing:
    """The files below `folder` whose name is `wanted` (sorted, hidden ones left out), and the
    entries refused; links inside `root` are followed once."""
    listing = Listing()
    if not folder.is_dir():
        return listing
    walked: set[Path] = set()
    found: dict[Path, list[Path]] = {}  # real path -> the names it is reached by
    linked: list[Path] = []  # linked folders, walked after the real ones (read once, there)

    def visit(directory: Path) -> None:
        real = directory.resolve()
        if real in walked:
            return
        walked.add(real)
        try:
            entries = sorted(directory.iterdir())
        except OSError as err:
            listing.refused.append((directory, f"cannot be read: {err.strerror}"))
            return
        for path in entries:
            if path.name.startswith("."):
                continue
            is_dir = _is_dir(path)
            if not is_dir and not wanted(path.name):
                continue
            reason = refusal(path, root)
            if reason:
                listing.refused.append((path, reason))
            elif is_dir and path.is_symlink():
                linked.append(path)
            elif is_dir:
                visit(path)
            else:
                found.setdefault(path.resolve(), []).append(path)

    visit(folder)
    while linked:
        visit(linked.pop(0))
    for names in found.values():
        listing.files.append(min(names, key=lambda p: (_links_in(p, folder), p)))
    listing.files.sort()
    return listing


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()  # a stat, which never blocks, even on a FIFO
    except OSError:
        return False


def _links_in(path: Path, folder: Path) -> int:
    """How many links the way from `folder` to `path` goes through."""
    parts = path.relative_to(folder).parts
    return sum(folder.joinpath(*parts[: n + 1]).is_symlink() for n in range(len(parts)))


def read_file(path: Path, root: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of `path`, a regular file of the project of at most `limit` bytes; raises
    Refused (or OSError) otherwise, without ever blocking on a FIFO swapped in meanwhile."""
    reason = refusal(path, root)
    if reason:
        raise Refused(reason)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused("special file (FIFO, device or socket), not a text file: not read")
        if info.st_size > limit:
            raise Refused(too_large(info.st_size, limit))
        data = file.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise Refused(too_large(len(data), limit))
    return data


def too_large(size: int, limit: int) -> str:
    return (
        f"file of {size / 1e6:.1f} MB, over the limit of {limit / 1e6:.0f} MB for one article: "
        "not read"
    )


def is_plugin_file(path: Path) -> bool:
    """Whether `path`, a file of site-plugins/ (a registry, a layout), may be read; the
    problem is reported when the build lists site-plugins/ (pipeline.refused_files)."""
    here = path.absolute()
    root = next((f.parent for f in here.parents if f.name == "site-plugins"), here.parent)
    return path.is_file() and refusal(path, root) is None
