"""What credit lines say: agencies and desks, datelines, kickers, the original publication of a
translation, and the closing credits of a text.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Original
from .. import trace
from ..interface import (
    agency_name,
    is_agency,
    is_kicker_label,
)
from .dates import (
    _DATE_WORDS,
    find_date,
    parse_date,
)
from .names import (
    _is_place,
    is_name,
    parse_translator,
    split_names,
    unglue_name,
)
from .text import (
    plain,
    words,
)

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
    r"^(?:(?:de notre |from our |notre |our |avec notre |with our )(?:envoyée? spéciale?|"
    r"correspondante?|correspondent|special correspondent|bureau)$|"
    r"(?:de notre |from our |notre |our |avec notre |with our )?(?:bureau|correspondant|"
    r"correspondante|"
    r"correspondent|envoyée? spéciale?|"
    r"special correspondent)\s+(?:de|d['’]|à|au|en|in)\s*\S.{0,30}|[\w .'’-]{2,30}\s+bureau)$",
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
    r"^(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:(?:[ -]|\s?/\s?)[A-ZÀ-Þ][\w'’.-]*){0,3})"
    r"(?:\s*,\s*(?P<extra>[^()–—:/]{2,40}?))?"
    r"\s*(?P<agency>\((?:[^()]{1,30})\))?"
    r"\s*(?:(?P<dotted>(?<=\))\.\s*[-–—]\s*)|(?P<dash>--|[-–—:])\s+|"
    r"(?<=\))\s*(?P<glued>--|[-–—])(?=[A-ZÀ-Þ])|(?<=\))\s+|"
    r"/(?P<slashed>[^/()]{2,30})/\.?\s*(?:(?:--|[-–—])\s+)?)(?=\S)"
)


def _is_country(name: str) -> bool:
    from ...actors.countries import find_country  # data only: no NER model is loaded

    found = find_country(name)
    return found is not None


@dataclass(frozen=True)
class Dateline:
    rest: str  # the paragraph without its dateline
    date: str | None
    authors: list[str]


# "(Tbilisi) – Georgian authorities …": a release's place in brackets, then a dash.
_BRACKETED_PLACE = re.compile(r"^\((?P<place>[A-ZÀ-Þ][\w'’. -]{1,30})\)\s*(?:--|[-–—])\s+(?=\S)")


def strip_dateline(text: str) -> Dateline | None:
    """The dateline opening the first paragraph of a dispatch, read and cut off."""
    bracketed = _BRACKETED_PLACE.match(text)
    if bracketed and _is_place(bracketed.group("place")):
        rest = text[bracketed.end() :]
        return Dateline(rest, None, []) if rest[:1].isupper() or rest[:1] in '«"“' else None
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place")
    extra = match.group("extra") or ""
    agency = (match.group("agency") or "").strip("() ")
    date = parse_date(extra) if extra else None
    capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 3
    if match.group("dotted"):
        # "Lattaquié (Syrie).– La route …": a place, its country in brackets, a dotted dash
        if agency and (_is_place(place) or _is_country(agency)):
            rest = text[match.end() :]
            return Dateline(rest, None, []) if rest[:1].isupper() or rest[:1] in '«"“' else None
        return None
    unknown_agency = bool(re.fullmatch(r"[A-Z]{2,6}", agency)) and _is_place(place)
    if agency and not is_agency(agency) and not (capitals and len(agency.split()) <= 2):
        if unknown_agency and match.group("dash"):
            # "Beyrouth (AGP) - L'armée …": a city, an agency's initials, a dash
            rest = text[match.end() :]
            if rest[:1].isupper() or rest[:1] in '«"“':
                return Dateline(rest, parse_date(extra) if extra else None, [agency])
        return None  # ("(Sentinel)" after "MOSCOW, March 18" is an agency all the same)
    if extra and not date and not capitals and not (agency and is_agency(agency)):
        return None  # "Moscou, le Kremlin et Washington – …" is a sentence
    if match.group("slashed"):
        # "Tbilisi, 14 November 2025 /Mtkvari Press/. …": the agency between slashes
        rest = text[match.end() :]
        if (date or _is_place(place)) and (rest[:1].isupper() or rest[:1] in '«"“'):
            return Dateline(rest, date, [])
        return None
    lone_place = match.group("dash") in ("–", "—") and _is_place(place)  # "Goma – Dans …"
    if not (
        capitals
        or agency
        or date
        or lone_place
        or (match.group("dash") == ":" and _is_place(place))
    ):
        return None
    if match.group("dash") is None and not (agency and is_agency(agency)):
        # (a dash glued to the text, "(Reuters) -China", counts only after an agency)
        return None  # without a dash, only "New Delhi, Aug 7 (IANS) India …"
    if match.group("dash") == ":" and (extra or agency or not (capitals or _is_place(place))):
        return None  # "Conclusion : …", "NINA ALVAREZ, HOST: …" (a speaker, not a place)
    rest = text[match.end() :]
    if not rest[:1].isupper() and rest[:1] not in '«"“':
        return None
    return Dateline(rest, date, [agency_name(agency)] if agency and is_agency(agency) else [])


# "ANALYSE – ", "ENQUÊTE - ", "DÉCRYPTAGE | ", "EXCLUSIF : ", "Analysis —": a label in
# capitals, or a genre label of the lexicon's `kickers`, then a dash, a bar or a colon.
_KICKER = re.compile(r"^(?P<label>[^\W\d_][\w'’ -]{1,24}?)\s*(?:[-–—|/]|:)\s+(?=\S)")


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
    r"titre original|titre d['’]origine|original title|"
    r"source|traduit de|translated from|publié initialement|initialement publié|"
    r"première publication|first published|cet article a (?:d['’]abord |initialement )?été "
    r"publié|this (?:article|story|piece|essay|text|interview|report|column|analysis|post) "
    r"(?:was|first) (?:originally |first )?"
    r"(?:published|appeared)|"
    r"la source originale de cet article est|"
    r"(?:ce texte|cet article|cet essai|cette tribune) est parue? (?=en |in )|"
    r"(?:ce texte|cet article|cet essai|cette tribune) est parue? (?=dans .*(?:sous le titre|"
    r"traduit|traduction))|"
    r"(?:paru|parue|publié|publiée) le (?=[^.]{4,30}\s(?:dans|sur)\s)|"
    r"(?:ce texte|cet article|cette dépêche|cet entretien) a été traduite? (?:et adaptée? )?"
    r"(?:d['’]une dépêche|d['’]un article|d['’]un texte)?|"
    r"(?:this is a |a )?translation of (?:an|the) (?:original )?(?:article|text|story|piece)|"
    r"traduction d['’]un article(?: original)?)"
    r"(?:\s+(?:par|sur|dans|en|by|on|in|at)\b)?\s*:?\s*(?P<rest>.+)$",
    re.I,
)
# "…, under the title «…»", "sous le titre": the words that announce the quoted title.
_TITLE_WORDS = re.compile(
    r",?\s*\b(?:under the title|with the title|sous le titre|intitulée?)\b", re.I
)
_QUOTED_TITLE = re.compile(r"[«“\"]\s*(?P<title>[^«»“”\"]{3,200}?)\s*[»”\"]")


@dataclass(frozen=True)
class OriginalRef:
    title: str | None
    source: str | None
    date: str | None
    language: str | None = None
    author: str | None = None  # "Article original : Katrin Vollmer, « Title », Publication"


# The language a text was translated from: "Traduit de l'anglais", "Article original en russe",
# "translated from German".
LANGUAGES = {
    "anglais": "en", "english": "en", "russe": "ru", "russian": "ru", "allemand": "de",
    "german": "de", "espagnol": "es", "spanish": "es", "italien": "it", "italian": "it",
    "arabe": "ar", "arabic": "ar", "persan": "fa", "farsi": "fa", "persian": "fa",
    "ukrainien": "uk", "ukrainian": "uk", "chinois": "zh", "chinese": "zh", "turc": "tr",
    "turkish": "tr", "polonais": "pl", "polish": "pl", "portugais": "pt", "portuguese": "pt",
    "hébreu": "he", "hebrew": "he", "japonais": "ja", "japanese": "ja", "français": "fr",
    "french": "fr", "norvégien": "no", "norwegian": "no", "suédois": "sv", "swedish": "sv",
    "finnois": "fi", "finnish": "fi", "danois": "da", "danish": "da", "néerlandais": "nl",
    "dutch": "nl", "tchèque": "cs", "czech": "cs", "roumain": "ro", "romanian": "ro",
    "hongrois": "hu", "hungarian": "hu", "grec": "el", "greek": "el", "géorgien": "ka",
    "georgian": "ka", "arménien": "hy", "armenian": "hy", "azéri": "az", "azerbaijani": "az",
    "kazakh": "kk", "biélorusse": "be", "belarusian": "be", "serbe": "sr", "serbian": "sr",
    "bulgare": "bg", "bulgarian": "bg", "coréen": "ko", "korean": "ko", "lituanien": "lt",
    "lithuanian": "lt", "letton": "lv", "latvian": "lv", "estonien": "et", "estonian": "et",
}  # fmt: skip
_FROM_LANGUAGE = re.compile(
    r"^(?:(?:de\s+l['’]|l['’]|du\s+|le\s+|de\s+|en\s+|from\s+(?:the\s+)?|the\s+|in\s+)?(?P<lang>"
    + "|".join(LANGUAGES)
    + r"))\b\s*(?:par\s+[^,:]+)?\s*[:,]?\s*",
    re.I,
)
_PIECE_BY = re.compile(
    r"^(?:un article|un texte|une tribune|une analyse|an article|a piece|an essay) (?:de|d['’]|by) "
    r"(?P<author>[A-ZÀ-Þ][^,]{2,50}),\s+(?:publiée?|parue?|published|first published)\s+"
    r"(?:le [^,]{4,30}\s+|on [^,]{4,30}\s+)?(?:dans|in|par|by)\s+(?:la |le |les |l['’]|the )?"
    r"(?P<source>[A-ZÀ-Þ][^.,;]{2,60})",
    re.I,
)
_BY_AUTHOR_IN = re.compile(
    r"^(?:de |d['’]|by )(?P<author>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\s+"
    r"(?:paru|parue|publié|publiée|published|écrit|écrite|written)\b[^«“\"]*?\s(?:dans|in|sur|on)\s+"
    r"(?P<rest>.+)$"
)
_PAPER_KIND = re.compile(
    r"^(?:(?:le|la|l['’]|the)\s*)?(?:quotidien|hebdomadaire|mensuel|magazine|journal|site|revue|"
    r"daily|weekly|monthly|newspaper|news site|website)(?-i:\s+[a-zà-ÿ-]+){0,2}\s+"
    r"(?=[A-ZÀ-Þ])",
    re.I,
)
_NOTE_LABEL = re.compile(
    r"^(?:note (?:du traducteur|de la traductrice|de la traduction|de la rédaction)|"
    r"translator['’]s note|editor['’]s note)\s*[.:]\s*",
    re.I,
)
_LANGUAGE_INSIDE = re.compile(
    r"\b(?:in|en|from|de l['’]|du)\s+(?P<lang>" + "|".join(LANGUAGES) + r")\b", re.I
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
        r"(?:de\s+l['’]|du\s+|de\s+|en\s+|from\s+(?:the\s+)?|in\s+)(?P<lang>[^\W\d_]+)",
        plain(line),
        re.I,
    )
    return LANGUAGES.get(match.group("lang").lower()) if match else None


def parse_original(line: str) -> OriginalRef | None:
    """ "Source originale : « Title », Publication, 4 juin 2025", "Article original en anglais :
    Title, Publication, le 3 mai 2025", "Cet article a été publié initialement par X le 3 mai
    2025"."""
    text = _NOTE_LABEL.sub("", plain(line))  # "Note de la traductrice. Ce texte est paru …"
    piece = _PIECE_BY.match(text)
    if piece and is_name(piece.group("author"), max_words=4) and len(text) <= 300:
        # "Un article de Jonas Breitenbach, publié dans la Rheinische Abendzeitung."
        source = piece.group("source").strip(" .")
        found = find_date(text)
        return OriginalRef(None, source, found.iso if found else None, None, piece["author"])
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
    if not language:
        # "published in French on …", "d'une dépêche en anglais de …": the language inside
        spoken = _LANGUAGE_INSIDE.search(rest)
        if spoken and spoken.group("lang").lower() in LANGUAGES:
            language = LANGUAGES[spoken.group("lang").lower()]
            rest = (rest[: spoken.start()] + " " + rest[spoken.end() :]).strip(" ,:.")
    title = None
    author = None
    written = _BY_AUTHOR_IN.match(rest)
    if written and is_name(written.group("author"), max_words=4):
        # "Traduction d'un article d'Iryna Kovalchuk paru hier dans Energo Visnyk (« … »)"
        author, rest = written.group("author"), written.group("rest")
    quoted = _QUOTED_TITLE.search(rest)
    if quoted:
        title = quoted.group("title").strip()
        before = rest[: quoted.start()].strip(" ,.;:–—-")
        after = re.split(r"(?<![A-Z])\.\s+(?=[A-ZÀ-Þ])", rest[quoted.end() :])[0]
        dated = find_date(after)
        named_after = after[: dated.start] + after[dated.end :] if dated else after
        if (
            before
            and len(words(before)) >= 2
            and is_name(before, max_words=4)
            and re.search(r"[A-ZÀ-Þ]", named_after)
        ):
            # "Katrin Vollmer, « Title », Hamburger Abendpost, 30 août 2026": the author first,
            # the publication after the title
            author = before
            rest = rest[quoted.end() :]
        else:
            rest = (rest[: quoted.start()] + rest[quoted.end() :]).strip(" ,.;–—-")
    rest = _TITLE_WORDS.sub(" ", re.split(r"(?<![A-Z])\.\s+(?=[A-ZÀ-Þ])", rest)[0])
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
    rest = re.sub(r"^(?:de|d['’]|of|from)\s*(?=[A-ZÀ-Þ])", "", rest.strip(" ,.;–—-"))  # "de The …"
    if not title and _ARTICLE_POINTER.match(text) and ", " in rest:
        # "Article original : The Minerals Pact: What Kyiv Signed Away, Global Research"
        title, rest = (part.strip() for part in rest.rsplit(", ", 1))
    source = rest.strip(" ,.;–—-") or None
    if source and len(words(source)) > 8:
        return None  # a sentence, not a publication's name
    if source and re.match(r"^https?://", source):
        source = re.sub(r"^https?://(?:www\.)?([^/]+).*$", r"\1", source)
    if source:
        # "l'hebdomadaire flamand De Wekelijkse Spiegel": the kind of paper is no part of its name
        source = _PAPER_KIND.sub("", source) or source
        source = re.sub(r"\(\W*\)", "", source)  # the brackets the title and date left empty
        source = re.sub(r"[^\w)»”\"]+$", "", source).strip() or None  # "… 🇺🇦➡️🇫🇷"
    place = re.search(r"\s*\((?P<place>[^()]{2,30})\)$", source or "")
    if place and (_is_place(place.group("place")) or _is_country(place.group("place"))):
        source = source[: place.start()]  # "Al-Mashriq al-Yawm (Beyrouth)"
    if not (title or source):
        return None
    return OriginalRef(title, source, date, language, author)


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
