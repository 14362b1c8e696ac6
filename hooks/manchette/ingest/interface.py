"""The interface lexicon of `site-plugins/interface.yml`: words of web pages' buttons, notices,
menus and promotions, in French and English, that a curator can extend without touching the
engine.

`load_layouts` installs the project's lexicon (`use_lexicon`) before any layout reads a text,
and its content is part of the layouts' cache version. Without one, nothing matches here and
only the engine's shape rules judge the lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..projectfiles import is_plugin_file

DEFAULT_MAX_WORDS = 16


@dataclass(frozen=True)
class Group:
    name: str
    lines: frozenset[str] = frozenset()
    starts: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()
    max_words: int = DEFAULT_MAX_WORDS
    closing: bool = False  # judged only among the last lines of a text
    cut: bool = False  # a label after which the rest of the page goes


@dataclass(frozen=True)
class Lexicon:
    groups: tuple[Group, ...] = ()
    agencies: tuple[str, ...] = ()
    agency_keys: frozenset[str] = field(default=frozenset())
    not_person_words: frozenset[str] = field(default=frozenset())


_lexicon = Lexicon()
_on_change: list = []  # the caches of judgements made with the lexicon (see `remember`)


def remember(cached_function):
    """Register a memoised function of lines that reads the lexicon: its cache is cleared
    when another lexicon is installed."""
    _on_change.append(cached_function.cache_clear)
    return cached_function


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, typographic apostrophes made plain, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """What matching compares: folded, punctuation (but apostrophes) turned into spaces."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w']+", " ", fold(text))).strip(" '")


def _starts_key(entry: str) -> str:
    """A `starts` entry ending with punctuation keeps it: "more:" must not match "More than
    ...", nor "home /" match "Home to a mining town"."""
    folded = _fold_marks(entry)
    return folded if folded and not folded[-1].isalnum() else key(entry)


def _fold_marks(text: str) -> str:
    """Folded, with no space before a colon (French typography writes "Tags :")."""
    return re.sub(r"\s+:", ":", fold(text))


class _StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key given twice (the second would silently replace the first)."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"key given twice: {', '.join(twice)} (line {node.start_mark.line + 1})")
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_lexicon(path: Path) -> Lexicon:
    """The lexicon of `path` (a missing file is an empty lexicon)."""
    if not is_plugin_file(path):
        return Lexicon()
    data = yaml.load(path.read_text(encoding="utf-8"), _StrictLoader) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected groups of phrases")
    groups = []
    agencies: list[str] = []
    not_person: frozenset[str] = frozenset()
    for name, spec in data.items():
        if name == "agencies":
            agencies = [str(a) for a in spec or []]
            continue
        if name == "not_person_words":
            not_person = frozenset(key(str(w)) for w in spec or [])
            continue
        if not isinstance(spec, dict):
            raise ValueError(f"{path}: group {name!r} must hold lines, starts, contains or labels")
        for part in ("lines", "starts", "contains", "labels"):
            for entry in spec.get(part) or []:
                if not isinstance(entry, str):
                    # `- partager :` is YAML for a mapping: the phrase must be quoted
                    raise ValueError(
                        f"{path}: group {name!r}, {part}: {entry!r} is not a phrase "
                        '(quote a phrase that ends with ":", such as "partager :")'
                    )
        groups.append(
            Group(
                name=str(name),
                lines=frozenset(k for k in map(key, map(str, spec.get("lines") or [])) if k),
                starts=tuple(s for s in map(_starts_key, map(str, spec.get("starts") or [])) if s),
                contains=tuple(k for k in map(key, map(str, spec.get("contains") or [])) if k),
                labels=frozenset(k for k in map(key, map(str, spec.get("labels") or [])) if k),
                max_words=int(spec.get("max_words") or DEFAULT_MAX_WORDS),
                closing=bool(spec.get("closing")),
                cut=bool(spec.get("cut")),
            )
        )
    return Lexicon(tuple(groups), tuple(agencies), frozenset(key(a) for a in agencies), not_person)


