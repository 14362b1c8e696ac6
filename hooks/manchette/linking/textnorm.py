"""French/English text -> normalised word forms, so that plurals and inflections match.

Deliberately small and fast (no NLP model): lower case, accents folded, elisions ("l'", "d'",
"qu'") removed, then a light suffix stemmer shared by both languages. The same function is
applied to article text and to the terms of `themes.yml`, so a term matches every inflected
form of itself: "sanction" matches "sanctions", "sanctionnées"; "ukrainien" matches
"ukrainienne", "ukrainiens".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'")
_WORD = re.compile(r"[a-z0-9]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Function words of both languages: never a theme term, never a keyword.
STOPWORDS = frozenset(
    """
    a au aux avec ce ces cet cette ceci cela ca celle celles celui ceux chez comme dans de des
    du elle elles en entre et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon
    ne ni nos notre nous on ou par pas pour qu que qui sa se ses si son sur ta te tes toi ton tu
    un une vos votre vous y est sont ete etre etait etaient sera seront serait seraient avoir
    ont avait avaient aura auront aurait auraient fait faire dont tout tous toute toutes plus
    moins tres bien aussi alors donc car lors puis sans sous vers selon depuis pendant apres
    avant encore deja ainsi autre autres meme memes quel quelle quels quelles quand comment
    pourquoi parce cette leurs ici la-bas non oui peu peut peuvent doit doivent faut entre
    contre chaque plusieurs certains certaines aucun aucune rien tout lequel laquelle dont
    ou-est c'est ne-pas the of and to in is are was were be been being for on with as by at
    from that this these those it its he she they them his her their we our you your i not
    no or but if then than so such which who whom whose what when where why how all any
    each more most other some only own same too very can will would should could may might
    must shall has have had having do does did done into over under about against between
    through during before after above below up down out off again further once here there
    also just an s t m d l qu n c j
    """.split()
)


def fold(text: str) -> str:
    """Lower case, typographic apostrophes made plain, accents and ligatures folded."""
    text = text.translate(_APOSTROPHES).lower().translate(_LIGATURES)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text: str) -> list[str]:
    """Folded words, elisions removed ("l'Europe" -> "europe"), hyphenated words split."""
    return _WORD.findall(_ELISION.sub(" ", fold(text)))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stemming of one folded word: inflections only (plural, feminine, -er/-é verb forms,
    doubled final consonant), so that forms of one word meet without merging unrelated words.

    "négociations" -> negociation, "négocier"/"négociée" -> negoci, "ukrainiennes" -> ukrainien,
    "sanctionnés" -> sanction, "energy"/"énergies" -> energi. Derived words ("négociation" vs
    "négocier") stay apart: themes.yml lists both when both matter.
    """
    if len(word) < 5 or not word.isalpha():
        return word
    if word.endswith("aux"):
        word = word[:-3] + "al"
    elif word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("y"):  # English -y/-ies meet French -ie/-ies: energy, énergies -> energi
        word = word[:-1] + "ie"
    if word.endswith("er") and len(word) > 5:
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:  # feminine, past participle (-e, -ee)
        word = word[:-1]
        if word[-1] in "es" and not word.endswith("ss") and len(word) > 4:
            word = word[:-1]  # "négociée" -> negoci; "chinoise" meets "chinois"
    if len(word) > 4 and word[-1] == word[-2] and word[-1] in "lnt":
        word = word[:-1]
    return word


_CONTENT: dict[str, str] = {}  # folded word -> its stem, "" for function words and numbers


def content_stems(folded: list[str]) -> list[str]:
    """Stems of the content words among `folded` words, in order (the hot loop of a build)."""
    cache = _CONTENT
    if len(cache) > 500_000:
        cache.clear()
    found = []
    for word in folded:
        value = cache.get(word)
        if value is None:
            value = cache[word] = "" if word in STOPWORDS or word.isdigit() else stem(word)
        if value:
            found.append(value)
    return found


def stems(text: str) -> list[str]:
    """Content-word stems of `text`, in order (function words and numbers left out)."""
    return content_stems(words(text))


def normalise_term(term: str) -> tuple[str, ...]:
    """A theme term or phrase as the sequence of stems it matches ("cessez-le-feu" -> cess feu)."""
    return tuple(stems(term))


def normalise_label(label: str) -> str:
    """A tag or slug compared loosely: folded, elision removed, one space between words."""
    return " ".join(words(label))
