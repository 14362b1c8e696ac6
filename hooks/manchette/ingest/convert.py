"""One file -> one Article: read, pick the source layout, clean the body, apply front matter.

Pure: the result depends only on the file's name and bytes and on the layouts (no NER here;
see `extract.py`).
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import PurePosixPath

from slugify import slugify

from ..model import Article, Original, Problem, SourceResult
from .clipper import clipped_overrides
from .language import detect_language
from .layouts import Layout, read_with_best_layout
from .markdown import body_to_markdown
from .plaintext import markdown_to_plain
from .read import RawDocument, read_document
from .sourcekit import SourceText
from .webpage import LAYOUT, MIN_WORDS, read_page

WORDS_PER_MINUTE = 230
SUMMARY_CHARS = 300
SLUG_MAX = 70
TITLE_MAX = 200


def convert_file_with_problems(
    name: str, data: bytes, layouts: list[Layout]
) -> tuple[Article | None, list[Problem]]:
    doc = read_document(name, data)
    if doc.failed:
        return None, doc.problems
    problems = list(doc.problems)
    if doc.is_html:
        source = read_web_page(doc, problems)  # a page: the text layouts never see its markup
        if source is None:
            return None, problems
    else:
        text = SourceText(
            name,
            doc.text,
            doc.is_markdown,
            doc.overrides.get("title"),
            clipped=doc.clipped,
            address=doc.overrides.get("url"),
        )
        source = read_with_best_layout(layouts, text, problems)
    article = assemble(doc, source, data, problems)
    if article is None:
        return None, problems
    return article, problems


def read_web_page(doc: RawDocument, problems: list[Problem]) -> SourceResult | None:
    """The fields and Markdown body of a web page (None, with the reason, when it holds no
    article)."""
    fields, blocks, notes = read_page(doc.text)
    problems.extend(Problem(doc.file, note, "note") for note in notes)
    if not blocks:
        problems.append(Problem(doc.file, "no article text found in the page", "error"))
        return None
    count = count_words(" ".join(blocks))
    if count < MIN_WORDS:
        problems.append(
            Problem(doc.file, f"no article text found in the page (only {count} words)", "error")
        )
        return None
    doc.is_markdown = True  # the body is Markdown made from the page's elements
    body = "\n\n".join(blocks).splitlines()
    return SourceResult(layout=LAYOUT, body_lines=body, **fields)


def assemble(
    doc: RawDocument, source: SourceResult, data: bytes, problems: list[Problem]
) -> Article | None:
    """Merge what the layout read with the curator's front matter into an Article."""
    over, site = clipped_overrides(doc.overrides, source) if doc.clipped else (doc.overrides, None)
    if site and not source.source:
        source.source = site
    body = body_to_markdown(source.body_lines, doc.is_markdown)
    plain = markdown_to_plain(body)
    title = over.get("title") or source.title
    if not title:
        problems.append(Problem(doc.file, "no title found (add `title:` in front matter)", "error"))
        return None
    if not plain.strip():
        problems.append(Problem(doc.file, "no article text after the title", "error"))
        return None

    date = over["date"] if "date" in over else source.date
    authors = as_list(over["authors"], people=True) if "authors" in over else source.authors
    problems.extend(guess_notes(doc.file, over, source, date, authors))
    summary = over.get("summary") or source.summary or opening(plain)
    original = merge_original(source.original, over.get("original"))
    language = over.get("language") or source.language or detect_language(plain)
    slug = make_slug(doc.file, title, over.get("slug"), problems)
    words = count_words(plain)
    return Article(
        file=doc.file,
        id=slug,
        url=article_url(slug, date),
        title=shorten(clean_inline(title), TITLE_MAX),
        date=date,
        authors=tuple(clean_inline(a) for a in authors),
        source=over.get("source", source.source),
        source_tags=tuple(
            as_list(over["source_tags"]) if "source_tags" in over else source.source_tags
        ),
        translator=over.get("translator", source.translator),
        original=original,
        language=language,
        summary=clean_inline(summary),
        own_summary=bool(over.get("summary") or source.summary),
        body=body,
        words=words,
        reading_time=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        layout=source.layout,
        content_hash=hashlib.sha256(data).hexdigest(),
        text_hash=text_fingerprint(plain),
        signature=tuple(source.signature),
        canonical_url=over.get("url", source.url),
        declared_actors=tuple(as_list(over.get("actors") or [])),
        declared_themes=tuple(as_list(over.get("themes") or [])),
        draft=bool(over.get("draft")),
        problems=tuple(problems),
    )


def guess_notes(
    file: str, over: dict, source: SourceResult, date: str | None, authors: list[str]
) -> list[Problem]:
    """Notes for the fields the text did not give: the curator may add them in front matter."""
    notes = []
    if "title" not in over and "title" in source.guessed:
        notes.append("title guessed from the first sentence (add `title:` in front matter)")
    if date is None:
        notes.append("no date found (add `date:` in front matter)")
    if not authors:
        notes.append("no author found (add `authors:` in front matter)")
    return [Problem(file, reason, "note") for reason in notes]


def as_list(value: object, people: bool = False) -> list[str]:
    """A front-matter list given as one string: split on , and ; (and on "et"/"and" for names
    of people, so that "Anne Roy et Paul Hue" is two authors but "Sanctions et économie" one)."""
    if value is None:
        return []
    if isinstance(value, str):
        separators = r"[;,]| et | and " if people else r"[;,]"
        return [v.strip() for v in re.split(separators, value) if v.strip()]
    return [str(v) for v in value]


def merge_original(found: Original | None, declared: dict | None) -> Original | None:
    """The original publication: what the text says, corrected key by key by front matter."""
    fields = found.as_dict() if found else {}
    fields.update({k: v for k, v in (declared or {}).items() if k in Original.__dataclass_fields__})
    return Original(**fields) if any(fields.values()) else None


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(" ,;:") + "…"


def clean_inline(text: str) -> str:
    """A metadata value: one line, no Markdown link syntax, no surrounding space."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_]{2,}", "", text)
    return re.sub(r"\s+", " ", text).strip()


def opening(plain: str) -> str:
    """The first sentences of the text, up to about SUMMARY_CHARS characters."""
    text = re.sub(r"\s+", " ", plain).strip()
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text[:SUMMARY_CHARS]
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if end > SUMMARY_CHARS // 3:
        return cut[: end + 1]
    return cut[: cut.rfind(" ")] + "…"


def count_words(plain: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", plain))


def text_fingerprint(plain: str) -> str:
    """Same words in the same order -> same fingerprint, whatever the spacing or punctuation."""
    words = re.findall(r"\w+", plain.lower())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:20]


def make_slug(file: str, title: str, wanted: str | None, problems: list[Problem]) -> str:
    """The article's last URL segment, from the article alone.

    A short hash of the file name keeps two articles with the same title apart, whatever other
    files exist. A front-matter `slug` (already checked to be a plain slug by `read`) wins.
    """
    if wanted:
        safe = slugify(wanted, max_length=SLUG_MAX)
        if safe:
            return safe
    stem = PurePosixPath(file).as_posix()
    suffix = hashlib.sha1(stem.encode()).hexdigest()[:6]
    base = slugify(title, max_length=SLUG_MAX, word_boundary=True) or "article"
    return f"{base}-{suffix}"


def article_url(slug: str, date: str | None) -> str:
    if date:
        return f"articles/{date[:4]}/{date[5:7]}/{slug}/"
    return f"articles/sans-date/{slug}/"
