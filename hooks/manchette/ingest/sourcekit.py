"""Helpers shared by the source layouts of `site-plugins/sources/`.

A layout imports what it needs from here (`from manchette.ingest.sourcekit import ...`), so that each
layout module stays a short description of one site: how to recognise it, where its header
fields are, which lines are its junk.

What is here:
- `plain`: a line without Markdown link/emphasis syntax, for matching;
- dates: `find_date`/`parse_date` read French and English dates in their usual written forms;
- names: `is_name`, `parse_byline` ("Par X", "By X | March 3, 2025", "Auteur : X"),
  `parse_translator` ("Traduit par X");
- junk, judged by shape as jusText does (short, few function words, no sentence punctuation,
  link-heavy, repeated) and by patterns every site shares (share buttons, copyright,
  newsletter, cookie notices, "Lire aussi" blocks, comment forms): `is_junk`, `drop_junk`,
  `drop_read_more`, `cut_footer`, `trim_tail`, `take_signature`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Original
from . import trace
from .interface import (
    agency_name,
    closing_rule,
    interface_rule,
    is_about_label,
    is_agency,
    is_cut_label,
    is_kicker_label,
    is_label_name,
    more_label,
)
from .language import stopword_density


@dataclass(frozen=True)
class SourceText:
    """The text of one file as the layouts see it."""

    file: str  # for messages only: layouts must never decide anything from the name
    text: str
    is_markdown: bool
    title_hint: str | None = None  # the curator's front-matter title: the text may not repeat it

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


# ----------------------------------------------------------------------------- inline text

_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u200b]+")


@lru_cache(maxsize=8192)
def plain(line: str) -> str:
    """`line` as a reader sees it: link and emphasis syntax removed, spaces collapsed.

    Memoised: every layout's `detect` and every junk test looks at the same lines.
    """
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "*" in line or "__" in line:
        line = _EMPHASIS.sub(r"\2", line)
    if "#" in line:
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
    return _SPACES.sub(" ", line).strip()


def link_density(line: str) -> float:
    """Share of the visible characters of `line` that are link text (jusText's link density)."""
    visible = plain(line)
    if not visible:
        return 0.0
    linked = sum(len(m.group(1)) for m in _LINK.finditer(line))
    return min(1.0, linked / len(visible))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)


_TERMINAL = ".!?…:;"
_CLOSERS = '»"”’)]*_ \u00a0\u202f'


def ends_sentence(text: str) -> bool:
    """True when `text` ends like a sentence (or a clause introducing what follows)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in _TERMINAL


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


# ----------------------------------------------------------------------------- dates

_MONTHS = {
    1: "janvier janv jan january",
    2: "février fevrier févr fevr fév fev february feb",
    3: "mars mar march",
    4: "avril avr april apr",
    5: "mai may",
    6: "juin june jun",
    7: "juillet juil july jul",
    8: "août aout august aug",
    9: "septembre sept sep september",
    10: "octobre oct october",
    11: "novembre nov november",
    12: "décembre decembre déc dec december",
}
MONTHS = {name: number for number, names in _MONTHS.items() for name in names.split()}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
)
_DAY = r"(?P<day>\d{1,2})(?:er|ᵉʳ|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"  # "March 18, 20259:14 PM": a copy glued the time on
_DATE_PATTERNS = [
    # 13 mars 2025, 1er mars 2025, 13 March 2025, jeudi 3 avril 2025
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}{_YEAR_END}", re.I),
    # March 13, 2025 / Mar. 13 2025
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_YEAR_END}", re.I),
    # 2025-03-13 (ISO, also with a time after it)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d?)-(?P<day>\d\d?)(?!\d)"),
    # 13/03/2025, 13.03.2025, 13-03-2025
    re.compile(r"\b(?P<a>\d\d?)([/.\-])(?P<b>\d\d?)\2(?P<year>(?:19|20)\d\d)\b"),
    # 2025.10.25, 2025/10/25 (year first, as Baltic and Asian sites write it)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)([/.])(?P<month>\d\d?)\2(?P<day>\d\d?)(?![\d.])"),
]


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def find_date(text: str, day_first: bool = True) -> FoundDate | None:
    """The first valid date written in `text`, or None.

    Numeric dates are read day first (13/03/2025) unless `day_first` is False (US texts);
    a first number above 12 is a day whatever `day_first` says.
    """
    found: list[FoundDate] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match, day_first)
            if iso:
                found.append(FoundDate(iso, match.start(), match.end()))
                break
    return min(found, key=lambda f: f.start) if found else None


def parse_date(text: str, day_first: bool = True) -> str | None:
    """The ISO form of the first date in `text`, or None."""
    found = find_date(text, day_first)
    return found.iso if found else None


def _to_iso(match: re.Match, day_first: bool) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (a, b) if (day_first or a > 12) and b <= 12 else (b, a)
    else:
        raw = groups["month"].lower().rstrip(".")
        month = MONTHS[raw] if raw in MONTHS else int(raw)
        day = int(groups["day"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_date_line(line: str) -> bool:
    """A line that holds dates and little else ("Publié le 13 mars 2025 à 10h30 · Mis à jour
    le 14 mars 2025")."""
    rest = plain(line)
    found = find_date(rest)
    if not found:
        return False
    while found:
        rest = rest[: found.start] + " " + rest[found.end :]
        found = find_date(rest)
    rest = _DATE_WORDS.sub(" ", rest)
    return len(words(rest)) <= 1


# What a date line holds besides its dates: "Publié le … à 14 h 05 (heure de Paris)".
_DATE_WORDS = re.compile(
    r"(?<!\w)(?:publié|publiée|publiés|mis à jour|mise à jour|màj|modifié|modifiée|actualisé|"
    r"actualisée|updated|last updated|last modified|published|first published|posted|modified|"
    r"last edited|edited|dernière mise à jour|mis en ligne|en ligne|"
    r"date de publication|date|publication|le|les|du|on|à|at|a\.m\.|p\.m\.|am|pm|"
    r"\d\d?\s*(?:h|:|\.)\s*\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d\d?\s*h|"
    r"utc|gmt|cet|cest|est|edt|pst|pdt|bst|msk|ist|et|pt|ct|eet|eest|irst|gst|heure de paris|"
    r"heure locale|local time|heure de moscou|"
    r"il y a|ago|hier|yesterday|aujourd'hui|today|mins?|minutes?|heures?|hours?)(?!\w)",
    re.I,
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
    r"publié par|posted by|story by|words by|reporting by|reported by|text by|texte de|"
    r"texte par|un article de|une analyse de|une tribune de|propos recueillis par|"
    r"entretien réalisé par|interview by|hosted by|host|presented by|présenté par|animé par|"
    r"auteur(?:e|s|es|\(e\)|\(s\)|\(e\)s)?\s*:|"
    r"authors?\s*:|author\(s\)\s*:|signé\s*:?|signed\s*:?)\s*:?\s*(?P<rest>.+)$",
    re.I,
)
# A flag's country code glued to the name by the copy: "FRJean Dupont", "UKJane Roe".
_GLUED_CODE = re.compile(r"(?<![\w])[A-Z]{2}(?=[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s-][A-ZÀ-Þ]|$))")


def unglue_name(text: str) -> str:
    return _GLUED_CODE.sub("", text)


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
    r"contributor|chief|senior|envoyée? spéciale?|rédacteur|rédactrice|journaliste)\b",
    re.I,
)


@dataclass(frozen=True)
class Byline:
    authors: list[str]
    date: str | None


