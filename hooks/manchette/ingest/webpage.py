"""A web page (a browser's saved .html, a downloaded page, pasted HTML) -> fields + Markdown body.

The page is data: trafilatura finds the article in it (its boilerplate removal, with htmldate
for the dates) and reads the page's metadata (title, authors, date, site name, canonical
address, description, categories and tags, from <meta>, Open Graph and JSON-LD). Manchette
only turns trafilatura's output into Markdown, one block at a time, and hands it to the same
Markdown step as a curator's .md file, which keeps headings, lists, emphasis, quotes and
http(s) links and shows everything else as text. No script, style, frame, form or image of the
page reaches the site: trafilatura drops them, and the Markdown step would escape any left.

Detection is by content (a document that opens like an HTML page), never by file name.
"""

from __future__ import annotations

import codecs
import json
import logging
import re

from lxml import etree, html
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.xml import xmltotxt

from . import trace
from .language import stopword_density
from .sourcekit import words

LAYOUT = "webpage"  # the `layout` of an article read from a page
MIN_WORDS = 20  # fewer words of text: a page without an article (a home page, an error page)

# trafilatura and htmldate log what they discard; Manchette reports its own problems instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# What a page opens with, once comments, an XML declaration and blank space are skipped.
_PAGE_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s[^>]*charset)",
    re.I | re.S,
)
# A fragment copied from a browser: it opens with a block element and closes several.
_FRAGMENT_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:body|article|main|section|div|p|h[1-6]|header|blockquote|ul|ol)"
    r"[\s>]",
    re.I | re.S,
)
_CLOSING_BLOCKS = re.compile(r"</(?:p|div|h[1-6]|li|article|section|blockquote)\s*>", re.I)
# Chrome and Internet Explorer write the page's address into the pages they save.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_DECLARATION = re.compile(r"\A(\s*)<\?xml[^>]*\?>", re.I)
# The WHATWG encoding standard reads these labels as windows-1252, as browsers do.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}
_LANG = re.compile(r"^[a-z]{2,3}$")
WEB_ADDRESS = re.compile(r"^https?://[^\s/?#<>\"'`\\]+[^\s<>\"'`\\]*$", re.I)


def is_html_page(text: str) -> bool:
    """A whole HTML document, or a fragment of one pasted from a browser."""
    head = text[:5000]
    if _PAGE_START.match(head):
        return True
    return bool(_FRAGMENT_START.match(head)) and len(_CLOSING_BLOCKS.findall(text[:50000])) >= 2


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its <meta>, as a Python codec name (or None)."""
    match = _DECLARED_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def redecode(data: bytes, text: str) -> tuple[str, str | None]:
    """The page's text in the charset it declares, when the declaration can be believed.

    Bytes that are valid UTF-8 are UTF-8, whatever the page says (a template that declares
    windows-1252 around a UTF-8 body). Otherwise the declared charset is used when it decodes
    every byte; a declaration that does not fit the bytes is reported and the detected
    encoding kept.
    """
    declared = declared_charset(data)
    if declared is None:
        return text, None
    try:
        data.decode("utf-8")
        if declared != "utf-8":
            return text, f"declares charset {declared} but its bytes are UTF-8: read as UTF-8"
        return text, None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(declared), None
    except (UnicodeDecodeError, LookupError):
        return text, f"declares charset {declared}, which does not fit its bytes: encoding detected"


def read_page(text: str) -> tuple[dict, list[str], list[str]]:
    """(fields, Markdown blocks, notes) of the page `text`.

    `fields` holds what the page's metadata says: title, authors, date, source (the site's
    name), source_tags, summary, url (canonical address) and language (when the page is in
    another language than French or English). An empty body means no article was found.
    """
    problems: list[str] = []
    tree = _parse(text)
    if tree is None:
        return {}, [], ["the page holds no HTML that can be read"]
    meta = extract_metadata(tree)
    found = bare_extraction(
        tree,
        url=meta.url,
        include_comments=False,
        include_images=False,  # images are never hot-linked: their alt text goes with them
        include_formatting=True,
        include_links=True,
        include_tables=True,
    )
    blocks = _markdown_blocks(found.body) if found is not None and found.body is not None else []
    from_json = _json_ld_body(tree)
    if from_json and (len(words(" ".join(blocks))) < MIN_WORDS or _same_words(blocks, from_json)):
        blocks = from_json  # its paragraphs, where trafilatura's fallback runs them together
        problems.append("the article's text is only in the page's JSON-LD data: read from it")
    blocks = _without_title(blocks, meta.title)
    blocks = _without_repeats(blocks, meta.author)
    if not any(_is_prose(block) for block in blocks):
        blocks = []  # menus and teasers: a page without an article
    fields = _fields(meta, tree, blocks)
    if not fields.get("url"):  # then the article's JSON-LD, then the address it was saved from
        saved_from = SAVED_FROM.search(text[:5000])
        fields.update(_json_ld_url(tree) or ({"url": saved_from.group(1)} if saved_from else {}))
    for key in fields:
        trace.found(key, "the page's metadata (<meta>, Open Graph, JSON-LD)")
    return fields, blocks, problems


def _parse(text: str) -> etree._Element | None:
    """The page as an lxml tree (an XML declaration is dropped: lxml refuses one in a str)."""
    text = _XML_DECLARATION.sub(r"\1", text, count=1)
    if not text.strip():
        return None
    try:
        return html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _markdown_blocks(body: etree._Element) -> list[str]:
    """trafilatura's text, one block per element: its Markdown, a quote marked as one; a
    paragraph or a table row made of links only is a menu left in the text."""
    blocks = []
    for element in body:
        element.tail = None
        block = _TRAFILATURA_ESCAPES.sub(r"\1", xmltotxt(element, True).strip())
        if not block:
            continue
        if element.tag in ("p", "table") and _is_menu(element):
            trace.dropped(block, "page: a row of links (a menu)")
            continue
        if element.tag == "quote":
            block = "\n".join(f"> {line}" if line.strip() else ">" for line in block.splitlines())
        blocks.append(block)
    return blocks


# trafilatura escapes these with a backslash (CommonMark); Python-Markdown would show the
# backslash, and the Markdown step escapes them its own way.
_TRAFILATURA_ESCAPES = re.compile(r"(?<!\\)\\([<\[\]~])")


def _without_title(blocks: list[str], title: str | None) -> list[str]:
    """The article's own title, repeated as the first heading of the text, goes (the page has
    it above the text)."""
    if blocks and title:
        first = blocks[0].lstrip("#").strip()
        if blocks[0].startswith("#") and _same_words(first, title):
            trace.dropped(blocks[0], "page: the title, repeated above the text")
            return blocks[1:]
    return blocks


def _same_words(a: str | list[str], b: str | list[str]) -> bool:
    a, b = " ".join(a) if isinstance(a, list) else a, " ".join(b) if isinstance(b, list) else b
    return [w.lower() for w in words(a)] == [w.lower() for w in words(b)]


def _is_menu(element: etree._Element) -> bool:
    links = element.xpath(".//ref")
    linked = sum(_letters("".join(link.itertext())) for link in links)
    return len(links) >= 2 and linked >= 0.8 * _letters("".join(element.itertext()))


def _letters(text: str) -> int:
    return len(re.sub(r"[\W_]", "", text))


def _without_repeats(blocks: list[str], author: str | None) -> list[str]:
    """The byline above the text (the authors are in the metadata) and the copyright line
    below it go: short blocks that say what the page's header and footer say."""
    names = [n.strip().lower() for n in (author or "").split(";") if n.strip()]
    kept = []
    for n, block in enumerate(blocks):
        short = len(words(block)) <= 15
        if short and n < 3 and names and any(name in block.lower() for name in names):
            trace.dropped(block, "page: the byline (authors and date are in the metadata)")
            continue
        if short and n >= len(blocks) - 2 and ("©" in block or "(c)" in block.lower()):
            trace.dropped(block, "page: the copyright line")
            continue
        kept.append(block)
    return kept


