"""Raw NER spans + registry matches in one text unit -> clean actor mentions.

NER spans are trimmed to the name they hold: "Steve Witkoff and Trump'" -> "Steve Witkoff",
"le président russe Vladimir Poutine" -> "Vladimir Poutine", "l'OTAN" -> "OTAN",
"Poutine- Essais-Exercices" -> "Poutine". What is left of a span that cannot be a name
(lower-case caption text, a dangling "n'", a title alone) is dropped here; what needs the
whole archive to decide (a sentence-initial word, a city, a surname) is left to resolution.
"""

from __future__ import annotations

import bisect
import re

from ..model import Mention
from .cities import is_city
from .countries import find_country
from .names import HONORIFICS, PARTICLES, TITLES, TOKEN, fold
from .registry import Hit, Registry

# Characters that never stand inside a name: a span is split at each one.
_BREAK = re.compile(r"[<>&|•▪●(){}\[\]:;«»\"“”/\\©®?!,\n\t=+*#@]|\s[-–—]\s?|[-–]\s|—|\.\s")
_BREAK_LIST = re.compile(_BREAK.pattern + r"|\s(?:et|and|ou|or)\s")
_ELISION = frozenset("l d qu n s c j m t jusqu lorsqu puisqu".split())
_ARTICLES = frozenset("le la les l the de du des d".split())
MAX_CONTEXT = 320  # characters of context sentence kept around a mention
MIN_CONTEXT = 40  # a context sentence shorter than this is a heading or a caption
_LEAD = re.compile(r"^[\W\d_]+")
MAX_WORDS = {"PER": 5, "ORG": 8, "LOC": 6, "MISC": 6}


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def _elided(text: str, word: tuple[int, int, str]) -> bool:
    """ "l" in "l'OTAN", "n" in "n'accepta": a word cut short by an apostrophe."""
    s, e, w = word
    return fold(w) in _ELISION and text[e : e + 1] in ("'", "’")


def _possessive(text: str, word: tuple[int, int, str]) -> bool:
    s, e, w = word
    return w.lower() == "s" and s > 0 and text[s - 1] in ("'", "’")


