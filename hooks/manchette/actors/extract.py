"""Per-file extraction: an article's body -> its actor mentions (spaCy NER + the registry).

Two cache levels, both in the project's SQLite store:
- the pipeline caches an article's mentions under its body + `extraction_version()`, which
  changes with the model, this code and the registry: a warm rebuild does nothing here;
- this module caches the raw NER output (sentences and entity spans) under the body + model
  only, so editing site-plugins/actors.yml re-matches the registry without running NER again.

spaCy and the model are loaded only when some body is missing from both caches; only the NER
component runs (it has its own token-to-vector layer), plus a rule-based sentencizer for the
context sentences. Many articles at once (a cold build) are spread over the machine's cores,
in worker processes that share the model loaded once (or load it once each, under a threaded
parent such as `mkdocs serve`).

English articles: no English pipeline is published on PyPI by spaCy's authors (only
third-party uploads that cannot be checked), so they go through the same French model, whose
person spans are usable on English text once trimmed (mentions.py), plus the registry.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path

from ..cache import Cache
from ..ingest.plaintext import text_units
from ..model import Article, Mention, Quote
from ..project import Project
from .cities import cities_version
from .countries import country_spans
from .mentions import condense, named_mentions, unit_names, useful
from .names import surname_key
from .quotes import find_quotes, has_quotes
from .registry import Registry, load_registry

MODEL = "fr_core_news_sm"
# Components NER does not need: fr_core_news_sm's ner has its own tok2vec layer.
EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
POOL_MIN_WORDS = 40_000  # below this, starting worker processes costs more than it saves
CHUNK_WORDS = 20_000  # words per task sent to a worker
BATCH = 64  # texts per nlp.pipe batch
SAVE_EVERY = 200  # articles: raw NER results are written to the cache at least this often

# Raw NER of one article: per text unit, (sentence start offsets, entities (start, end, label))
RawUnit = tuple[tuple[int, ...], tuple[tuple[int, int, str], ...]]

# What went through the model in this process (for tests), and the time quotes took.
STATS: dict[str, float] = {"articles": 0, "words": 0, "quote_seconds": 0.0}

_SENTENCE = re.compile(r"(?<=[.!?…»])\s+(?=[«\"'(\[]?[A-ZÀ-ÖØ-Þ0-9])")


@lru_cache(maxsize=4)
def code_digest(*names: str) -> str:
    """A digest of the source of the named engine modules: editing the code that produces a
    cached result invalidates that result, with no version number to remember to bump."""
    engine = Path(__file__).parent.parent
    digest = hashlib.sha256()
    for name in names:  # paths under the engine's folder, such as "ingest/plaintext"
        digest.update((engine / f"{name}.py").read_bytes())
    return digest.hexdigest()[:12]


def ner_version() -> str:
    """What the raw NER output depends on: the text units and the way the model runs."""
    return f"{code_digest('ingest/plaintext', 'actors/extract')}:{model_version()}"


def extraction_version(registry: Registry) -> str:
    """What an article's mentions depend on: raw NER, then the cleaning and matching code,
    the city and country lists, the registry and the shape of a cached Mention."""
    code = code_digest(
        "actors/mentions",
        "actors/registry",
        "actors/names",
        "actors/countries",
        "actors/cities",
        "actors/quotes",
    )
    lists = "-".join(_installed(p) for p in ("pycountry", "babel", "anyascii"))
    shape = ",".join(f.name for f in (*fields(Mention), *fields(Quote)))
    return f"{ner_version()}:{code}:{cities_version()}:{lists}:{shape}:{registry.version}"


def _installed(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def model_version() -> str:
    """Model and spaCy versions, read from the installed packages without importing spaCy."""
    try:
        return f"{MODEL}-{version(MODEL)}-spacy-{version('spacy')}"
    except PackageNotFoundError:
        return "no-model"


@lru_cache(maxsize=1)
def load_model():
    """The NER pipeline (None when spaCy's French model is not installed)."""
    if model_version() == "no-model":
        return None
    import spacy

    nlp = spacy.load(MODEL, exclude=EXCLUDE)
    nlp.add_pipe("sentencizer")
    return nlp


def run_ner(units: Sequence[str]) -> list[RawUnit]:
    """NER over text units in this process."""
    nlp = load_model()
    if nlp is None:  # no model: sentences only; the registry still finds its actors
        return [(_regex_sentences(u), ()) for u in units]
    out = []
    for doc in nlp.pipe(units, batch_size=BATCH):
        starts = tuple(s.start_char for s in doc.sents)
        ents = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
        out.append((starts, ents))
    return out


def _regex_sentences(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _SENTENCE.finditer(text)))


def _worker_init() -> None:
    load_model()


def _worker_run(articles: list[list[str]]) -> list[list[RawUnit]]:
    flat = run_ner([u for units in articles for u in units])
    out, pos = [], 0
    for units in articles:
        out.append(flat[pos : pos + len(units)])
        pos += len(units)
    return out


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _pool_context() -> BaseContext:
    """Fork when this process runs no other thread: the workers then share the model loaded
    here. A threaded parent (`mkdocs serve`) spawns fresh workers that load it themselves."""
    if threading.active_count() == 1 and "fork" in get_all_start_methods():
        load_model()
        return get_context("fork")
    return get_context("spawn")


