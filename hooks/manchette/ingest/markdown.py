"""Body lines -> clean Markdown (remnants removed, paragraphs repaired, lists, headings).

Text from articles is data, never markup: raw HTML, template syntax (`{{ }}`, `{% %}`),
attribute lists and link syntax that is not an http(s) link are escaped so that they show as
text. Two modes:

- copied text (.txt): paragraphs broken mid-sentence are rejoined, bullet lines become lists,
  short lines introducing a paragraph become `##` subheadings, caption and alt-text remnants
  go;
- Markdown (.md): the curator's headings (demoted below the page title), lists, emphasis and
  http(s) links are kept; everything else is escaped the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import trace
from .sourcekit import (
    ends_sentence,
    has_letters,
    is_file_name,
    is_heading_like,
    is_repeated_phrase,
    plain,
    words,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_BULLET = re.compile(r"^(?:(?P<mark>[-•*–▪◦‣+·])|(?P<num>\d{1,2})[.)])\s+(?P<text>\S.*)$")
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<label>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\(\s*<?(?P<url>[^()\s<>]*(?:\([^()\s<>]*\)[^()\s<>]*)*)>?"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'\\`{}|^]+$", re.I)
_ENTITY_AMP = re.compile(r"&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)", re.I)
_STRAY_GT = re.compile(r"(?<=\s)>(?=[^\W\d_])")
# Python-Markdown's own code-span pattern: what it renders as code, it escapes itself.
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)")
_MEDIA_LINE = re.compile(r"^(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$", re.I)
_CREDIT_LINE = re.compile(r"^(?:photos?|crédits?(?: photo)?|credits?|illustration)\s*:", re.I)


def body_to_markdown(lines: list[str], is_markdown: bool = False) -> str:
    """Clean Markdown for the body `lines` (raw text lines, or Markdown when `is_markdown`)."""
    # A layout may hand over a "line" holding a newline: split it, or an indented code line
    # after it would continue a paragraph as raw HTML.
    lines = [part for line in lines for part in line.splitlines() or [""]]
    lines = [_CONTROL.sub("", line.replace("\t", " ")).rstrip() for line in lines]
    out = markdown_to_markdown(lines) if is_markdown else text_to_markdown(lines)
    return out.strip("\n") + "\n" if out.strip() else ""


# ----------------------------------------------------------------------------- copied text


@dataclass
class Block:
    kind: str  # "p", "ul" item, "ol" item, "h" (subheading)
    lines: list[str] = field(default_factory=list)
    number: str = ""  # an "ol" item's number, kept if the item turns out to be a heading

    @property
    def text(self) -> str:
        return join_lines(self.lines)


def text_to_markdown(lines: list[str]) -> str:
    blocks = split_blocks(lines)
    blocks = drop_remnants(blocks)
    blocks = rejoin_broken_paragraphs(blocks)
    mark_subheadings(blocks)
    return render_blocks(blocks)


def split_blocks(lines: list[str]) -> list[Block]:
    """Paragraphs and list items (one per bullet line).

    Paragraphs are separated by blank lines; in a copy that puts one block on each line with
    no blank line between them (what browsers give for many pages), every line is a block, and
    `rejoin_broken_paragraphs` mends the ones cut mid-sentence. Hard-wrapped text (an e-mail
    at 72 columns) keeps its lines together.
    """
    one_per_line = _one_block_per_line(lines)
    blocks: list[Block] = []
    current: Block | None = None
    for n, raw in enumerate(lines):
        line = _LEADING_SYMBOLS.sub("", raw.strip())
        if not any(c.isalnum() for c in line):
            current = None  # a blank line, or a separator such as "* * *" or "-----"
            continue
        bullet = _BULLET.match(line)
        if bullet and not _is_emphasis_start(line):
            kind = "ol" if bullet.group("num") else "ul"
            current = Block(kind, [bullet.group("text")], bullet.group("num") or "")
            blocks.append(current)
        elif current is not None and current.kind in ("ul", "ol") and line[0].islower():
            current.lines.append(line)  # a wrapped list item
        elif (
            current is not None
            and current.kind == "p"
            and not one_per_line
            and not _heading_above_text(current, lines, n)
            and not _heading_between(current, line, lines, n)
        ):
            current.lines.append(line)
        else:
            current = Block("p", [line])
            blocks.append(current)
    return blocks


# An emoji or a pictograph opening a block ("🔴 Le ministère…", "📌 "): a bullet, not text.
_LEADING_SYMBOLS = re.compile(
    r"^(?:[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\ufe0f\u200d]*\s*)+"
)


def _heading_above_text(current: Block, lines: list[str], n: int) -> bool:
    """A block of one short headline-shaped line, then a long line of prose: a subheading with
    its paragraph glued below it (no blank line between them)."""
    if len(current.lines) != 1 or not is_heading_like(current.lines[0], max_words=12):
        return False
    return len(words(plain(lines[n]))) >= 20 and ends_sentence(plain(lines[n]))


def _heading_between(current: Block, line: str, lines: list[str], n: int) -> bool:
    """A headline-shaped line between a finished sentence and a long line of prose: a
    subheading glued to both its neighbours."""
    if not ends_sentence(plain(current.lines[-1])) or not is_heading_like(line, max_words=12):
        return False
    nxt = next((line.strip() for line in lines[n + 1 :] if line.strip()), "")
    return len(words(plain(nxt))) >= 20 and ends_sentence(plain(nxt))


def _one_block_per_line(lines: list[str]) -> bool:
    """Few blank lines between many lines, and the lines are not wrapped at a fixed width."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < 3:
        return False
    blank_gaps = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and not b.strip()
    )
    if blank_gaps >= len(filled) / 2:
        return False
    lengths = sorted(len(line) for line in filled)
    longest = lengths[-1]
    wrapped = sum(1 for n in lengths if 0.7 * longest <= n <= longest) / len(lengths)
    return not (longest <= 100 and wrapped >= 0.6)


