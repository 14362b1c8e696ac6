"""Resolution within one article and across the archive: mentions -> identities.

An identity is what one actor is known by while the archive is read: a registry entry, a
country code, a person's name key or an organisation's plain key (see actors.py for the
rules). Each distinct spelling is analysed once (`Spelling`), each article's mentions are
grouped by spelling first (`Group`), so the work grows with the archive's distinct names
rather than with its mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from slugify import slugify

from ..model import Article, Mention
from .countries import find_country
from .mentions import MIN_CONTEXT, is_initial
from .names import is_title_only, name_key, name_words, plain_key, word_key
from .registry import Registry

Identity = tuple[str, str]  # ("reg", index) ("pays", code) ("per", name key) ("org", plain key)


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
class Group:
    """The mentions of one article written the same way with the same label."""

    text: str
    label: str
    at: int  # position of the first one
    mentions: list[Mention]
    count: int = 0  # mentions, all told
    single: bool = False  # one word (a person's surname, if a person)

    def sentence(self) -> str:
        """The first context sentence long enough to say something."""
        sentences = [m.sentence for m in self.mentions if m.sentence]
        long = (x for x in sentences if len(x) >= MIN_CONTEXT)
        return next(long, sentences[0] if sentences else "")

    def away_from_starts(self) -> int:
        """Mentions that do not open their sentence (where every word has a capital)."""
        return sum(m.count for m in self.mentions if not is_initial(m))


@dataclass
class Pending:
    """A single word (or an unlisted organisation) that its article alone cannot resolve."""

    article: str
    key: str  # word key of a single word, plain key of an organisation's name
    label: str  # PER or ORG
    groups: list[Group]

    def weight(self) -> int:
        """How much the article shows this is a name: its mentions, without the sentence
        starts for a single word (every first word has a capital)."""
        if " " in self.key:
            return sum(g.count for g in self.groups)
        return sum(g.away_from_starts() for g in self.groups)


@dataclass(frozen=True)
class Spelling:
    """What one written form is, independently of where it is written."""

    usable: bool  # starts with a capital or a digit, is not ignored, is not a title alone
    single: bool  # one word (without titles and initials)
    key: str  # name key ("sergei lavrov")
    plain: str  # plain key ("serguei lavrov")
    surname: str  # key of the last word
    index: int | None  # registry entry
    person: bool  # no registry entry, or a person's
    country: str | None  # ISO code when it names one country


def read_spelling(text: str, registry: Registry) -> Spelling:
    words = name_words(text)
    usable = (
        bool(words)
        and (text[:1].isupper() or text[:1].isdigit())
        and not registry.is_ignored(text)
        and not is_title_only(text)
    )
    if not usable:
        return Spelling(False, False, "", "", "", None, False, None)
    index = registry.lookup(text)
    country = find_country(text)
    return Spelling(
        True,
        len(words) == 1,
        name_key(text),
        plain_key(text),
        word_key(words[-1]),
        index,
        index is None or registry.entries[index].kind == "personne",
        country.code if country else None,
    )


def group_mentions(mentions: Iterable[Mention]) -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    for at, mention in enumerate(mentions):
        group = groups.get((mention.text, mention.label))
        if group is None:
            group = groups[mention.text, mention.label] = Group(mention.text, mention.label, at, [])
        group.mentions.append(mention)
        group.count += mention.count
    return list(groups.values())


class Resolver:
    def __init__(self, registry: Registry):
        self.registry = registry
        self.found: dict[Identity, Found] = {}
        # article id -> identity -> [mentions, first position]
        self.order: dict[str, dict[Identity, list[int]]] = {}
        # (article id, name as written) -> identity: who a quote's speaker is
        self.named: dict[tuple[str, str], Identity] = {}
        self.pending: list[Pending] = []
        self.spellings: dict[str, Spelling] = {}
        self.surnames: dict[int, set[str]] = {}
        self.country_entry: dict[str, int] = {}  # ISO code -> registry entry of kind pays
        for index, entry in enumerate(registry.entries):
            if entry.kind == "pays":
                country = next(filter(None, map(find_country, entry.forms)), None)
                if country:
                    self.country_entry.setdefault(country.code, index)
        self.entry_country = {i: code for code, i in self.country_entry.items()}
        self.entry_ids = [("reg", str(i)) for i in range(len(registry.entries))]

    def spelling(self, text: str) -> Spelling:
        """What a written form says, computed once per distinct form of the archive."""
        found = self.spellings.get(text)
        if found is None:
            found = self.spellings[text] = read_spelling(text, self.registry)
        return found

    def entry_identity(self, index: int) -> tuple[Identity, str]:
        if index in self.entry_country:
            return ("pays", self.entry_country[index]), "pays"
        return self.entry_ids[index], self.registry.entries[index].kind

    def entry_surnames(self, index: int) -> set[str]:
        if index not in self.surnames:
            self.surnames[index] = {surname_of(f) for f in self.registry.entries[index].forms}
        return self.surnames[index]

    def add(self, article: str, identity: Identity, kind: str, group: Group) -> None:
        found = self.found.get(identity)
        if found is None:
            found = self.found[identity] = Found(identity, kind)
        n = group.count
        self.named[article, group.text] = identity
        articles = found.articles
        articles[article] = articles.get(article, 0) + n
        forms = found.words if kind == "personne" and group.single else found.forms
        forms[group.text] = forms.get(group.text, 0) + n
        current = found.contexts.get(article)
        if current is None or len(current) < MIN_CONTEXT:
            sentence = group.sentence()
            if sentence and (current is None or len(sentence) >= MIN_CONTEXT):
                found.contexts[article] = sentence
        order = self.order.get(article)
        if order is None:
            order = self.order[article] = {}
        seen = order.get(identity)
        if seen is None:
            order[identity] = [n, group.at]
        else:
            seen[0] += n
            seen[1] = min(seen[1], group.at)

    # -- one article -------------------------------------------------------------------------

    def resolve_article(self, article: Article) -> None:
        excluded = excluded_names(article)
        people: dict[str, set[Identity]] = {}  # surname key -> full-named persons of the article
        singles: list[tuple[Group, Spelling]] = []
        for group in group_mentions(article.mentions):
            label = group.label
            sp = self.spelling(group.text)
            group.single = sp.single
            if not sp.usable:
                continue  # lower case, ignored, a title alone
            if label in ("PER", "REG") and sp.key in excluded:
                continue  # the article's own author, translator or signatory
            if sp.index is None and label != "PER" and sp.country:
                self.add(article.id, ("pays", sp.country), "pays", group)
            elif sp.single and sp.person and label in ("PER", "REG", "LOC"):
                singles.append((group, sp))  # a surname: after the article's full names
            elif sp.index is not None:
                identity, kind = self.entry_identity(sp.index)
                if kind == "personne":
                    for surname in (sp.surname, *self.entry_surnames(sp.index)):
                        people.setdefault(surname, set()).add(identity)
                self.add(article.id, identity, kind, group)
            elif label == "PER" and not sp.single:
                identity = ("per", sp.key)
                people.setdefault(sp.surname, set()).add(identity)
                self.add(article.id, identity, "personne", group)
            elif label == "ORG":
                singles.append((group, sp))
        self.resolve_singles(article, singles, people)

    def resolve_singles(
        self,
        article: Article,
        singles: list[tuple[Group, Spelling]],
        people: dict[str, set[Identity]],
    ) -> None:
        """A single word is the surname of a full name of its article, else a registry
        name; what is left waits for the whole archive."""
        left: dict[str, Pending] = {}
        for group, sp in singles:
            label = "ORG" if group.label == "ORG" else "PER"
            key = sp.surname if sp.single else sp.plain
            owners = people.get(key, set()) if label == "PER" else set()
            if len(owners) == 1:
                self.add(article.id, next(iter(owners)), "personne", group)
                continue
            index = sp.index if sp.single else None
            if index is None and group.label in ("PER", "REG"):
                index = self.registry.by_surname.get(key)
            if index is not None and not owners:
                identity, kind = self.entry_identity(index)
                self.add(article.id, identity, kind, group)
            elif group.label in ("PER", "ORG") and not owners:
                pending = left.setdefault(f"{label}:{key}", Pending(article.id, key, label, []))
                pending.groups.append(group)
        self.pending.extend(left.values())

    # -- the archive -------------------------------------------------------------------------

    def resolve_pending(self) -> None:
        """Single words left by their article: the surname of the one person of the archive
        who has it, else an actor of its own when an article shows it is a name: used twice
        there away from sentence starts ("Karaganov"). An unlisted organisation needs two
        mentions in one article, or one in each of two articles."""
        surnames: dict[str, set[Identity]] = {}
        for identity in self.found:
            if identity[0] == "per":
                surnames.setdefault(identity[1].rsplit(" ", 1)[-1], set()).add(identity)
        by_key: dict[str, list[Pending]] = {}
        for pending in self.pending:
            by_key.setdefault(f"{pending.label}:{pending.key}", []).append(pending)
        for pendings in by_key.values():
            label, key = pendings[0].label, pendings[0].key
            weights = [p.weight() for p in pendings]
            inside = [p for p, w in zip(pendings, weights, strict=True) if w]
            owners = surnames.get(key, set()) if label == "PER" else set()
            if len(owners) == 1:
                identity, kind = next(iter(owners)), "personne"
            elif max(weights) >= 2 or (len(inside) >= 2 and " " in key):
                kind = "personne" if label == "PER" else "organisation"
                identity = ("per" if label == "PER" else "org", key)
            else:
                continue
            for pending in inside:
                for group in pending.groups:
                    self.add(pending.article, identity, kind, group)

    def resolve_declared(self, article: Article, slugs: dict[str, tuple[Identity, str]]) -> None:
        """Front matter `actors` (slugs or names) add actors to their article."""
        present = set(self.order.get(article.id, {}))
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
                group = Group(name, "DECL", at, [Mention(name, "DECL", "")], 1)
                group.single = len(name_words(name)) == 1
                self.add(article.id, identity, kind, group)


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
