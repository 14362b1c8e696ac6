"""Lines that are never article text: the interface lexicon, shapes every site shares, captions
and credits.

Part of `manchette.ingest.sourcekit`: layouts import from the package, not from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..interface import (
    interface_rule,
    is_agency,
    remember,
)
from ..language import stopword_density
from .names import (
    _BYLINE,
    _is_place,
)
from .text import (
    ends_sentence,
    has_letters,
    link_density,
    plain,
    words,
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

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
    r"^(?:get|receive|recevez) (?:the|our|notre|la|le) (?:[\w'’-]+ ){0,4}?(?:brief|briefing|"
    r"newsletter|digest|bulletin|lettre|infolettre)\b|"
    r"^(?:get|download|téléchargez|installez) (?:the|our|notre|l['’]|la) ?(?:[\w'’-]+ ){0,3}?"
    r"(?:app|application)\b|"
    r"^(?:notre |our |la )?(?:newsletter|infolettre|lettre d['’]information)\b\W*\w*\W*$",
    re.I,
)
_COOKIE = re.compile(
    r"cookies?\b.*\b(?:accept|consent|navigation|param[eè]tr|privacy|confidentialit|refus|"
    r"continu|traceurs|settings|réglages|stocker|store|partenaires|partners|données|data)|"
    r"(?:accept|consent|refus|accord|partenaires|partners)\w*\b.*\bcookies?\b",
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
# "Photo by Jane Roe", "Illustration de …": a credit without a colon.
_CREDIT_BY = re.compile(
    r"^(?:photos?|photographs?|illustrations?|images?|pictures?|vidéo|video|dessin)\s+(?:by|de|par)\s",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:photos?|photograph|photographie|crédits?(?: photos?)?|credits?|image|images|"
    r"illustration|vidéo|video|légende|caption|source image|photo credit|picture|"
    r"featured image(?: credit)?|image credit|crédit image|image de une|photo de une|"
    r"top image|main image|lead image|header image|image source|source de l['’]image)\s*:|"
    r"^credit\s*\.{2,}\s*\S",  # "Credit...Jane Roe for The Ledger"
    re.I,
)
# "MATHIEU LEMERCIER POUR « LE COURRIER »", "JANE ROE FOR THE LEDGER": a photographer in capitals.
_CAPITALS_FOR = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s[A-ZÀ-Þ'’.-]+){1,3}\s+(?:POUR|FOR)\s+[«\"“]?\s*[A-ZÀ-Þ0-9]"
    r"[^a-z]{1,50}$"
)
# "… à Kyiv, le 23 février / Photo: Kyiv Meridian", "… | Crédit : X": a credit ending a caption.
_INNER_CREDIT = re.compile(
    r"(?:\s(?:/|\||—|–|-|·)\s*|[.!?…]\s+|(?<=[a-zà-ÿ]))"
    r"(?:photos?|photograph|crédits?(?: photos?)?|credits?|photo credits?|images?|pictures?|pic|"
    r"illustration|fotos?)\s*:\s*"
    r"\S.{0,70}$",
    re.I,
)
# "Photo AFP - Issouf Sanogo", "Crédit Reuters/Jane Roe", "File photo: …": the word, the agency.
_PHOTO_AGENCY = re.compile(
    r"^(?:photos?|crédits?(?: photo)?|credits?|ph\.)\s+(?P<agency>[\w.'’-]{2,25}(?: [\w.'’-]{2,25})?)"
    r"(?:\s*[-–—/|]\s*[^.!?]{2,50})?$",
    re.I,
)
# "(Reuters: Lincoln Feast)", "(AFP : Jane Roe)": an agency's credit in brackets.
_PAREN_AGENCY = re.compile(r"\((?P<agency>[\w .-]{2,25}?)\s*:\s*[^():]{2,40}\)\s*$")
_FILE_PHOTO = re.compile(r"^(?:file photo|archive photo|photo d['’]archives?)\s*:\s*\S", re.I)
# "… à Washington. /Photo prise le 10 février 2025/REUTERS/Kevin Lamarque", "… à New York.
# Vidéo : UN Web TV": a wire photo's slashed credit, a video's credit after its caption.
_SLASHED_WIRE = re.compile(r"[.!?]\s*/\s*(?:photo|picture|image)\b[^/]{0,40}/\s*[A-Z]{2,}\b", re.I)
_VIDEO_CREDIT = re.compile(r"[.!?]\s+(?i:vidéo|video)\s*:\s*[A-ZÀ-Þ][^.!?]{1,40}$")
# "… du Havre, en octobre. | Photo La Vigie – Benoît Lemaire": a separator, "Photo", a name.
_SEPARATED_PHOTO = re.compile(
    r"\s[|/—–·]\s*(?i:photos?|pictures?|fotos?)\s+(?i:de\s+|by\s+)?[A-ZÀ-Þ][^.!?|]{2,70}$"
)
# "… summit in Abuja. File photo", "… in May.Handout", "… à Beyrouth. Photo de l'autrice.":
# a caption whose credit is a word for where the picture came from, not a name.
_SOURCE_WORD_CREDIT = re.compile(
    r"[.!?…»”)]\s*(?:file photo|handout|supplied|submitted|photo d['’]archives?|archives?|"
    r"photo (?:de l['’]auteur|de l['’]autrice|fournie|dr)|dr|pool|courtesy(?: photo)?)\.?\s*$",
    re.I,
)
# "… à La Haye, mardi soir. Lucía Herranz (EFE)", "… en mai 2025. Julien Ferrand / Le Nouveau
# Siècle", "… in Jeddah on Tuesday. (SPA)": after the caption's last sentence, its credit.
_CREDIT_AFTER_SENTENCE = re.compile(
    r"[.!?…]\s*(?:\((?P<paren>[^()]{2,30})\)|(?P<person>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s*(?:/\s*(?P<outlet>[^./]{2,40})|\((?P<agency>[^()]{2,30})\)))\s*$"
)
# "Figure 1 : …", "Graphique : …", "Carte 2 – …": the label of a figure, a caption.
_FIGURE = re.compile(
    r"^(?:figure|fig\.|graphique|graph|tableau|table|chart|carte|map|infographie|infographic)"
    r"\s*\d*\s*[:.–—-]\s+\S",
    re.I,
)
_TAGS = re.compile(
    r"^(?:mots[- ]clés|tags?|étiquettes|keywords|sujets?|catégories?|categories|category|"
    r"rubriques?|thèmes?|topics?|posted in|filed under|classé dans|thématiques?|libellés|"
    r"labels)\s*:",
    re.I,
)
_NAVIGATION = re.compile(
    r"^(?:accueil|home)\s*[>›»/|]|^(?:article (?:précédent|suivant)|previous|next)(?: post| article)?\s*:?",
    re.I,
)
# "Forums › World Affairs › Middle East & Iran": a trail of short section names.
_BREADCRUMB = re.compile(r"^[^›>»]{1,40}(?:\s[›>»]\s[^›>»]{1,40}){2,}$")
# "Kazakhstan / Regional / Features": three or more section names between slashes (a title has
# at most two sides: "Poutine / Trump : le face-à-face").
_SLASH_TRAIL = re.compile(
    r"^[A-ZÀ-Þ][\w'’&-]*(?: [\w'’&-]+){0,2}(?: / [A-ZÀ-Þ][\w'’&-]*(?: [\w'’&-]+){0,2}){2,}$"
)
# "Valais | Suisse | Monde | Économie | Sport": a menu set out on one line, its links between bars.
_BAR_MENU = re.compile(r"^[^|.!?:]{1,24}(?:\s\|\s[^|.!?:]{1,24}){3,}$")
# "Moncton 4 °C Nuageux", "Paris 12°": the weather box of a page's header.
_WEATHER = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’-]+(?: [\w'’-]+){0,2}\s+)?-?\d{1,2}\s*°\s*[CF]?(?:\s+[\w'’ -]{1,25})?$"
)
# "Views: 1 284 | 15:32", "Lu 2 310 fois", "Vues : 845": a page's counter.
_COUNTER = re.compile(
    r"^(?:(?:views|vues|lectures|reads|hits|affichages)\s*:\s*[\d\s.,\u202f\u00a0]+[km]?|"
    r"(?:lu|read|vu)\s+[\d\s.,\u202f\u00a0]+\s+(?:fois|times))"
    r"(?:\s*[|·•]\s*\d{1,2}[:h]\d\d)?$",
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
    r"more on this|you may also like|vous aimerez aussi|articles? (?:similaires|connexes)|"
    r"vidéo suivante|next video|up next|watch next|à voir ensuite|lisez aussi|lisez également)"
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


_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")


def is_junk(line: str) -> bool:
    """A line that is never article text (see `junk_rule`)."""
    return junk_rule(line) is not None


@remember
@lru_cache(maxsize=16384)
def junk_rule(line: str) -> str | None:
    """The name of the rule by which `line` is never article text, or None.

    Patterns every site shares and the interface lexicon (`site-plugins/interface.yml`) come
    first, then shape: a line without letters, a link-heavy short line.
    """
    text = plain(line)
    if not text or _FENCE.match(line):
        return None  # a Markdown code fence frames text: it is not junk itself
    if not has_letters(text):
        return "no letters"  # separators, identifiers such as "249-18-02-2025"
    if len(text) >= 300 and "](" not in line:
        return None  # a long line without links is prose
    short = len(text) < 300
    checks = (
        ("share buttons", is_share_line(line)),
        ("reading time or duration", _READING_TIME.match(text)),
        (
            "desk codes",
            _DESK_CODE.match(text)
            or ((m := _AGENCY_CODES.match(text)) is not None and is_agency(m["agency"])),
        ),
        ("the site's note", len(words(text)) <= 80 and _SITE_NOTE.match(text)),
        ("contact details", _EMAIL.fullmatch(text.strip(" ."))),
        ("update time", _UPDATE_TIME.match(text) or _RELATIVE_DAY.match(text)),
        ("gallery counter", _GALLERY.match(text)),
        (
            "dateline place",
            _PLACE_LINE.match(text) and _is_place_name(_PLACE_LINE.match(text)["place"]),
        ),
        ("greeting or sign-off", len(text) < 40 and _GREETING.match(text)),
        ("follow us", len(words(text)) <= 20 and _FOLLOW.search(text)),
        ("copyright", short and _COPYRIGHT.search(text)),
        (
            "newsletter",
            len(text) < 250 and _NEWSLETTER.search(text) and not _long_sentence(text),
        ),
        ("cookies", short and _COOKIE.search(text) and _speaks_to_reader(text)),
        ("advertising", _AD.match(text)),
        ("comments", short and _COMMENTS.search(text)),
        ("photo credit", is_caption(text)),
        ("tags", len(text) < 300 and _TAGS.match(text)),
        (
            "navigation",
            _NAVIGATION.match(text)
            or _BREADCRUMB.match(text)
            or _SLASH_TRAIL.match(text)
            or (_BAR_MENU.match(text) and all(len(p.split()) <= 3 for p in text.split(" | "))),
        ),
        ("weather", len(text) < 60 and _WEATHER.match(text)),
        ("counter", _COUNTER.match(text)),
        ("link or embed", _MEDIA.match(text)),
        ("image alt text", is_repeated_phrase(text)),
        ("image file name", is_file_name(text)),
        (
            "links",
            len(words(text)) <= 30 and link_density(line) > 0.6 and not ends_sentence(text),
        ),
    )
    for name, hit in checks:
        if hit:
            return name
    rule = interface_rule(text)
    if rule and not (rule == "support" and _long_sentence(text)):
        return f"interface: {rule}"
    if _ISSUE.match(text):
        return "issue number"
    if _COUNTED.match(text):
        return "comments"  # "Comment 214", "Commenter 58"
    if _REPORTED_FROM.match(text) and len(words(text)) <= 20:
        return "where the reporter wrote from"  # "Koval reported from Prague."
    pieces = [p for p in _BAR.split(text) if p.strip()]
    if len(pieces) >= 2 and all(interface_rule(p) or is_share_line(p) for p in pieces):
        return "interface: buttons on one line"  # "Imprimer | Envoyer à un ami | Taille du texte"
    return None


_BAR = re.compile(r"\s+[|·•⎙♡♥✉☆★🖨]\s+|\s+[^\w\s«»\"“”'’()-]\s+")
_COUNTED = re.compile(
    r"^(?:comments?|commenter|commentaires?|réactions?|réagir|reactions?|replies)\s*\(?\d+\)?$",
    re.I,
)
_REPORTED_FROM = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?:\s(?:and\s|et\s)?[A-ZÀ-Þ][\w'’.-]+){0,5}\s+(?:reported|contributed "
    r"reporting|contributed) (?:from|to this|in)\b",
)
# "Note du carnet : je reprends ici …", "Note de l'éditeur :": a note of the site's own.
_SITE_NOTE = re.compile(
    r"^note (?:du|de la|de l['’]|des) [\w'’-]{2,20}(?: [\w'’-]{2,20})?\s*:", re.I
)
# "N° 3412 du magazine", "No. 218 – Octobre 2025": a print issue's number.
_ISSUE = re.compile(r"^(?:n°|no\.|numéro|issue)\s*#?\s*\d{1,5}\b(?:\W+\w+){0,4}$", re.I)


# "Lecture 4 min.", "7 min read", "Temps de lecture : 5 minutes", "28-Minute Listen", "Durée :
# 02:14", "00:00 / 03:12", "1.1K Followers", "210 Following", "Last published 2 days ago".
_READING_TIME = re.compile(
    r"^(?:(?:temps de |estimated )?(?:lecture|reading time)\s*(?:en|:)?\s*\d+\s*min(?:utes?)?\.?|\d+\s*min(?:utes?)?\.?|"
    r"\d+\s*min(?:utes?)?\.?\s*"
    r"(?:de lecture|read|listen|à lire|d'écoute)|\d+[- ]minute (?:read|listen|watch)|"
    r"(?:durée|duration|length)\s*:?\s*\d[\d:]*(?:\s*min)?|\d{1,2}:\d\d(?:\s*/\s*\d{1,2}:\d\d)?|"
    r"[\d.,\s]+\s*[km]?\s*(?:followers|following|subscribers|abonnés|abonnements|membres|members|"
    r"vues|views|lectures|claps|"
    r"likes|j'aime|partages|shares|reactions|réactions)|"
    r"(?:(?:last )?(?:updated|published|posted|publié|publiée|(?:dernière )?mise? à jour|"
    r"modifié|actualisé)\s*:?\s*)?"
    r"(?:il y a \d+ \w+|\d+ \w+ ago|à l'instant|just now)|"
    r"(?:écouter|listen|regarder|watch)\s*(?:\(\s*)?\d+\s*(?:min|s|sec)\.?\)?|"
    r"(?:listen to (?:the )?audio|écouter l['’]audio|écouter)\s*\(\d[\d:]*\))$",
    re.I,
)
# A letter's greeting and sign-off: "Bonjour à tous,", "Chers lecteurs,", "À jeudi prochain,",
# "Bonne lecture !", "Best,", "Hi everyone,".
_GREETING = re.compile(
    r"^(?:(?:bonjour|bonsoir|salut|chers?|chères?|hello|hi|dear|greetings|best|amitiés|"
    r"cordialement|cheers)\b[^.!?]{0,30}[,!]?|"
    r"(?:bonne lecture|bonne semaine|bon week-end|à (?:bientôt|jeudi|lundi|mardi|mercredi|"
    r"vendredi|samedi|dimanche|la semaine prochaine|dans)|see you|until next)\b[^.!?]{0,30}"
    r"[,!.]?)$",  # (a sign-off may end with a period: "Bonne lecture, et à jeudi.")
    re.I,
)
# "Damas (Syrie)", "KYIV": a dispatch's place alone on its line, above the text.
_PLACE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?:\s*\([^()]{2,30}\))?$"
)


# "Aujourd'hui à 06h15, modifié à 08h02", "Yesterday at 9:40 PM": a time without its date.
_RELATIVE_DAY = re.compile(
    r"^(?:publié |posted |published )?(?:aujourd['’]hui|hier|today|yesterday)\s*(?:à|at)?\s*"
    r"\d{1,2}\s*[h:.]\s*\d\d(?:\s*(?:am|pm))?(?:,?\s*(?:modifié|mis à jour|updated)\s*(?:à|at)?"
    r"\s*\d{1,2}\s*[h:.]\s*\d\d(?:\s*(?:am|pm))?)?\.?$",
    re.I,
)


def _is_place_name(name: str) -> bool:
    """A city's name; an acronym in capitals ("RSS", "PDF") is a link, whatever GeoNames knows."""
    return not (name.isupper() and len(name) <= 4) and _is_place(name)


