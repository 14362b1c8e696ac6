"""Direct quotes of one article and who said them: text units + name spans -> Quotes.

Pure and per file (run with the actor mentions, cached with them). A quote is the text
between quotation marks (« », “ ”, ‹ ›, straight "), nested marks and a quote continued into
the next paragraph included; one to three words are a scare quote, not a quote. Its speaker is
a name written nearby, found by the first pattern that fits:

- a speech verb after the quote: `« … », a déclaré Marco Rubio`, `"…," Rubio said`,
  `« … », selon Dmitri Peskov`;
- a speech verb before it, with its subject or inverted: `Lavrov a affirmé : « … »`,
  `Le conseiller du Kremlin, Youri Ouchakov, a souligné qu'« … »` (an apposition),
  `comme l'a déclaré Marco Rubio, « … »`, `a qualifié … de « … »`, `selon X, « … »`,
  `pour X, « … »`, `according to X, "…"`;
- a pronoun or a title (`a-t-il dit`, `elle a ajouté`, `le ministre a estimé`, `he said`)
  points to the person named last before it;
- a second quote of the same sentence or paragraph, no other name in between, continues the
  first (`« … », a-t-il déclaré. « … »`);
- a paragraph that is only a quote takes the speaker of the sentence before it, when that
  sentence has a speech verb (`Vladimir Poutine a souligné que … ` then `« … »`).

Anything else stays unattributed, never guessed: the author's irony, a document's wording, a
slogan, a title (`dans son livre « … »`). Names are those NER and the registry found
(mentions.py), never a name inside quotation marks; the speaker is kept as written, and
resolved to the canonical actor with the rest of the archive (canonical.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Quote
from .names import fold

OPENERS = {"«": "»", "“": "”", "‹": "›"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = '"'
MIN_WORDS = 4  # one to three words are a scare quote ("constructives", « négocier la paix »)
MAX_UNITS = 4  # a quote may run over this many paragraphs at most
MASK = "\x00"  # stands for every character inside quotation marks in the masked text
BACK_UNITS = 3  # paragraphs searched back for the person a pronoun points to
TAIL_CHARS = 140  # how far after a quote its speech verb may be
VERB_REACH = 60  # the verb of a tail starts this close to the quote
GOVERN_CHARS = 110  # a verb before a quote is at most this far from it
NAME_REACH = 60  # a name after its verb (`a déclaré le secrétaire d'État Marco Rubio`)

Name = tuple[int, int, str]  # (start, end, kind) in one unit; kind "person" or "org"

# French speech verbs: stems of -er verbs with their endings (third person, participles,
# infinitive: never "nous"/"vous", the author's own voice), and the irregular forms.
_ER_STEMS = (
    "déclar affirm soulign estim qualifi ajout expliqu indiqu précis assur insist rappel résum "
    "rappell répliqu rétorqu lanc lanç observ déplor dénonc dénonç annonc annonç comment "
    "martel martèl répét répèt considér considèr regrett demand ironis plaid racont "
    "confirm proclam exclam exhort accus critiqu protest tonn lâch gliss souffl renchér "
    "témoign relev relèv signal mentionn avou fustig salu révél interrog concéd concèd confi "
    "tweet twitt nuanc argument insinu jur"
).split()
_ER_ENDINGS = "e|ent|é|ée|és|ées|er|ait|aient|ant|a|èrent|era|erait|eront"
_NOUNISH = "estim lanc annonc demand critiqu relev signal confi comment".split()
_IRREGULAR = (
    "dit dire disait disaient dira dirait disent disant dis "
    "écrit écrire écrivait écrivent écrivant reconnaît reconnait reconnu reconnaissait "
    "reconnaissant admet admis admettait admettant promet promis promettait "
    "répond répondu répondait répondit répondent répondre répondant soutient soutenu "
    "soutenait soutiennent soutenant conclut conclu concluait concluant poursuit poursuivi "
    "poursuivait poursuivant avertit averti avertissait prévient prévenu prévenait "
    "dément démenti démentait maintient maintenu maintenait décrit décrire décrivait "
    "interrogé interrogée"
).split()
_ENGLISH = (
    "said says say saying told tells telling added adds adding stated states declared "
    "explained explains explaining insisted insists warned warns warning wrote writes "
    "noted notes argued argues claimed claims asked asks replied replies answered stressed "
    "stresses emphasised emphasized announced acknowledged admitted continued concluded "
    "tweeted posted remarked observed urged vowed promised recalled responded cautioned "
    "conceded countered quipped affirmed maintained predicted complained lamented added "
    "insisting explaining"
).split()
_stems = "|".join(s for s in _ER_STEMS if s not in _NOUNISH)
_nounish = "|".join(_NOUNISH)
SPEECH = re.compile(
    rf"(?<![\w-])(?:(?:{_stems})(?:{_ER_ENDINGS})|(?:{_nounish})(?:{'|'.join(e for e in _ER_ENDINGS.split('|') if e != 'e')})"
    rf"|{'|'.join(_IRREGULAR)}|{'|'.join(_ENGLISH)}"
    r"|mis en garde|met en garde|pointed out|points out)(?![\w])",
    re.IGNORECASE,
)
# "a-t-il déclaré", "dit-elle", "ajoute-t-il": a speech verb whose subject is a pronoun.
INVERTED = re.compile(r"(?<![\w])\w+(?:-t)?-(?:il|elle)(?![\w])", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?<![\w'])(?:his|her|son|sa)(?![\w'])", re.IGNORECASE)
PRONOUN = re.compile(r"(?<![\w'])(?:il|elle|he|she)(?![\w'])", re.IGNORECASE)
# "le ministre", "la porte-parole", "the foreign minister": a title standing for a person.
_TITLE_WORDS = (
    "président présidente ministre chancelier chancelière secrétaire porte-parole conseiller "
    "conseillère envoyé envoyée émissaire ambassadeur ambassadrice sénateur sénatrice député "
    "députée général amiral colonel maréchal commandant chef cheffe directeur directrice roi "
    "reine prince princesse pape cheikh ayatollah émir sultan patriarche maire gouverneur "
    "gouverneure juge procureur procureure commissaire représentant représentante dirigeant "
    "dirigeante diplomate responsable "
    "president minister secretary chancellor adviser advisor envoy ambassador senator "
    "governor mayor king queen pope chairman spokesman spokeswoman spokesperson director "
    "general admiral chief leader diplomat official"
).split()
_titles = "|".join(sorted(_TITLE_WORDS, key=len, reverse=True))
TITLE = re.compile(
    rf"(?<![\w])(?:le|la|l'|the)\s*(?:[a-zà-ÿ'-]+\s+){{0,2}}?(?:{_titles})(?![\w])",
    re.IGNORECASE,
)
# "selon X", "pour X", "d'après X", "according to X": a name that the quote is from.
SOURCE = re.compile(
    r"(?<![\w])(?:selon|d'après|pour|according to|aux yeux de|dixit)\s+", re.IGNORECASE
)
# Words allowed between a speech verb and the name after it: articles, titles, their
# complements ("le secrétaire d'État américain"), a day; never "à", "que", "to", "that".
_GAP = re.compile(
    r"^(?:\s|,|(?!(?:que|qu'|à|au|aux|avec|par|sur|pour|contre|entre|et|ou|dans|chez|comme"
    r"|dont|to|that|about|with|by|for|and|or|than|when|while|which|who)(?=[\s,']|$))"
    r"(?:le|la|les|l'|the|d'|de|du|des|of|M\.|Mme|[A-ZÀ-Ý][\w'-]*|[a-zà-ÿ-]+(?:ain|aine|ais|aise|ien|ienne|ique|e|al|ale|ain|an|er|ier|ière|eur|ère|ois|oise)|mercredi|lundi|mardi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|également|ensuite|alors|enfin|then|also|later|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?=[\s,]|$))*$"
)
# A name preceded by one of these is an object, not a speaker ("a déclaré à Lavrov").
_OBJECT = re.compile(
    r"(?:^|[\s'])(?:à|au|aux|avec|par|de|du|des|d'|sur|chez|contre|entre|et|to|with|by|of|about|on|for|and)\s*$",
    re.IGNORECASE,
)
# A quoted title of a work, a plan, a slogan: never anyone's words.
WORK = re.compile(
    r"(?<![\w])(?:livre|ouvrage|roman|essai|film|documentaire|émission|série|chanson|"
    r"rapport|article|tribune|éditorial|titre|intitulée?s?|baptisée?s?|slogan|devise|"
    r"book|novel|essay|report|column|headline|titled|entitled|slogan|motto|"
    r"opération|operation|plan|doctrine|principe|formule|expression|mot d'ordre|programme)"
    r"(?:\s+[\w'-]+){0,2}?\s*,?\s*$",
    re.IGNORECASE,
)
_NEW_SENTENCE = re.compile(r"\s*[.…!?]?\s*(?:$|[A-ZÀ-Ý«\"“])")
# What a name after a title ends with when it is the title's complement.
_COMPLEMENT = re.compile(r"(?:(?<![\w])(?:de|du|des|of)\s+(?:la\s+|the\s+)?|d'|l')$", re.I)
_MARK = re.compile(r"[«»“”‹›\"]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"“A-ZÀ-Ý\x00])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z]|M|Mme|Mr|Mrs|Ms|Dr|St|etc)$")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


class Found(NamedTuple):
    speaker: str  # as written
    how: str  # the pattern
    gender: str = ""  # "f" or "m" when a pronoun or a title says it


# Somebody unnamed: "résume un diplomate", "one said", "a senior official told".
_INDEFINITE_AFTER = re.compile(
    r"\s+(?:un|une|des|l'un|l'une|certains|plusieurs|quelqu'un|one|an?|some|several|another)\b",
    re.IGNORECASE,
)
_INDEFINITE_BEFORE = re.compile(
    r"^\s*(?:one|an?|some|several|another|un|une|des|certains|plusieurs)\b[^,]{0,40}$",
    re.IGNORECASE,
)
UNNAMED = Found("", "unnamed")  # a speech verb whose speaker is not named: no other pattern


# English titles -> the start of their French word in the registry's roles (the others
# start alike: secretary / secrétaire, minister / ministre, director / directeur).
_ROLE_WORDS = {
    "spokesman": "porte-",
    "spokeswoman": "porte-",
    "spokesperson": "porte-",
    "adviser": "consei",
    "advisor": "consei",
    "envoy": "envoye",
    "governor": "gouver",
    "mayor": "maire",
    "leader": "dirige",
    "chief": "chef",
    "official": "respon",
}


def role_prefix(title: str) -> str:
    """The start of a title's word as the registry's roles write it ("the secretary" ->
    "secret", "l'ambassadeur" -> "ambass")."""
    word = fold(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", title)[-1])
    return _ROLE_WORDS.get(word, word[:6])


def gender_of(cue: str) -> str:
    """What a pronoun or a title says of its person: "elle", "la ministre", "she" -> "f"."""
    cue = cue.lower()
    if cue.endswith("elle") or cue in ("she", "her") or cue.startswith("la "):
        return "f"
    if cue.endswith("il") or cue in ("he", "his", "him", "lui") or cue.startswith("le "):
        return "m"
    return ""


@dataclass
class Span:
    """One quotation: it opens at `start` in unit `unit` and closes before `end` in `last`."""

    unit: int
    start: int
    last: int
    end: int  # just after the closing mark
    text: str


# -- finding the quotations ------------------------------------------------------------------


def _straight_opens(text: str, i: int, open_straight: bool) -> bool:
    """Whether the straight quote at `i` opens (else it closes), from its neighbours."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left = not after.isspace() and (before.isspace() or before in "([{'—–-/«“:")
    right = not before.isspace() and (after.isspace() or after in ".,;:!?)]}»”…-—'")
    if left != right:
        return left
    return not open_straight


def quote_spans(units: list[str]) -> list[Span]:
    """Every top-level quotation of the units, in reading order."""
    spans: list[Span] = []
    carry: tuple[int, int, str] | None = None  # an open quotation: (unit, start, opener)
    for u, text in enumerate(units):
        stack: list[tuple[str, int]] = []  # (opener, position)
        begin = 0
        if carry is not None:
            opener = carry[2]
            closer = OPENERS.get(opener, STRAIGHT)
            lead = len(text) - len(text.lstrip())
            if text[lead : lead + 1] == opener:  # the usual mark at a continued paragraph
                begin = lead + 1
            elif u - carry[0] >= MAX_UNITS or not _closes_first(text, opener, closer):
                carry = None  # a stray mark: the previous paragraph held no quotation
            if carry is not None:
                stack.append((opener, -1))
        for mark in _MARK.finditer(text, begin):
            i, ch = mark.start(), mark.group()
            if ch in OPENERS:
                stack.append((ch, i))
                continue
            if ch == STRAIGHT:
                open_straight = any(o == STRAIGHT for o, _ in stack)
                if _straight_opens(text, i, open_straight):
                    stack.append((ch, i))
                    continue
                opener = STRAIGHT
            elif ch in CLOSERS:
                opener = CLOSERS[ch]
            else:
                continue
            j = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == opener), None)
            if j is None:
                continue  # a closing mark with nothing open: ignored
            if j == 0:
                if stack[0][1] == -1:  # opened in an earlier paragraph
                    first, start = carry[0], carry[1]
                else:
                    first, start = u, stack[0][1]
                spans.append(Span(first, start, u, i + 1, _text(units, first, start, u, i)))
                carry = None
            del stack[j:]
        if stack and stack[0][1] != -1:
            carry = (u, stack[0][1], stack[0][0])
        elif not stack:
            carry = None
    return spans


def _closes_first(text: str, opener: str, closer: str) -> bool:
    """Whether a paragraph closes a quotation before opening one of the same marks."""
    for i, ch in enumerate(text):
        if ch == closer and (closer != STRAIGHT or not _straight_opens(text, i, True)):
            return True
        if ch == opener:
            return False
    return False


def _text(units: list[str], first: int, start: int, last: int, end: int) -> str:
    """The words between the marks, paragraphs joined by a space."""
    if first == last:
        pieces = [units[first][start + 1 : end]]
    else:
        pieces = [units[first][start + 1 :]]
        for middle in range(first + 1, last):
            pieces.append(units[middle].lstrip().removeprefix(units[first][start]))
        pieces.append(units[last][:end].lstrip().removeprefix(units[first][start]))
    return " ".join(" ".join(p.split()) for p in pieces).strip()


def masked_units(units: list[str], spans: list[Span]) -> list[str]:
    """The units with every quoted character (marks included) replaced by MASK: what the
    author writes, where verbs, names and sentence ends are looked for."""
    masked = list(units)
    for span in spans:
        for u in range(span.unit, span.last + 1):
            lo = span.start if u == span.unit else 0
            hi = span.end if u == span.last else len(units[u])
            masked[u] = masked[u][:lo] + MASK * (hi - lo) + masked[u][hi:]
    return masked


# -- the speaker -----------------------------------------------------------------------------


class Attributor:
    def __init__(
        self,
        units: list[str],
        names: list[list[Name]],
        spans: list[Span],
        roles: dict[str, str] | None = None,
    ):
        self.units = units
        self.roles = {name: fold(role) for name, role in (roles or {}).items() if role}
        self.masked = masked_units(units, spans)
        # names outside quotation marks only: a name inside a quote is quoted, not a speaker
        self.names = [
            [n for n in unit_names if MASK not in self.masked[u][n[0] : n[1]]]
            for u, unit_names in enumerate(names)
        ]

    def names_in(self, u: int, lo: int, hi: int) -> list[Name]:
        """The names in [lo, hi) of unit `u`, but a word of a title ("the Hungarian prime
        minister", which NER may take for a name)."""
        names = [n for n in self.names[u] if lo <= n[0] and n[1] <= hi]
        if not names:
            return names
        titles = [t.span() for t in TITLE.finditer(self.masked[u], max(0, lo - 40), hi)]
        return [n for n in names if not any(s <= n[0] and n[1] <= e for s, e in titles)]

    def last_person(self, u: int, pos: int, title: str = "") -> str:
        """The person named last before `pos` in unit `u` or the few units before, as a
        subject: not "les propos de Kaja Kallas", "a répondu à Lavrov". For a title ("the
        secretary"), the last of them whose role in the registry is that title, if any."""
        if title and self.roles:
            word = role_prefix(title)
            for unit, people in self.people_before(u, pos):
                for name in reversed(people):
                    role = self.roles.get(self.name(unit, name), "")
                    if re.search(rf"(?<![a-z]){re.escape(word)}", role):
                        return self.name(unit, name)
        for unit, people in self.people_before(u, pos):
            if people:
                return self.name(unit, people[-1])
        return ""

    def people_before(self, u: int, pos: int) -> list[tuple[int, list[Name]]]:
        """The persons named as subjects before `pos`, unit by unit going back."""
        found = []
        for unit in range(u, max(-1, u - BACK_UNITS - 1), -1):
            limit = pos if unit == u else len(self.units[unit])
            masked = self.masked[unit]
            people = [
                n
                for n in self.names[unit]
                if n[2] == "person"
                and n[1] <= limit
                and not _OBJECT.search(masked, max(0, n[0] - 12), n[0])
            ]
            found.append((unit, people))
        return found

    def pointed(self, u: int, pos: int, how: str, cue: str) -> Found | None:
        """The person a pronoun or a title at `pos` points to, with the gender it says."""
        person = self.last_person(u, pos, cue if how == "title" else "")
        return Found(person, how, gender_of(cue)) if person else None

    def name(self, u: int, name: Name) -> str:
        return self.units[u][name[0] : name[1]]

    def sentence_start(self, u: int, pos: int) -> int:
        start = 0
        for m in _SENTENCE_END.finditer(self.masked[u], 0, pos):
            if not _ABBREVIATION.search(self.masked[u], 0, m.start()):
                start = m.end()
        return start

    def sentence_end(self, u: int, pos: int) -> int:
        for m in _SENTENCE_END.finditer(self.masked[u], pos):
            if not _ABBREVIATION.search(self.masked[u], 0, m.start()):
                return m.start()
        return len(self.masked[u])

    def name_after(self, u: int, lo: int, hi: int) -> Name | None:
        """The first name in [lo, hi) with only articles and titles before it."""
        for name in self.names_in(u, lo, hi):
            gap = self.masked[u][lo : name[0]]
            if not _GAP.match(gap):
                return None
            if not _COMPLEMENT.search(gap):  # "le directeur de l'AIEA": not the speaker
                return name
        return None

    def after(self, span: Span) -> Found | None:
        """A speech verb just after the quote: `« … », a-t-il dit`, `"…," Rubio said`."""
        u, text, masked = span.last, self.units[span.last], self.masked[span.last]
        lead = re.compile(r"[ ]*([,;–—-]+)?[ ]*").match(text, span.end)
        start = lead.end()
        if start >= len(text) or masked[start] == MASK:
            return None
        comma = bool(lead.group(1)) or span.text.endswith((",", "?", "!", "…"))
        if not comma and not text[start].islower():
            return None
        end = min(self.sentence_end(u, start), start + TAIL_CHARS)
        quote_next = masked.find(MASK, start, end)
        end = quote_next if quote_next != -1 else end
        source = SOURCE.match(masked, start, end)
        if source and not source.group().lower().startswith("pour"):
            name = self.name_after(u, source.end(), min(end, source.end() + NAME_REACH))
            if name:
                return Found(self.name(u, name), "selon")
        verb = SPEECH.search(masked, start, end)
        if verb is None or verb.start() - start > VERB_REACH:
            return None
        inverted = INVERTED.search(masked, start, min(end, verb.end() + 10))
        if inverted:
            return self.pointed(span.unit, span.start, "pronoun", inverted.group())
        name = self.name_after(u, verb.end(), min(end, verb.end() + NAME_REACH))
        if name:
            return Found(self.name(u, name), "verb-after")
        before = self.names_in(u, start, verb.start())
        if before:
            return Found(self.name(u, before[-1]), "verb-after")
        pronoun = PRONOUN.search(masked, start, verb.start())
        if pronoun:
            return self.pointed(span.unit, span.start, "pronoun", pronoun.group())
        title = TITLE.search(masked, start, min(end, verb.end() + NAME_REACH))
        if title:
            found = self.pointed(span.unit, span.start, "title", title.group())
            if found:
                return found
        between = masked[start : verb.start()]
        somebody = _INDEFINITE_AFTER.match(masked, verb.end()) if not between.strip(" a") else None
        if comma and quote_next == -1 and (somebody or _INDEFINITE_BEFORE.search(between)):
            return UNNAMED  # "…», résume un diplomate", "…," one said
        return None

    def before(self, span: Span) -> Found | None:
        """A speech verb or a source before the quote, in its sentence."""
        u = span.unit
        lo = self.sentence_start(u, span.start)
        return self.speaker_before(u, lo, span.start, near=True)

    def speaker_before(self, u: int, lo: int, hi: int, near: bool = False) -> Found | None:
        """Who speaks in masked[lo:hi]: a source ("selon X,"), or the last speech verb's
        inverted subject, its subject (a name, a pronoun or a title). `near`: the verb
        governs the text at `hi` (no bracket, dash or semicolon, nor too many words between)."""
        masked = self.masked[u]
        source = self.source(u, lo, hi)
        verbs = list(SPEECH.finditer(masked, lo, hi))
        verb = verbs[-1] if verbs else None
        if verb is not None and near and not _governs(masked[verb.end() : hi]):
            verb = None
        if source and (verb is None or source[0] > verb.start()):
            return source[1]
        if verb is not None:
            name = self.name_after(u, verb.end(), hi)
            if name and masked[name[1] : hi].strip(" ,:" + MASK) == "":
                return Found(self.name(u, name), "verb-before")
            subject = self.subject(u, lo, verb.start())
            if subject is None and not masked[lo : verb.start()].strip(" -–—"):
                subject = self.subject(u, verb.end(), hi)  # "Interrogé sur …, le ministre"
            if subject:
                return subject
        if masked[lo:hi].rstrip(" " + MASK).endswith(":"):  # "il a tracé une ligne rouge :"
            return self.subject(u, lo, hi, possessive=True)
        return source[1] if source else None

    def source(self, u: int, lo: int, hi: int) -> tuple[int, Found] | None:
        """The last "selon X", "pour X," or "selon lui" of masked[lo:hi]: (where, who, how)."""
        masked = self.masked[u]
        found = None
        for source in SOURCE.finditer(masked, lo, hi):
            name = self.name_after(u, source.end(), min(hi, source.end() + NAME_REACH))
            if name and (
                not source.group().lower().startswith("pour")
                or masked[name[1] : name[1] + 2].lstrip().startswith(",")
            ):
                found = (source.start(), Found(self.name(u, name), "selon"))
            elif pronoun := re.match(r"(?:lui|elle|him|her)\b", masked[source.end() : hi], re.I):
                person = self.pointed(u, source.start(), "pronoun", pronoun.group())
                found = (source.start(), person) if person else found
        return found

    def subject(self, u: int, lo: int, hi: int, possessive: bool = False) -> Found | None:
        """The speaker of a verb at `hi`: the last name, pronoun or title before it that is
        not an object ("à Lavrov", "du Kremlin"); `possessive`: "his answer" counts too."""
        masked = self.masked[u]
        inverted = INVERTED.search(masked, lo, hi + 1)
        if inverted:
            return self.pointed(u, lo, "pronoun", inverted.group())
        names = [n for n in self.names_in(u, lo, hi) if not _OBJECT.search(masked[lo : n[0]])]
        best: tuple[int, Found] | None = None
        if names:
            name = names[-1]
            apposition = masked[name[1] : name[1] + 2].startswith(",") and masked[
                max(lo, name[0] - 2) : name[0]
            ].endswith(", ")
            how = "apposition" if apposition else "verb-before"
            best = (name[0], Found(self.name(u, name), how))
        patterns = [(PRONOUN, "pronoun"), (TITLE, "title")]
        if possessive:
            patterns.append((POSSESSIVE, "pronoun"))
        for pattern, how in patterns:
            marks = list(pattern.finditer(masked, lo, hi))
            if marks and (best is None or marks[-1].start() > best[0]):
                if how == "title" and self.name_after(u, marks[-1].end(), hi):
                    continue  # "le ministre Sergueï Lavrov": the name follows its title
                speaker = self.pointed(u, marks[-1].start(), how, marks[-1].group())
                if speaker:
                    best = (marks[-1].start(), speaker)
        return best[1] if best else None

    def is_title(self, span: Span) -> bool:
        """A quoted title of a work, a plan, a slogan: « Le Grand Échiquier »."""
        masked = self.masked[span.unit]
        return bool(WORK.search(masked, self.sentence_start(span.unit, span.start), span.start))

    def standalone(self, span: Span, previous: tuple[Span, str] | None) -> Found | None:
        """A quote that is a sentence of its own: the speaker of the sentence before it."""
        u = span.unit
        head = self.masked[u][: span.start].rstrip(" -–—")
        if head and not head.endswith((".", "!", "?", "…")):
            return None
        if not _NEW_SENTENCE.match(self.units[span.last], span.end):
            return None  # the sentence goes on after the quote
        if head:
            at, hi = u, len(head)
        elif u:
            at, hi = u - 1, len(self.units[u - 1])
        else:
            return None
        if previous and previous[0].last == at and previous[1]:
            between = self.names_in(at, previous[0].end, hi)
            if all(self.name(at, n) == previous[1] for n in between):
                return Found(previous[1], "continued")
        found = self.speaker_before(at, self.sentence_start(at, hi), hi)
        return found._replace(how="standalone") if found else None

    def continued(self, span: Span, previous: tuple[Span, str] | None) -> Found | None:
        """A second quote of the same paragraph, with no other name in between."""
        if not previous or not previous[1] or previous[0].last != span.unit:
            return None
        between = self.names_in(span.unit, previous[0].end, span.start)
        if any(self.name(span.unit, n) != previous[1] for n in between):
            return None
        return Found(previous[1], "continued")


def _governs(between: str) -> bool:
    """Whether a verb reaches over `between` to what follows: one clause, not too long."""
    return len(between) <= GOVERN_CHARS and not re.search(r"[()\[\];]|\s[–—-]\s", between)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def has_quotes(units: list[str]) -> bool:
    """Whether the units hold any opening mark at all (most of the work is skipped if not)."""
    return any(ch in unit for unit in units for ch in '«“‹"')


def find_quotes(
    units: list[str], names: list[list[Name]], roles: dict[str, str] | None = None
) -> tuple[Quote, ...]:
    """The quotes of an article's text units, each with its speaker as written (or "");
    `roles`: the registry's role of some names as written, for titles that point to them."""
    if not has_quotes(units):
        return ()
    spans = quote_spans(units)
    if not spans:
        return ()
    attributor = Attributor(units, names, spans, roles)
    quotes = []
    previous: tuple[Span, str] | None = None  # the last real quote and its speaker
    for span in spans:
        if word_count(span.text) < MIN_WORDS:
            continue
        found = not attributor.is_title(span) and (
            attributor.after(span)
            or attributor.before(span)
            or attributor.continued(span, previous)
            or attributor.standalone(span, previous)
        )
        found = found or Found("", "")
        quotes.append(
            Quote(span.text, found.speaker, found.how, span.unit, span.start, found.gender)
        )
        previous = (span, found.speaker)
    return tuple(quotes)
