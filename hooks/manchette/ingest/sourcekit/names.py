"""People's names, bylines ("Par X", "By X | March 3, 2025", "Auteur : X") and translators.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..interface import (
    agency_name,
    is_agency,
    is_label_name,
)
from .dates import (
    MONTHS,
    find_date,
)
from .text import (
    plain,
    words,
)

# ----------------------------------------------------------------------------- names

PARTICLES = frozenset(
    "de du des d' d’ la le van von der den di da dos das del della bin ibn ben al el of the y e "
    "zu ter st".split()
)
_NOT_NAMES = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
    "friday saturday sunday aujourd hier today yesterday".split()
) | frozenset(MONTHS)
_NAME_TOKEN = re.compile(
    r"^(?:(?:[dD]['’]|[lL]['’]|(?:al|el|ben|bin|ibn)-)?[A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?"
    r"|[A-ZÀ-ÖØ-ÞŒ]\.(?:-?[A-ZÀ-ÖØ-ÞŒ]\.)*)$"
)


def is_name(text: str, max_words: int = 6) -> bool:
    """True for what looks like a name: capitalised words, particles (de, van, al-), initials."""
    text = plain(text).strip(" ,;—–-")
    tokens = text.split()
    if not tokens or len(tokens) > max_words or len(text) > 70:
        return False
    if any(c in text for c in '!?:;«»"()[]/@#|=+*<>{}') or any(c.isdigit() for c in text):
        return False
    if not _NAME_TOKEN.match(tokens[0]) or tokens[0].lower() in PARTICLES:
        return False
    for n, token in enumerate(tokens):
        lowered = token.lower().rstrip(".")
        if lowered in _NOT_NAMES and not (n == 0 and len(tokens) > 1 and lowered in MONTHS):
            return False  # "Mars 2025" is a date, but "Jan Strobel" and "May Wong" are names
        if token.lower() not in PARTICLES and not _NAME_TOKEN.match(token):
            return False
    return _NAME_TOKEN.match(tokens[-1]) is not None


_BYLINE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:par|by|written by|écrit par|ecrit par|rédigé par|redige par|"
    r"posté par|postée par|texte\s*:|text\s*:|"
    r"publié par|posted by|story by|words by|reporting by|reported by|text by|texte de|"
    r"texte par|un article de|article de|une analyse de|une tribune de|propos recueillis par|"
    r"entretien réalisé par|interview by|hosted by|host|presented by|présenté par|animé par|avec|with|"
    r"auteur(?:e|s|es|\(e\)|\(s\)|\(e\)s)?\s*:|"
    r"authors?\s*:|author\(s\)\s*:|signé\s*:?|signed\s*:?)(?:(?<=:)|\s*:|\s+)\s*"
    r"(?P<rest>.+)$",  # (a keyword is a word: "PARTENAIRE" is no "Par TENAIRE")
    re.I,
)
# A flag's country code glued to the name by the copy: "FRJean Dupont", "UKJane Roe".
_GLUED_CODE = re.compile(r"(?<![\w])[A-Z]{2}(?=[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s-][A-ZÀ-Þ]|$))")


def unshout_name(name: str) -> str:
    """ "DALE PETERSEN" -> "Dale Petersen", "JEAN-MARC DE LA TOUR" -> "Jean-Marc de la Tour",
    "Anne MARTIN" -> "Anne Martin": a name printed in capitals, as a reader would write it."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or len(name.split()) < 2:
        return name
    if not all(c.isupper() for c in letters):
        # "Koffi Aimé N'GUESSAN", "Patrick ILUNGA": the family name in capitals, as French
        # papers print it (a token of one letter is an initial, "J.")
        return " ".join(
            t.title() if sum(c.isalpha() for c in t) > 1 and t.isupper() else t
            for t in name.split()
        )
    tokens = name.title().split()
    return " ".join(t.lower() if n and t.lower() in PARTICLES else t for n, t in enumerate(tokens))