# "Mis à jour à 11h15.", "Updated at 9:40": an update's time alone (the date is elsewhere).
_UPDATE_TIME = re.compile(
    r"^\(?(?:mis à jour|mise à jour|modifié|actualisé|updated|last updated)\s*(?:à|at|:)?\s*"
    r"\d{1,2}\s*[h:.]\s*\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\.?"
    r"(?:\s*(?:et|pt|ct|bst|gmt|utc|cet|cest|heure de paris))?\.?\)?$",
    re.I,
)
# "Item 1 of 2", "[1/2]", "Photo 3 sur 12", "Image 1 / 4": a gallery's counter.
_GALLERY = re.compile(
    r"^(?:(?:item|image|photo|slide|diapo|diapositive|vidéo)\s+\d+\s*(?:of|sur|de|/)\s*\d+|"
    r"\[\d+\s*/\s*\d+\])$",
    re.I,
)
_GALLERY_START = re.compile(
    r"^(?:(?:item|image|photo|slide|diapo)\s+\d+\s*(?:of|sur|de|/)\s*\d+\b|\[\d+\s*/\s*\d+\])", re.I
)
# A caption that speaks of its picture: "This photo, released by …", "In this handout image",
# "Cette photo diffusée par …", "Sur cette image", "Photo prise le 3 mai".
_PHOTO_OPENING = re.compile(
    r"^(?:(?:in |on )?(?:this|the above|the) (?:handout |file |undated |satellite |aerial )?"
    r"(?:photo|photograph|picture|image|screenshot|screen grab|still)s?\b(?! (?:op|finish)\b)|"
    r"(?:sur )?(?:cette|cet|la présente) (?:photo|image|capture|illustration)s?\b|"
    r"(?:photo|image|capture d'écran) (?:prise|diffusée|publiée|fournie|transmise)\b)",
    re.I,
)
# "sd/arm", "ab/jm": the initials of a wire's editors, at the end of a dispatch.
_DESK_CODE = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4}){1,3}$")
# "PTI ABC DEF XYZ", "AFP JD/SR": an agency's name, then its editors' codes.
_AGENCY_CODES = re.compile(r"^(?P<agency>[A-Z]{2,6})(?:[\s/]+[A-Z]{2,4}){1,4}$")
# "Suivez-nous sur Telegram", "Follow RusNova on Telegram: t.me/…", "Rejoignez notre chaîne".
_FOLLOW = re.compile(
    r"^(?:suivez|suivre|follow|rejoignez|join|abonnez-vous|subscribe|retrouvez|like us|"
    r"aimez notre page)\b.*\b(?:telegram|"
    r"twitter|x|facebook|instagram|youtube|tiktok|whatsapp|linkedin|bluesky|mastodon|vk|rumble|"
    r"threads|substack|newsletter|chaîne|canal|channel|podcast|google news|réseaux sociaux|"
    r"social media)\b",
    re.I,
)


