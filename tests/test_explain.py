"""`manchette show --explain` and the notes of `manchette check`: a curator sees every line
that was dropped and why, where each field came from, and which fields were not found."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import ROOT
from test_samples_fields import manchette_command

PORTAL = """\
Nous utilisons des cookies pour mesurer l'audience. Accepter | Refuser
Le Courrier des Marches
Accueil > Monde > Europe
Kiev et Varsovie s'accordent sur le transit des céréales
Par Élise Dumont
Publié le 12 mai 2025 à 08h30
Partager : Facebook X WhatsApp

Les deux gouvernements ont signé lundi un protocole qui rouvre trois postes-frontières aux camions ukrainiens, fermés depuis l'hiver sous la pression des agriculteurs polonais.

Le texte prévoit des contrôles sanitaires communs et un quota mensuel révisable, une concession que Kiev refusait encore en mars.

Élise Dumont
© Le Courrier des Marches 2025
"""

UNSIGNED = """\
Ce que change la nouvelle doctrine navale russe

La nouvelle doctrine navale publiée par le Kremlin fait de l'Arctique et de la mer Noire les deux priorités de la flotte pour les dix prochaines années.

Elle prévoit aussi des escales plus fréquentes en Méditerranée orientale, malgré la perte de points d'appui en Syrie.
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*manchette_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_explain_names_each_dropped_line_and_its_rule(tmp_path: Path) -> None:
    path = tmp_path / "portail.txt"
    path.write_text(PORTAL, encoding="utf-8")
    done = run("show", "--explain", str(path))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    dropped = {line.split("] ", 1)[1]: line for line in out.splitlines() if line.startswith("  [")}
    assert (
        "cookies"
        in dropped["Nous utilisons des cookies pour mesurer l'audience. Accepter | Refuser"]
    )
    assert "navigation" in dropped["Accueil > Monde > Europe"]
    assert "share" in dropped["Partager : Facebook X WhatsApp"]
    assert "signature" in dropped["Élise Dumont"]
    assert not any("Les deux gouvernements" in line for line in dropped)


def test_explain_says_where_each_field_came_from(tmp_path: Path) -> None:
    path = tmp_path / "portail.txt"
    path.write_text(PORTAL, encoding="utf-8")
    fields = {
        line.split()[0]: line
        for line in run("show", "--explain", str(path)).stdout.splitlines()
        if line.startswith("  ") and "<-" in line
    }
    assert "2025-05-12" in fields["date"] and "Publié le 12 mai 2025" in fields["date"]
    assert "Par Élise Dumont" in fields["authors"]
    assert fields["translator"].endswith("<- not found")
    assert fields["language"].endswith("detected from the words of the text")


def test_explain_credits_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\ndate: 2025-02-01\n---\n" + UNSIGNED, encoding="utf-8")
    fields = run("show", "--explain", str(path)).stdout
    date_line = next(line for line in fields.splitlines() if line.startswith("  date"))
    assert "2025-02-01" in date_line and date_line.endswith("<- front matter")


def test_check_lists_missing_fields_as_notes_that_do_not_fail(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "signe.txt").write_text(PORTAL, encoding="utf-8")
    (folder / "anonyme.txt").write_text(UNSIGNED, encoding="utf-8")
    done = run("check", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    notes = [line for line in done.stdout.splitlines() if line.startswith("note: ")]
    assert "note: anonyme.txt: no date found (add `date:` in front matter)" in notes
    assert "note: anonyme.txt: no author found (add `authors:` in front matter)" in notes
    assert not any("signe.txt" in line for line in notes)
    assert "2 article(s), 0 problem(s), 2 note(s)" in done.stderr


def test_a_guessed_title_is_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = UNSIGNED.split("\n", 2)[2]  # the text without its title line
    (folder / "sans-titre.txt").write_text(body * 2, encoding="utf-8")
    done = run("check", str(folder))
    assert "note: sans-titre.txt: title guessed from the first sentence" in done.stdout


def test_explain_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    """A named pipe given to `show --explain` is named and refused: reading it would hang."""
    import os

    fifo = tmp_path / "tuyau.txt"
    os.mkfifo(fifo)
    done = run("show", "--explain", str(fifo))
    assert "tuyau.txt" in done.stdout + done.stderr
    assert "special file" in done.stdout + done.stderr
