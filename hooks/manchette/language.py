"""Guess the language of a text (fr or en) from its most common words."""

from __future__ import annotations

import re

_FR = set(
    "le la les des du de un une et est que qui dans pour pas sur au aux avec ce cette il elle nous vous sont ont".split()
)
_EN = set(
    "the of and to in is that for it with as was on are be by this have from or an not which".split()
)


def detect_language(text: str, default: str = "fr") -> str:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    if fr == en:
        return default
    return "fr" if fr > en else "en"
