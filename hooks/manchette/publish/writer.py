"""Write generated pages to disk, touching only what changed (so mtimes stay meaningful).

Each file is written whole or not at all (a hidden temporary file, then renamed over the old
one): a build killed while writing leaves old and new pages, never a cut one, and the next
build rewrites what differs and removes the temporary files left behind.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePosixPath


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def sync_folder(folder: Path, files: Mapping[str, str | bytes]) -> None:
    """Make `folder` hold exactly `files` (relative path -> text, or bytes as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        path = folder / rel
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if path.read_bytes() == data:
                continue
        except OSError:
            path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    # What else is there goes, empty folders too (deepest first). One walk of names, no
    # path objects: on a large archive this runs over every page of every build.
    wanted = {PurePosixPath(rel).as_posix() for rel in files}
    root = str(folder)
    for here, _, names in os.walk(root, topdown=False):
        prefix = "" if here == root else os.path.relpath(here, root).replace(os.sep, "/") + "/"
        for name in names:
            if prefix + name not in wanted:
                os.unlink(os.path.join(here, name))
        if here != root and not os.listdir(here):
            os.rmdir(here)
