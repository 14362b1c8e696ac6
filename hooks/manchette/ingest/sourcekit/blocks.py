"""Blocks of lines: the footer, "read more" inserts, standfirsts, what trails a text, its signature.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import re

from .. import trace
from ..interface import (
    closing_rule,
    is_about_label,
    is_cut_label,
    is_label_name,
    more_label,
)
from ..language import stopword_density
from .credits import (
    parse_credit,
)
from .dates import (
    find_date,
    is_date_line,
)
from .junk import (
    _EMAIL,
    _FENCE,
    _READ_MORE,
    is_boilerplate_paragraph,
    is_heading_like,
    junk_rule,
)
from .names import (
    _IS_ROLE,
    _NAME_SEPARATORS,
    is_name,
    unglue_name,
)
from .text import (
    _SPACES,
    ends_sentence,
    link_density,
    plain,
    words,
)

# ----------------------------------------------------------------------------- blocks of lines


def drop_junk(lines: list[str]) -> list[str]:
    """`lines` without the junk lines (blank lines kept, so paragraphs stay apart). The lines
    of a Markdown code fence are code: kept whatever they say."""
    rules: list[str | None] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        rules.append(None if fenced or _FENCE.match(line) else junk_rule(line))
    _consent_box(lines, rules)
    kept = []
    for line, rule in zip(lines, rules, strict=True):
        if rule:
            trace.dropped(line, rule)
        else:
            kept.append(line)
    return kept


CONSENT_RULES = ("cookies", "interface: consent")
BUTTON_WORDS = 4


def _consent_box(lines: list[str], rules: list[str | None]) -> None:
    """An embed's consent box: its notice takes along the short lines set right against it
    (no blank line between), its label above ("Twitter content") and its buttons below
    ("Accepter", "Plus d'info"), which say nothing a page's text would say alone."""
    for i, rule in enumerate(rules):
        if rule not in CONSENT_RULES:
            continue
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and lines[k].strip() and rules[k] in (None, *CONSENT_RULES):
                text = plain(lines[k])
                if rules[k] is None:
                    if len(words(text)) > BUTTON_WORDS or ends_sentence(text):
                        break
                    rules[k] = "consent box"
                k += step


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
    r"^(?:source|article) originale?\s*:|"
    r"^\d*\s*(?:commentaires?|comments?|réactions?|responses?|replies)\s*(?:\(\d+\))?$|"
    r"laisser un commentaire|"
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
        if label and _dated_byline(text):
            continue  # "Publié le 3 mai par X · Laisser un commentaire": the header's metadata
        if label and more_label(text) and _text_follows(lines, i):
            continue  # "VOIR AUSSI" and a headline between two paragraphs: an insert
        if label and (i >= first or _EARLY_CUT.search(text)):
            trace.dropped_all(lines[i:], f"footer (from {text[:40]!r})")
            return lines[:i], lines[i:]
    return lines, []


def _text_follows(lines: list[str], i: int, within: int = 4) -> bool:
    """A paragraph of the text comes within a few lines after line `i`."""
    filled = [k for k in range(i + 1, len(lines)) if lines[k].strip()][:within]
    return any(len(words(plain(lines[k]))) >= 25 and ends_sentence(plain(lines[k])) for k in filled)


def _dated_byline(text: str) -> bool:
    """A byline or date line that links to the comments, not the comment section itself."""
    return (
        len(words(text)) <= 25
        and not _FOOTER.match(text)
        and find_date(text) is not None
        and bool(re.match(r"(?i)(?:publié|posted|published|par |by |le |on )", text))
    )


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
    # the tail first: a line that trails the text is judged with the junk around it still
    # there (jusText's neighbours), then the junk inside the text goes
    lines, names = trim_tail(lines, list(authors), markdown)
    lines = drop_junk(lines)
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
    below = None  # the rule that dropped the line right below this one
    while lines:
        last = lines[-1]
        text = unglue_name(plain(last))
        signed = _signature_names(text, [*authors, *names])
        if signed and not authors and _named_in(signed, lines[:-1]):
            signed = None  # names the text talks about: a list of tags, not a signature
        rule = None
        if signed and text.isupper() and below == HEADLINES:
            rule = HEADLINES  # "TROIS LECTURES" above its list: the list's label, no name
            trace.dropped(last, "the label of the headlines below")
        elif signed and len(names) < SIGNATURE_NAMES:
            for name in reversed(signed):
                if name not in names and not _initials_of(name, [*authors, *names]):
                    names.insert(0, name)
            trace.dropped(last, "signature")
        elif (noted := is_author_note(last, [*authors, *names])) is not None:
            whole = len(words(noted)) >= 2
            if whole and noted not in names and not authors and len(names) < SIGNATURE_NAMES:
                names.insert(0, noted)
            trace.dropped(last, "author's note")
        elif _role_below_name(lines):
            trace.dropped(last, "the signature's role")  # "Journaliste au service Monde"
        elif not markdown and _appeal_below_label(lines):
            trace.dropped(last, "appeal below its label")
        elif (rule := tail_rule(last, markdown)) is not None:
            trace.dropped(last, rule)
        elif not markdown and _stranded(lines):
            trace.dropped(last, "short line among what trails the text")
        else:
            break
        below = rule
        lines = strip_blank_edges(lines[:-1])
    return _strip_ellipsis(lines), names