# A section's name glued to the byline by the copy: "ActualitéPatrick Ilunga Mbuyi" (a word of
# five letters or more, so that "McDonald", "DeSantis" or "MacArthur" stay whole).
_GLUED_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{4,}(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][a-zà-ÿ])")


def unglue_name(text: str) -> str:
    return _GLUED_WORD.sub("", _GLUED_CODE.sub("", text))


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\bet\b|\band\b)\s*")
_AFFILIATION = re.compile(
    r"\s(?:pour|for|avec|with|dans|in|chez|at|à|de l['’]|du|au|paru|parue|publié|publiée|"
    r"published|originally)\s.*$|\s*\d{1,2}[:h]\d\d.*$",
    re.I,
)
_DATE_LEAD = re.compile(
    r"[\s,|·•—–(\-]*(?:(?:le|on|the|publié|publiée|published|posted|mis à jour|updated)\s*)*$",
    re.I,
)


def split_names(text: str) -> list[str]:
    """ "A, B et C" -> the names that look like names (roles, affiliations and the names of
    outlets such as "Radio Hexagone" left out)."""
    names = []
    for part in _NAME_SEPARATORS.split(plain(text)):
        part = re.sub(r"\([^)]*\)", "", part)
        part = _AFFILIATION.sub("", part).strip(" .,-–—")
        part = _cut_role(part)
        if is_name(part) and part not in names:
            names.append(part)
    people = [n for n in names if not is_label_name(n) and not _IS_ROLE.search(n)]
    return people or names


def _cut_role(name: str) -> str:
    """ "Rachel Stein Tribune Staff" -> "Rachel Stein": the outlet and role glued after it."""
    tokens = name.split()
    for n in range(2, len(tokens)):
        rest = " ".join(tokens[n:])
        if _IS_ROLE.search(rest) or is_label_name(tokens[n]):
            return " ".join(tokens[:n])
    return name


# "Political Correspondent", "Staff Writer": a role written after a name, not another name.
_IS_ROLE = re.compile(
    r"\b(?:correspondent|correspondant|correspondante|reporter|editor|writer|staff|columnist|"
    r"contributor|chief|senior|envoyée? spéciale?|rédacteur|rédactrice|journaliste|"
    r"chroniqueur|chroniqueuse|éditorialiste|reporter|reportrice)\b",
    re.I,
)


@dataclass(frozen=True)
class Byline:
    authors: list[str]
    date: str | None


# "Posted on 9 March 2026 by Nino Kapanadze", "Publié le 3 mai 2025 par X": a date, then names.
_DATED_BYLINE = re.compile(
    r"^(?:posted|published|publié|publiée|posté|postée|mis en ligne)\s+(?:on|le)\s+(?P<date>.{6,40}?)\s+"
    r"(?:by|par)\s+(?P<names>.+)$",
    re.I,
)
# "Dr", "Prof.", "Colonel (ret.)": a title before a name, not part of it.
_HONORIFIC = re.compile(
    r"^(?:(?:dr|pr|prof|professor|professeur|professeure|colonel|col|general|gen|général|"
    r"ambassador|ambassadeur|ambassadrice|lt|lieutenant|major|capt|captain|commander|"
    r"mr|mrs|ms|mme|me)\.?\s+)+(?:\((?:ret|retd|retired|er)\.?\)\s+)?",
    re.I,
)


def _is_place(name: str) -> bool:
    """A city of the world ("Washington:", "Jeddah:"): GeoNames, through the actors' step."""
    from ...actors.cities import is_city  # data only: no NER model is loaded

    return is_city(name)


def drop_honorific(name: str) -> str:
    """ "Dr Nino Kapanadze" -> "Nino Kapanadze" (a name of one word keeps its title)."""
    bare = _HONORIFIC.sub("", name).strip()
    return bare if len(bare.split()) >= 2 else name