def parse_byline(line: str) -> Byline | None:
    """ "Par X", "Par X, le 3 décembre 2025", "By X and Y | March 3, 2025", "Auteur : X".

    Returns None unless what follows the keyword reads as names (so "Par ailleurs, ..." is not
    a byline).
    """
    text = unglue_name(plain(line))
    match = _BYLINE.match(text)
    if not match or len(text) > 160:
        return None
    rest = strip_agency_tail(match.group("rest"))
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
    people = [n for n in names if not is_agency(n) and not is_agency(n.split()[0])]
    return Byline(people or names, date)


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
    r"^\s*(?:traduit(?:\s+(?:de\s+l['’]|du\s+)\w+)?\s+par|"
    r"(?:traduction|adaptation)(?:\s+(?:de\s+l['’]|du\s+)\w+)?\s*(?::|par)|"
    r"translated(?:\s+from\s+\w+)?\s+by|(?:abridged |full |partial )?translation\s*(?::|by))"
    r"\s*:?\s*(?P<name>.+)$",
    re.I,
)


def parse_translator(line: str) -> str | None:
    """ "Traduit par X", "Traduction : X", "Translated by X" -> X."""
    match = _TRANSLATOR.match(plain(line))
    if not match:
        return None
    name = match.group("name").strip(" .,")
    name = re.split(r"\s[|·•—–]\s|\s-\s|,", name)[0].strip()
    name = _AFFILIATION.sub("", name).strip()  # "Claire Fontanel pour Passerelle Monde"
    return name if is_name(name, max_words=8) else None


# ----------------------------------------------------------------------------- credit lines

_SUPPLIED_BY = re.compile(
    r"^(?:(?:une )?(?:information|info|dépêche|article|contenu|texte|actualité|content|story|"
    r"report|news|dispatch)s?\s+)?"
    r"(?:fournie?s?|proposée?s?|transmise?s?|diffusée?s?|provided|supplied|distributed)\s+"
    r"(?:par|by)\s+(?P<rest>.+)$",
    re.I,
)
_SOURCE_LABEL = re.compile(r"^(?:source|sources|agence|agency)\s*:\s*(?P<rest>.+)$", re.I)
_HELPED_BY = re.compile(
    r"^[(\[]?\s*(?:avec|with|and|et|d['’]après|selon)\s+(?:l['’])?(?:agences?|agencies|wires?|"
    r"(?P<agency>[\w .-]{2,30}?))\s*[)\]]?\.?$",
    re.I,
)
_BUREAU = re.compile(
    r"^(?:(?:de notre |de notre |from our |notre |our )(?:envoyée? spéciale?|correspondante?|"
    r"correspondent|special correspondent|bureau)$|"
    r"(?:de notre |from our |notre |our )?(?:bureau|correspondant|correspondante|"
    r"correspondent|envoyée? spéciale?|"
    r"special correspondent)\s+(?:de|d['’]|à|au|en|in|à)\s*\S.{0,30}|[\w .'’-]{2,30}\s+bureau)$",
    re.I,
)
_DESK_CREDIT = re.compile(
    r"^\(?\s*(?:editing|edited|writing|compiled|graphics|produced|fact-checked|photos?|"
    r"video|vidéo|édition|édité|mise en page|infographie)\s+(?:by|par)\s+[^.]{2,80}\)?\.?$",
    re.I,
)
_REPORTING_BY = re.compile(
    r"^\(?\s*(?:reporting|additional reporting|writing)\s+by\s+(?P<names>[^;)]+)"
    r"(?:[;,]\s*(?:additional reporting|writing|editing|edited)\s+by\s+[^;)]+)*\)?\.?$",
    re.I,
)


@dataclass(frozen=True)
class Credit:
    """What a credit line says: who signs (maybe nobody) and when."""

    authors: list[str]
    date: str | None = None


def parse_credit(line: str) -> Credit | None:
    """An agency's credit line, read: "information fournie par AFP 12/04/2025 à 09:10",
    "(AFP)", "Agence France-Presse Jean Dupont", "Source : Reuters", "AP Published 3 May,
    2025 10:15am", "Reporting by Jane Roe; Editing by John Doe"; and the credits that sign
    nothing ("avec AFP", "Bureau de Kiev"). None for any other line."""
    text = unglue_name(plain(line)).strip(" –—-")
    limit = 300 if re.match(r"(?i)\(?\s*reporting by", text) else 160
    if not text or len(text) > limit or "©" in text or re.search(r"(?i)\bphoto", text):
        return None  # a photo's credit signs the photo, not the text
    found = find_date(text)
    date = found.iso if found else None
    undated = (text[: found.start] + " " + text[found.end :]).strip() if found else text
    undated = _DATE_WORDS.sub(" ", undated)
    undated = re.sub(r"\s+", " ", undated).strip(" ,;|·•–—-")
    supplied = _SUPPLIED_BY.match(undated) or _SOURCE_LABEL.match(undated)
    if supplied:
        rest = supplied.group("rest").strip(" .")
        return Credit([agency_name(rest)], date) if is_agency(rest) else None
    bare = undated.strip("()[] .")
    if is_agency(bare):
        return Credit([agency_name(bare)], date)
    helped = _HELPED_BY.match(undated)
    if helped and (helped.group("agency") is None or is_agency(helped.group("agency"))):
        return Credit([], date)
    if (_BUREAU.match(undated) or _BUREAU.match(text.strip(" .()"))) and not found:
        return Credit([])
    helped_person = re.match(r"^(?P<name>.{3,60}?)\s+(?:with|avec)\s+(?P<rest>.{2,60})$", undated)
    if helped_person:
        helpers = [h for h in re.split(r"\s*(?:,|&|\band\b|\bet\b)\s*", helped_person["rest"]) if h]
        if helpers and all(is_agency(h) for h in helpers) and is_name(helped_person["name"]):
            return Credit([helped_person["name"].strip()], date)  # "Lena Roe with Reuters, dpa"
    if _DESK_CREDIT.match(undated):
        return Credit([], date)  # "Editing by Tom Ashdown": the desk, not the author
    reporting = _REPORTING_BY.match(undated)
    if reporting:
        names = split_names(reporting.group("names"))
        return Credit(names, date) if names else None
    for agency in _agency_prefixes(bare):
        name = bare[len(agency) :].strip(" ,/|·–—-")
        if is_name(name) and len(words(name)) >= 2:
            return Credit([name], date)  # "Agence France-Presse Jean Dupont"
    return None


def _agency_prefixes(text: str) -> list[str]:
    tokens = text.split()
    return [
        " ".join(tokens[:n])
        for n in range(min(4, len(tokens) - 1), 0, -1)
        if is_agency(" ".join(tokens[:n]))
    ]


# ----------------------------------------------------------------------------- datelines

# "KIEV, 14 mars 2025 (AFP) –", "KYIV, Ukraine (AP) —", "BRUSSELS:", "Washington (AFP) -",
# "MOSCOU (Reuters) –": the place in capitals (or any place followed by an agency), an optional
# date, an optional agency, then a dash or a colon.
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ /-][A-ZÀ-Þ][\w'’.-]*){0,3})"
    r"(?:\s*,\s*(?P<extra>[^()–—:]{2,40}?))?"
    r"\s*(?P<agency>\((?:[^()]{1,30})\))?"
    r"\s*(?:(?P<dash>--|[-–—:])\s+|(?<=\))\s+)(?=\S)"
)


def _is_place(name: str) -> bool:
    """A city of the world ("Washington:", "Jeddah:"): GeoNames, through the actors' step."""
    from ..actors.cities import is_city  # data only: no NER model is loaded

    return is_city(name)


@dataclass(frozen=True)
class Dateline:
    rest: str  # the paragraph without its dateline
    date: str | None
    authors: list[str]