def _is_cap(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def segments(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The pieces of [start, end) between break characters ("Russie, Chine et Iran" gives
    three); an organisation's name may hold "et" ("sécurité et coopération")."""
    pattern = _BREAK if label == "ORG" else _BREAK_LIST
    pieces = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.group().startswith(".") and _abbreviation(text, pos, m.start()):
            continue  # "M. Lavrov", "Donald J. Trump"
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if TOKEN.search(text, s, e)]


def _abbreviation(text: str, start: int, dot: int) -> bool:
    words = TOKEN.findall(text, start, dot)
    return bool(words) and (fold(words[-1]) in HONORIFICS or len(words[-1]) == 1)


def _titled_name(text: str, words: list[tuple[int, int, str]]) -> list | None:
    """The name after the last title word ("ministre ... Lavrov", "Foreign Minister Sergei
    Lavrov said"): the first capitalised run not introduced by "de/of" (the title's
    complement, as in "ministre des Affaires étrangères"). None when there is no title."""
    last = max((i for i, w in enumerate(words) if fold(w[2]) in TITLES | HONORIFICS), default=-1)
    if last < 0:
        return None
    rest = words[last + 1 :]
    for i, w in enumerate(rest):
        if not _is_cap(w[2]) or fold(w[2]) in TITLES:
            continue
        before = fold(rest[i - 1][2]) if i else ""
        if before in PARTICLES or before in ("of", "the") or (i and _is_cap(rest[i - 1][2])):
            continue
        run = [w]
        for nxt in rest[i + 1 :]:
            if not _is_cap(nxt[2]):
                break
            run.append(nxt)
        return run
    return []


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """The name inside one piece [start, end) of an NER span: (start, end, label) or None."""
    words = _words(text, start, end)
    while words and _elided(text, words[0]):
        words = words[1:]
    for i, w in enumerate(words):
        if _possessive(text, w) or (i and _elided(text, w)):
            words = words[:i]
            break
    if not words:
        return None
    titled = None
    if label == "PER" or any(fold(w[2]) in TITLES and w[2].islower() for w in words):
        titled = _titled_name(text, words)
    if titled is not None:
        words, label = titled, "PER"
    elif label == "PER":
        while words and (not _is_cap(words[0][2]) or fold(words[0][2]) in HONORIFICS):
            words = words[1:]
        for i, w in enumerate(words):
            if not _is_cap(w[2]) and fold(w[2]) not in PARTICLES:
                words = words[:i]
                break
    else:
        while words and fold(words[0][2]) in _ARTICLES:
            words = words[1:]
        if any(fold(w[2]) in TITLES for w in words):
            return None  # "Secretary General", "Ministre des Affaires étrangères": a post
    while words and fold(words[-1][2]) in PARTICLES:
        words = words[:-1]
    if not words or not _is_cap(words[0][2]) or len(words) > MAX_WORDS.get(label, 6):
        return None
    if all(fold(w[2]) in TITLES | HONORIFICS for w in words):
        return None
    name = text[words[0][0] : words[-1][1]]
    if not any(c.isalpha() for c in name) or len(name) < 2:
        return None
    if label == "PER" and name.isupper() and len(words) == 1:
        label = "MISC"  # "UKRAINE": a word in capitals, not a person
    if label in ("PER", "ORG") and len(words) == 1 and is_city(name):
        label = "LOC"  # "Washington", "Riyad" taken for a person
    return words[0][0], words[-1][1], label


def merge(
    text: str, spans: list[tuple[int, int, int, int, str]], hits: list[Hit]
) -> list[tuple[int, int, str]]:
    """NER spans (raw start, raw end, start, end, label) and registry hits -> (start, end,
    label) sorted, with label "REG" for a registry name.

    A registry name wins over the NER span it overlaps ("Steve Witkoff and Trump" gives two
    registry names), except a surname alone inside a full name NER found ("Jean Lavrov" is
    not Sergueï Lavrov).
    """
    out: list[tuple[int, int, str]] = []
    dropped: set[Hit] = set()
    for raw_start, raw_end, start, end, label in spans:
        inside = [h for h in hits if h.start < raw_end and raw_start < h.end]
        full_name = label == "PER" and len(TOKEN.findall(text, start, end)) > 1
        if inside and not (full_name and all(h.single for h in inside)):
            continue  # the registry's names stand for this span
        out.append((start, end, label))
        dropped.update(h for h in inside if h.start < end and start < h.end)
    out.extend((h.start, h.end, "REG") for h in hits if h not in dropped)
    return sorted(out)


def sentence_at(text: str, starts: list[int], pos: int, end: int) -> str:
    """The sentence of `text` around [pos, end), shortened around it when too long."""
    i = bisect.bisect_right(starts, pos) - 1
    s = starts[i] if i >= 0 else 0
    e = starts[i + 1] if i + 1 < len(starts) else len(text)
    if e - s > MAX_CONTEXT:
        lo = max(s, min(pos - MAX_CONTEXT // 3, e - MAX_CONTEXT))
        hi = min(e, lo + MAX_CONTEXT)
        lo = text.rfind(" ", s, lo) + 1 if lo > s else s
        hi = text.find(" ", hi, e) if hi < e and text.find(" ", hi, e) != -1 else hi
        return ("… " if lo > s else "") + text[lo:hi].strip() + (" …" if hi < e else "")
    return text[s:e].strip()


def unit_names(
    text: str, ents: list[tuple[int, int, str]], registry: Registry
) -> list[tuple[int, int, str]]:
    """The names of one text unit: (start, end, label), NER spans cleaned, registry names."""
    spans = []
    for start, end, label in ents:
        for piece in segments(text, start, end, label):
            cleaned = clean_span(text, *piece, label)
            if cleaned:
                spans.append((*piece, *cleaned))
    return merge(text, spans, registry.find(text))


def unit_mentions(
    text: str,
    sentence_starts: list[int],
    ents: list[tuple[int, int, str]],
    registry: Registry,
) -> list[Mention]:
    """The mentions of one text unit, in reading order."""
    return named_mentions(text, sentence_starts, unit_names(text, ents, registry))


def named_mentions(
    text: str, sentence_starts: list[int], found: list[tuple[int, int, str]]
) -> list[Mention]:
    """The names of one text unit (see unit_names) as mentions with their sentences."""
    sentences: dict[str, str] = {}
    mentions = []
    for start, end, label in found:
        sentence = sentence_at(text, sentence_starts, start, end)
        # one str object per sentence: pickled once, shared in memory
        sentence = sentences.setdefault(sentence, sentence)
        mentions.append(Mention(text[start:end], label, sentence))
    return mentions


def is_initial(mention: Mention) -> bool:
    """Whether the mention opens its sentence (where every word has a capital)."""
    sentence = mention.sentence
    return not sentence.startswith("…") and _LEAD.sub("", sentence).startswith(mention.text)


def condense(mentions: list[Mention]) -> tuple[Mention, ...]:
    """One mention per (text, label, sentence start or not) with its count, in the order of
    first appearance, keeping the first context sentence long enough to say something."""
    groups: dict[tuple[str, str, bool], list] = {}
    for mention in mentions:
        key = (mention.text, mention.label, is_initial(mention))
        group = groups.get(key)
        if group is None:
            groups[key] = [mention, 1]
        else:
            group[1] += 1
            if len(group[0].sentence) < MIN_CONTEXT <= len(mention.sentence):
                group[0] = mention
    return tuple(Mention(m.text, m.label, m.sentence, n) for m, n in groups.values())


def useful(mention: Mention, registry: Registry) -> bool:
    """Whether resolution can make anything of a mention: places and miscellaneous names only
    count as countries or registry names (a single-word place may still be a surname)."""
    if mention.label not in ("LOC", "MISC"):
        return True
    text = mention.text
    if mention.label == "LOC" and len(TOKEN.findall(text)) == 1:
        return True
    return find_country(text) is not None or registry.lookup(text) is not None
