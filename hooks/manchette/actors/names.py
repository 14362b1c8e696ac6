"""Name keys: one spelling-independent key per person or organisation name.

"Iouri Ouchakov", "Youri Ouchakov" and "Yuri Ushakov" are one person written in three
transliterations of Russian; "Poutine" and "Putin" are the French and English forms of one
surname. `word_key` folds accents and the usual French/English/German transliteration
differences so that such variants get one key; it is only ever compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Ordered rewrites applied to an ASCII lower-case word (French <-> English transliterations).
_REWRITES = (
    ("tch", "ch"),  # Tchaïkovski / Chaikovsky
    ("sch", "sh"),  # German spellings (Schoigu)
    ("zh", "j"),  # Jirinovski / Zhirinovsky
    ("kh", "h"),  # Mikhaïl / Mihail
    ("ch", "sh"),  # Ouchakov / Ushakov
    ("ou", "u"),  # Oumerov / Umerov, Iouri / Yuri
    ("gue", "ge"),  # Sergueï / Sergei
    ("gui", "gi"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("x", "ks"),  # Alexandre / Aleksandr
    ("w", "v"),  # Medwedew / Medvedev
    ("y", "i"),  # Medinsky / Medinski, Youri / Iouri
)
_DOUBLE = re.compile(r"(.)\1+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # a run of letters or digits

# Words that stand before a name and are not part of it.
HONORIFICS = frozenset(
    "m mm mme mmes mlle mr mrs ms dr pr sir lord lady dame".split()  # written with or without "."
)
TITLES = frozenset(
    """
    president presidente presidents vice premier premiere ministre ministres chancelier
    chanceliere secretaire secretaires porte parole conseiller conseillere conseillers envoye
    envoyee emissaire ambassadeur ambassadrice senateur senatrice depute deputee general generale
    amiral colonel marechal commandant chef cheffe directeur directrice roi reine prince princesse
    pape cheikh sheikh ayatollah emir sultan patriarche maire gouverneur gouverneure juge procureur
    procureure commissaire haut haute representant representante adjoint adjointe homologue
    president minister prime secretary chancellor adviser advisor envoy ambassador senator
    representative congressman congresswoman governor mayor king queen pope chairman spokesman
    spokeswoman spokesperson director deputy special chief general admiral colonel
    """.split()
)
_SKIPPED = HONORIFICS | TITLES
# Lower-case words that may sit inside a person's name (de Gaulle, van der Leyen, bin Salman).
PARTICLES = frozenset(
    "de du des d la le van von der den da di del dos bin ben ibn al el abu".split()
)


def fold(text: str) -> str:
    """Lower-case ASCII form: accents and ligatures removed ("Sergueï" -> "serguei")."""
    return anyascii(unicodedata.normalize("NFC", text)).lower()


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration-independent key of one word ("Poutine" and "Putin" -> "putin")."""
    w = _NOT_ALNUM.sub("", fold(word))
    if not w.isalpha():
        return w  # G7, G20: kept as written
    w = _DOUBLE.sub(r"\1", w)  # Belooussov / Belousov
    if w.startswith(("ie", "ye")) and len(w) > 3:
        w = "e" + w[2:]  # Ievgueni / Yevgeny / Evgueni
    for old, new in _REWRITES:
        w = w.replace(old, new)
    w = _DOUBLE.sub(r"\1", w)
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # the French mute e: Poutine / Putin
    return w


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_initial(token: str) -> bool:
    """A single capital letter ("J." in "Donald J. Trump")."""
    return len(token) == 1 and token.isupper()


def name_words(name: str) -> list[str]:
    """The words of a name without honorifics, titles and initials."""
    words = tokens(name)
    while words and fold_word(words[0]) in _SKIPPED:
        words = words[1:]
    return [w for w in words if not is_initial(w)]


def words_key(words: list[str]) -> str:
    return " ".join(word_key(w) for w in words)


def name_key(name: str) -> str:
    """The key of a person's name: its word keys without titles and initials."""
    return words_key(name_words(name))


def surname_key(name: str) -> str:
    """The key of the last word of a name (the surname, in the usual Western order)."""
    words = name_words(name)
    return word_key(words[-1]) if words else ""


def plain_key(text: str) -> str:
    """Accent- and case-insensitive form, words joined by one space ("États-Unis" -> "etats unis")."""
    return " ".join(fold_word(w) for w in tokens(text))


def is_title_only(text: str) -> bool:
    """ "Président", "le ministre", "M." : title words with no name after them."""
    words = [fold_word(w) for w in tokens(text)]
    return bool(words) and all(w in TITLES or w in HONORIFICS or w in PARTICLES for w in words)