def use_lexicon(lexicon: Lexicon) -> None:
    global _lexicon
    if lexicon != _lexicon:
        _lexicon = lexicon
        interface_rule.cache_clear()
        closing_rule.cache_clear()
        more_label.cache_clear()
        for clear in _on_change:
            clear()


def lexicon() -> Lexicon:
    return _lexicon


@lru_cache(maxsize=16384)
def interface_rule(text: str) -> str | None:
    """The name of the lexicon group that `text` (one line, plain) belongs to, or None.
    Groups judged only at the end of a text (`closing`, `cut`) are left to `closing_rule`."""
    return _match(
        text, [g for g in _lexicon.groups if not (g.closing or g.cut) and g.name != "summary_box"]
    )


@lru_cache(maxsize=16384)
def closing_rule(text: str) -> str | None:
    """Like `interface_rule`, for a line among the last ones of a text: every group counts."""
    return _match(text, [g for g in _lexicon.groups if g.name != "summary_box"])


def is_summary_label(text: str) -> bool:
    """ "Key Points", "L'essentiel", "À retenir": the label of a summary box (the lexicon's
    `summary_box` group)."""
    return _match(text, [g for g in _lexicon.groups if g.name == "summary_box"]) is not None


def is_about_label(text: str) -> bool:
    """ "About the author", "Qui êtes-vous ?": the start of the authors' box (the lexicon's
    `about` group)."""
    return _match(text, [g for g in _lexicon.groups if g.name == "about"]) is not None


def is_cut_label(text: str) -> bool:
    """A label after which the rest of the page is its comments or appendix."""
    return _match(text, [g for g in _lexicon.groups if g.cut]) is not None


def _match(text: str, groups: list[Group]) -> str | None:
    k = key(text)
    if not k:
        return None
    count = len(k.split())
    folded = _fold_marks(text)
    uncounted = re.sub(r"^\d+\s+", "", k)  # "3 thoughts on …", "12 commentaires"
    for group in groups:
        if k in group.lines:
            return group.name
        if count > group.max_words:
            continue
        for start in group.starts:
            marked = not start[-1].isalnum()
            for target in (folded,) if marked else (k, uncounted):
                if target.startswith(start) and (
                    marked or len(target) == len(start) or target[len(start)] == " "
                ):
                    return group.name
        padded = f" {k} "
        if any(f" {phrase} " in padded for phrase in group.contains):
            return group.name
    return None


@lru_cache(maxsize=16384)
def more_label(text: str) -> bool:
    """A heading after which other pages' headlines follow ("Les plus lus", "Related")."""
    k = key(text)
    return any(k in group.labels for group in _lexicon.groups)


def is_kicker_label(text: str) -> bool:
    """A genre label such as "ANALYSE" or "Exclusive" (the lexicon's `kickers`)."""
    k = key(text)
    return any(k in group.lines for group in _lexicon.groups if group.name == "kickers")


def is_label_name(name: str) -> bool:
    """A capitalised name that is a site's, a section's or a service's ("World News"), or a
    link of the page's interface ("About LTB", "Organization Profile")."""
    tokens = key(name).split()
    if not tokens:
        return False
    if tokens[-1] in _lexicon.not_person_words or tokens[0] in _lexicon.not_person_words:
        return True
    return any(t in _interface_words() for t in tokens)


@lru_cache(maxsize=1)
def _interface_words_for(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(
        line
        for group in lexicon.groups
        if group.name in ("share", "navigation", "support", "comments", "media")
        for line in group.lines
        if " " not in line and len(line) > 3
    )


def _interface_words() -> frozenset[str]:
    """The one-word buttons and links of the lexicon ("about", "follow", "contact")."""
    return _interface_words_for(_lexicon)


def is_agency(name: str) -> bool:
    return key(name) in _lexicon.agency_keys


def agency_name(name: str) -> str:
    """The agency's name as the lexicon writes it ("afp" -> "AFP")."""
    k = key(name)
    return next((a for a in _lexicon.agencies if key(a) == k), name)