def strip_dateline(text: str) -> Dateline | None:
    """The dateline opening the first paragraph of a dispatch, read and cut off."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place")
    extra = match.group("extra") or ""
    agency = (match.group("agency") or "").strip("() ")
    date = parse_date(extra) if extra else None
    capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 3
    if agency and not is_agency(agency) and not (capitals and len(agency.split()) <= 2):
        return None  # "(Sentinel)" after "MOSCOW, March 18" is an agency all the same
    if extra and not date and not capitals and not (agency and is_agency(agency)):
        return None  # "Moscou, le Kremlin et Washington – …" is a sentence
    if not (capitals or agency or date or (match.group("dash") == ":" and _is_place(place))):
        return None
    if match.group("dash") is None and not (agency and is_agency(agency)):
        return None  # without a dash, only "New Delhi, Aug 7 (IANS) India …"
    if match.group("dash") == ":" and (extra or agency or not (capitals or _is_place(place))):
        return None  # "Conclusion : …", "NINA ALVAREZ, HOST: …" (a speaker, not a place)
    rest = text[match.end() :]
    if not rest[:1].isupper() and rest[:1] not in '«"“':
        return None
    return Dateline(rest, date, [agency_name(agency)] if agency and is_agency(agency) else [])


# "ANALYSE – ", "ENQUÊTE - ", "DÉCRYPTAGE | ", "EXCLUSIF : ", "Analysis —": a label in
# capitals, or a genre label of the lexicon's `kickers`, then a dash, a bar or a colon.
_KICKER = re.compile(r"^(?P<label>[^\W\d_][\w'’ -]{1,24}?)\s*(?:[-–—|]|:)\s+(?=\S)")


def strip_kicker(text: str, capitals: bool = True) -> str | None:
    """`text` without its leading kicker, or None when it has none. A label in capitals
    counts only when `capitals` (a paragraph's start; a title's "UKRAINE –" is its subject)."""
    match = _KICKER.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    upper = label.upper() == label and sum(c.isalpha() for c in label) >= 4
    if not (is_kicker_label(label) or (capitals and upper and len(label.split()) <= 3)):
        return None
    rest = text[match.end() :]
    return rest if rest[:1].isupper() or rest[:1] in '«"“' else None


# ----------------------------------------------------------------------------- original publication

_ORIGINAL = re.compile(
    r"^(?:source originale|source d['’]origine|article original|article d['’]origine|"
    r"texte original|version originale|original article|original source|originally published|"
    r"source|traduit de|translated from|publié initialement|initialement publié|"
    r"première publication|first published|cet article a (?:d['’]abord |initialement )?été "
    r"publié|this (?:article|story|piece) (?:was|first) (?:originally |first )?"
    r"(?:published|appeared)|"
    r"la source originale de cet article est)"
    r"(?:\s+(?:par|sur|dans|en|by|on|in|at))?\s*:?\s*(?P<rest>.+)$",
    re.I,
)
_QUOTED_TITLE = re.compile(r"[«“\"]\s*(?P<title>[^«»“”\"]{3,200}?)\s*[»”\"]")


@dataclass(frozen=True)
class OriginalRef:
    title: str | None
    source: str | None
    date: str | None
    language: str | None = None


# The language a text was translated from: "Traduit de l'anglais", "Article original en russe",
# "translated from German".
LANGUAGES = {
    "anglais": "en", "english": "en", "russe": "ru", "russian": "ru", "allemand": "de",
    "german": "de", "espagnol": "es", "spanish": "es", "italien": "it", "italian": "it",
    "arabe": "ar", "arabic": "ar", "persan": "fa", "farsi": "fa", "persian": "fa",
    "ukrainien": "uk", "ukrainian": "uk", "chinois": "zh", "chinese": "zh", "turc": "tr",
    "turkish": "tr", "polonais": "pl", "polish": "pl", "portugais": "pt", "portuguese": "pt",
    "hébreu": "he", "hebrew": "he", "japonais": "ja", "japanese": "ja", "français": "fr",
    "french": "fr",
}  # fmt: skip
_FROM_LANGUAGE = re.compile(
    r"^(?:(?:de\s+l['’]|l['’]|du\s+|le\s+|de\s+|en\s+|from\s+|in\s+)?(?P<lang>"
    + "|".join(LANGUAGES)
    + r"))\b\s*(?:par\s+[^,:]+)?\s*[:,]?\s*",
    re.I,
)
_ARTICLE_POINTER = re.compile(
    r"^(?:article original|article d['’]origine|texte original|version originale|"
    r"original article)",
    re.I,
)


def translated_from(line: str) -> str | None:
    """The code of the language named in "Traduit de l'anglais par X" or "Article original en
    russe : …", or None."""
    match = re.search(
        r"\b(?:traduit|traduction|translated|original|originale)\w*\s+(?:\w+\s+)?"
        r"(?:de\s+l['’]|du\s+|de\s+|en\s+|from\s+|in\s+)(?P<lang>[^\W\d_]+)",
        plain(line),
        re.I,
    )
    return LANGUAGES.get(match.group("lang").lower()) if match else None


def parse_original(line: str) -> OriginalRef | None:
    """ "Source originale : « Title », Publication, 4 juin 2025", "Article original en anglais :
    Title, Publication, le 3 mai 2025", "Cet article a été publié initialement par X le 3 mai
    2025"."""
    text = plain(line)
    match = _ORIGINAL.match(text)
    if not match or len(text) > 300:
        return None
    rest = match.group("rest").strip(" .")
    language = None
    spoken = _FROM_LANGUAGE.match(rest)
    if spoken:
        language = LANGUAGES[spoken.group("lang").lower()]
        rest = rest[spoken.end() :].strip(" ,:.")
        if not rest:  # "This story was originally published in Russian."
            return OriginalRef(None, None, None, language)
    title = None
    quoted = _QUOTED_TITLE.search(rest)
    if quoted:
        title = quoted.group("title").strip()
        rest = (rest[: quoted.start()] + rest[quoted.end() :]).strip(" ,.;–—-")
    found = find_date(rest)
    date = found.iso if found else None
    if found:
        rest = rest[: found.start] + rest[found.end :]
    rest = re.sub(
        r"\b(?:le|on|du|en date du|published|publié|by|par)\s*$",
        "",
        rest.strip(" ,.;–—-"),
        flags=re.I,
    )
    for _ in range(3):  # "publiée le  dans El Heraldo Global" once the date is gone
        rest = re.sub(
            r"^(?:publiée?s?|parue?s?|published|posted|initialement|originally|le|on|par|by|sur|"
            r"dans|in)\s+",
            "",
            rest.strip(" ,.;–—-"),
            flags=re.I,
        )
    if not title and _ARTICLE_POINTER.match(text) and ", " in rest:
        # "Article original : The Minerals Pact: What Kyiv Signed Away, Global Research"
        title, rest = (part.strip() for part in rest.rsplit(", ", 1))
    source = rest.strip(" ,.;–—-") or None
    if source and len(words(source)) > 8:
        return None  # a sentence, not a publication's name
    if source and re.match(r"^https?://", source):
        source = re.sub(r"^https?://(?:www\.)?([^/]+).*$", r"\1", source)
    if not (title or source):
        return None
    return OriginalRef(title, source, date, language)


# ----------------------------------------------------------------------------- closing credits


