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
  `drop_read_more`, `cut_footer`, `take_signature`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

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
_DATE_PATTERNS = [
    # 13 mars 2025, 1er mars 2025, 13 March 2025, jeudi 3 avril 2025
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.I),
    # March 13, 2025 / Mar. 13 2025
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    # 2025-03-13 (ISO, also with a time after it)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d?)-(?P<day>\d\d?)(?!\d)"),
    # 13/03/2025, 13.03.2025, 13-03-2025
    re.compile(r"\b(?P<a>\d\d?)([/.\-])(?P<b>\d\d?)\2(?P<year>(?:19|20)\d\d)\b"),
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
    rest = re.sub(
        r"\b(?:publié|publiée|mis à jour|modifié|modifiée|updated|published|posted|le|on|à|at|"
        r"\d\d?\s*[h:]\s*\d\d|[ap]m|utc|gmt|cet|cest)\b",
        " ",
        rest,
        flags=re.I,
    )
    return len(words(rest)) <= 1


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
    for token in tokens:
        if token.lower() in _NOT_NAMES:
            return False
        if token.lower() not in PARTICLES and not _NAME_TOKEN.match(token):
            return False
    return _NAME_TOKEN.match(tokens[-1]) is not None


_BYLINE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:par|by|written by|écrit par|ecrit par|propos recueillis par|"
    r"auteurs?\s*:|authors?\s*:|signé\s*:?)\s*:?\s*(?P<rest>.+)$",
    re.I,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\bet\b|\band\b)\s*")
_AFFILIATION = re.compile(r"\s(?:pour|for|avec|with|dans|in|chez|at|de l['’]|du|au)\s.*$", re.I)
_DATE_LEAD = re.compile(
    r"[\s,|·•—–(\-]*(?:(?:le|on|the|publié|publiée|published|posted|mis à jour|updated)\s*)*$",
    re.I,
)


def split_names(text: str) -> list[str]:
    """ "A, B et C" -> the names that look like names (roles and affiliations left out)."""
    names = []
    for part in _NAME_SEPARATORS.split(plain(text)):
        part = re.sub(r"\([^)]*\)", "", part)
        part = _AFFILIATION.sub("", part).strip(" .,-–—")
        if is_name(part) and part not in names:
            names.append(part)
    return names


@dataclass(frozen=True)
class Byline:
    authors: list[str]
    date: str | None


def parse_byline(line: str) -> Byline | None:
    """ "Par X", "Par X, le 3 décembre 2025", "By X and Y | March 3, 2025", "Auteur : X".

    Returns None unless what follows the keyword reads as names (so "Par ailleurs, ..." is not
    a byline).
    """
    text = plain(line)
    match = _BYLINE.match(text)
    if not match or len(text) > 160:
        return None
    rest = match.group("rest")
    found = find_date(rest)
    date = None
    if found:
        date = found.iso
        rest = _DATE_LEAD.sub("", rest[: found.start])
    rest = re.split(r"\s[|·•—–]\s|\s-\s", rest)[0]
    if len(words(rest)) > 12:
        return None
    first = _NAME_SEPARATORS.split(rest)[0]
    first = _AFFILIATION.sub("", re.sub(r"\([^)]*\)", "", first)).strip(" .,-–—")
    if not is_name(first):
        return None
    return Byline(split_names(rest), date)


_TRANSLATOR = re.compile(
    r"^\s*(?:traduit(?:\s+de\s+l['’]\w+)?\s+par|traduction(?:\s+de\s+l['’]\w+)?\s*(?::|par)|"
    r"translated(?:\s+from\s+\w+)?\s+by|translation\s*(?::|by))\s*:?\s*(?P<name>.+)$",
    re.I,
)


def parse_translator(line: str) -> str | None:
    """ "Traduit par X", "Traduction : X", "Translated by X" -> X."""
    match = _TRANSLATOR.match(plain(line))
    if not match:
        return None
    name = match.group("name").strip(" .,")
    name = re.split(r"\s[|·•—–]\s|\s-\s|,", name)[0].strip()
    return name if is_name(name, max_words=8) else None


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
_CREDIT = re.compile(
    r"^(?:photos?|crédits?(?: photo)?|credits?|image|illustration|vidéo|video|légende|"
    r"caption|source image)\s*:",
    re.I,
)
_TAGS = re.compile(r"^(?:mots[- ]clés|tags?|étiquettes|keywords|sujets?)\s*:", re.I)
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


