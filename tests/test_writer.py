"""Generated pages written to disk: only what changed is written, what is gone is removed."""

from __future__ import annotations

import os
from pathlib import Path

from manchette.publish.writer import sync_folder


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_the_folder_holds_exactly_the_pages_and_unchanged_ones_are_not_rewritten(tmp_path):
    folder = tmp_path / "pages"
    pages = {
        "index.md": "# Accueil\n",
        "articles/2025/04/un-port.md": "# Un port\n",
        "articles/2025/04/un-quai.md": "# Un quai\n",
        "acteurs/irina-matei.md": "# Irina Matei\n",
        "articles/2025/04/un-port.bib": b"@article{port}\n",
    }
    sync_folder(folder, pages)
    assert tree(folder) == {k: v.encode() if isinstance(v, str) else v for k, v in pages.items()}

    kept = folder / "articles/2025/04/un-port.md"
    os.utime(kept, (1_000_000_000, 1_000_000_000))
    (folder / "articles/2025/04/.un-quai.md.4242.tmp").write_text("coupé")  # a killed build's
    (folder / "sources").mkdir()  # an empty folder left behind
    changed = {k: v for k, v in pages.items() if not k.startswith("acteurs/")}
    changed["articles/2025/04/un-quai.md"] = "# Un quai, revu\n"
    changed["articles/2025/05/un-phare.md"] = "# Un phare\n"
    sync_folder(folder, changed)

    assert tree(folder) == {
        k: v.encode() if isinstance(v, str) else v for k, v in changed.items()
    }  # the actor's page, the temporary file and the empty folders are gone
    assert not (folder / "acteurs").exists() and not (folder / "sources").exists()
    assert kept.stat().st_mtime == 1_000_000_000  # same bytes: not written again
    assert folder.is_dir()

    sync_folder(folder, {})
    assert list(folder.iterdir()) == []
