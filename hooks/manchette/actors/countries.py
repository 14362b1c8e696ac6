"""Countries as actors: the ISO 3166 list (pycountry) with its French and English names
(Babel's CLDR names and pycountry's translations).

A name is used only where it names one country and nothing else in these lists: a name shared
by two entries is left out rather than guessed.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from .names import plain_key

_ARTICLE = re.compile(r"^(?:(?:la|le|les|the)\s+|l')", re.IGNORECASE)
_PARENS = re.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # French name, as shown
    names: tuple[str, ...]  # every known name, French and English


def _variants(name: str) -> list[str]:
    """ "Myanmar (Birmanie)" -> both names; "Corée, République de" -> "République de Corée"."""
    out = []
    for part in [_PARENS.sub("", name), *_PARENS.findall(name)]:
        part = part.strip()
        if "," in part:
            head, _, tail = part.partition(",")
            tail = tail.strip()
            part = f"{tail}{'' if tail.endswith(chr(39)) else ' '}{head.strip()}"
        if part:
            out.append(part)
    return out


@lru_cache(maxsize=1)
def country_table() -> tuple[dict[str, Country], dict[str, str]]:
    """(code -> Country, plain key of an unambiguous name -> code)."""
    import pycountry
    from babel import Locale

    fr_names = Locale("fr").territories
    en_names = Locale("en").territories
    try:
        fr_iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        fr_iso = None
    countries: dict[str, Country] = {}
    owners: dict[str, set[str]] = {}
    codes = [c.alpha_2 for c in pycountry.countries]
    if "XK" in fr_names:
        codes.append("XK")  # Kosovo: in CLDR, not (yet) in ISO 3166
    for code in codes:
        record = pycountry.countries.get(alpha_2=code)
        english = [en_names.get(code, "")]
        if record is not None:
            english += [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
        french = [fr_names.get(code, "")]
        if fr_iso and record is not None:
            french += [fr_iso(n) for n in english[1:] if n]
        names = [v for n in french + english if n for v in _variants(n.replace("’", "'"))]
        names = list(dict.fromkeys(names))
        if not names:
            continue
        shown = _variants(fr_names.get(code) or names[0])[0]
        countries[code] = Country(code, shown, tuple(names))
        for name in names:
            owners.setdefault(plain_key(name), set()).add(code)
    lookup = {key: next(iter(codes)) for key, codes in owners.items() if len(codes) == 1 and key}
    return countries, lookup


def find_country(text: str) -> Country | None:
    """The country a location mention names, if it names exactly one ("la Russie", "Russia")."""
    countries, lookup = country_table()
    code = lookup.get(plain_key(_ARTICLE.sub("", text.replace("’", "'"))))
    return countries.get(code) if code else None


@lru_cache(maxsize=1)
def _matcher():
    from .registry import build_registry

    countries, lookup = country_table()
    names: dict[str, list[str]] = {}
    for country in countries.values():
        names[country.code] = [n for n in country.names if lookup.get(plain_key(n)) == country.code]
    actors = [{"name": n[0], "kind": "organisation", "aliases": n[1:]} for n in names.values() if n]
    return build_registry({"actors": actors})


def country_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a country: for texts NER reads poorly (other languages than French).
    Capitalised names only, matched like registry names."""
    return [(hit.start, hit.end) for hit in _matcher().find(text)]
