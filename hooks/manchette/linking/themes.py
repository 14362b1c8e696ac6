"""Themes: the taxonomy of site-plugins/themes.yml -> the themes of each article.

An article's score for a theme is the weighted count of the theme's terms in its text, per 100
content words (see the header of themes.yml). It depends on the article alone, so adding files
never changes another article's themes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from ..archive import Archive, Theme
from ..model import Article, Problem
from ..project import Project
from ..projectfiles import is_plugin_file
from .textnorm import normalise_label, normalise_term
from .textstats import TextStats, text_stats

DEFAULTS = {"threshold": 2.0, "min_terms": 2, "min_length": 150, "title_weight": 3.0}


@dataclass(frozen=True)
class ThemeRule:
    slug: str
    name: str
    description: str
    terms: dict[str, float]  # one stem -> weight
    phrases: dict[tuple[str, ...], float]  # several stems in a row -> weight
    all_of: tuple[frozenset[tuple[str, ...]], ...] = ()
    tags: dict[str, float] = field(default_factory=dict)  # normalised tag -> share of threshold
    threshold: float = 1.0
    min_terms: int = 2


@dataclass(frozen=True)
class Taxonomy:
    rules: tuple[ThemeRule, ...]
    min_length: int = 150
    title_weight: float = 3.0
    problems: tuple[str, ...] = ()  # what is wrong in themes.yml


@dataclass(frozen=True)
class ThemeScore:
    slug: str
    density: float  # weighted matches per 100 content words (tag shares included)
    ratio: float  # density / threshold: >= 1 means the theme is given
    terms: int  # distinct terms matched


def load_taxonomy(path: Path) -> Taxonomy:
    """Read themes.yml; a missing file is an empty taxonomy, a broken entry is reported."""
    if not is_plugin_file(path):
        return Taxonomy(())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        return Taxonomy((), problems=(f"cannot be read: {err}",))
    return parse_taxonomy(data)


def parse_taxonomy(data: dict) -> Taxonomy:
    if not isinstance(data, dict):
        return Taxonomy((), problems=("is not a mapping",))
    opts = {k: data.get(k, v) for k, v in DEFAULTS.items()}
    rules, problems, seen = [], [], set()
    for i, entry in enumerate(data.get("themes") or []):
        try:
            rule = parse_rule(entry, opts)
        except (TypeError, ValueError, AttributeError) as err:
            problems.append(f"theme #{i + 1}: {err}")
            continue
        if rule.slug in seen:
            problems.append(f"theme {rule.slug!r} is defined twice (the first one is kept)")
            continue
        seen.add(rule.slug)
        rules.append(rule)
    return Taxonomy(
        tuple(rules), int(opts["min_length"]), float(opts["title_weight"]), tuple(problems)
    )


def parse_rule(entry: dict, opts: dict) -> ThemeRule:
    slug = str(entry["slug"]).strip()
    if not slug or slugify(slug) != slug:
        raise ValueError(f"slug {slug!r} is not a plain slug")
    terms: dict[str, float] = {}
    phrases: dict[tuple[str, ...], float] = {}
    for raw, weight in (entry.get("terms") or {}).items():
        key = normalise_term(str(raw))
        if not key:
            continue
        target = terms if len(key) == 1 else phrases
        name = key[0] if len(key) == 1 else key
        target[name] = max(float(weight), target.get(name, 0.0))
    all_of = tuple(
        frozenset(k for k in (normalise_term(str(t)) for t in group) if k)
        for group in (entry.get("all_of") or [])
    )
    tags = {normalise_label(str(t)): float(w) for t, w in (entry.get("source_tags") or {}).items()}
    return ThemeRule(
        slug=slug,
        name=str(entry.get("name") or slug),
        description=str(entry.get("description") or ""),
        terms=terms,
        phrases=phrases,
        all_of=all_of,
        tags=tags,
        threshold=float(entry.get("threshold", opts["threshold"])),
        min_terms=int(entry.get("min_terms", opts["min_terms"])),
    )


def phrase_counts(stems: tuple[str, ...], phrases: set[tuple[str, ...]]) -> Counter:
    """Occurrences of each phrase (stems in a row) in `stems`."""
    found: Counter = Counter()
    if not phrases:
        return found
    firsts = {p[0] for p in phrases}
    lengths = sorted({len(p) for p in phrases})
    for i, word in enumerate(stems):
        if word not in firsts:
            continue
        for n in lengths:
            gram = stems[i : i + n]
            if gram in phrases:
                found[gram] += 1
    return found


class Matcher:
    """Scores articles against a taxonomy; terms are looked up from the article's side, so the
    cost follows the article's vocabulary, not the size of the taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.terms: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.phrase_rules: dict[tuple[str, ...], list[tuple[int, float]]] = defaultdict(list)
        for n, rule in enumerate(taxonomy.rules):
            for term, weight in rule.terms.items():
                self.terms[term].append((n, weight))
            for phrase, weight in rule.phrases.items():
                self.phrase_rules[phrase].append((n, weight))
        self.phrases = set(self.phrase_rules)
        self.phrases |= {t for r in taxonomy.rules for g in r.all_of for t in g if len(t) > 1}

    def scores(self, stats: TextStats, source_tags: tuple[str, ...]) -> list[ThemeScore]:
        rules = self.taxonomy.rules
        body = Counter(stats.stems)
        title = Counter(stats.title)
        body_phrases = phrase_counts(stats.stems, self.phrases)
        title_phrases = phrase_counts(stats.title, self.phrases)
        tw = self.taxonomy.title_weight
        totals = [0.0] * len(rules)
        matched = [0] * len(rules)
        for term in (body.keys() | title.keys()) & self.terms.keys():
            n = body.get(term, 0) + tw * title.get(term, 0)
            for rule, weight in self.terms[term]:
                totals[rule] += weight * n
                matched[rule] += 1
        for phrase in (body_phrases.keys() | title_phrases.keys()) & self.phrase_rules.keys():
            n = body_phrases.get(phrase, 0) + tw * title_phrases.get(phrase, 0)
            for rule, weight in self.phrase_rules[phrase]:
                totals[rule] += weight * n
                matched[rule] += 1
        tags = {normalise_label(t) for t in source_tags}
        length = max(stats.size, self.taxonomy.min_length)
        result = []
        for n, rule in enumerate(rules):
            density = 100 * totals[n] / length
            share = sum(w for t, w in rule.tags.items() if t in tags)
            density += share * rule.threshold
            ratio = density / rule.threshold if rule.threshold > 0 else 0.0
            sides = all(
                any(present(t, body, body_phrases, title_phrases, title) for t in g)
                for g in rule.all_of
            )
            if share < 1 and (matched[n] < rule.min_terms or not sides):
                ratio = min(ratio, 0.99)  # a tag worth the whole threshold decides alone
            result.append(ThemeScore(rule.slug, round(density, 4), round(ratio, 4), matched[n]))
        return result