def is_junk(line: str) -> bool:
    """A line that is never article text, judged by patterns every site shares and by shape."""
    text = plain(line)
    if not text:
        return False
    if not has_letters(text):
        return True  # separators, identifiers such as "249-18-02-2025"
    if len(text) >= 300 and "](" not in line:
        return False  # a long line without links is prose
    short = len(text) < 300
    return bool(
        is_share_line(line)
        or (short and _COPYRIGHT.search(text))
        or (len(text) < 250 and _NEWSLETTER.search(text) and not _long_sentence(text))
        or (short and _COOKIE.search(text))
        or _AD.match(text)
        or (short and _COMMENTS.search(text))
        or (len(text) < 160 and _CREDIT.match(text))
        or (len(text) < 300 and _TAGS.match(text))
        or _NAVIGATION.match(text)
        or _MEDIA.match(text)
        or is_repeated_phrase(text)
        or is_file_name(text)
        or (len(words(text)) <= 30 and link_density(line) > 0.6 and not ends_sentence(text))
    )


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
    """A short line without final punctuation, starting with a capital: a title or subheading."""
    text = plain(line)
    if not text or not has_letters(text) or len(text) > 120 or len(words(text)) > max_words:
        return False
    first = next((c for c in text if c.isalnum()), "")
    return (first.isupper() or first.isdigit()) and not ends_sentence(text) and text[-1] != ","


# ----------------------------------------------------------------------------- blocks of lines


def drop_junk(lines: list[str]) -> list[str]:
    """`lines` without the junk lines (blank lines kept, so paragraphs stay apart)."""
    return [line for line in lines if not is_junk(line)]


def drop_read_more(lines: list[str], max_items: int = 6) -> list[str]:
    """Remove "Lire aussi : ..." lines, and a bare "À lire aussi" label with its headlines."""
    kept: list[str] = []
    skipping = 0
    for line in lines:
        text = plain(line)
        if skipping:
            if not text:
                continue
            if is_heading_like(line, max_words=25) or link_density(line) > 0.6:
                skipping -= 1
                continue
            skipping = 0
        match = _READ_MORE.match(text)
        if match:
            if not text[match.end() :].strip():
                skipping = max_items  # a label alone: the headlines follow
            continue
        kept.append(line)
    return kept


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
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines
    first = filled[int(len(filled) * start_fraction)]
    for i in range(first, len(lines)):
        text = plain(lines[i])
        if text and len(text) < 400 and _FOOTER.search(text):
            return lines[:i]
    return lines


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
        text = plain(lines[-1]).lstrip("—–-").strip()
        head = re.split(r"\s*[,(|]\s*", text)[0]
        known_hit = next((k for k in known if k and text.lower().startswith(k.lower())), None)
        if known_hit:
            name = known_hit
        elif is_name(text, max_words=5) and len(words(text)) >= 2:
            name = text
        elif is_name(head, max_words=5) and len(words(head)) >= 2 and len(text) < 80:
            name = head
        else:
            break
        names.insert(0, name)
        lines = strip_blank_edges(lines[:-1])
    return lines, names


def first_filled(lines: list[str], start: int = 0) -> int:
    """Index of the first non-blank line at or after `start` (len(lines) if none)."""
    return next((i for i in range(start, len(lines)) if lines[i].strip()), len(lines))


def normalise_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def finish_body(lines: list[str], authors: list[str] = ()) -> tuple[list[str], list[str]]:
    """The usual end of a layout's work on its body lines: footer, "Lire aussi" blocks and
    junk lines removed, closing signature split off. Returns (body lines, signature names)."""
    lines = cut_footer(lines)
    lines = drop_read_more(lines)
    lines = trim_boilerplate_tail(drop_junk(lines))
    lines, signature = take_signature(lines, list(authors))
    return trim_boilerplate_tail(lines), signature


def trim_boilerplate_tail(lines: list[str]) -> list[str]:
    """Drop the short lines that trail the text ("Mentions légales", "Plan du site", a site's
    menu): jusText's rule that boilerplate sits at the edges, judged by shape. Names stay, for
    `take_signature`."""
    lines = strip_blank_edges(lines)
    while lines and _is_edge_boilerplate(lines[-1]):
        lines = strip_blank_edges(lines[:-1])
    return lines


def _is_edge_boilerplate(line: str) -> bool:
    text = plain(line)
    if is_name(text) and len(words(text)) >= 2:
        return False
    return is_boilerplate_paragraph(text) or (len(words(text)) <= 4 and not ends_sentence(text))


def is_prose(line: str) -> bool:
    """A line of running text (not a title, byline, caption or button)."""
    text = plain(line)
    count = len(words(text))
    return count >= 20 or (count >= 6 and ends_sentence(text) and stopword_density(text) > 0.1)