def read_closing(lines: list[str], result, last: int = 12) -> list[str]:
    """The credits among the last lines of a text, read into `result` and dropped: the
    translator ("Traduit de l'anglais par X pour Site") and the original publication
    ("Source : X", "Article original en anglais : Title, X, le 3 mai 2025"). For the layouts
    of `site-plugins/sources/`, before `finish_body`."""
    filled = [i for i, line in enumerate(lines) if line.strip()][-last:]
    drop = set()
    for i in filled:
        text = plain(lines[i])
        if len(text) > 300:
            continue
        translator = parse_translator(text)
        if translator:
            result.translator = result.translator or translator
            _set_original_language(result, translated_from(text))
            trace.found("translator", lines[i])
            trace.dropped(lines[i], "credits: translator")
            drop.add(i)
            continue
        found = parse_original(text)
        if found:
            merge_original(result, found)
            trace.found("original", lines[i])
            trace.dropped(lines[i], "credits: original publication")
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


def merge_original(result, found: OriginalRef) -> None:
    """`result.original` completed by what `found` says (what was already read stays)."""
    current = result.original or Original()
    result.original = Original(
        title=current.title or found.title,
        source=current.source or found.source,
        date=current.date or found.date,
        language=current.language or found.language,
    )


def _set_original_language(result, language: str | None) -> None:
    if language and language != "fr":
        merge_original(result, OriginalRef(None, None, None, language))


# ----------------------------------------------------------------------------- junk lines

_SHARE_WORDS = frozenset(
    """partager partagez partage partages share shares shared sharing facebook twitter x
    whatsapp email e-mail mail courriel imprimer imprimez print tweet tweeter tweetez linkedin
    telegram reddit pinterest messenger bluesky mastodon threads flipboard pocket copier
    copiez copy lien link url envoyer send sur on cet cette article this par by via le la
    les l'article à to with avec un une ami friend""".split()
)
_SHARE_CORE = frozenset(
    """partager partagez share facebook twitter whatsapp email e-mail imprimer print tweet
    tweeter linkedin telegram reddit pinterest messenger bluesky mastodon flipboard""".split()
)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|^\s*copyright\b|tous droits réservés|all rights reserved|"
    r"reproduction (?:interdite|réservée)|droits de reproduction",
    re.I,
)
_NEWSLETTER = re.compile(
    r"inscrivez-vous|abonnez-vous|\bsubscribe\b|\bsign up\b|s['’]abonner|"
    r"recevez (?:nos|notre|gratuitement|chaque)|receive our|get our|"
    r"^(?:notre |our |la )?(?:newsletter|infolettre|lettre d['’]information)\b\W*\w*\W*$",
    re.I,
)
_COOKIE = re.compile(
    r"cookies?\b.*\b(?:accept|consent|navigation|param[eè]tr|privacy|confidentialit|refus|"
    r"continu|traceurs|settings|réglages)|(?:accept|consent|refus)\w*\b.*\bcookies?\b",
    re.I,
)
_AD = re.compile(
    r"^(?:publicité|advertisement|advertising|sponsorisé|sponsored|annonce|pub|"
    r"contenu sponsorisé|sponsored content)$",
    re.I,
)
_COMMENTS = re.compile(
    r"^\d*\s*(?:commentaires?|comments?|réactions?|replies)\s*(?:\(\d+\))?$|"
    r"laisser un commentaire|leave a (?:comment|reply)|poster (?:un |votre )?commentaire|"
    r"ajouter un commentaire|add a comment|connectez-vous pour (?:commenter|réagir)|"
    r"log in to comment|pas de commentaires?|no comments?\b|commentaire injurieux|"
    r"^réagir$|participez au débat|donnez votre avis|partagez votre (?:avis|opinion)|"
    r"join the (?:discussion|conversation)",
    re.I,
)
# "Photo by Jane Roe", "Illustration de …": a credit without a colon.
_CREDIT_BY = re.compile(
    r"^(?:photos?|photographs?|illustrations?|images?|pictures?|vidéo|video|dessin)\s+(?:by|de|par)\s",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:photos?|photograph|photographie|crédits?(?: photos?)?|credits?|image|images|"
    r"illustration|vidéo|video|légende|caption|source image|photo credit|picture|"
    r"featured image(?: credit)?|image credit|crédit image|image de une|photo de une|"
    r"top image|main image|lead image|header image|image source|source de l['’]image)\s*:",
    re.I,
)
# "… à Kyiv, le 23 février / Photo: Kyiv Meridian", "… | Crédit : X": a credit ending a caption.
_INNER_CREDIT = re.compile(
    r"(?:\s(?:/|\||—|–|-|·)\s*|[.!?…]\s+|(?<=[a-zà-ÿ]))"
    r"(?:photos?|photograph|crédits?|credits?|images?|illustration|fotos?)\s*:\s*\S.{0,70}$",
    re.I,
)
# "… à La Haye, mardi soir. Lucía Herranz (EFE)", "… en mai 2025. Julien Ferrand / Le Nouveau
# Siècle", "… in Jeddah on Tuesday. (SPA)": after the caption's last sentence, its credit.
_CREDIT_AFTER_SENTENCE = re.compile(
    r"[.!?…]\s*(?:\((?P<paren>[^()]{2,30})\)|(?P<person>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s*(?:/\s*(?P<outlet>[^./]{2,40})|\((?P<agency>[^()]{2,30})\)))\s*$"
)
# "Figure 1 : …", "Graphique : …", "Carte 2 – …": the label of a figure, a caption.
_FIGURE = re.compile(
    r"^(?:figure|fig\.|graphique|graph|tableau|table|chart|carte|map|infographie|infographic)"
    r"\s*\d*\s*[:.–—-]\s+\S",
    re.I,
)
_TAGS = re.compile(
    r"^(?:mots[- ]clés|tags?|étiquettes|keywords|sujets?|catégories?|categories|category|"
    r"rubriques?|thèmes?|topics?|posted in|filed under|classé dans|thématiques?|libellés|"
    r"labels)\s*:",
    re.I,
)
_NAVIGATION = re.compile(
    r"^(?:accueil|home)\s*[>›»/|]|^(?:article (?:précédent|suivant)|previous|next)(?: post| article)?\s*:?",
    re.I,
)
_MEDIA = re.compile(
    r"^(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?|\[?(?:embedded content|"
    r"contenu (?:intégré|externe)|vidéo intégrée)\]?)$",
    re.I,
)
_READ_MORE = re.compile(
    r"^\s*(?:[»>→▶►•·*\-–—]\s*)?(?:à lire aussi|a lire aussi|lire aussi|à lire également|"
    r"lire également|lire la suite|à lire|à voir aussi|voir aussi|voir également|"
    r"sur le même sujet|sur le même thème|dans la même rubrique|nos articles sur|"
    r"read more|read also|also read|see also|related(?: articles?| stories| posts)?|"
    r"more on this|you may also like|vous aimerez aussi|articles? (?:similaires|connexes))"
    r"\b\s*(?:[:\-–—>»]\s*)?",
    re.I,
)


