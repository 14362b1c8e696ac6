"""The curated actors of site-plugins/actors.yml: canonical names, kinds, roles, aliases, and
the names never to treat as actors.

The registry completes what NER finds: it gives the usual French name and a role to the actors
a curator knows, ties their other spellings together, and finds them where NER misses them.
Names are compared through `names.word_key`, so a transliteration not listed as an alias
("Yuri Ushakov") still finds its entry ("Iouri Ouchakov").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from ..projectfiles import is_plugin_file
from .names import TOKEN, name_key, name_words, plain_key, tokens, word_key, words_key

KINDS = ("personne", "organisation", "pays")
MIN_SURNAME = 4  # shorter surnames alone ("Yi") are too ambiguous to be matched in text


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    slug: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Hit:
    """A registry name found in a text: characters [start, end) name entry `index`."""

    start: int
    end: int
    index: int
    single: bool  # one word for a person: a surname ("Lavrov") that another person may share


@dataclass
class Registry:
    entries: list[Entry] = field(default_factory=list)
    ignore: frozenset[str] = frozenset()  # plain keys
    version: str = "none"
    problems: list[str] = field(default_factory=list)
    by_plain: dict[str, int] = field(default_factory=dict)  # plain key of a form -> entry
    by_key: dict[str, int] = field(default_factory=dict)  # name key of a form -> entry
    by_surname: dict[str, int] = field(default_factory=dict)  # persons' surname keys, unique
    by_slug: dict[str, int] = field(default_factory=dict)
    # text matcher: first word key -> [(word keys, exact spellings or None, entry)]
    patterns: dict[str, list[tuple[tuple[str, ...], tuple[str | None, ...], int]]] = field(
        default_factory=dict
    )

    def lookup(self, text: str) -> int | None:
        """The entry a name stands for, by its spelling or its transliteration key."""
        found = self.by_plain.get(plain_key(text))
        for key in (words_key(tokens(text)), name_key(text)):
            if found is None and key:
                found = self.by_key.get(key)
        return found

    def is_ignored(self, text: str) -> bool:
        return plain_key(text) in self.ignore

    def find(self, text: str) -> list[Hit]:
        """Every registry name written in `text`, longest first, without overlaps.

        A name must start with a capital letter or a digit (lower-case caption text is not
        a mention); a form written in capitals ("UE", "ONU") must be written so in the text.
        """
        words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        keys: dict[int, str] = {}

        def key_at(i: int) -> str:
            if i not in keys:
                keys[i] = word_key(words[i][2])
            return keys[i]

        hits = []
        i = 0
        while i < len(words):
            word = words[i][2]
            best = None
            if word[0].isupper() or word[0].isdigit():
                for seq, exact, index in self.patterns.get(key_at(i), ()):
                    n = len(seq)
                    if i + n > len(words) or (best and n <= best[0]):
                        continue
                    if all(key_at(i + j) == seq[j] for j in range(1, n)) and all(
                        e is None or words[i + j][2] == e for j, e in enumerate(exact)
                    ):
                        best = (n, index)
            if best:
                n, index = best
                single = n == 1 and self.entries[index].kind == "personne"
                hits.append(Hit(words[i][0], words[i + n - 1][1], index, single))
                i += n
            else:
                i += 1
        return hits


def load_registry(path: Path) -> Registry:
    """Read actors.yml; a missing file is an empty registry, a broken entry is reported."""
    if not is_plugin_file(path):
        return build_registry({})
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        registry = build_registry({})
        registry.problems.append(f"cannot be read: {err}")
        return registry
    registry = build_registry(data)
    registry.version = hashlib.sha256(raw).hexdigest()[:16]
    return registry


def parse_entry(item: object) -> Entry:
    if not isinstance(item, dict):
        raise ValueError("is not a mapping")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("has no name")
    kind = item.get("kind", "personne")
    if kind not in KINDS:
        raise ValueError(f"{name}: kind must be one of {', '.join(KINDS)}")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"{name}: aliases must be a list of names")
    role = item.get("role") or ""
    slug = item.get("slug") or ""
    if not isinstance(role, str) or not isinstance(slug, str):
        raise ValueError(f"{name}: role and slug must be text")
    return Entry(
        name.strip(),
        kind,
        role.strip(),
        tuple(dict.fromkeys(a.strip() for a in aliases if a.strip())),
        slugify(slug or name),
    )


def build_registry(data: object) -> Registry:
    registry = Registry()
    if not isinstance(data, dict):
        registry.problems.append("is not a mapping")
        return registry
    for n, item in enumerate(data.get("actors") or [], 1):
        try:
            entry = parse_entry(item)
        except ValueError as err:
            registry.problems.append(f"actor #{n} {err}")
            continue
        if entry.slug in registry.by_slug:
            registry.problems.append(f"actor {entry.name!r}: slug {entry.slug!r} is used twice")
            continue
        registry.by_slug[entry.slug] = len(registry.entries)
        registry.entries.append(entry)
    ignore = data.get("ignore") or []
    registry.ignore = frozenset(plain_key(str(x)) for x in ignore if str(x).strip())
    index_registry(registry)
    return registry


def index_registry(registry: Registry) -> None:
    surnames: dict[str, set[int]] = {}
    spelled: dict[str, str] = {}
    for index, entry in enumerate(registry.entries):
        person = entry.kind == "personne"
        for form in entry.forms:
            keys = [
                (registry.by_plain, plain_key(form)),
                (registry.by_key, words_key(tokens(form))),
            ]
            if person:
                keys.append((registry.by_key, name_key(form)))
            for table, key in keys:
                if key and key not in table:
                    table[key] = index
            words = name_words(form) if person else tokens(form)
            if words:
                add_pattern(registry, words, index)
            if person and len(words) > 1:
                for word in words[:-1]:  # a first name elsewhere makes a surname ambiguous
                    surnames.setdefault(word_key(word), set()).add(-1)
                if len(words[-1]) >= MIN_SURNAME:
                    surnames.setdefault(word_key(words[-1]), set()).add(index)
                    spelled.setdefault(word_key(words[-1]), words[-1])
    for key, owners in surnames.items():
        index = min(owners)
        if len(owners) == 1 and key in spelled and registry.by_key.get(key, index) == index:
            registry.by_surname[key] = index
            add_pattern(registry, [spelled[key]], index)
    for patterns in registry.patterns.values():
        patterns.sort(key=lambda p: -len(p[0]))


def add_pattern(registry: Registry, words: list[str], index: int) -> None:
    seq = tuple(word_key(w) for w in words)
    # words in capitals (acronyms) must match as written: "UE", not the word "ue"
    exact = tuple(w if len(w) > 1 and w.isupper() else None for w in words)
    patterns = registry.patterns.setdefault(seq[0], [])
    if not any(p[0] == seq and p[1] == exact for p in patterns):
        patterns.append((seq, exact, index))