def parse_byline(line: str) -> Byline | None:
    """ "Par X", "Par X, le 3 décembre 2025", "By X and Y | March 3, 2025", "Auteur : X".

    Returns None unless what follows the keyword reads as names (so "Par ailleurs, ..." is not
    a byline).
    """
    text = unglue_name(plain(line))
    dated = _DATED_BYLINE.match(text)
    if dated and find_date(dated.group("date")):
        found = parse_byline("By " + dated.group("names"))
        if found:
            return Byline(found.authors, find_date(dated.group("date")).iso)
    match = _BYLINE.match(text)
    if not match and (sent := _FROM_BYLINE.match(text)):
        # "From Chinedu Okafor, Abuja": a correspondent's byline, the name and the city only
        if _is_place(sent.group("city")) and is_name(sent.group("name"), max_words=4):
            return Byline([sent.group("name")], None)
        return None
    if not match or len(text) > 160:
        return None
    rest = strip_agency_tail(match.group("rest"))
    rest = re.sub(r"\s*\([^()]*\)", "", rest)  # "Claire Vautrin (Vienne, envoyée spéciale)"
    rest = re.sub(r"[*†‡¹²³]+(?=\s|,|$)", "", rest)  # "Par Samir Haddad*": a note's mark
    found = find_date(rest)
    date = None
    if found:
        date = found.iso
        rest = _DATE_LEAD.sub("", rest[: found.start])
    rest = re.split(r"\s[|·•—–/]\s|\s-\s", rest)[0]
    if len(words(rest)) > 12:
        return None
    first = _NAME_SEPARATORS.split(rest)[0]
    first = _AFFILIATION.sub("", re.sub(r"\([^)]*\)", "", first)).strip(" .,-–—")
    if not is_name(first):
        return None
    names = [agency_name(n) if is_agency(n) else n for n in split_names(rest)]
    if len(names) > 1:
        names = [n for n in names if not _is_place(n)] or names  # "X, Abuja": where X writes
    people = [n for n in names if not is_agency(n) and not is_agency(n.split()[0])]
    whole = rest.strip(" .,")
    if people and (
        all(is_label_name(n) for n in people)
        or (len(people) == 1 and len(whole.split()) <= 4 and is_label_name(whole))
    ):
        return Byline([], date)  # "Story by Associated Content Press": a byline, no person
    return Byline(people or names, date)


_FROM_BYLINE = re.compile(
    r"^from\s+(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}),\s*"
    r"(?P<city>[A-ZÀ-Þ][\w'’ -]{1,25})$",
    re.I,
)
# "Par Jean Dupont avec AFP", "By Jane Roe, Associated Press": the agency helped, the person signs.
_AGENCY_TAIL = re.compile(
    r"(?:\s*[,(]|\s+(?:avec|with|and|et|pour|for))\s*(?:l['’])?(?P<agency>[\w .-]{2,30}?)\)?\s*$",
    re.I,
)


def strip_agency_tail(text: str) -> str:
    match = _AGENCY_TAIL.search(text)
    if match and match.start() > 0 and is_agency(match.group("agency")):
        return text[: match.start()]
    return text


_TRANSLATOR = re.compile(
    r"^\s*(?:traduit(?:\s+(?:de\s+l['’]|du\s+)\w+)?\s+par|trad\.\s*:|"
    r"(?:traduction|adaptation)(?:\s+(?:de\s+l['’]|du\s+)\w+)?\s*(?::|par)|"
    r"translated(?:\s+from\s+(?:the\s+)?\w+)?\s+by|version française(?:\s+(?:de|par))?|"
    r"adaptation française(?:\s+(?:de|par))?|french version by|(?:abridged |full |partial )?translation\s*(?::|by))"
    r"\s*:?\s*(?P<name>.+)$",
    re.I,
)


def parse_translator(line: str) -> str | None:
    """ "Traduit par X", "Traduction : X", "Translated by X" -> X."""
    match = _TRANSLATOR.match(plain(line))
    if not match:
        return None
    name = match.group("name").strip(" .,")
    name = re.split(r"\s[|·•—–]\s|\s-\s|,|(?<=[a-zà-ÿ]{2})\.\s", name)[0].strip(" .")
    name = _AFFILIATION.sub("", name).strip()  # "Claire Fontanel pour Passerelle Monde"
    return name if is_name(name, max_words=8) else None