def is_share_line(line: str) -> bool:
    """A row of share buttons: "Partager : Facebook Twitter WhatsApp E-mail"."""
    tokens = [t.lower() for t in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", plain(line))]
    if not tokens or len(tokens) > 14:
        return False
    return all(t in _SHARE_WORDS for t in tokens) and any(t in _SHARE_CORE for t in tokens)


def is_repeated_phrase(line: str) -> bool:
    """An image's alt text pasted twice: "trump et poutine trump et poutine"."""
    tokens = plain(line).lower().split()
    n = len(tokens)
    if n > 40:
        return False  # alt texts are short; a long line is prose, even if it repeats itself
    for size in range(2, n // 2 + 1):
        if n % size == 0 and tokens == tokens[:size] * (n // size):
            return True
    return False


def is_file_name(line: str) -> bool:
    """An image file name or slug left as a caption: "Poutine- Essais-Exercices-Nucléaires-Bombe"."""
    text = plain(line)
    if re.search(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", text, re.I):
        return True
    if ends_sentence(text) or not has_letters(text):
        return False
    parts = [p.strip() for p in re.split(r"[-_]", text)]
    if len(parts) < 3 or any(not p or " " in p for p in parts):
        return False
    if any(p.islower() and len(p) <= 3 for p in parts) and text != text.lower():
        return False  # a place name such as "Saint-Pierre-et-Miquelon"
    irregular = bool(re.search(r"\s[-_]|[-_]\s", text)) or "_" in text
    lower_slug = text == text.lower() and " " not in text
    return len(parts) >= 4 or irregular or lower_slug


def is_read_more(line: str) -> bool:
    return _READ_MORE.match(plain(line)) is not None


_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")


def is_junk(line: str) -> bool:
    """A line that is never article text (see `junk_rule`)."""
    return junk_rule(line) is not None


def junk_rule(line: str) -> str | None:
    """The name of the rule by which `line` is never article text, or None.

    Patterns every site shares and the interface lexicon (`site-plugins/interface.yml`) come
    first, then shape: a line without letters, a link-heavy short line.
    """
    text = plain(line)
    if not text or _FENCE.match(line):
        return None  # a Markdown code fence frames text: it is not junk itself
    if not has_letters(text):
        return "no letters"  # separators, identifiers such as "249-18-02-2025"
    if len(text) >= 300 and "](" not in line:
        return None  # a long line without links is prose
    short = len(text) < 300
    checks = (
        ("share buttons", is_share_line(line)),
        ("reading time or duration", _READING_TIME.match(text)),
        ("desk codes", _DESK_CODE.match(text)),
        ("contact details", _EMAIL.fullmatch(text.strip(" ."))),
        ("update time", _UPDATE_TIME.match(text)),
        ("gallery counter", _GALLERY.match(text)),
        ("dateline place", _PLACE_LINE.match(text) and _is_place(_PLACE_LINE.match(text)["place"])),
        ("greeting or sign-off", len(text) < 40 and _GREETING.match(text)),
        ("follow us", len(words(text)) <= 20 and _FOLLOW.search(text)),
        ("copyright", short and _COPYRIGHT.search(text)),
        (
            "newsletter",
            len(text) < 250 and _NEWSLETTER.search(text) and not _long_sentence(text),
        ),
        ("cookies", short and _COOKIE.search(text) and _speaks_to_reader(text)),
        ("advertising", _AD.match(text)),
        ("comments", short and _COMMENTS.search(text)),
        ("photo credit", is_caption(text)),
        ("tags", len(text) < 300 and _TAGS.match(text)),
        ("navigation", _NAVIGATION.match(text)),
        ("link or embed", _MEDIA.match(text)),
        ("image alt text", is_repeated_phrase(text)),
        ("image file name", is_file_name(text)),
        (
            "links",
            len(words(text)) <= 30 and link_density(line) > 0.6 and not ends_sentence(text),
        ),
    )
    for name, hit in checks:
        if hit:
            return name
    rule = interface_rule(text)
    if rule and not (rule == "support" and _long_sentence(text)):
        return f"interface: {rule}"
    return None


# "Lecture 4 min.", "7 min read", "Temps de lecture : 5 minutes", "28-Minute Listen", "Durée :
# 02:14", "00:00 / 03:12", "1.1K Followers", "210 Following", "Last published 2 days ago".
_READING_TIME = re.compile(
    r"^(?:(?:temps de )?lecture\s*(?:en|:)?\s*\d+\s*min(?:utes?)?\.?|\d+\s*min(?:utes?)?\.?|"
    r"\d+\s*min(?:utes?)?\.?\s*"
    r"(?:de lecture|read|listen|à lire|d'écoute)|\d+[- ]minute (?:read|listen|watch)|"
    r"(?:durée|duration|length)\s*:?\s*\d[\d:]*(?:\s*min)?|\d{1,2}:\d\d(?:\s*/\s*\d{1,2}:\d\d)?|"
    r"[\d.,\s]+\s*[km]?\s*(?:followers|following|subscribers|abonnés|abonnements|membres|members|"
    r"vues|views|lectures|claps|"
    r"likes|j'aime|partages|shares|reactions|réactions)|"
    r"(?:(?:last )?(?:updated|published|posted|publié|publiée|mis à jour|modifié)\s*:?\s*)?"
    r"(?:il y a \d+ \w+|\d+ \w+ ago|à l'instant|just now)|"
    r"(?:écouter|listen|regarder|watch)\s*(?:\(\s*)?\d+\s*(?:min|s|sec)\.?\)?)$",
    re.I,
)
# A letter's greeting and sign-off: "Bonjour à tous,", "Chers lecteurs,", "À jeudi prochain,",
# "Bonne lecture !", "Best,", "Hi everyone,".
_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|salut|chers?|chères?|hello|hi|dear|greetings|bonne lecture|"
    r"bonne semaine|bon week-end|à (?:bientôt|jeudi|lundi|mardi|mercredi|vendredi|samedi|"
    r"dimanche|la semaine prochaine|dans)|see you|until next|cheers|best|amitiés|"
    r"cordialement)\b[^.!?]{0,30}[,!]?$",
    re.I,
)
# "Damas (Syrie)", "KYIV": a dispatch's place alone on its line, above the text.
_PLACE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?:\s*\([^()]{2,30}\))?$"
)
# "Mis à jour à 11h15.", "Updated at 9:40": an update's time alone (the date is elsewhere).
_UPDATE_TIME = re.compile(
    r"^(?:mis à jour|mise à jour|modifié|actualisé|updated|last updated)\s*(?:à|at|:)?\s*"
    r"\d{1,2}\s*[h:.]\s*\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\.?$",
    re.I,
)
# "Item 1 of 2", "[1/2]", "Photo 3 sur 12", "Image 1 / 4": a gallery's counter.
_GALLERY = re.compile(
    r"^(?:(?:item|image|photo|slide|diapo|diapositive|vidéo)\s+\d+\s*(?:of|sur|de|/)\s*\d+|"
    r"\[\d+\s*/\s*\d+\])$",
    re.I,
)
_GALLERY_START = re.compile(
    r"^(?:(?:item|image|photo|slide|diapo)\s+\d+\s*(?:of|sur|de|/)\s*\d+\b|\[\d+\s*/\s*\d+\])", re.I
)
# "sd/arm", "ab/jm": the initials of a wire's editors, at the end of a dispatch.
_DESK_CODE = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4}){1,3}$")
# "Suivez-nous sur Telegram", "Follow RusNova on Telegram: t.me/…", "Rejoignez notre chaîne".
_FOLLOW = re.compile(
    r"^(?:suivez|suivre|follow|rejoignez|join|abonnez-vous|subscribe|retrouvez)\b.*\b(?:telegram|"
    r"twitter|x|facebook|instagram|youtube|tiktok|whatsapp|linkedin|bluesky|mastodon|vk|rumble|"
    r"threads|substack|newsletter|chaîne|canal|channel|podcast|google news|réseaux sociaux|"
    r"social media)\b",
    re.I,
)


# ----------------------------------------------------------------------------- captions, credits

_PAREN_CREDIT = re.compile(
    r"[(\[]\s*(?:photos?|photograph|image|crédits?|credits?|©|illustration|capture)\b[^()\[\]]{0,80}"
    r"[)\]]\s*$",
    re.I,
)
# What comes before the agency that ends a caption: a sentence end, a slash, a pipe, "Photo".
_CREDIT_TAIL = re.compile(
    r"(?:[.!?…»”)]\s+|\s*/\s*|\s[|·•]\s+|\s[-–—]\s+|(?:photo|photograph|crédit|credit)s?\s*:?\s*)"
    r"(?P<agency>[^.!?/|·•()]{1,40}?)\s*$",
    re.I,
)
_ALL_CAPS_CREDIT = re.compile(r"^[A-ZÀ-Þ .'’-]+(?:\s*/\s*[\w .'’-]+)+$")


