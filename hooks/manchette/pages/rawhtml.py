"""A Markdown extension for the pages Manchette generates (named in mkdocs.yml).

Their lists, boxes and charts are HTML built here with every piece of text escaped. Python-
Markdown would re-read that HTML tag by tag to find where raw blocks end, which costs more than
the rest of the page (a list page of 50 articles: about 10 ms). Marked regions are stored as
they are, in one step, and come back unchanged in the output.

Article text never goes in a marked region, and `neutralise` defuses a marker in it, so it is
always read as Markdown (where HTML is already escaped by the conversion step).
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

OPEN = "<!--mc-html-->"
CLOSE = "<!--/mc-html-->"


def raw(html: str) -> str:
    """Mark `html` (trusted, escaped markup built by the renderers) to pass through as it is."""
    return f"{OPEN}\n{html.strip()}\n{CLOSE}\n"


def assemble(parts: list[str]) -> str:
    """A page from its parts: a part that starts with "#" is a Markdown heading (its first line;
    the rest is HTML); every run of HTML between headings becomes one marked region."""
    out: list[str] = []
    html: list[str] = []
    for part in parts:
        if part.startswith("#"):
            heading, _, part = part.partition("\n")
            if html:
                out.append(raw("\n".join(html)))
                html = []
            out.append(heading + "\n")
        if part.strip():
            html.append(part.strip())
    if html:
        out.append(raw("\n".join(html)))
    return "\n".join(out)


def neutralise(text: str) -> str:
    """Text that must not open a marked region (an article's body)."""
    return text.replace("<!--mc-html", "&lt;!--mc-html").replace("<!--/mc-html", "&lt;!--/mc-html")


class _StashMarked(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        out = []
        pos = 0
        while (start := text.find(OPEN, pos)) != -1:
            end = text.find(CLOSE, start)
            if end == -1:
                break
            out.append(text[pos:start])
            html = text[start + len(OPEN) : end].strip("\n")
            out.append(f"\n\n{self.md.htmlStash.store(html)}\n\n")
            pos = end + len(CLOSE)
        out.append(text[pos:])
        return "".join(out).split("\n")


class RawHtmlExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After whitespace normalisation (30), before the raw HTML block reader (20).
        md.preprocessors.register(_StashMarked(md), "manchette_raw_html", 25)


def makeExtension(**kwargs) -> RawHtmlExtension:  # noqa: N802 (Python-Markdown's name)
    return RawHtmlExtension(**kwargs)
