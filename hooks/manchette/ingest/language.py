"""Guess the language of a text (fr or en) from its function words and spelling.

Function words (articles, pronouns, prepositions) make up a large share of any text, so a few
dozen of each language's commonest words decide even a title-length text. Spelling breaks ties:
French elision (l', qu') and accents against English possessives and contractions.
"""

from __future__ import annotations

import re

FR_STOPWORDS = frozenset(
    """
    le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où
    ce cet cette ces c ça cela ceci celui celle ceux celles il ils elle elles on nous vous je j
    me m te t se s lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos est sont
    été être était étaient sera seront serait a ont avait avaient aura avoir fait faire dans par
    pour sur sous avec sans entre vers chez depuis pendant contre selon après avant plus moins
    très aussi bien encore déjà ne n pas point jamais rien tout tous toute toutes comme si
    même mêmes lors alors ainsi puis quand y en à non oui peut doit
    """.split()
)
EN_STOPWORDS = frozenset(
    """
    the a an and or but nor so yet of to in on at by for with from into onto over under about
    after before between through during without within against among is are was were be been
    being am has have had having do does did will would shall should can could may might must
    it its it's he him his she her hers they them their theirs we us our you your i me my this
    that these those there here which who whom whose what when where why how not no as than then
    if because while also only just very more most such other some any all each both
    """.split()
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FR_SPELLING = re.compile(
    r"\b(?:[ldjmntscq]|qu|jusqu|lorsqu|puisqu)['’][^\W\d_]|[éèêàùçœâîôû]", re.I
)
_EN_SPELLING = re.compile(r"[^\W\d_]['’](?:s|t|re|ve|ll|d)\b", re.I)


def language_scores(text: str) -> tuple[float, float]:
    """(French, English) evidence in `text`: function words count 1, spelling hints 0.5."""
    fr = en = 0.0
    for word in _WORD.findall(text.lower()):
        base = re.split(r"['’]", word)[0] if "'" in word or "’" in word else word
        if word in FR_STOPWORDS or base in FR_STOPWORDS:
            fr += 1
        if word in EN_STOPWORDS:
            en += 1
    fr += 0.5 * len(_FR_SPELLING.findall(text))
    en += 0.5 * len(_EN_SPELLING.findall(text))
    return fr, en


def detect_language(text: str, default: str = "fr") -> str:
    """ "fr" or "en"; `default` when the text gives no evidence either way."""
    fr, en = language_scores(text[:20000])
    if fr == en:
        return default
    return "fr" if fr > en else "en"


def stopword_density(text: str) -> float:
    """Share of the words of `text` that are function words of French or English (jusText)."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    hits = sum(
        1
        for w in words
        if w in FR_STOPWORDS or w in EN_STOPWORDS or re.split(r"['’]", w)[0] in FR_STOPWORDS
    )
    return hits / len(words)