def _is_emphasis_start(line: str) -> bool:
    """ "* text" is a bullet; "*text*" is emphasis."""
    return line.startswith("*") and not line.startswith("* ")


def is_remnant(text: str) -> bool:
    """What a copy of a web page leaves of its images and embeds: not article text."""
    visible = plain(text)
    return (
        not has_letters(visible)
        or is_repeated_phrase(visible)
        or is_file_name(visible)
        or bool(_MEDIA_LINE.match(visible))
        or (len(visible) < 160 and bool(_CREDIT_LINE.match(visible)))
    )


def drop_remnants(blocks: list[Block]) -> list[Block]:
    """Drop caption, alt-text and embed remnants.

    An image's alt text left alone reads as a short all-lowercase line without punctuation
    between two finished paragraphs ("échange téléphonique entre trump et poutine").
    """
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind != "p":
            kept.append(block)
            continue
        text = plain(block.text)
        if is_remnant(text):
            trace.dropped(block.text, "markdown: image or embed remnant")
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            text == text.lower()
            and not ends_sentence(text)
            and len(words(text)) <= 12
            and (not kept or ends_sentence(plain(kept[-1].text)))
            and (after is None or not plain(after.text)[:1].islower())
        ):
            trace.dropped(block.text, "markdown: image alt text")
            continue
        kept.append(block)
    return kept


