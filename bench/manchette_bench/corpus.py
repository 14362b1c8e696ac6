"""A synthetic archive of N articles made from the sample files, for the scale benchmark.

Each generated file is one sample with its header and footer kept as they are (so the same
source layout reads it), and with what differs from one real article to the next changed:
a new title, a new date (written in the sample's own date formats, every date of the text
shifted together), body paragraphs picked, mixed with paragraphs of the other samples and
reordered, and some of the people it names replaced by names from a long tail of plausible
French, Russian and American names, so that the actor index grows as a real archive's does.

Article i depends only on the samples, the seed and the articles before it: the first 1,000
articles of a 10,000-article corpus are the 1,000-article corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.ingest.pipeline import article_files
from manchette.ingest.plaintext import markdown_to_plain

FIRST_DAY = dt.date(2020, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
OWN_SHARE = 0.5  # at most this share of a body comes from its own sample (the rest from others)
SWAP_SHARE = 0.5  # share of the people of a sample renamed in each generated article
UNDATED_SHARE = 0.25  # articles of a dateless layout that the curator leaves without a date
NAME_POOL = 6000  # size of the long tail of person names
NAME_SKEW = 2.5  # > 1: a few names recur often, most appear once or twice

# --- names -------------------------------------------------------------------------------------

FRENCH_FIRST = (
    "Jean Pierre Michel Philippe Alain Nicolas Christophe François Laurent Éric Frédéric Olivier "
    "Thierry Patrick Julien Stéphane Sébastien Vincent Antoine Guillaume Mathieu Benoît Arnaud "
    "Hugues Didier Gérard Bernard Yves Hervé Lionel Marie Nathalie Isabelle Sylvie Catherine "
    "Sophie Valérie Christine Anne Céline Sandrine Aurélie Claire Élise Hélène Camille Juliette "
    "Agnès Brigitte Martine Florence Odile Pascale Ségolène Delphine Virginie Émilie Manon Chloé"
).split()
FRENCH_LAST = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
    "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
    "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier "
    "Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy "
    "Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas "
    "Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud "
    "Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre"
).split()
RUSSIAN_FIRST = (
    "Alexandre Alexeï Andreï Anatoli Anton Arkadi Boris Constantin Denis Dmitri Evgueni Fiodor "
    "Guennadi Grigori Igor Ilia Ivan Kirill Léonid Maxime Mikhaïl Nikolaï Oleg Pavel Piotr Roman "
    "Sergueï Stanislav Timofeï Valentin Valeri Vassili Viatcheslav Viktor Vitali Vladimir "
    "Vladislav Iouri Iaroslav Zakhar Anna Elena Irina Maria Natalia Olga Svetlana Tatiana "
    "Ekaterina Ioulia Ludmila Marina Galina Oksana Daria Veronika Alla Larissa Nadejda Valentina"
).split()
RUSSIAN_LAST = (
    "Ivanov Smirnov Kouznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov "
    "Soloviev Vassiliev Zaïtsev Pavlov Semionov Golubev Vinogradov Bogdanov Vorobiev Fiodorov "
    "Mikhaïlov Beliaïev Tarassov Belov Komarov Orlov Kisselev Makarov Andreïev Kovalev Ilyine "
    "Goussev Titov Kouzmine Koudriavtsev Baranov Koulikov Alexeïev Stepanov Iakovlev Sorokine "
    "Romanov Zakharov Borissov Korolev Guerassimov Ponomarev Grigoriev Lazarev Erchov Nikitine "
    "Sobolev Riabov Poliakov Tsvetkov Danilov Joukov Frolov Jouravlev Krylov Maximov Sidorov "
    "Ossipov Belooussov Fedotov Egorov Matveïev Bobrov Kalinine Anissimov Antonov Timofeïev "
    "Nikiforov Vesselov Filippov Markov Bolchakov Soukhanov Mironov Alexandrov Konovalov "
    "Chestakov Kazakov Efimov Denissov Gromov Fomine Davydov Melnikov Blinov Kolesnikov Karpov"
).split()
AMERICAN_FIRST = (
    "James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
    "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald "
    "Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Mary Patricia Jennifer "
    "Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley "
    "Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura"
).split()
AMERICAN_LAST = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White "
    "Harris Thompson Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams "
    "Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins "
    "Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard "
    "Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long "
    "Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson"
).split()
FEMININE_RUSSIAN = set(
    "Anna Elena Irina Maria Natalia Olga Svetlana Tatiana Ekaterina Ioulia Ludmila Marina "
    "Galina Oksana Daria Veronika Alla Larissa Nadejda Valentina".split()
)
# First names a press text uses before a surname, beyond the generated ones: they let the
# generator see who a sample names ("Steve Witkoff", "Iouri Ouchakov", ...).
OTHER_FIRST = (
    "Steve Jared Marco Mike John Keith Joe Emmanuel Volodymyr Youri Sergei Rachel Larry Karine "
    "Ursula Kaja Olaf Boris Recep Xi Narendra Benjamin Ali Antonio Rishi Keir Friedrich Viktor "
    "Mohammed Abbas Kim Lula Javier Giorgia Hakan Pete Tulsi JD Kamala Hillary Barack Condoleezza"
).split()
CULTURES = (
    (FRENCH_FIRST, FRENCH_LAST),
    (RUSSIAN_FIRST, RUSSIAN_LAST),
    (AMERICAN_FIRST, AMERICAN_LAST),
)


def russian_surname(first: str, last: str) -> str:
    """Russian surnames agree with the person: Ivanov, Ivanova; Kalinine, Kalinina."""
    if first not in FEMININE_RUSSIAN:
        return last
    if last.endswith(("ov", "ev", "ïev")):
        return last + "a"
    if last.endswith("ine"):
        return last[:-1] + "a"
    return last


def name_pool(seed: int, size: int = NAME_POOL) -> list[str]:
    """`size` distinct plausible names, in a fixed (seeded) order of decreasing frequency."""
    rng = random.Random(f"names:{seed}")
    combos = []
    for firsts, lasts in CULTURES:
        for first in firsts:
            for last in lasts:
                if lasts is RUSSIAN_LAST:
                    last = russian_surname(first, last)
                combos.append(f"{first} {last}")
    rng.shuffle(combos)
    return combos[:size]


def pick_name(rng: random.Random, pool: list[str]) -> str:
    """A long-tailed draw: low indexes (the archive's regulars) come up far more often."""
    return pool[min(len(pool) - 1, int(len(pool) * rng.random() ** NAME_SKEW))]


_FIRST_NAMES = sorted(
    {n for names in (FRENCH_FIRST, RUSSIAN_FIRST, AMERICAN_FIRST, OTHER_FIRST) for n in names},
    key=len,
    reverse=True,
)
_PERSON = re.compile(
    r"(?<![\w-])(" + "|".join(map(re.escape, _FIRST_NAMES)) + r")[ \u00a0]+"
    r"([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w-])"
)


def people_named(text: str) -> list[tuple[str, str]]:
    """(first name, surname) of each person a text names in full, in order of appearance."""
    seen: dict[tuple[str, str], None] = {}
    for match in _PERSON.finditer(text):
        seen.setdefault((match.group(1), match.group(2)), None)
    return list(seen)


def swap_people(text: str, rng: random.Random, pool: list[str]) -> tuple[str, dict[str, str]]:
    """Rename some of the people of `text`: "First Last" and a later bare "Last" alike."""
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    for first, last in people_named(text):
        if last in taken or rng.random() >= SWAP_SHARE:
            continue
        new = pick_name(rng, pool)
        if new in renamed.values():
            continue
        taken.add(last)
        renamed[f"{first} {last}"] = new
    for old, new in renamed.items():
        first, last = old.split(" ", 1)
        new_last = new.split(" ", 1)[1]
        text = re.sub(
            rf"(?<![\w-]){re.escape(first)}[ \u00a0]+{re.escape(last)}(?![\w-])", new, text
        )
        text = re.sub(rf"(?<![\w-]){re.escape(last)}(?![\w-])", new_last, text)
    return text, renamed


# --- dates -------------------------------------------------------------------------------------

MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
_FR_LONG = re.compile(r"(?<![\w-])(1er|\d{1,2})(\s+)(" + "|".join(MONTHS_FR) + r")(\s+)(\d{4})\b")
_EN_LONG = re.compile(r"\b(" + "|".join(MONTHS_EN) + r")(\s+)(\d{1,2}),(\s*)(\d{4})\b")
_NUMERIC = re.compile(r"(?<!\d)(\d{2})([/.-])(\d{2})\2(\d{4})(?!\d)")  # day first, as in French
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(day: int, like: str, french: bool = False) -> str:
    """Day of month written like `like` was: zero-padded or not, "1er" in French."""
    if len(like) == 2 and like.startswith("0"):
        return f"{day:02d}"
    return "1er" if french and day == 1 else str(day)


def dates_in(text: str) -> list[tuple[int, dt.date]]:
    """Every full date of `text` (French, English, numeric day-first or ISO), with its offset."""
    found = []
    for m in _FR_LONG.finditer(text):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        date = _safe_date(int(m.group(5)), MONTHS_FR.index(m.group(3)) + 1, day)
        if date:
            found.append((m.start(), date))
    for m in _EN_LONG.finditer(text):
        date = _safe_date(int(m.group(5)), MONTHS_EN.index(m.group(1)) + 1, int(m.group(3)))
        if date:
            found.append((m.start(), date))
    for m in _NUMERIC.finditer(text):
        date = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if date:
            found.append((m.start(), date))
    for m in _ISO.finditer(text):
        date = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date:
            found.append((m.start(), date))
    return sorted(found, key=lambda item: item[0])


def shift_dates(text: str, delta: dt.timedelta) -> str:
    """Move every full date of `text` by `delta`, each written as it was."""

    def fr_long(m: re.Match) -> str:
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        date = _safe_date(int(m.group(5)), MONTHS_FR.index(m.group(3)) + 1, day)
        if date is None:
            return m.group(0)
        new = date + delta
        return f"{_day(new.day, m.group(1), french=True)}{m.group(2)}{MONTHS_FR[new.month - 1]}{m.group(4)}{new.year}"

    def en_long(m: re.Match) -> str:
        date = _safe_date(int(m.group(5)), MONTHS_EN.index(m.group(1)) + 1, int(m.group(3)))
        if date is None:
            return m.group(0)
        new = date + delta
        return f"{MONTHS_EN[new.month - 1]}{m.group(2)}{_day(new.day, m.group(3))},{m.group(4)}{new.year}"

    def numeric(m: re.Match) -> str:
        date = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if date is None:
            return m.group(0)
        new = date + delta
        sep = m.group(2)
        return f"{new.day:02d}{sep}{new.month:02d}{sep}{new.year}"

    def iso(m: re.Match) -> str:
        date = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (date + delta).isoformat() if date else m.group(0)

    text = _FR_LONG.sub(fr_long, text)
    text = _EN_LONG.sub(en_long, text)
    text = _NUMERIC.sub(numeric, text)
    return _ISO.sub(iso, text)


def random_day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


# --- titles ------------------------------------------------------------------------------------

CITIES = (
    "Washington Moscou Pékin Kiev Bruxelles Téhéran Ankara Berlin Paris Londres Varsovie Tokyo "
    "Riyad Doha Genève Minsk Erevan Bakou Belgrade Budapest Istanbul Djeddah Séoul Caracas Damas "
    "Tripoli Bamako Niamey Tbilissi Astana Tachkent Helsinki Vilnius Bucarest Rome Madrid Oslo"
).split()
TOPICS = (
    "Cessez-le-feu|Sanctions|Gaz|Pétrole|Nucléaire|Mer Noire|Arctique|Donbass|Sahel|Caucase|"
    "Balkans|Asie centrale|Corridor nord-sud|Dédollarisation|Blé|Terres rares|Cyberguerre|"
    "Désinformation|Élections|Réfugiés|Pipelines|Défense antimissile|Diplomatie|Détroits|BRICS"
).split("|")
VERBS = (
    "rencontre|répond à|met en garde|défie|négocie avec|relance le dialogue avec|courtise|"
    "tend la main à|durcit le ton face à|se rapproche de|prend ses distances avec|rassure|"
    "interpelle|reçoit un émissaire de|rompt le silence face à"
).split("|")
ANGLES = (
    "ce que {p} a vraiment dit|{c} change de ton|les calculs de {c}|le pari de {p}|"
    "la ligne rouge de {c}|pourquoi {c} temporise|{p} face à ses alliés|"
    "les non-dits du sommet de {c}|le jeu trouble de {c}|la réponse de {p}|"
    "ce que cache la visite de {p} à {c}|{c} et {c2}, l'entente fragile|"
    "l'heure des comptes pour {c}|{p} rebat les cartes"
).split("|")


def make_title(rng: random.Random, pool: list[str]) -> str:
    person, city, city2 = pick_name(rng, pool), rng.choice(CITIES), rng.choice(CITIES)
    if rng.random() < 0.45:
        subject = person if rng.random() < 0.5 else city
        other = rng.choice([c for c in CITIES if c != subject])
        return f"{subject} {rng.choice(VERBS)} {other}"
    angle = rng.choice(ANGLES).format(p=person, c=city, c2=city2)
    return elide(f"{rng.choice(TOPICS)} : {angle}")


def elide(text: str) -> str:
    """French elision before a vowel: "de Oslo" -> "d'Oslo"."""
    return re.sub(r"\b([dD])e ([AEIOUÉÈÊ])", r"\1'\2", text)


# --- samples -----------------------------------------------------------------------------------

TITLE_MARK = "\x00title\x00"
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t\u00a0]*\n+)")
_LIST_START = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s")


