"""`mkdocs serve` under churn: 100 articles added, edited and removed within 10 seconds; the
server keeps answering all along and converges to the final state (localhost only)."""

from __future__ import annotations

import random
import threading
import time

import pytest
from test_serve import get, served, served_entry, wait_for  # noqa: F401 (a fixture)

CHURN_SECONDS = 10
CONVERGE = 600  # seconds: a hang guard for a loaded machine, not a measure
PLACES = [
    "Gdansk",
    "Trieste",
    "Varna",
    "Constanta",
    "Odessa",
    "Batoumi",
    "Rijeka",
    "Split",
    "Bari",
    "Brindisi",
]


WORDS = (
    "navire quai douane cargaison conteneur grue marin capitaine tempête escale phare port "
    "chalutier remorqueur bassin écluse digue jetée pilote armateur fret vrac citerne pétrole "
    "blé charbon minerai bois acier coton café cacao sucre riz sel vin huile engrais ciment "
    "ferry vapeur voilier goélette barge péniche drague bouée ancre amarre cale pont hublot "
    "mât voile carène gouvernail hélice moteur soute équipage mousse bosco timonier vigie "
    "tarif taxe licence contrat assurance avarie retard grève syndicat direction ministère "
    "région commune marché hangar entrepôt rail camion route frontière"
).split()


def article(n: int, revised: bool = False) -> str:
    """A short article of its own: words drawn at random (seeded by `n`), so that no two
    texts share enough passages to be taken for re-publications."""
    draw = random.Random(n)
    place = PLACES[n % len(PLACES)]
    title = f"Escale numéro {n} à {place}" + (" (version revue)" if revised else "")
    paragraphs = [
        " ".join(" ".join(draw.sample(WORDS, 9)).capitalize() + "." for _ in range(4))
        for _ in range(3)
    ]
    return (
        f"---\ntitle: {title}\ndate: 2025-11-{1 + n % 28:02d}\n---\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )


@pytest.mark.slow
def test_serve_converges_after_a_burst_of_changes(served) -> None:  # noqa: F811
    project, base, log = served
    answers: list[int] = []
    stop = threading.Event()

    def poll() -> None:  # the reader's side: every request gets an answer
        while not stop.is_set():
            answers.append(get(base)[0])
            time.sleep(0.2)

    reader = threading.Thread(target=poll, daemon=True)
    reader.start()
    start = time.monotonic()
    names = [f"churn/escale-{n:03d}.md" for n in range(100)]
    for n, name in enumerate(names):  # added
        project.add(name, article(n))
        time.sleep(0.04)
    for n in range(0, 100, 3):  # edited
        project.add(names[n], article(n, revised=True))
        time.sleep(0.03)
    removed = set(names[1::4])
    for name in sorted(removed):  # removed
        (project.articles / name).unlink()
        time.sleep(0.03)
    assert time.monotonic() - start < CHURN_SECONDS + 5

    def converged() -> bool:
        entries = {name: served_entry(base, name) for name in names}
        if any(entry is None for entry in entries.values()):
            return False  # archive.json being rewritten
        for n, name in enumerate(names):
            entry = entries[name]
            if name in removed:
                if entry != {}:
                    return False
            elif not entry or entry.get("title", "").endswith("(version revue)") != (n % 3 == 0):
                return False
        return True

    wait_for(converged, CONVERGE, log, "the final state of the articles")
    stop.set()
    reader.join(15)
    assert answers and answers.count(200) == len(answers), sorted(set(answers))
    for name in names:  # every remaining page served, every removed one gone
        entry = served_entry(base, name)
        url = base + (entry or {}).get("url", "").removeprefix(base)
        if name in removed:
            assert entry == {}
        else:
            assert get(url)[0] == 200, (name, url)