_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\[(?:\.{3}|…)\]|\((?:\.{3}|…)\))\s*$")


def _strip_ellipsis(lines: list[str]) -> list[str]:
    """ "… contre la Russie. [...]": the mark of an excerpt cut short is not text."""
    if lines and _TRAILING_ELLIPSIS.search(lines[-1]):
        trace.dropped("[...]", "the mark of an excerpt")
        lines = [*lines[:-1], _TRAILING_ELLIPSIS.sub("", lines[-1])]
    return strip_blank_edges(lines)


def _line_above_last(lines: list[str]) -> str:
    """The nearest filled line above the last one ("" if none)."""
    return next((line for line in reversed(lines[:-1]) if line.strip()), "")


def _stranded(lines: list[str]) -> bool:
    """jusText's neighbour rule: a short line at the end, with junk right above it, belongs to
    the junk ("Analysis of politics and power across the Gulf." under a follower count)."""
    text = plain(lines[-1])
    if len(words(text)) > 15 or len(lines) < 2:
        return False
    above = _line_above_last(lines)
    if not above or tail_rule(above) is None:
        return False
    # a button or a label above ("Gift this article") counts, but not what also sits between
    # two paragraphs of the text (an advertising label, a photo); a headline may be the text's
    rule = junk_rule(above)
    if rule in _INSIDE_TEXT:
        return False
    return bool(rule or closing_rule(plain(above))) or not _is_headline(above)


# What a page puts between two paragraphs of its text too.
_INSIDE_TEXT = ("advertising", "photo credit", "link or embed", "image alt text", "cookies")


# Whoever addresses the reader: an appeal ("Join from R50 a month and keep our reporting free").
_ADDRESS_WORDS = re.compile(r"\b(?:we|us|our|you|your|nous|notre|nos|vous|votre|vos)\b", re.I)
APPEAL_RULES = ("interface: support", "newsletter", "closing", "follow us")


def _appeal_below_label(lines: list[str]) -> bool:
    """The last paragraph speaks to the reader right below a call's label ("Support
    independent journalism", "Newsletter"): the call's own text, not the article's."""
    text = plain(lines[-1])
    if len(words(text)) > 50 or not _ADDRESS_WORDS.search(text):
        return False
    above = _line_above_last(lines)
    return bool(above) and len(words(plain(above))) <= 8 and tail_rule(above) in APPEAL_RULES


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


def _role_below_name(lines: list[str]) -> bool:
    """The last line is a role (≤ 8 words: "Journaliste au service Monde", or a note that
    starts with it: "Journaliste à Kivu Matin, couvre …") right below a name."""
    text = plain(lines[-1])
    led = _IS_ROLE.match(text) is not None and len(words(text)) <= 40  # "Journaliste à …, couvre"
    if not led and (len(words(text)) > 8 or ends_sentence(text) or not _IS_ROLE.search(text)):
        return False
    above = _line_above_last(lines)
    return _signature_name(unglue_name(plain(above)), []) is not None


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


HEADLINES = "other pages' headlines"


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
    if _WRITER_NOTE.match(text) and len(words(text)) <= 60:
        return "author's note"
    if parse_credit(text) is not None or is_date_line(text):
        return "credit or date after the text"
    if _is_headline(line):
        return HEADLINES
    return None


def _is_headline(line: str) -> bool:
    """A headline in a list after the text: a heading's shape, and not a list item."""
    if re.match(r"^\s*(?:[-*+•]|\d+[.)])\s", line):
        return False
    return is_heading_like(line, max_words=24) or _is_timed(plain(line))


# "[1] Executive Order …, 2025.", "↑ « Déclaration … », 19 mars 2014.": the notes below a text.
_FOOTNOTE = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|↑|\^\s*\d{0,3})\s*\S")
# "The writer is a former ambassador …", "L'autrice est chercheuse …": a note on the author.
_WRITER_NOTE = re.compile(
    r"^(?:the (?:writer|author)s? (?:is|are|was|were)|l['’](?:auteur|autrice)e? (?:est|était)|"
    r"les auteur(?:e|rice)?s (?:sont|étaient))\b",
    re.I,
)
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
    r"columnist|éditorialiste|editorialist|spécialiste|specialist|expert|experte|enseignant|"
    r"enseignante|lecturer|"
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


def is_prose(line: str) -> bool:
    """A line of running text (not a title, byline, caption or button)."""
    text = plain(line)
    count = len(words(text))
    return count >= 20 or (count >= 6 and ends_sentence(text) and stopword_density(text) > 0.1)
