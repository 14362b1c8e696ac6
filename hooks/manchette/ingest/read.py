"""Bytes of a dropped file -> normalised text + front-matter overrides.

Encodings are detected from the bytes (BOM, UTF-8 validity, then charset-normalizer), never
guessed from the extension. Newlines become "\\n". A YAML front-matter block at the top of any
file is split off and validated; a broken block is reported, not fatal.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import frontmatter
import yaml

from ..model import Problem
from .bounds import MAX_KEYS, bound_lines, front_matter_refusal
from .sourcekit import parse_date  # the same French and English date forms as in the texts
from .webpage import WEB_ADDRESS, is_html_page, redecode

# Files a curator's tools leave behind: never articles.
IGNORED_NAMES = re.compile(r"^(\..*|.*~|.*\.sw[a-p]|#.*#|Thumbs\.db|desktop\.ini)$", re.I)
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ""}

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# An opening "---" followed by "key: value" lines but never closed.
UNCLOSED_FRONT_MATTER = re.compile(r"\A---[ \t]*\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")

# Expected type of each front-matter key a curator may set.
OVERRIDE_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "date": (str, dt.date),
    "authors": (list, str),
    "source": (str,),
    "source_tags": (list, str),
    "translator": (str,),
    "original": (dict,),
    "language": (str,),
    "summary": (str,),
    "slug": (str,),
    "actors": (list, str),
    "themes": (list, str),
    "url": (str,),
    "draft": (bool,),
}


@dataclass
class RawDocument:
    file: str
    text: str
    is_markdown: bool
    is_html: bool = False  # a web page: read by `webpage.py`, not by the text layouts
    clipped: bool = False  # saved by a web clipper (its front matter says so): the site's junk
    overrides: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def fail(self, reason: str) -> None:
        self.problems.append(Problem(self.file, reason, "error"))

    def warn(self, reason: str) -> None:
        self.problems.append(Problem(self.file, reason, "warning"))

    @property
    def failed(self) -> bool:
        return any(p.level == "error" for p in self.problems)


def is_article_file(path: Path) -> bool:
    """True for files a curator means as articles (not hidden files, backups or swap files)."""
    return path.is_file() and is_article_name(path.name)


def is_article_name(name: str) -> bool:
    """A name a curator gives an article (not a hidden file, a backup or a swap file)."""
    return not IGNORED_NAMES.match(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES


def read_document(name: str, data: bytes) -> RawDocument:
    """Decode `data` (the content of file `name`) and split off its front matter."""
    doc = RawDocument(name, "", is_markdown=Path(name).suffix.lower() in {".md", ".markdown"})
    if not data.strip():
        doc.fail("empty file")
        return doc
    text, note = decode_with_note(data)
    if text is None:
        doc.fail("binary or undecodable file (no text encoding fits its bytes)")
        return doc
    if note:
        doc.warn(note)
    text = normalise_text(text)
    if not text.strip():
        doc.fail("empty file (only whitespace or control characters)")
        return doc
    text, cuts = bound_lines(text)
    for reason in cuts:
        doc.warn(reason)
    doc.text = split_front_matter(text, doc)
    if is_html_page(doc.text):
        read_as_page(doc, data, text)
    if not doc.text.strip() and not doc.failed:
        doc.fail("no text besides the front matter")
    # A .md file that holds no Markdown at all is a copy given a front matter: read it as one.
    doc.is_markdown = doc.is_markdown and has_markdown_syntax(doc.text)
    return doc


def read_as_page(doc: RawDocument, data: bytes, text: str) -> None:
    """A web page: decoded again in the charset it declares, when that can be believed."""
    doc.is_html = True
    page, note = redecode(data, text)
    if note:
        doc.problems.append(Problem(doc.file, note, "note"))
    if page is not text:
        doc.overrides, doc.problems = {}, [p for p in doc.problems if p.level == "note"]
        doc.text = split_front_matter(normalise_text(page), doc)


_MARKDOWN_SYNTAX = re.compile(
    r"^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|```|~~~|={3,}\s*$|-{3,}\s*$)|"
    r"\[[^\]\n]{1,2000}\]\([^)\n]{1,2000}\)|(?<!\w)(?:\*\*|__)\S|(?<![\w*])\*[^\s*][^*\n]*\*(?![\w*])",
    re.M,
)


def has_markdown_syntax(text: str) -> bool:
    """Headings, lists, quotes, fences, links or emphasis: what makes a text Markdown."""
    return bool(_MARKDOWN_SYNTAX.search(text))


def decode(data: bytes) -> str | None:
    """Return the text of `data`, or None when it is not text at all."""
    return decode_with_note(data)[0]


def decode_with_note(data: bytes) -> tuple[str | None, str | None]:
    """(text or None, a note for the curator when some bytes had to be replaced)."""
    if data.startswith(_BINARY_SIGNATURES):
        return None, None
    text = _decode_bytes(data)
    if text is not None:
        return (None, None) if _mostly_controls(text) else (text, None)
    repaired = _mostly_utf8(data)
    if repaired is not None and not _mostly_controls(repaired[0]):
        return repaired
    return None, None


# Files that are never text, whatever their bytes happen to decode to.
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"RIFF",
    b"\xd0\xcf\x11\xe0",
    b"SQLite format",
)


def _decode_bytes(data: bytes) -> str | None:
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    if _mostly_utf8(data) is not None:
        return None  # UTF-8 with a few bad bytes, repaired by the caller
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    # charset-normalizer decodes nearly anything; keep what reads as prose in some language
    spaced = sum(c.isspace() for c in text) >= 0.03 * len(text)
    return text if spaced or best.coherence >= 0.2 else None


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes (a paste from another program): the bytes replaced."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if bad and good >= 3 and bad <= max(2, good // 20):
        return text, f"{bad} byte(s) are not valid UTF-8: shown as \ufffd"
    return None


# Letters and signs of French, English and the other Western European languages, as they
# appear in Windows-1252 text (œ, ’, €, « », …): what a cp1252 decoding of Western text shows.
_WESTERN = set("àâäáãåæçèéêëìíîïñòóôöõøœùúûüýÿßÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØŒÙÚÛÜÝŸ")
_WESTERN |= set("’‘“”«»…–—€°§·•©®™ \u00a0¿¡ªº±×÷½¼¾²³µ¶¢£¥")


def _western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's letters) when the bytes read as Western text.

    charset-normalizer often takes short French texts for cp1250 or Latin-10 (turning
    "cœur" into "cśur"); Western text decoded as cp1252 shows only Western letters, each
    beside ASCII letters, where text in another script decoded so shows long runs of them.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [i for i, c in enumerate(text) if ord(c) > 127]
    if not high:
        return text
    if sum(text[i] in _WESTERN for i in high) < 0.95 * len(high):
        return None
    runs = sum(1 for i in high if i > 0 and ord(text[i - 1]) > 127 and text[i - 1].isalpha())
    return text if runs <= 0.3 * len(high) else None


# Control characters, surrogates and private-use characters: what binary data decodes to.
_NOT_TEXT = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]"
)


def _mostly_controls(text: str) -> bool:
    """Binary data that happens to decode: control characters, not text."""
    sample = text[:10000]
    return len(_NOT_TEXT.findall(sample)) > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text written without a BOM shows a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > len(zeros) * 0.4:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\ufeff]")


def normalise_text(text: str) -> str:
    """Unify newlines, drop control characters, compose accents (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


# python-frontmatter's YAML handler (safe loading); the block itself is found here, so that an
# unclosed or malformed block is reported precisely instead of being read as text.
_YAML = frontmatter.YAMLHandler()


def split_front_matter(text: str, doc: RawDocument) -> str:
    """Store the validated front matter of `text` in `doc.overrides`; return the rest."""
    stripped = text.lstrip("\n")
    if not stripped.startswith("---"):
        return text
    match = FRONT_MATTER.match(stripped)
    if not match:
        if UNCLOSED_FRONT_MATTER.match(stripped):
            doc.warn("front matter is not closed (no second `---` line): read as text")
        return text  # a leading rule, not a front-matter block
    rest = stripped[match.end() :]
    refused = front_matter_refusal(match.group(1) or "")
    if refused:
        doc.warn(f"{refused}: ignored, metadata extracted from the text")
        return rest
    try:
        data = _YAML.load(match.group(1) or "")
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        doc.warn(f"malformed front matter{where}: ignored, metadata extracted from the text")
        return rest
    except (RecursionError, ValueError, OverflowError) as err:
        doc.warn(f"malformed front matter ({type(err).__name__}): ignored")
        return rest
    if data is None:
        return rest
    if not isinstance(data, dict):
        doc.warn("front matter is not a mapping of keys to values: ignored")
        return rest
    if len(data) > MAX_KEYS:
        doc.warn(f"front matter of {len(data):,} keys (more than {MAX_KEYS}): ignored")
        return rest
    doc.overrides = validate_overrides(data, doc)
    return rest


# Keys that Manchette computes itself (a page's front matter pasted back into articles/), and
# a web clipper's capture date ("created"), which is not the article's.
COMPUTED_KEYS = {"reading_time", "words", "file", "description", "layout", "id", "created"}
# What only a web clipper writes (the capture's date): the text below is a page's copy.
CLIPPER_KEYS = {"created", "clipped", "captured"}
# Other tools' names for Manchette's keys: Obsidian's web clipper writes `published`, `author`
# as a list of "[[Name]]" links and `source` as the page's address.
ALIASES = {"author": "authors", "tags": "source_tags", "lang": "language", "published": "date"}
_WIKI_LINK = re.compile(r"^\[\[(?P<name>[^\]|]+)(?:\|[^\]]*)?\]\]$")
ORIGINAL_KEYS = {"title", "source", "date", "language"}
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")
PLAIN_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def validate_overrides(data: dict, doc: RawDocument) -> dict:
    """Keep the keys with a value of the right type; warn about the others."""
    kept: dict = {}
    for key, value in data.items():
        key = ALIASES.get(str(key), str(key))
        if key in CLIPPER_KEYS:
            doc.clipped = True
        if key in COMPUTED_KEYS:
            continue
        if key == "source" and isinstance(value, str) and WEB_ADDRESS.match(value.strip()):
            key = "url"  # `source: https://…`: the page's address, not the site's name
            doc.clipped = True
        if key == "authors":
            names = value if isinstance(value, list) else [value]
            names = [
                _WIKI_LINK.sub(r"\g<name>", n.strip()) if isinstance(n, str) else n for n in names
            ]
            value = names if isinstance(value, list) else names[0]
        if key not in OVERRIDE_TYPES:
            doc.warn(f"front matter: unknown key {key!r} ignored")
            continue
        if value is None:
            kept[key] = None
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and str in OVERRIDE_TYPES[key]
        ):
            value = str(value)  # `title: 1984`
        if not isinstance(value, OVERRIDE_TYPES[key]):
            expected = " or ".join(t.__name__ for t in OVERRIDE_TYPES[key])
            doc.warn(
                f"front matter: {key!r} should be {expected}, got {type(value).__name__}: ignored"
            )
            continue
        if isinstance(value, str):
            value = value.strip()
        if isinstance(value, list):
            if not all(isinstance(v, str | int | float) for v in value):
                doc.warn(f"front matter: {key!r} should be a list of names: ignored")
                continue
            value = [str(v).strip() for v in value if str(v).strip()]
        checked = _check_value(key, value, doc)
        if checked is not _REJECTED:
            kept[key] = checked
    return kept