# ----------------------------------------------------------------------------- captions, credits

_PAREN_CREDIT = re.compile(
    r"[(\[]\s*(?:photos?|photograph|image|crédits?|credits?|©|illustration|capture)\b[^()\[\]]{0,80}"
    r"[)\]]\s*$",
    re.I,
)
# "(AA Photo)", "(U.S. Army photo by Sgt. Jane Roe)", "[KEYSTONE - Anthony Anex]": the credit in
# brackets ends the caption, the word "photo" inside it or an agency in capitals first.
_PAREN_PHOTO = re.compile(
    r"(?:\((?:[^()]{1,40}\s)?(?i:photos?|photograph|foto)(?:\s[^()]{1,60})?\)|"
    r"\[[A-ZÀ-Þ]{2,}(?:[-\s][A-ZÀ-Þ]{2,})?\s*[-/–|]\s*[^\[\]]{2,50}\])\s*$"
)
# What comes before the agency that ends a caption: a sentence end, a slash, a pipe, "Photo".
_CREDIT_TAIL = re.compile(
    r"(?:[.!?…»”)]\s+|\s*/\s*|\s[|·•]\s+|\s[-–—]\s+|(?:photo|photograph|crédit|credit)s?\s*:?\s*)"
    r"(?P<agency>[^.!?/|·•()]{1,40}?)\s*$",
    re.I,
)
_ALL_CAPS_CREDIT = re.compile(r"^[A-ZÀ-Þ .'’-]+(?:\s*/\s*[\w .'’-]+)+$")


