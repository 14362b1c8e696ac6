"""Site URLs of the generated pages (French words, directory style), from names alone."""

from __future__ import annotations

from slugify import slugify


def name_slug(name: str) -> str:
    return slugify(name, max_length=80) or "sans-nom"


def author_url(name: str) -> str:
    return f"auteurs/{name_slug(name)}/"


def source_url(name: str) -> str:
    return f"sources/{name_slug(name)}/"


def src_path(url: str) -> str:
    """The Markdown file for a directory URL: "a/b/" -> "a/b.md", "a/" index -> "a/index.md"."""
    return url.rstrip("/") + ".md" if url else "index.md"
