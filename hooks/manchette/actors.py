"""Actors: the mentions of every article (NER + registry, see extract.py) -> one canonical
actor per real person, organisation or country, across the archive.

Resolution rules, in order:
- an article's own authors, translator and signature are not its actors;
- a registry name, alias or transliteration ("Yuri Ushakov") is the registry's actor;
- a location that names one country is that country (kind `pays`);
- a person's full name is one actor across the archive by its transliteration-aware key
  ("Iouri Ouchakov" = "Youri Ouchakov"); a surname alone ("Lavrov", "M. Lavrov") is the
  full name of the same article that ends with it, else the registry's person with that
  surname, else the one person of the archive with that surname;
- what is left of a single word must look like a name: mentioned at least twice in the
  article away from a sentence start, or in two articles; organisations likewise. So
  "Mettre", "Découvrez" (sentence starts) and one-off NER mistakes are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from slugify import slugify

from .archive import Actor, Archive
from .countries import Country, country_table, find_country
from .extract import extraction_step as _extraction_step
from .model import Article, Mention, Problem
from .names import is_title_only, name_key, name_words, plain_key, word_key
from .project import Project
from .registry import Registry, load_registry

ACTORS_FILE = "site-plugins/actors.yml"
MIN_CONTEXT = 40  # a context sentence shorter than this is a heading or a caption
_LEAD = re.compile(r"^[\W\d_]+")

Identity = tuple[str, str]  # ("reg", index) ("pays", code) ("per", name key) ("org", plain key)


def extraction_step(
    project: Project,
) -> tuple[Callable[[list[Article]], dict[str, dict]] | None, str]:
    """The per-file NER step and its cache version (see extract.py)."""
    return _extraction_step(project)


@dataclass
class Found:
    """An actor being resolved: what the archive says about one identity."""

    identity: Identity
    kind: str
    forms: Counter = field(default_factory=Counter)  # written names (of 2+ words for people)
    words: Counter = field(default_factory=Counter)  # single-word forms, a name's last resort
    articles: dict[str, int] = field(default_factory=dict)  # article id -> mentions
    contexts: dict[str, str] = field(default_factory=dict)


@dataclass
class Pending:
    """A single word that its article alone cannot resolve."""

    article: str
    key: str  # word key of a single word, plain key of an organisation's name
    label: str  # PER or ORG
    mentions: list[tuple[int, Mention]]


def is_initial(mention: Mention) -> bool:
    """Whether the mention opens its sentence (where every word has a capital)."""
    sentence = mention.sentence
    return not sentence.startswith("…") and _LEAD.sub("", sentence).startswith(mention.text)


def counts(mention: Mention, single: bool) -> bool:
    """A single word at a sentence start proves nothing: every first word has a capital."""
    return not (single and is_initial(mention))


class Resolver:
    def __init__(self, registry: Registry):
        self.registry = registry
        self.found: dict[Identity, Found] = {}
        self.order: dict[str, list[tuple[Identity, int]]] = {}  # article -> (identity, position)
        self.pending: list[Pending] = []
        self.country_entry: dict[str, int] = {}  # ISO code -> registry entry of kind pays
        for index, entry in enumerate(registry.entries):
            if entry.kind == "pays":
                country = next(filter(None, map(find_country, entry.forms)), None)
                if country:
                    self.country_entry.setdefault(country.code, index)
        self.entry_country = {i: code for code, i in self.country_entry.items()}

    def entry_identity(self, index: int) -> tuple[Identity, str]:
        if index in self.entry_country:
            return ("pays", self.entry_country[index]), "pays"
        return ("reg", str(index)), self.registry.entries[index].kind

    def add(self, article: str, identity: Identity, kind: str, at: int, mention: Mention) -> None:
        found = self.found.get(identity)
        if found is None:
            found = self.found[identity] = Found(identity, kind)
        found.articles[article] = found.articles.get(article, 0) + 1
        text = mention.text
        (found.forms if len(name_words(text)) > 1 or kind != "personne" else found.words)[text] += 1
        current = found.contexts.get(article)
        if mention.sentence and (
            current is None or len(current) < MIN_CONTEXT <= len(mention.sentence)
        ):
            found.contexts[article] = mention.sentence
        self.order.setdefault(article, []).append((identity, at))

    # -- one article -------------------------------------------------------------------------

    def resolve_article(self, article: Article) -> None:
        registry = self.registry
        excluded = excluded_names(article)
        people: dict[str, set[Identity]] = {}  # surname key -> full-named persons of the article
        singles: list[tuple[int, Mention]] = []
        for at, mention in enumerate(article.mentions):
            text, label = mention.text, mention.label
            if not (text[:1].isupper() or text[:1].isdigit()):
                continue  # lower-case caption text
            if registry.is_ignored(text) or is_title_only(text):
                continue
            words = name_words(text)
            if not words:
                continue
            single = len(words) == 1
            if label in ("PER", "REG") and name_key(text) in excluded:
                continue  # the article's own author, translator or signatory
            index = registry.lookup(text)
            if index is None and label != "PER" and (country := find_country(text)):
                self.add(article.id, ("pays", country.code), "pays", at, mention)
                continue
            person = index is None or registry.entries[index].kind == "personne"
            if single and person and label in ("PER", "REG", "LOC"):
                singles.append((at, mention))  # a surname: after the article's full names
                continue
            if index is not None:
                identity, kind = self.entry_identity(index)
                if kind == "personne":
                    for form in (text, *registry.entries[index].forms):
                        people.setdefault(surname_of(form), set()).add(identity)
                self.add(article.id, identity, kind, at, mention)
            elif label == "PER" and not single:
                identity = ("per", name_key(text))
                people.setdefault(surname_of(text), set()).add(identity)
                self.add(article.id, identity, "personne", at, mention)
            elif label == "ORG":
                singles.append((at, mention))
        self.resolve_singles(article, singles, people)

    def resolve_singles(
        self, article: Article, singles: list[tuple[int, Mention]], people: dict[str, set[Identity]]
    ) -> None:
        """A single word is the surname of a full name of its article, else a registry
        name; what is left waits for the whole archive."""
        left: dict[str, Pending] = {}
        for at, mention in singles:
            words = name_words(mention.text)
            if len(words) > 1:  # an organisation NER found, not in the registry
                key = plain_key(mention.text)
                pending = left.setdefault(f"ORG:{key}", Pending(article.id, key, "ORG", []))
                pending.mentions.append((at, mention))
                continue
            key = word_key(words[0])
            owners = people.get(key, set()) if mention.label != "ORG" else set()
            if len(owners) == 1:
                self.add(article.id, next(iter(owners)), "personne", at, mention)
                continue
            index = self.registry.lookup(mention.text)
            if index is None and mention.label in ("PER", "REG"):
                index = self.registry.by_surname.get(key)
            if index is not None and not owners:
                identity, kind = self.entry_identity(index)
                self.add(article.id, identity, kind, at, mention)
            elif mention.label in ("PER", "ORG") and not owners:
                label = "PER" if mention.label != "ORG" else "ORG"
                pending = left.setdefault(f"{label}:{key}", Pending(article.id, key, label, []))
                pending.mentions.append((at, mention))
        self.pending.extend(left.values())

    # -- the archive -------------------------------------------------------------------------

    def resolve_pending(self) -> None:
        """Single words left by their article: the surname of the one person of the archive
        who has it, else an actor of its own when the archive shows it is a name: used twice
        in one article (away from sentence starts, for a single word), or in two articles."""
        surnames: dict[str, set[Identity]] = {}
        for identity in self.found:
            if identity[0] == "per":
                surnames.setdefault(identity[1].rsplit(" ", 1)[-1], set()).add(identity)
        groups: dict[str, list[Pending]] = {}
        for pending in self.pending:
            groups.setdefault(f"{pending.label}:{pending.key}", []).append(pending)
        for group in groups.values():
            label, key = group[0].label, group[0].key
            single = " " not in key
            inside = [p for p in group if any(counts(m, single) for _, m in p.mentions)]
            solid = any(sum(counts(m, single) for _, m in p.mentions) >= 2 for p in group)
            owners = surnames.get(key, set()) if label == "PER" else set()
            if len(owners) == 1:
                identity, kind = next(iter(owners)), "personne"
            elif solid or len(inside) >= 2:
                kind = "personne" if label == "PER" else "organisation"
                identity = ("per" if label == "PER" else "org", key)
            else:
                continue
            for pending in inside:
                for at, mention in pending.mentions:
                    self.add(pending.article, identity, kind, at, mention)

    def resolve_declared(self, article: Article, slugs: dict[str, tuple[Identity, str]]) -> None:
        """Front matter `actors` (slugs or names) add actors to their article."""
        present = {i for i, _ in self.order.get(article.id, [])}
        for at, name in enumerate(article.declared_actors, start=len(article.mentions)):
            name = str(name).strip()
            if not name:
                continue
            if slugify(name) in slugs:
                identity, kind = slugs[slugify(name)]
            elif (index := self.registry.lookup(name)) is not None:
                identity, kind = self.entry_identity(index)
            elif country := find_country(name):
                identity, kind = ("pays", country.code), "pays"
            elif len(name_words(name)) > 1:
                identity, kind = ("per", name_key(name)), "personne"
            else:
                identity, kind = ("org", plain_key(name)), "organisation"
            if identity not in present:
                present.add(identity)
                self.add(article.id, identity, kind, at, Mention(name, "DECL", ""))


def surname_of(name: str) -> str:
    words = name_words(name)
    return word_key(words[-1]) if words else ""


def excluded_names(article: Article) -> set[str]:
    """Name keys of the people who wrote, translated or signed the article, and their surnames
    when they are two words or more."""
    keys: set[str] = set()
    for name in (*article.authors, article.translator or "", *article.signature):
        words = name_words(name)
        if words:
            keys.add(name_key(name))
            if len(words) > 1:
                keys.add(word_key(words[-1]))
    return keys


def best_form(forms: Counter, fallback: str) -> str:
    """The most used written form; ties go to the longest, then alphabetical order."""
    if not forms:
        return fallback
    return min(forms, key=lambda f: (-forms[f], -len(f), f))


def make_actor(found: Found, resolver: Resolver, countries: dict[str, Country]) -> Actor:
    registry = resolver.registry
    kind, value = found.identity
    aliases: list[str] = []
    role = slug = ""
    if kind == "reg":
        entry = registry.entries[int(value)]
        name, role, slug, aliases = entry.name, entry.role, entry.slug, list(entry.aliases)
    elif kind == "pays":
        name = countries[value].name
        aliases = [n for n in countries[value].names[1:] if n.isascii()][:1]  # the English name
        if value in resolver.country_entry:
            entry = registry.entries[resolver.country_entry[value]]
            name, role, slug = entry.name, entry.role, entry.slug
            aliases = [*aliases, *entry.aliases]
    else:
        name = best_form(found.forms, "") or best_form(found.words, value)
    seen = {plain_key(name)}
    out = []
    for form in [*aliases, *sorted(found.forms, key=lambda f: (-found.forms[f], f))]:
        if plain_key(form) not in seen:
            seen.add(plain_key(form))
            out.append(form)
    return Actor(slug or slugify(name), name, found.kind, role, out, [], {})


def resolve_actors(archive: Archive, project: Project) -> None:
    """Fill archive.actors (slug -> Actor) and archive.article_actors (id -> slugs, most
    mentioned first)."""
    registry = load_registry(project.actors_file)
    for reason in registry.problems:
        archive.problems.append(Problem(ACTORS_FILE, reason, "warning"))
    resolver = Resolver(registry)
    articles = [a for a in archive.articles.values() if a.id not in archive.duplicate_of]
    for article in articles:
        resolver.resolve_article(article)
    resolver.resolve_pending()
    countries, _ = country_table()
    slugs = assign_slugs(resolver, countries)
    by_slug = {slug: (i, resolver.found[i].kind) for i, slug in slugs.items()}
    for index, entry in enumerate(registry.entries):
        by_slug.setdefault(entry.slug, resolver.entry_identity(index))
    for article in articles:
        if article.declared_actors:
            resolver.resolve_declared(article, by_slug)
    build_actors(archive, resolver, countries, assign_slugs(resolver, countries), articles)


def assign_slugs(resolver: Resolver, countries: dict[str, Country]) -> dict[Identity, str]:
    """One distinct slug per actor; the registry's and countries' first, then the others by
    number of articles, so that an actor's slug does not change with unrelated files."""
    order = sorted(
        resolver.found.values(),
        key=lambda f: (f.identity[0] not in ("reg", "pays"), -len(f.articles), f.identity),
    )
    taken: set[str] = set()
    slugs: dict[Identity, str] = {}
    for item in order:
        base = make_actor(item, resolver, countries).slug or "acteur"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[item.identity] = slug
    return slugs


def build_actors(
    archive: Archive,
    resolver: Resolver,
    countries: dict[str, Country],
    slugs: dict[Identity, str],
    articles: Iterable[Article],
) -> None:
    actors: dict[str, Actor] = {}
    for identity, found in resolver.found.items():
        actor = make_actor(found, resolver, countries)
        actor.slug = slugs[identity]
        actors[actor.slug] = actor
    for article in articles:
        counts: Counter = Counter()
        first: dict[Identity, int] = {}
        for identity, at in resolver.order.get(article.id, []):
            counts[identity] += 1
            first.setdefault(identity, at)
        ranked = sorted(counts, key=lambda i: (-counts[i], first[i]))
        archive.article_actors[article.id] = [slugs[i] for i in ranked]
        for identity in ranked:
            actor = actors[slugs[identity]]
            actor.articles.append(article.id)
            context = resolver.found[identity].contexts.get(article.id)
            if context:
                actor.contexts[article.id] = context
    archive.actors = dict(sorted(actors.items()))