_REJECTED = object()


def _check_value(key: str, value: object, doc: RawDocument) -> object:
    """The value of `key` in canonical form, or _REJECTED (with a warning)."""
    if key == "date":
        iso = _iso_date(value)
        if iso is None:
            doc.warn(f"front matter: date {value!r} is not a date (AAAA-MM-JJ): ignored")
            return _REJECTED
        return iso
    if key == "language" and not LANGUAGE_CODE.match(str(value)):
        doc.warn(f"front matter: language {value!r} is not a language code (fr, en): ignored")
        return _REJECTED
    if key == "slug":
        return _check_slug(str(value), doc)
    if key == "url" and not WEB_ADDRESS.match(str(value)):
        doc.warn(f"front matter: url {value!r} is not an http(s) address: ignored")
        return _REJECTED
    if key == "original":
        original = {}
        for sub, sub_value in value.items():
            sub = str(sub)
            if sub not in ORIGINAL_KEYS:
                doc.warn(f"front matter: unknown key 'original.{sub}' ignored")
            elif sub_value is None:
                continue
            elif sub == "date":
                iso = _iso_date(sub_value)
                if iso is None:
                    doc.warn(f"front matter: original date {sub_value!r} is not a date: ignored")
                else:
                    original[sub] = iso
            elif isinstance(sub_value, str | int | float) and not isinstance(sub_value, bool):
                original[sub] = str(sub_value).strip()
            else:
                doc.warn(f"front matter: 'original.{sub}' should be text: ignored")
        return original
    return value


def _iso_date(value: object) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return parse_date(value)
    return None


def _check_slug(slug: str, doc: RawDocument) -> object:
    if PLAIN_SLUG.match(slug) and len(slug) <= 100:
        return slug
    if "/" in slug or "\\" in slug or ".." in slug or slug.startswith("~"):
        doc.warn(f"front matter: slug {slug!r} would leave the articles' folder: ignored")
    else:
        doc.warn(
            f"front matter: slug {slug!r} is not a plain slug (lower-case letters, digits and "
            "hyphens): ignored"
        )
    return _REJECTED
