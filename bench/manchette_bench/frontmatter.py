"""The `edit-front-matter` step of `manchette bench`: a curator corrects one article by its
front matter (README, "Corriger les métadonnées"), naming an actor the archive does not know
yet and a theme the article did not have; then the archive is built again.

The edit is chosen from the site of the previous build (`archive.json`), and checked against
the site of the edited build: the article lists the new actor and theme, and the actor has its
page. The file's bytes are given back afterwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

NEW_ACTOR = "Ottilie Brandvold-Maes"  # a name no sample and no generated article uses
FENCE = "---\n"


@dataclass
class Edit:
    file: str  # the article's file, relative to articles/
    actor: str
    theme: str
    original: bytes  # the file before the edit
    actor_page: str = ""  # site-relative page of the new actor, once built
    seen: bool = False  # the edited build lists the actor and the theme, the actor's page exists


def read_archive(site: Path) -> dict:
    return json.loads((site / "archive.json").read_text(encoding="utf-8"))


def theme_slugs(themes_file: Path) -> list[str]:
    data = yaml.safe_load(themes_file.read_text(encoding="utf-8")) or {}
    return [str(item["slug"]) for item in data.get("themes") or [] if item.get("slug")]


def plan_edit(site: Path, articles: Path, themes_file: Path) -> Edit:
    """The first published article (by file name) and the first theme it does not have."""
    data = read_archive(site)
    if any(actor["name"] == NEW_ACTOR for actor in data["actors"]):
        raise ValueError(f"{NEW_ACTOR} is already an actor of the archive")
    originals = sorted(
        (item for item in data["articles"] if not item.get("duplicate_of")),
        key=lambda item: item["file"],
    )
    if not originals:
        raise ValueError("no published article to edit")
    item = originals[0]
    theme = next((s for s in theme_slugs(themes_file) if s not in item["themes"]), None)
    if theme is None:
        raise ValueError(f"{item['file']} already has every theme")
    original = (articles / item["file"]).read_bytes()
    return Edit(item["file"], NEW_ACTOR, theme, original)


def with_front_matter(text: str, actor: str, theme: str) -> str:
    """`text` whose front matter (a new one if it has none) also names `actor` and `theme`."""
    lines = yaml.safe_dump(
        {"actors": [actor], "themes": [theme]}, allow_unicode=True, default_flow_style=None
    )
    if not text.startswith(FENCE):
        return FENCE + lines + FENCE + text
    end = text.index(FENCE, len(FENCE))
    head = yaml.safe_load(text[len(FENCE) : end]) or {}
    if "actors" in head or "themes" in head:
        raise ValueError("the front matter already names actors or themes")
    return FENCE + text[len(FENCE) : end] + lines + text[end:]


def apply(edit: Edit, articles: Path) -> None:
    text = edit.original.decode("utf-8")
    (articles / edit.file).write_text(with_front_matter(text, edit.actor, edit.theme), "utf-8")


def check(edit: Edit, site: Path) -> None:
    """Whether the edited build shows the edit: the article lists both, the actor has a page."""
    data = read_archive(site)
    item = next((a for a in data["articles"] if a["file"] == edit.file), None)
    actor = next((a for a in data["actors"] if a["name"] == edit.actor), None)
    if item is None or actor is None:
        return
    edit.actor_page = f"acteurs/{actor['slug']}/"
    edit.seen = (
        actor["slug"] in item["actors"]
        and edit.theme in item["themes"]
        and (site / edit.actor_page / "index.html").is_file()
    )


def restore(edit: Edit, articles: Path) -> None:
    (articles / edit.file).write_bytes(edit.original)