def _plain(text: str) -> str:
    text = markdown_to_plain(text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Sample:
    """One sample file, cut into paragraphs, with what its layout reads from it."""

    name: str
    suffix: str
    blocks: list[str]  # paragraphs (even) and the blank lines between them (odd)
    movable: dict[str, list[int]]  # kind ("prose", "list") -> body blocks that can be swapped
    title: str | None
    date: dt.date | None  # the publication date the layout reads (or the header shows)
    date_read: bool  # True when the layout itself reads `date` from the text
    layout: str
    language: str
    text: str = field(repr=False, default="")


def read_samples(folder: Path, project_layouts: Path) -> list[Sample]:
    """The samples of `folder`, each converted once by the project's layouts."""
    layouts = load_layouts(project_layouts)
    samples = []
    for path in article_files(folder):
        data = path.read_bytes()
        name = path.relative_to(folder).as_posix()
        article, _ = convert_file_with_problems(name, data, layouts)
        if article is None:
            continue
        text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        text = text.lstrip("\ufeff")
        if text.startswith("---"):
            continue  # front matter: the curator's words, not a layout's
        blocks = _PARAGRAPH_BREAK.split(text)
        date = dt.date.fromisoformat(article.date) if article.date else header_date(text)
        samples.append(
            Sample(
                name=name,
                suffix=path.suffix,
                blocks=blocks,
                movable=movable_paragraphs(blocks, _plain(article.body)),
                title=article.title,
                date=date,
                date_read=article.date is not None,
                layout=article.layout,
                language=article.language,
                text=text,
            )
        )
    return samples


def header_date(text: str) -> dt.date | None:
    """The first full date among the first lines: the publication date most layouts show."""
    head = "\n".join(text.split("\n")[:15])
    found = dates_in(head)
    return found[0][1] if found else None


def movable_paragraphs(blocks: list[str], body: str) -> dict[str, list[int]]:
    """The prose paragraphs and the lists that the layout keeps in the body.

    A paragraph is swapped only for another prose paragraph, a list for another list; headings
    and short lines keep their places (a layout may read them).
    """
    kinds: dict[str, list[int]] = {"prose": [], "list": []}
    for i in range(0, len(blocks), 2):
        block = blocks[i].strip("\n")
        plain = _plain(block)
        if not plain or plain[:60] not in body:
            continue
        lines = [line for line in block.split("\n") if line.strip()]
        if all(_LIST_START.match(line) for line in lines):
            kinds["list"].append(i)
        elif (
            len(block.strip()) >= 100
            and not _LIST_START.match(block)
            and re.search(r"[.!?…»:)\"]\s*$", block.strip())
        ):
            kinds["prose"].append(i)
    return kinds


# --- generation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    file: str
    sample: str
    layout: str  # the layout that reads the sample
    title: str
    date: str | None  # ISO date written into the file (None: left undated)
    dated_by: str | None  # "text" (the layout's own format), "front matter" or None
    renamed: dict[str, str]


class CorpusGenerator:
    """Deterministic generator: article i is always the same for a given seed and samples."""

    def __init__(self, samples: list[Sample], seed: int = 6):
        if not samples:
            raise ValueError("no sample article to generate from")
        self.samples = samples
        self.seed = seed
        self.pool = name_pool(seed)
        self.titles: set[str] = set()
        self.made = 0

    def article(self, i: int) -> tuple[str, str, Generated]:
        """(file name, text, description) of article i; call with i = 0, 1, 2, ... in order."""
        if i != self.made:
            raise ValueError("articles are generated in order")
        self.made += 1
        rng = random.Random(f"article:{self.seed}:{i}")
        sample = self.samples[i % len(self.samples)]
        text = self._body(sample, rng)
        front: dict[str, str] = {}
        title = self._title(rng)
        # The title line is set aside while people are renamed (it names its own people).
        if sample.title and sample.title in text:
            text = text.replace(sample.title, TITLE_MARK, 1)
        else:
            front["title"] = title
        text, renamed = swap_people(text, rng, self.pool)
        text = text.replace(TITLE_MARK, title)
        day = random_day(rng)
        if sample.date is not None:
            text = shift_dates(text, day - sample.date)
            date, dated_by = day.isoformat(), "text"
        elif rng.random() >= UNDATED_SHARE:
            front["date"] = day.isoformat()
            date, dated_by = day.isoformat(), "front matter"
        else:
            date, dated_by = None, None
        if front:
            head = "".join(f"{k}: {_yaml_str(v)}\n" for k, v in front.items())
            text = f"---\n{head}---\n{text}"
        digest = hashlib.sha1(f"{self.seed}:{i}".encode()).hexdigest()[:16]
        name = f"{i:05d}_{digest}{sample.suffix}"
        return (
            name,
            text,
            Generated(name, sample.name, sample.layout, title, date, dated_by, renamed),
        )

    def _title(self, rng: random.Random) -> str:
        for _ in range(50):
            title = make_title(rng, self.pool)
            if title not in self.titles:
                break
        else:
            title = f"{title} ({len(self.titles)})"
        self.titles.add(title)
        return title

    def _body(self, sample: Sample, rng: random.Random) -> str:
        """The sample with its movable blocks replaced by a reordered mix of its own and others'."""
        blocks = list(sample.blocks)
        for kind, slots in sample.movable.items():
            if not slots:
                continue
            own = [sample.blocks[j] for j in slots]
            others = [
                s.blocks[j]
                for s in self.samples
                if s is not sample and s.language == sample.language
                for j in s.movable[kind]
            ]
            most = max(1, math.ceil(len(own) * OWN_SHARE))
            keep = rng.randint(1, most) if others else len(own)
            chosen = rng.sample(own, keep)
            chosen += rng.sample(others, min(len(others), len(slots) - keep))
            rng.shuffle(chosen)
            for j, block in zip(slots, chosen, strict=False):
                blocks[j] = block
        return "".join(blocks)


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(
    dest: Path, samples: list[Sample], n: int, seed: int = 6
) -> tuple[CorpusGenerator, list[Generated]]:
    """Write articles 0..n-1 into `dest`; the generator can then make article n, n+1, ..."""
    dest.mkdir(parents=True, exist_ok=True)
    generator = CorpusGenerator(samples, seed)
    made = []
    for i in range(n):
        name, text, info = generator.article(i)
        (dest / name).write_text(text, encoding="utf-8")
        made.append(info)
    return generator, made
