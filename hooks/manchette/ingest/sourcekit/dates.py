"""French and English dates in their usual written forms, and the lines that hold only dates.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import (
    plain,
    words,
)

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
    # "Du 6 au 12 novembre 2025", "6-12 November 2025": a week's issue, dated by its first day
    re.compile(
        rf"\b(?:du\s+|from\s+)?{_DAY}\s*(?:au|to|[-–])\s*\d{{1,2}}(?:er)?\s+{_MONTH}\s*,?\s+{_YEAR}\b",
        re.I,
    ),
    # 2025-03-13 (ISO, also with a time after it)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d?)-(?P<day>\d\d?)(?!\d)"),
    # 13/03/2025, 13.03.2025, 13-03-2025
    re.compile(r"\b(?P<a>\d\d?)([/.\-])(?P<b>\d\d?)\2(?P<year>(?:19|20)\d\d)\b"),
    # "24.10.25" alone on its line: a date line with a two-digit year
    re.compile(r"^\s*(?P<a>\d\d?)([/.])(?P<b>\d\d?)\2(?P<yy>\d\d)\s*$"),
    # "Publié le 12/11/25 à 17h30", "Posted 03.04.26": a two-digit year, only after its label
    re.compile(
        r"\b(?:publié|publiée|mis à jour|mise à jour|modifié|posted|published|updated)\s*:?\s*"
        r"(?:le\s+|on\s+)?(?P<a>\d\d?)([/.])(?P<b>\d\d?)\2(?P<yy>\d\d)(?![\d/.])",
        re.I,
    ),
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
    year = 2000 + int(groups["yy"]) if groups.get("yy") else int(groups["year"])
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
    rest = re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", plain(line))  # "GMT+1Updated": glued on copy
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
    r"(?:utc|gmt)\s*[+\-−]\s*\d\d?(?::?\d\d)?|"
    r"\d+\s*min(?:utes?)?\.?\s*(?:read|de lecture|à lire)|"
    r"\d+\s*(?:mins?|minutes?|heures?|hours?|hrs?|h|jours?|days?)\s+ago|"
    r"il y a \d+\s*(?:min|minutes?|heures?|h|jours?)|"
    r"utc|gmt|cet|cest|est|edt|pst|pdt|bst|msk|ist|et|pt|ct|eet|eest|irst|gst|heure de paris|"
    r"heure locale|local time|heure de moscou|"
    r"il y a|ago|hier|yesterday|aujourd'hui|today|mins?|minutes?|heures?|hours?)(?!\w)",
    re.I,
)