# "(à gauche)", "(left)", "ci-dessus": a caption pointing at its pictures.
_POSITION = re.compile(
    r"\((?:à gauche|à droite|au centre|en haut|en bas|left|right|center|centre|top|bottom|"
    r"above|below)\)|\b(?:ci-dessus|ci-contre|ci-dessous|pictured)\b|^(?:capture d['’]écran|"
    r"screenshot|screen grab|cliquer pour agrandir|click to enlarge|agrandir)\b",
    re.I,
)
# "Gavriil Grigorov / Sputnik / Reuters / Scanpix": names and agencies between slashes.
_SLASH_LIST = re.compile(r"^[^/.!?]{2,40}(?:\s*/\s*[^/.!?]{2,40}){1,5}$")
# (the outlet in capitalised words: "Duel Poutine / Trump par délégations" is a title)
_NAME_SLASH_OUTLET = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3}\s*/\s*"
    r"[A-ZÀ-Þ][\w.'’&-]*(?: (?:[A-ZÀ-Þ&][\w.'’&-]*|the|of|de|du|des|la|le|et))*$"
)
_PAREN_SLASH = re.compile(r"\((?:[^()/]{2,50}/){1,3}[^()/]{2,50}\)\s*$")  # "(Jane Roe/The Courier)"
_CREDIT_WORDS = re.compile(
    r"\s+(?:file|files|photo|photos|pool|archives?|via\s+[\w .-]{2,30})$", re.I
)