# "(à gauche)", "(left)", "ci-dessus": a caption pointing at its pictures.
_POSITION = re.compile(
    r"\((?:à gauche|à droite|au centre|en haut|en bas|left|right|center|centre|top|bottom|"
    r"above|below)\)|\b(?:ci-dessus|ci-contre|ci-dessous|pictured)\b|^(?:capture d['’]écran|"
    r"screenshot|screen grab|cliquer pour agrandir|click to enlarge|agrandir)\b",
    re.I,
)
# "Gavriil Grigorov / Sputnik / Reuters / Scanpix": names and agencies between slashes.
_SLASH_LIST = re.compile(r"^[^/.!?]{2,40}(?:\s*/\s*[^/.!?]{2,40}){1,5}$")
# (the outlet in capitalised words: "Duel Poutine / Trump par délégations" is a title)
_NAME_SLASH_OUTLET = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3}\s*/\s*"
    r"[A-ZÀ-Þ][\w.'’&-]*(?: (?:[A-ZÀ-Þ&][\w.'’&-]*|the|of|de|du|des|la|le|et))*$"
)
_PAREN_SLASH = re.compile(r"\((?:[^()/]{2,50}/){1,3}[^()/]{2,50}\)\s*$")  # "(Jane Roe/The Courier)"
_CREDIT_WORDS = re.compile(
    r"\s+(?:file|files|photo|photos|pool|archives?|via\s+[\w .-]{2,30})$", re.I
)


def is_caption(text: str) -> bool:
    """A photo caption or credit: "Le président devant le parlement. afp", "JEAN DOE / POOL /
    AFP", "… (Photo AP)", "Photo : Keystone/Anthony Anex", "Photograph: Jane Roe/Reuters"."""
    text = plain(text)
    if len(text) > 400:
        return False
    if (_CREDIT.match(text) or _CREDIT_BY.match(text)) and len(text) < 200:
        return True
    if (_INNER_CREDIT.search(text) or _FIGURE.match(text)) and len(words(text)) <= 60:
        return True
    if _POSITION.search(text) and len(words(text)) <= 50:
        return True
    if _GALLERY_START.match(text) and len(words(text)) <= 60:
        return True  # "Item 1 of 2 Russian President …", "[1/2]Russian President …"
    if _NAME_SLASH_OUTLET.match(text) and not _BYLINE.match(text):
        return True  # "Maya Chen/Tribune Staff", "Jane Roe/The Courier"
    parts = re.split(r"\s*/\s*", text)
    if _SLASH_LIST.match(text) and any(
        is_agency(p) or re.match(r"(?i)(?:\w+\s+)?(?:photo|foto|photograph|image)s?$", p)
        for p in parts
    ):
        return True  # "Vilnius Airport / BNS Photo / Mantas Radvila"
    if re.search(
        r"[.!?…]\s+(?:photos?|illustration|image)\s+(?:by\s+|de\s+)?[A-ZÀ-Þ][^.]{2,60}$", text, re.I
    ):
        return len(words(text)) <= 60  # "… au palais de Baabda. Photo Dalati et Nohra"
    after = _CREDIT_AFTER_SENTENCE.search(text)
    if after and len(words(text)) <= 60:
        paren = after.group("paren") or after.group("agency")
        if after.group("outlet") or (paren and (is_agency(paren) or paren.isupper())):
            return True
    if _PAREN_CREDIT.search(text) or (_PAREN_SLASH.search(text) and len(words(text)) <= 60):
        return True
    if "©" in text and len(text) < 300:
        return True
    if _ALL_CAPS_CREDIT.match(text) and len(text) < 120:
        return True
    tail = _CREDIT_TAIL.search(_CREDIT_WORDS.sub("", text))
    return bool(tail and is_agency(tail.group("agency")) and len(words(text)) <= 60)


# A consent banner speaks to the reader ("nous utilisons…", "vous acceptez", "your choices");
# an article about cookies speaks of others.
_READER = re.compile(
    r"\b(?:vous|votre|vos|nous utilisons|we use|you|your|j['’]accepte|i accept|accepter|"
    r"accept|paramétrer|personnaliser|gérer|manage|refuser|reject|ok)\b",
    re.I,
)


def _speaks_to_reader(text: str) -> bool:
    return len(words(text)) <= 8 or bool(_READER.search(text))


def _long_sentence(text: str) -> bool:
    """Real prose that happens to contain a newsletter word."""
    return len(words(text)) > 25 and stopword_density(text) > 0.3  # not a call to action


def is_boilerplate_paragraph(text: str) -> bool:
    """jusText's "bad" paragraph: short, few function words, no sentence punctuation."""
    visible = plain(text)
    count = len(words(visible))
    if count == 0:
        return True
    return count <= 6 and stopword_density(visible) < 0.15 and not ends_sentence(visible)


def is_heading_like(line: str, max_words: int = 14) -> bool:
    """A short line without final punctuation, starting with a capital: a title or subheading
    (or another page's headline: those run to about 200 characters)."""
    text = plain(line)
    limit = 120 if max_words <= 14 else 220
    if not text or not has_letters(text) or len(text) > limit or len(words(text)) > max_words:
        return False
    first = next((c for c in text if c.isalnum()), "")
    return (first.isupper() or first.isdigit()) and not ends_sentence(text) and text[-1] != ","


# ----------------------------------------------------------------------------- blocks of lines


def drop_junk(lines: list[str]) -> list[str]:
    """`lines` without the junk lines (blank lines kept, so paragraphs stay apart)."""
    kept = []
    for line in lines:
        rule = junk_rule(line)
        if rule:
            trace.dropped(line, rule)
        else:
            kept.append(line)
    return kept


def drop_read_more(lines: list[str], max_items: int = 6) -> list[str]:
    """Remove "Lire aussi : ..." lines, and a label such as "À lire aussi", "Les plus lus" or
    "Related" (the lexicon's `more` labels) with the headlines that follow it."""
    kept: list[str] = []
    skipping = 0
    for n, line in enumerate(lines):
        text = plain(line)
        if skipping:
            if not text:
                continue
            if _heads_a_section(lines, n):
                skipping = 0  # a subheading of the text: the headlines are over
            elif is_heading_like(line, max_words=25) or link_density(line) > 0.6 or _is_timed(text):
                skipping -= 1
                trace.dropped(line, "headline under a 'read more' label")
                continue
            skipping = 0
        match = _READ_MORE.match(text)
        if match or (text and more_label(text)):
            if not match or not text[match.end() :].strip():
                skipping = max_items  # a label alone: the headlines follow
            trace.dropped(line, "read more")
            continue
        kept.append(line)
    return kept


def _heads_a_section(lines: list[str], n: int) -> bool:
    """The line after a blank one, followed by a paragraph of prose: a subheading."""
    if n == 0 or lines[n - 1].strip():
        return False
    after = first_filled(lines, n + 1)
    return after < len(lines) and len(words(plain(lines[after]))) > 25


# A headline with its time, in a list of other articles: "14:05 Kiev sous les drones", "Il y a
# 2 heures", "3 hours ago".
_TIMED = re.compile(
    r"^\d{1,2}\s*[:h]\s*\d\d\b|\b(?:il y a \d+ (?:min|minutes?|heures?|h|jours?)|"
    r"\d+ (?:mins?|minutes?|hours?|hrs?|days?) ago)\b$",
    re.I,
)


def _is_timed(text: str) -> bool:
    return bool(_TIMED.search(text)) and len(words(text)) <= 25


_FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright\b)|tous droits réservés|all rights reserved|"
    r"avis de non-responsabilité|^disclaimer\b|la source originale de cet article|"
    r"^(?:source|article) originale?\s*:|^\d*\s*commentaires?\s*$|laisser un commentaire|"
    r"leave a (?:comment|reply)|poster (?:un |votre )?commentaire|participez au débat|"
    r"^(?:mots[- ]clés|tags?)\s*:|articles? (?:similaires|connexes)|vous aimerez aussi|"
    r"you may also like|related (?:posts|articles|stories)",
    re.I,
)


def cut_footer(lines: list[str], start_fraction: float = 0.3) -> list[str]:
    """Drop everything from the first footer line (copyright, disclaimer, comment form...).

    Only lines in the last part of the text count: a copyright line in the first paragraphs
    is a photo credit, not the start of the footer.
    """
    return split_footer(lines, start_fraction)[0]


def split_footer(lines: list[str], start_fraction: float = 0.3) -> tuple[list[str], list[str]]:
    """(the lines above the footer, the footer)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines, []
    first = filled[int(len(filled) * start_fraction)]
    # a long footer pushes the 30 % mark into it: after two paragraphs of text, a paywall or a
    # counted comment section already ends the text (other labels wait for the mark)
    long = [i for i in filled if len(words(plain(lines[i]))) >= 25]
    early = long[1] + 1 if len(long) >= 2 and long[1] + 1 < first else first
    for i in range(early, len(lines)):
        text = plain(lines[i])
        if not text or len(text) >= 400:
            continue
        label = _FOOTER.search(text) or is_cut_label(text)
        if label and (i >= first or _EARLY_CUT.search(text)):
            trace.dropped_all(lines[i:], f"footer (from {text[:40]!r})")
            return lines[:i], lines[i:]
    return lines, []


_EARLY_CUT = re.compile(
    r"réservée? aux abonnés|il vous reste|for subscribers|paid subscribers|\(\d+\)\s*$|"
    r"^\d+\s+(?:commentaires?|comments?|réactions?|responses?|replies)|laisser un commentaire|"
    r"leave a (?:comment|reply)",
    re.I,
)


def about_names(footer: list[str]) -> list[str]:
    """The authors named in a footer that opens with "About the author" / "Qui êtes-vous ?":
    the lines that are names, or that start an author's note with one."""
    filled = [line for line in footer if line.strip()]
    if not filled or not is_about_label(plain(filled[0])):
        return []
    names: list[str] = []
    for line in filled[1:12]:
        text = unglue_name(plain(line))
        if more_label(text) or junk_rule(line) or closing_rule(text):
            break  # the box is over: a menu, a "Related" list, the copyright
        name = _signature_name(text, names) if len(words(text)) <= 5 else is_author_note(line)
        if name and name not in names and len(names) < SIGNATURE_NAMES:
            names.append(name)
    return names


def strip_blank_edges(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    end = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    return lines[start : end + 1]


def take_signature(lines: list[str], known: list[str] = ()) -> tuple[list[str], list[str]]:
    """Split the closing name lines ("Karine Bechet-Golovko", "— J. Dupont") off the text.

    Returns (lines without them, names). A closing line counts when it reads as a name, or
    starts with a known author's name ("Jean Dupont, correspondant à Moscou").
    """
    lines = strip_blank_edges(lines)
    names: list[str] = []
    while lines and len(names) < 3:
        name = _signature_name(unglue_name(plain(lines[-1])), list(known))
        if name is None:
            break
        names.insert(0, name)
        trace.dropped(lines[-1], "signature")
        lines = strip_blank_edges(lines[:-1])
    return lines, names


def first_filled(lines: list[str], start: int = 0) -> int:
    """Index of the first non-blank line at or after `start` (len(lines) if none)."""
    return next((i for i in range(start, len(lines)) if lines[i].strip()), len(lines))


def normalise_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def take_deck(lines: list[str], result) -> list[str]:
    """A subtitle right below the title (a headline's shape, then a paragraph of prose) is the
    site's summary, not the text. For the layouts whose header is the title alone."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:2]
    if len(filled) < 2:
        return lines
    deck, after = filled
    text = plain(lines[deck])
    if (
        not is_heading_like(text, max_words=30)
        or len(words(text)) < 6
        or not is_prose(lines[after])
    ):
        return lines
    result.summary = result.summary or text
    trace.found("summary", lines[deck])
    trace.dropped(lines[deck], "subtitle (the summary)")
    return lines[:deck] + lines[deck + 1 :]


def finish_body(
    lines: list[str], authors: list[str] = (), markdown: bool = False
) -> tuple[list[str], list[str]]:
    """The usual end of a layout's work on its body lines: footer, "Lire aussi" blocks and
    junk lines removed, then what trails the text (see `trim_tail`). Returns (body lines,
    names signing the text). A curator's `markdown` is trimmed by the lexicon only: its
    short lines, code and markup are meant."""
    lines, footer = split_footer(lines)
    lines = drop_read_more(lines)
    lines = drop_junk(lines)
    lines, names = trim_tail(lines, list(authors), markdown)
    return lines, names or about_names(footer)


SIGNATURE_NAMES = 4


def trim_tail(
    lines: list[str], authors: list[str] = (), markdown: bool = False
) -> tuple[list[str], list[str]]:
    """Walk up from the last line and drop what trails the article: menus and buttons, other
    pages' headlines, disclaimers, contact blocks, appeals, authors' notes; the names met on
    the way are the text's signature (jusText's rule that boilerplate sits at the edges,
    judged by shape and by the lexicon's `closing` group)."""
    names: list[str] = []
    lines = _strip_ellipsis(strip_blank_edges(lines))
    while lines:
        last = lines[-1]
        text = unglue_name(plain(last))
        signed = _signature_names(text, [*authors, *names])
        if signed and not authors and _named_in(signed, lines[:-1]):
            signed = None  # names the text talks about: a list of tags, not a signature
        if signed and len(names) < SIGNATURE_NAMES:
            for name in reversed(signed):
                if name not in names and not _initials_of(name, [*authors, *names]):
                    names.insert(0, name)
            trace.dropped(last, "signature")
        elif (noted := is_author_note(last, [*authors, *names])) is not None:
            whole = len(words(noted)) >= 2
            if whole and noted not in names and not authors and len(names) < SIGNATURE_NAMES:
                names.insert(0, noted)
            trace.dropped(last, "author's note")
        elif (rule := tail_rule(last, markdown)) is not None:
            trace.dropped(last, rule)
        elif not markdown and _stranded(lines):
            trace.dropped(last, "short line among what trails the text")
        else:
            break
        lines = strip_blank_edges(lines[:-1])
    return _strip_ellipsis(lines), names


_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\[(?:\.{3}|…)\]|\((?:\.{3}|…)\))\s*$")


def _strip_ellipsis(lines: list[str]) -> list[str]:
    """ "… contre la Russie. [...]": the mark of an excerpt cut short is not text."""
    if lines and _TRAILING_ELLIPSIS.search(lines[-1]):
        trace.dropped("[...]", "the mark of an excerpt")
        lines = [*lines[:-1], _TRAILING_ELLIPSIS.sub("", lines[-1])]
    return strip_blank_edges(lines)


def _stranded(lines: list[str]) -> bool:
    """jusText's neighbour rule: a short line at the end, with junk right above it, belongs to
    the junk ("Analysis of politics and power across the Gulf." under a follower count)."""
    text = plain(lines[-1])
    if len(words(text)) > 15 or len(lines) < 2:
        return False
    above = next((line for line in reversed(lines[:-1]) if line.strip()), "")
    return bool(above) and tail_rule(above) is not None and not _is_headline(above)


