"""Stand-ins for the generated pages MkDocs does not build (their HTML is kept: `renderedpages`).

A page left out of MkDocs' files would break what MkDocs does with the others: a link to it
would warn as "not found among documentation files" and lose its URL, and the sitemap, built
from the pages MkDocs knows, would not list it. So each kept page stays in `Files` as a
`KeptFile`: the same path and URL, its place in the order of the files, but not a documentation
page, so MkDocs neither reads, renders nor writes it (its HTML is already in `site/`). Links to
it resolve to its URL as before; a link to a page that does not exist still warns. The sitemap
is given every page, kept or not, in the order of a clean build.
"""

from __future__ import annotations

from collections.abc import Collection

from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page


class KeptFile(File):
    """A generated page whose HTML is already in `site/`: linked to, listed, never built."""

    def is_documentation_page(self) -> bool:
        return False

    def copy_file(self, dirty: bool = False) -> None:
        """Not a media file to copy: its HTML was written when it was kept."""


def keep_out(files: Files, kept: Collection[str]) -> Files:
    """`files` with each kept page replaced by its stand-in, in the same place."""
    if not kept:
        return files
    replaced = []
    for file in files:
        if file.src_uri in kept:
            file = KeptFile(
                file.src_uri,
                file.src_dir,
                file.dest_dir,
                file.use_directory_urls,
                dest_uri=file.dest_uri,
                inclusion=file.inclusion,
            )
        replaced.append(file)
    return Files(replaced)


def sitemap_pages(files: Files, config) -> list[File]:
    """Every page for the sitemap, kept ones included, in the order of the files."""
    pages = []
    for file in files:
        if isinstance(file, KeptFile):
            if file.page is None:  # what the sitemap reads of it: its URLs and date
                Page(None, file, config)
            pages.append(file)
        elif file.is_documentation_page() and file.inclusion.is_included():
            pages.append(file)
    return pages