def _is_prose(block: str) -> bool:
    """A block of sentences (not a heading, a list of teasers or a menu)."""
    return (
        not block.startswith(("#", "- ", "|"))
        and len(words(block)) >= 12
        and bool(re.search(r"[.!?…»\")]\s*$", block))
    )


def _fields(meta, tree: etree._Element, blocks: list[str]) -> dict:
    fields: dict = {}
    if meta.title:
        fields["title"] = meta.title
    if meta.author:
        fields["authors"] = [a.strip() for a in meta.author.split(";") if a.strip()]
    if meta.date:
        fields["date"] = meta.date
    if meta.sitename:
        fields["source"] = meta.sitename
    tags = []
    for tag in [*(meta.categories or []), *(meta.tags or [])]:
        if tag.strip() and tag.strip().lower() not in {t.lower() for t in tags}:
            tags.append(tag.strip())
    if tags:
        fields["source_tags"] = tags
    if meta.url and WEB_ADDRESS.match(meta.url):
        fields["url"] = meta.url
    if meta.description and not _opens_text(meta.description, blocks):
        fields["summary"] = meta.description
    language = page_language(tree, " ".join(blocks))
    if language:
        fields["language"] = language
    return fields


def _opens_text(description: str, blocks: list[str]) -> bool:
    """The description is the text's own opening (most sites copy their first paragraph)."""
    said = {w.lower() for w in words(description)}
    opening = {w.lower() for w in words(" ".join(blocks[:2]))}
    return bool(said) and len(said & opening) >= 0.6 * len(said)


def page_language(tree: etree._Element, text: str) -> str | None:
    """The language the page declares, when it is neither French nor English and the text
    does not read as either (Manchette's own detection tells only those two apart)."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    for node in tree.xpath("//meta[@http-equiv][@content]"):
        if node.get("http-equiv", "").lower() == "content-language" and not declared:
            declared = node.get("content", "")
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    if not _LANG.match(code) or code in {"fr", "en"}:
        return None
    return code if stopword_density(text[:20000]) < 0.15 else None


def _json_ld_body(tree: etree._Element) -> list[str]:
    """The text of an article that the page carries only in its JSON-LD (`articleBody`), for
    the pages that draw their text with scripts."""
    for item in _json_ld_articles(tree):
        body = item.get("articleBody")
        if isinstance(body, str) and body.strip():
            text = html.fromstring(f"<div>{body}</div>").text_content()  # it may hold tags
            return [p.strip() for p in text.splitlines() if p.strip()]
    return []


def _json_ld_url(tree: etree._Element) -> dict:
    """The address an article's JSON-LD gives (`mainEntityOfPage`, `url`), for the pages that
    have no canonical link."""
    for item in _json_ld_articles(tree):
        for key in ("mainEntityOfPage", "url"):
            value = item.get(key)
            value = value.get("@id") if isinstance(value, dict) else value
            if isinstance(value, str) and WEB_ADDRESS.match(value.strip()):
                return {"url": value.strip()}
    return {}


def _json_ld_articles(tree: etree._Element) -> list[dict]:
    found = []
    for node in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue
        for item in _json_items(data):
            kind = item.get("@type")
            kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind]) if k}
            if kinds & _ARTICLE_TYPES:
                found.append(item)
    return found


def _json_items(data: object) -> list[dict]:
    """Every object of a JSON-LD document (a list, a @graph, nested values)."""
    found: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