def rejoin_broken_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph ending mid-sentence, followed by one starting in lower case, is one."""
    joined: list[Block] = []
    for block in blocks:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.kind == block.kind == "p"
            and not ends_sentence(prev.text)
            and (_starts_lower(block.text) or _cut_mid_sentence(prev.text, block.text))
        ):
            prev.lines.extend(block.lines)
            continue
        joined.append(block)
    return joined


def _cut_mid_sentence(before: str, after: str) -> bool:
    """A long line stopping without punctuation, then a line going on: "… a rencontré" /
    "Vladimir Poutine à Moscou." (a heading or a caption is short, or ends its line)."""
    return (
        len(words(plain(before))) > 16
        and not is_heading_like(before, max_words=16)
        and len(words(plain(after))) > 3
    )


def _starts_lower(text: str) -> bool:
    first = next((c for c in plain(text) if c.isalpha()), "")
    return first.islower() and plain(text)[:1] not in '«"“('


def mark_subheadings(blocks: list[Block]) -> None:
    """A short line without final punctuation, followed by a paragraph, is a subheading.

    Two such lines in a row are not (a teaser or a caption above a subheading), nor is a
    line announced by a colon (a quoted slogan), nor the last line. A numbered line alone
    between two paragraphs ("2. Des capacités encore modestes") is a numbered subheading.
    """
    _number_headings(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "p" or len(block.lines) != 1 or i + 1 >= len(blocks):
            continue
        text = plain(block.text)
        if not (is_heading_like(text, max_words=12) or _is_question_heading(text, blocks, i)):
            continue
        if len(text) < 3:
            continue
        after = blocks[i + 1]
        if after.kind == "p" and is_heading_like(plain(after.text), max_words=25):
            continue
        before = blocks[i - 1] if i else None
        if before is not None and plain(before.text).rstrip(' »"”').endswith(":"):
            continue
        block.kind = "h"


def _number_headings(blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        if block.kind != "ol" or not block.number or i + 1 >= len(blocks):
            continue
        before = blocks[i - 1] if i else None
        after = blocks[i + 1]
        lone = (before is None or before.kind == "p") and after.kind == "p"
        text = plain(block.text)
        if lone and is_heading_like(text, max_words=12) and len(words(plain(after.text))) > 20:
            block.kind = "h"
            block.lines = [f"{block.number}. {block.text}"]


def _is_question_heading(text: str, blocks: list[Block], i: int) -> bool:
    """ "Que reste-t-il du programme iranien ?": a short question between two paragraphs of
    prose is a subheading too (an explainer's sections)."""
    if not text.endswith("?") or not 2 <= len(words(text)) <= 12 or not text[:1].isupper():
        return False
    if re.search(r"[.:–—]\s", text) or text.split()[0].isupper():
        return False  # an interviewer's question ("LE JOURNAL. – Que change … ?")
    before = plain(blocks[i - 1].text) if i else ""
    after = plain(blocks[i + 1].text) if i + 1 < len(blocks) else ""
    return ends_sentence(before) and len(words(after)) > 20 and not after.endswith("?")


def render_blocks(blocks: list[Block]) -> str:
    parts: list[str] = []
    items: list[str] = []
    for block in blocks:
        if block.kind in ("ul", "ol"):
            mark = "1." if block.kind == "ol" else "-"
            if items and items[-1].startswith("1.") != (mark == "1."):
                parts.append("\n".join(items))
                items = []
            items.append(f"{mark} {render_inline(block.text)}")
            continue
        if items:
            parts.append("\n".join(items))
            items = []
        if block.kind == "h":
            parts.append("## " + render_inline(block.text).rstrip("#").rstrip())
        else:
            parts.append(escape_block_start(render_inline(block.text)))
    if items:
        parts.append("\n".join(items))
    return "\n\n".join(parts)


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph -> one line (a word cut by a hyphen at a line end is rejoined)."""
    text = ""
    for line in lines:
        line = line.strip()
        if text and re.search(r"[^\W\d_]-$", text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def escape_block_start(text: str) -> str:
    """Make a paragraph of copied text start as a paragraph (not a heading, list or rule)."""
    text = re.sub(r"^(#+)", lambda m: "\\#" * len(m.group(1)), text)
    text = re.sub(r"^(\d+)([.)])(\s)", r"\1\\\2\3", text)
    text = re.sub(r"^([-+*])(?=\s)", r"\\\1", text)  # not a list item
    text = re.sub(r"^([`~])(?=\1\1)", lambda m: f"&#{ord(m.group(1))};", text)  # nor a fence
    return text


# ----------------------------------------------------------------------------- inline text


def render_inline(text: str, markdown: bool = False, refs: dict[str, str] | None = None) -> str:
    """One paragraph's inline text: http(s) links kept, every other markup shown as text."""
    if refs:
        text = _resolve_references(text, refs)
    out: list[str] = []
    pos = 0
    for match in _LINK.finditer(text):
        out.append(escape_text(text[pos : match.start()], markdown))
        out.append(_render_link(match, markdown))
        pos = match.end()
    out.append(escape_text(text[pos:], markdown))
    return "".join(out).strip()


def _render_link(match: re.Match, markdown: bool) -> str:
    label = escape_text(match.group("label"), markdown).strip()
    url = match.group("url")
    safe = bool(_SAFE_URL.match(url))
    if match.group("bang"):
        # An image: never hot-linked; a link to it in a .md file, nothing in copied text.
        if not markdown or not safe:
            return ""
        return f"[Image{' : ' + label if label else ''}]({url})"
    if not safe:
        return label
    return f"[{label or escape_text(re.sub(r'^https?://', '', url), markdown)}]({url})"


def escape_text(text: str, markdown: bool = False) -> str:
    """Show `text` as text: HTML, entities-as-markup, braces and brackets are escaped.

    Emphasis (`*`, `_`) is kept. In a .md file, inline code spans are left to Markdown (which
    escapes their content itself).
    """
    if not markdown:
        # copied text shows what the page showed: "&lt;" in it is text, not an entity
        text = _STRAY_GT.sub("", text).replace("&", "&amp;")
        return _escape_plain(text)
    out: list[str] = []
    pos = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(_escape_unpaired(text[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(_escape_unpaired(text[pos:]))
    return "".join(out)


def _escape_unpaired(text: str) -> str:
    """Outside this line's code spans, a backtick is text: left alone it could pair with one
    on the next line and open a code span that swallows the markup between them."""
    return _escape_plain(text).replace("`", "\\`")


def _escape_plain(text: str) -> str:
    text = _ENTITY_AMP.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("{", "&#123;").replace("}", "&#125;")
    return text.replace("[", "\\[").replace("]", "\\]")


# ----------------------------------------------------------------------------- Markdown files

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_REF_USE = re.compile(r"\[([^\[\]]+)\]\s?\[([^\[\]]*)\]")
_MD_PREFIX = re.compile(r"^(?P<indent>\s*)(?P<quote>(?:>\s?)*)(?P<list>(?:[-*+]|\d{1,9}[.)])\s+)?")
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>", re.I)


def markdown_to_markdown(lines: list[str]) -> str:
    """A curator's Markdown, kept as Markdown but made safe (see module docstring)."""
    refs = {
        m.group(1).lower(): m.group(2)
        for line in lines
        if (m := _REF_DEF.match(line)) and _SAFE_URL.match(m.group(2))
    }
    lines = _atx_from_setext(lines)
    shift = 1 if any((m := _ATX.match(line)) and len(m.group(1)) == 1 for line in lines) else 0
    out: list[str] = []
    fence: str | None = None
    code_indent = "    "
    for line in lines:
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
                out.append("")
            else:
                out.append(code_indent + line)  # an indented code block: Markdown escapes it
            continue
        if opening:
            fence = opening.group(1)
            code_indent = _code_indent(out)
            if out and out[-1].strip():
                out.append("")
            continue
        if _REF_DEF.match(line):
            continue  # definitions were read above; unsafe ones are dropped
        heading = _ATX.match(line)
        if heading:
            level = min(6, max(2, len(heading.group(1)) + shift))
            title = render_inline(heading.group(2), markdown=True, refs=refs).rstrip("#").strip()
            out.append(f"{'#' * level} {title}" if title else "")
            continue
        line = _AUTOLINK.sub(r"[\1](\1)", line)
        prefix = _MD_PREFIX.match(line)
        head = prefix.group(0) if prefix else ""
        rest = line[len(head) :]
        out.append(head + render_inline(rest, markdown=True, refs=refs))
    return "\n".join(out)


def _code_indent(out: list[str]) -> str:
    """The indentation that makes a code block of the lines that follow. After a list item
    (or its indented continuation), four spaces would only continue the item, whose text is
    read as Markdown, raw HTML included: indent past the item's own content."""
    last = next((line for line in reversed(out) if line.strip()), "")
    prefix = _MD_PREFIX.match(last)
    in_list = bool(prefix and prefix.group("list")) or last[:1].isspace()
    if not in_list:
        return "    "
    return " " * (len(last) - len(last.lstrip()) + 8)


def _atx_from_setext(lines: list[str]) -> list[str]:
    """ "Title\\n=====" -> "# Title" (so that heading levels can be shifted uniformly)."""
    out: list[str] = []
    for line in lines:
        underline = _SETEXT.match(line)
        if (
            underline
            and out
            and out[-1].strip()
            and not _ATX.match(out[-1])
            and not _MD_PREFIX.match(out[-1]).group("list")
            and (len(out) < 2 or not out[-2].strip())
        ):
            level = "#" if underline.group(1)[0] == "=" else "##"
            out[-1] = f"{level} {out[-1].strip()}"
            continue
        out.append(line)
    return out


def _resolve_references(text: str, refs: dict[str, str]) -> str:
    def replace(match: re.Match) -> str:
        key = (match.group(2) or match.group(1)).lower()
        return f"[{match.group(1)}]({refs[key]})" if key in refs else match.group(0)

    return _REF_USE.sub(replace, text)
