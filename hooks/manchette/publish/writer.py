"""Write generated pages to disk, touching only what changed (so mtimes stay meaningful).

Each file is written whole or not at all (a hidden temporary file, then renamed over the old
one): a build killed while writing leaves old and new pages, never a cut one, and the next
build rewrites what differs and removes the temporary files left behind.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


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
    wanted = {Path(rel) for rel in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        rel = path.relative_to(folder)
        if path.is_file() and rel not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