_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.\s*-?\s*){1,3}$")  # "K. B.", "J.-P. D."


def _named_in(names: list[str], lines: list[str]) -> bool:
    """Some of `names` are written in the text above (an author rarely names herself)."""
    text = " ".join(plain(line) for line in lines if line.strip())
    return any(len(n) > 5 and not _INITIALS.match(n) and n in text for n in names)


def _initials_of(name: str, known: list[str]) -> bool:
    """ "K. B." signs for "Karim Benali" when he is already known."""
    if not _INITIALS.match(name):
        return False
    letters = [c for c in name if c.isalpha()]
    return any([w[0] for w in k.split()][: len(letters)] == letters for k in known if k)


def _signature_names(text: str, known: list[str]) -> list[str] | None:
    """The names a closing line signs with: one, or several joined by "et", "and", ","
    ("Bérénice Lacombe et Yanis Ferhat"), or initials ("K. B."); None for any other line."""
    text = text.lstrip("—–-✍️ ").strip()
    if _INITIALS.match(text):
        return [text]
    single = _signature_name(text, known)
    if single:
        return [single]
    parts = [p for p in _NAME_SEPARATORS.split(text) if p.strip()]
    if 2 <= len(parts) <= SIGNATURE_NAMES and len(text) < 120:
        names = [_signature_name(p.strip(), known) for p in parts]
        if all(names):
            return names
    return None


def _signature_name(text: str, known: list[str]) -> str | None:
    """The name a closing line signs with ("Karine Bechet-Golovko", "— J. Dupont", "Jean
    Dupont, correspondant à Moscou"), or None."""
    text = text.lstrip("—–-✍️ ").strip()
    if re.search(r"\b(?:the|of|and|for|our|your|les|du|des|notre|votre)\b", text, re.I):
        if not any(k and text.lower().startswith(k.lower()) for k in known):
            return None  # "Support the Northern Chronicle" is a button, not a signature
    head = re.split(r"\s*[,(|]\s*", text)[0]
    known_hit = next((k for k in known if k and text.lower().startswith(k.lower())), None)
    if known_hit and len(text) < 120:
        return known_hit
    if is_label_name(text) or is_label_name(head):
        return None  # "World News", "Humanitarian Aid": a label, not a signature
    if text.isupper() and 2 <= len(words(text)) <= 3 and is_name(text, max_words=3):
        return text.title()  # an author's card: "ETHAN COLE"
    if is_name(text, max_words=5) and len(words(text)) >= 2 and text.upper() != text:
        return text
    if is_name(head, max_words=5) and len(words(head)) >= 2 and len(text) < 80:
        if ends_sentence(text):
            return None  # "Jean Dupont, lui, n'y croit guère." is a sentence
        return head if head.upper() != head else None
    return None


def tail_rule(line: str, markdown: bool = False) -> str | None:
    """Why a line found after the end of the text is not text, or None (in a curator's
    Markdown, only the lexicon and the junk rules judge)."""
    text = plain(line)
    rule = junk_rule(line) or closing_rule(text)
    if rule or markdown:
        return rule
    if _is_edge_boilerplate(text):
        return "short line after the text"
    if is_contact(text):
        return "contact details"
    if _FOOTNOTE.match(text) and len(words(text)) <= 60:
        return "footnote"
    if parse_credit(text) is not None or is_date_line(text):
        return "credit or date after the text"
    if _is_headline(line):
        return "other pages' headlines"
    return None


def _is_headline(line: str) -> bool:
    """A headline in a list after the text: a heading's shape, and not a list item."""
    if re.match(r"^\s*(?:[-*+•]|\d+[.)])\s", line):
        return False
    return is_heading_like(line, max_words=24) or _is_timed(plain(line))


# "[1] Executive Order …, 2025.", "↑ « Déclaration … », 19 mars 2014.": the notes below a text.
_FOOTNOTE = re.compile(r"^(?:\[\d{1,3}\]|↑|\^\s*\d{0,3})\s*\S")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+|\b0)\d[\d\s().-]{7,}\d\b")
_ADDRESS = re.compile(
    r"\b\d{1,4}(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|quai|"
    r"street|st\.|road|rd\.|lane|drive|square)\b|\b\d{5}\s+[A-ZÀ-Þ][\w-]+|\b[A-Z]{2}\s+\d{5}\b|"
    r"\b\d{1,4}\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:street|road|avenue|lane|drive|square|place|st\.|rd\.)\b",
    re.I,
)


def is_contact(text: str) -> bool:
    """A line of contact details: an e-mail address, a phone number, a postal address."""
    count = len(words(text))
    return (bool(_EMAIL.search(text) or _PHONE.search(text)) and count <= 30) or (
        bool(_ADDRESS.search(text)) and count <= 25
    )


def _is_edge_boilerplate(line: str) -> bool:
    text = unglue_name(plain(line))
    if is_name(text) and len(words(text)) >= 2:
        return False
    return (
        is_boilerplate_paragraph(text)
        or (len(words(text)) <= 4 and not ends_sentence(text))
        or _is_timed(text)
    )


# "Jean Dupont est chercheur associé à …", "Jane Roe is a senior fellow at …": the author's
# note that closes many pages. Only in the last two paragraphs, only with a role word.
_AUTHOR_NOTE = re.compile(
    r"^(?P<name>.{3,60}?)\s*,?\s+(?:(?:covers|couvre|writes about|écrit sur|reports on)\b|"
    r"(?:est|était|is|was|a été|has been|serves as|travaille|works)\s+"
    r"(?:\S+\s+){0,6}?(?:journaliste|journalist|chercheur|chercheuse|researcher|fellow|"
    r"professeur|professeure|professor|directeur|directrice|director|correspondant|"
    r"correspondante|correspondent|rédacteur|rédactrice|editor|analyste|analyst|"
    r"auteur|autrice|author|écrivain|écrivaine|writer|reporter|chroniqueur|chroniqueuse|"
    r"columnist|spécialiste|specialist|expert|experte|enseignant|enseignante|lecturer|"
    r"ancien|ancienne|former|diplomate|diplomat|docteur|docteure|doctorant|doctorante|"
    r"membre|member|chargé|chargée|consultant|consultante|président|présidente|fondateur|"
    r"fondatrice|founder|senior|associate|associé|associée)\b)",
    re.I,
)


def is_author_note(line: str, authors: list[str] = ()) -> str | None:
    """The name an author's note is about ("Jane Roe is a journalist in Kyiv."), or None."""
    text = unglue_name(plain(line))
    if len(words(text)) > 70:
        return None
    match = _AUTHOR_NOTE.match(text)
    if not match:
        return None
    name = re.sub(r"^\*+|\*+$", "", match.group("name")).strip()
    if any(name.lower() == a.lower() for a in authors):
        return name
    if is_name(name, max_words=4) and len(words(name)) == 1 and len(words(text)) <= 40:
        return name  # "Cole is a Jerusalem-based correspondent…": the surname of a card above
    return name if is_name(name, max_words=4) and len(words(name)) >= 2 else None


def drop_author_note(lines: list[str], authors: list[str]) -> list[str]:
    """Drop the author's note among the last two paragraphs."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in reversed(filled[-2:]):
        if is_author_note(lines[i], authors):
            trace.dropped(lines[i], "author's note")
            lines = lines[:i] + lines[i + 1 :]
    return lines


def is_prose(line: str) -> bool:
    """A line of running text (not a title, byline, caption or button)."""
    text = plain(line)
    count = len(words(text))
    return count >= 20 or (count >= 6 and ends_sentence(text) and stopword_density(text) > 0.1)