def present(
    term: tuple[str, ...], body: Counter, phrases: Counter, title_phrases: Counter, title: Counter
) -> bool:
    if len(term) == 1:
        return bool(body.get(term[0]) or title.get(term[0]))
    return bool(phrases.get(term) or title_phrases.get(term))


def themes_of(
    article: Article, stats: TextStats, matcher: Matcher, lookup: dict[str, str]
) -> tuple[list[str], list[str]]:
    """(theme slugs best first, problems) for one article: scores, then front matter."""
    scores = matcher.scores(stats, article.source_tags)
    found = [s.slug for s in sorted(scores, key=lambda s: -s.ratio) if s.ratio >= 1]
    (only, added, removed), problems = declared_changes(article.declared_themes, lookup)
    kept = [] if only else [s for s in found if s not in removed and s not in added]
    chosen = added + kept  # the curator's themes first
    return chosen, problems


def declared_changes(
    values: tuple[str, ...], lookup: dict[str, str]
) -> tuple[tuple[bool, list[str], set[str]], list[str]]:
    """Front matter `themes`: ("-*" = only these, "-slug" = remove, else add) by slug or name."""
    only, added, removed, problems = False, [], set(), []
    for value in values:
        text = str(value).strip()
        if text in ("-*", "*-"):
            only = True
            continue
        negative = text.startswith("-")
        key = normalise_label(text[1:] if negative else text)
        slug = lookup.get(key)
        if slug is None:
            problems.append(f"front matter: unknown theme {text!r} (see site-plugins/themes.yml)")
        elif negative:
            removed.add(slug)
        elif slug not in added:
            added.append(slug)
    return (only, added, removed), problems


def assign_themes(archive: Archive, project: Project) -> None:
    """Fill archive.themes (the whole taxonomy) and archive.article_themes (best first)."""
    taxonomy = load_taxonomy(project.themes_file)
    for reason in taxonomy.problems:
        archive.problems.append(Problem("site-plugins/themes.yml", reason, "warning"))
    matcher = Matcher(taxonomy)
    lookup = {}
    for rule in taxonomy.rules:
        lookup[normalise_label(rule.name)] = rule.slug
        lookup[normalise_label(rule.slug)] = rule.slug
    archive.themes = {r.slug: Theme(r.slug, r.name, r.description, []) for r in taxonomy.rules}
    stats = text_stats(list(archive.articles.values()))
    for article in archive.articles.values():
        slugs, problems = themes_of(article, stats[article.id], matcher, lookup)
        archive.problems.extend(Problem(article.file, p, "warning") for p in problems)
        archive.article_themes[article.id] = slugs
        for slug in slugs:
            archive.themes[slug].articles.append(article.id)
