"""Write generated pages to disk, touching only what changed (so mtimes stay meaningful)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


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
        path.write_bytes(data)
    wanted = {Path(rel) for rel in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        rel = path.relative_to(folder)
        if path.is_file() and rel not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