def _chunks(articles: list[list[str]]) -> list[list[list[str]]]:
    chunks: list[list[list[str]]] = [[]]
    words = 0
    for units in articles:
        if words >= CHUNK_WORDS:
            chunks.append([])
            words = 0
        chunks[-1].append(units)
        words += sum(u.count(" ") + 1 for u in units)
    return chunks


def ner_articles(articles: list[list[str]]) -> Iterator[list[RawUnit]]:
    """Raw NER of many articles (each a list of text units), in order, on every core when
    worth it; results come as they are done, so that a long run can be saved as it goes."""
    words = sum(u.count(" ") + 1 for units in articles for u in units)
    STATS["articles"] += len(articles)
    STATS["words"] += words
    workers = min(_cores(), 8)
    if workers < 2 or words < POOL_MIN_WORDS or model_version() == "no-model":
        for chunk in _chunks(articles):
            yield from _worker_run(chunk)
        return
    with ProcessPoolExecutor(workers, _pool_context(), initializer=_worker_init) as pool:
        for chunk in pool.map(_worker_run, _chunks(articles)):
            yield from chunk


def raw_key(article: Article, units: list[str]) -> str:
    digest = hashlib.sha256("\0".join([article.language, *units]).encode()).hexdigest()
    return f"ner:{ner_version()}:{digest}"


def _fits(raw: object, units: list[str]) -> bool:
    """A cached raw result that matches its text units (anything else is recomputed)."""
    return isinstance(raw, list | tuple) and len(raw) == len(units)


def with_countries(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entities with the country names of the text as locations: a country name replaces
    what NER made of it ("Ukraine were" as MISC), except inside a person's name."""
    places = [
        (start, end)
        for start, end in country_spans(text)
        if not any(s < end and start < e and label == "PER" for s, e, label in ents)
    ]
    kept = [
        (s, e, label)
        for s, e, label in ents
        if label == "PER" or not any(s < end and start < e for start, end in places)
    ]
    return sorted(kept + [(start, end, "LOC") for start, end in places])


def speaker_names(
    text: str,
    found: list[tuple[int, int, str]],
    registry: Registry,
    roles: dict[str, str] | None = None,
) -> list[tuple[int, int, str]]:
    """The names of a unit that may speak: people, organisations, registry entries other
    than countries; (start, end, "person" or "org"). `roles` gets the registry's role of
    each listed person, for titles ("le ministre") that point to them."""
    names = []
    for start, end, label in found:
        if label == "PER":
            names.append((start, end, "person"))
        elif label == "ORG":
            names.append((start, end, "org"))
        elif label == "REG":
            name = text[start:end]
            index = registry.lookup(name)
            if index is None:  # a listed person's surname alone ("Lavrov")
                index = registry.by_surname.get(surname_key(name))
            entry = registry.entries[index] if index is not None else None
            if entry is not None and entry.kind == "personne":
                names.append((start, end, "person"))
                if roles is not None and entry.role:
                    roles[name] = entry.role
            elif entry is not None and entry.kind == "organisation":
                names.append((start, end, "org"))
    return names


def article_quotes(
    units: list[str], names: list[list[tuple[int, int, str]]], registry: Registry
) -> tuple[Quote, ...]:
    """The quotes of an article, from its text units and the names found in each."""
    if not has_quotes(units):
        return ()
    roles: dict[str, str] = {}
    speakers = [
        speaker_names(t, found, registry, roles) for t, found in zip(units, names, strict=True)
    ]
    return find_quotes(units, speakers, roles)


def make_extractor(project: Project, registry: Registry) -> Callable[[list[Article]], dict]:
    def extract(articles: list[Article]) -> dict[str, dict]:
        units = {a.id: text_units(a.body) for a in articles}
        keys = {a.id: raw_key(a, units[a.id]) for a in articles}
        cache = Cache(project.cache_file)
        try:
            raw = cache.get_many(set(keys.values()))
            missing = [a for a in articles if not _fits(raw.get(keys[a.id]), units[a.id])]
            fresh: dict[str, list[RawUnit]] = {}
            done = ner_articles([units[a.id] for a in missing])
            for article, result in zip(missing, done, strict=True):
                fresh[keys[article.id]] = result
                if len(fresh) >= SAVE_EVERY:  # an interrupted cold build keeps what it did
                    cache.put_many(fresh)
                    raw.update(fresh)
                    fresh = {}
            cache.put_many(fresh)
            raw.update(fresh)
        finally:
            cache.close()
        result = {}
        for article in articles:
            mentions = []
            names = []
            for text, (starts, ents) in zip(units[article.id], raw[keys[article.id]], strict=True):
                ents = list(ents)
                if article.language != "fr":  # the French model misses places in English
                    ents = with_countries(text, ents)
                found = unit_names(text, ents, registry)
                mentions.extend(named_mentions(text, list(starts), found))
                names.append(found)
            kept = [m for m in mentions if useful(m, registry)]
            start = time.perf_counter()
            quotes = article_quotes(units[article.id], names, registry)
            STATS["quote_seconds"] += time.perf_counter() - start
            result[article.id] = {"mentions": condense(kept), "quotes": quotes}
        return result

    return extract


def extraction_step(project: Project) -> tuple[Callable[[list[Article]], dict], str]:
    registry = load_registry(project.actors_file)
    return make_extractor(project, registry), extraction_version(registry)
