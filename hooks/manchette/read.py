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
import yaml

from .model import Problem

# Files a curator's tools leave behind: never articles.
IGNORED_NAMES = re.compile(r"^(\..*|.*~|.*\.sw[a-p]|#.*#|Thumbs\.db|desktop\.ini)$", re.I)
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

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
}


@dataclass
class RawDocument:
    file: str
    text: str
    is_markdown: bool
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
    return (
        path.is_file()
        and not IGNORED_NAMES.match(path.name)
        and path.suffix.lower() in ARTICLE_SUFFIXES
    )


def read_document(name: str, data: bytes) -> RawDocument:
    """Decode `data` (the content of file `name`) and split off its front matter."""
    doc = RawDocument(name, "", is_markdown=Path(name).suffix.lower() in {".md", ".markdown"})
    if not data.strip():
        doc.fail("empty file")
        return doc
    text = decode(data)
    if text is None:
        doc.fail("binary or undecodable file (no text encoding fits its bytes)")
        return doc
    text = normalise_text(text)
    if not text.strip():
        doc.fail("empty file (only whitespace or control characters)")
        return doc
    doc.text = split_front_matter(text, doc)
    if not doc.text.strip() and not doc.failed:
        doc.fail("no text besides the front matter")
    return doc


def decode(data: bytes) -> str | None:
    """Return the text of `data`, or None when it is not text at all."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
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
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    # charset-normalizer accepts nearly anything; refuse what is mostly control characters.
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > len(text) * 0.05:
        return None
    return text


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


def split_front_matter(text: str, doc: RawDocument) -> str:
    """Store the validated front matter of `text` in `doc.overrides`; return the rest."""
    stripped = text.lstrip("\n")
    if not stripped.startswith("---"):
        return text
    match = FRONT_MATTER.match(stripped)
    if not match:
        return text  # a leading rule, not a front-matter block
    rest = stripped[match.end() :]
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        doc.warn(f"malformed front matter{where}: ignored, metadata extracted from the text")
        return rest
    if data is None:
        return rest
    if not isinstance(data, dict):
        doc.warn("front matter is not a mapping of keys to values: ignored")
        return rest
    doc.overrides = validate_overrides(data, doc)
    return rest


def validate_overrides(data: dict, doc: RawDocument) -> dict:
    """Keep the keys with a value of the right type; warn about the others."""
    kept: dict = {}
    for key, value in data.items():
        key = str(key)
        if key not in OVERRIDE_TYPES:
            doc.warn(f"front matter: unknown key {key!r} ignored")
            continue
        if value is None:
            kept[key] = None
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
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
        if isinstance(value, dict):
            value = {str(k): str(v) for k, v in value.items() if v is not None}
        kept[key] = value
    return kept