CAPTION_MAX_WORDS = 60
# What marks a caption or its credit, in a line of at most CAPTION_MAX_WORDS words.
_CAPTION_SHAPES = (
    _INNER_CREDIT,  # "… à Kyiv, le 23 février / Photo: Kyiv Meridian"
    _FIGURE,  # "Carte 2 : les zones de pêche contestées"
    _FILE_PHOTO,  # "File photo: President …"
    _SLASHED_WIRE,  # "… à Washington. /Photo prise le 10 février 2025/REUTERS/…"
    _VIDEO_CREDIT,  # "… mardi à New York. Vidéo : UN Web TV"
    _SEPARATED_PHOTO,  # "… en octobre. | Photo La Vigie – Benoît Lemaire"
    _SOURCE_WORD_CREDIT,  # "… summit in Abuja. File photo"
    _GALLERY_START,  # "Item 1 of 2 Russian President …", "[1/2]Russian President …"
    _PHOTO_OPENING,  # "This photo, released by …, shows …", "Sur cette photo, …"
)


@remember
@lru_cache(maxsize=16384)
def is_caption(text: str) -> bool:
    """A photo caption or credit: "Le président devant le parlement. afp", "JEAN DOE / POOL /
    AFP", "… (Photo AP)", "Photo : Keystone/Anthony Anex", "Photograph: Jane Roe/Reuters"."""
    text = plain(text)
    if len(text) > 400:
        return False
    if (_CREDIT.match(text) or _CREDIT_BY.match(text) or _CAPITALS_FOR.match(text)) and len(
        text
    ) < 200:
        return True
    agency = _PHOTO_AGENCY.match(text)
    if agency and is_agency(agency.group("agency")):
        return True
    count = len(words(text))
    if count <= CAPTION_MAX_WORDS:
        if any(shape.search(text) for shape in _CAPTION_SHAPES):
            return True
        paren = _PAREN_AGENCY.search(text)
        if paren and is_agency(paren.group("agency")):
            return True
    if _POSITION.search(text) and count <= 50:
        return True
    parts = re.split(r"\s*/\s*", text)
    if any(_BYLINE.match(part) for part in parts):
        return False  # "EDB / Par Rania Haddad": a byline after the outlet's initials
    if _NAME_SLASH_OUTLET.match(text):
        return True  # "Maya Chen/Tribune Staff", "Jane Roe/The Courier"
    if _SLASH_LIST.match(text) and any(
        is_agency(p) or re.match(r"(?i)(?:\w+\s+)?(?:photo|foto|photograph|image)s?$", p)
        for p in parts
    ):
        return True  # "Vilnius Airport / BNS Photo / Mantas Radvila"
    if re.search(
        r"[.!?…]\s+(?:photos?|illustration|image)\s+(?:by\s+|de\s+)?[A-ZÀ-Þ][^.]{2,60}$", text, re.I
    ):
        return count <= CAPTION_MAX_WORDS  # "… au palais de Baabda. Photo Dalati et Nohra"
    after = _CREDIT_AFTER_SENTENCE.search(text)
    if after and count <= CAPTION_MAX_WORDS:
        paren = after.group("paren") or after.group("agency")
        if after.group("outlet") or (paren and (is_agency(paren) or paren.isupper())):
            return True
    if _PAREN_CREDIT.search(text) or (
        (_PAREN_SLASH.search(text) or _PAREN_PHOTO.search(text)) and count <= CAPTION_MAX_WORDS
    ):
        return True
    if "©" in text and len(text) < 300:
        return True
    if _ALL_CAPS_CREDIT.match(text) and len(text) < 120:
        return True
    tail = _CREDIT_TAIL.search(_CREDIT_WORDS.sub("", text))
    return bool(tail and is_agency(tail.group("agency")) and count <= CAPTION_MAX_WORDS)


# A consent banner speaks to the reader ("nous utilisons…", "vous acceptez", "your choices");
# an article about cookies speaks of others.
_READER = re.compile(
    r"\b(?:vous|votre|vos|nous utilisons|we use|you|your|j['’]accepte|i accept|accepter|"
    r"accept|paramétrer|personnaliser|gérer|manage|refuser|reject|ok)\b",
    re.I,
)


def _speaks_to_reader(text: str) -> bool:
    return len(words(text)) <= 8 or bool(_READER.search(text))


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
    """A short line without final punctuation, starting with a capital: a title or subheading
    (or another page's headline: those run to about 200 characters)."""
    text = plain(line)
    limit = 120 if max_words <= 14 else 220
    if not text or not has_letters(text) or len(text) > limit or len(words(text)) > max_words:
        return False
    first = next((c for c in text if c.isalnum()), "")
    return (first.isupper() or first.isdigit()) and not ends_sentence(text) and text[-1] != ","
