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
- what is left of a single word must look like a name: mentioned at least twice in one
  article away from a sentence start; an unlisted organisation, twice in one article or
  once in two. So "Mettre", "Découvrez" (sentence starts), one-off NER mistakes ("Jamais")
  and passing references ("disait Napoléon") are dropped.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterable

from slugify import slugify

from ..archive import Actor, Archive, Said
from ..model import Article, Problem
from ..project import Project
from .countries import Country, country_table
from .extract import extraction_step as _extraction_step
from .names import plain_key, surname_key
from .registry import Registry, load_registry
from .resolve import Found, Identity, Resolver

ACTORS_FILE = "site-plugins/actors.yml"


def extraction_step(
    project: Project,
) -> tuple[Callable[[list[Article]], dict[str, dict]] | None, str]:
    """The per-file NER step and its cache version (see extract.py)."""
    return _extraction_step(project)


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
    collecting = gc.isenabled()
    gc.disable()  # many small objects, no cycles: collections would only cost time
    try:
        resolve(archive, registry)
    finally:
        if collecting:
            gc.enable()


def resolve(archive: Archive, registry: Registry) -> None:
    resolver = Resolver(registry)
    articles = [a for a in archive.articles.values() if a.id not in archive.duplicate_of]
    for article in articles:
        resolver.resolve_article(article)
    resolver.resolve_pending()
    countries, _ = country_table()
    declaring = [a for a in articles if a.declared_actors]
    if declaring:
        by_slug = {a.slug: (i, a.kind) for i, a in make_actors(resolver, countries).items()}
        for index, entry in enumerate(registry.entries):
            by_slug.setdefault(entry.slug, resolver.entry_identity(index))
        for article in declaring:
            resolver.resolve_declared(article, by_slug)
    actors = make_actors(resolver, countries)
    build_actors(archive, resolver, actors, articles)
    start = time.perf_counter()
    attribute_quotes(archive, resolver, actors, articles)
    archive.timings["quote_attribution"] = time.perf_counter() - start


def make_actors(resolver: Resolver, countries: dict[str, Country]) -> dict[Identity, Actor]:
    """One actor per identity, each with a distinct slug: the registry's and countries' first,
    then the others by number of articles, so that a slug does not change with unrelated
    files."""
    order = sorted(
        resolver.found.values(),
        key=lambda f: (f.identity[0] not in ("reg", "pays"), -len(f.articles), f.identity),
    )
    taken: set[str] = set()
    actors: dict[Identity, Actor] = {}
    for item in order:
        actor = make_actor(item, resolver, countries)
        base = actor.slug or "acteur"
        n = 1
        while actor.slug in taken or not actor.slug:
            n += 1
            actor.slug = f"{base}-{n}"
        taken.add(actor.slug)
        actors[item.identity] = actor
    return actors


def build_actors(
    archive: Archive,
    resolver: Resolver,
    actors: dict[Identity, Actor],
    articles: Iterable[Article],
) -> None:
    for article in articles:
        seen = resolver.order.get(article.id, {})
        ranked = sorted(seen, key=lambda i: (-seen[i][0], seen[i][1]))
        archive.article_actors[article.id] = [actors[i].slug for i in ranked]
        for identity in ranked:
            actor = actors[identity]
            actor.articles.append(article.id)
            context = resolver.found[identity].contexts.get(article.id)
            if context:
                actor.contexts[article.id] = context
    archive.actors = dict(sorted((a.slug, a) for a in actors.values()))


SPEAKER_KINDS = ("personne", "organisation")  # a country does not speak in quotation marks


def attribute_quotes(
    archive: Archive,
    resolver: Resolver,
    actors: dict[Identity, Actor],
    articles: Iterable[Article],
) -> None:
    """Each quote's speaker, as written in its article, -> the actor that name resolved to
    there (or the registry's entry for it); a name that is no actor leaves it unattributed."""
    for article in articles:
        if not article.quotes:
            continue
        said = []
        for quote in article.quotes:
            actor = None
            if quote.speaker:
                identity = resolver.named.get((article.id, quote.speaker))
                if identity is None:
                    identity = registry_identity(resolver, quote.speaker)
                found = actors.get(identity) if identity else None
                if found is not None and found.kind in SPEAKER_KINDS:
                    actor = found.slug
            said.append(Said(article.id, quote, actor))
        archive.quotes[article.id] = said


def registry_identity(resolver: Resolver, name: str) -> Identity | None:
    """The registry's actor for a name, or a listed person's surname alone ("Merz")."""
    index = resolver.registry.lookup(name)
    if index is None:
        index = resolver.registry.by_surname.get(surname_key(name))
    return resolver.entry_identity(index)[0] if index is not None else None
