"""`manchette add URL... | -` against a local web server (127.0.0.1 only) serving the fixture
pages of tests/web/: each page gives the right file or the right refusal, and a refusal writes
nothing at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import copy_project
from webserver import WEB, serve

TIMEOUT = "1"  # seconds: short, the slow page answers after 3


@pytest.fixture(scope="module")
def site() -> str:
    with serve() as base:
        yield base


@pytest.fixture
def project(tmp_path: Path):
    return copy_project(tmp_path / "project", samples=False)


def add(project, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "manchette.cli",
            "--project",
            str(project.root),
            "add",
            "--timeout",
            TIMEOUT,
            *args,
        ],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


def files(project) -> list[str]:
    """Everything under the project's articles/ and work folder: what `add` may write."""
    found = []
    for folder in (project.articles, project.root / ".manchette"):
        if folder.exists():
            found += [p.relative_to(project.root).as_posix() for p in folder.rglob("*")]
    return sorted(found)


def show(project, name: str) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "manchette.cli",
            "--project",
            str(project.root),
            "show",
            "--json",
            str(project.articles / name),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)[0]


def test_a_news_page_is_stored_as_served_and_what_it_gives_is_printed(project, site) -> None:
    done = add(project, f"{site}/monde/port-constanta")
    assert done.returncode == 0, done.stderr.decode()
    name = "le-port-de-constanta-double-ses-quais-pour-les-cereales.html"
    assert files(project) == [f"articles/{name}"]
    assert (project.articles / name).read_bytes() == (WEB / "news.html").read_bytes()
    out = done.stdout.decode()
    for shown in (
        "Le port de Constanța double ses quais pour les céréales",
        "2025-04-17",
        "Irina Matei",
        "La Vigie du Danube",
        "Le premier port roumain",
        f"saved as articles/{name}",
    ):
        assert shown in out
    item = show(project, name)
    assert item["source_url"] == (
        "https://www.vigie-danube.example/economie/2025/04/port-constanta-quais-cereales"
    )
    assert item["source_tags"] == ["Économie", "Mer Noire", "Ukraine"]
    body = item["body"]
    assert "## Un goulet d'étranglement ferroviaire" in body
    assert "- un faisceau de tri supplémentaire" in body
    assert "> Nous ne pouvons pas construire des quais" in body
    assert "*plusieurs jours*" in body
    assert (
        "[le dernier rapport sur les corridors de solidarité](https://commission.example/" in body
    )
    for junk in (
        "cookies",
        "Tout accepter",
        "Politique",
        "Facebook",
        "Partager",
        "À lire aussi",
        "Les barges du Danube bloquées",
        "Tous droits réservés",
        "Mentions légales",
        "S'inscrire",
        "pixel",
        "Accueil",
    ):
        assert junk not in body, junk


def test_a_wordpress_post_leaves_its_comments_and_widgets(project, site) -> None:
    done = add(project, f"{site}/2025/06/11/sanctions")
    assert done.returncode == 0, done.stderr.decode()
    (name,) = [p.name for p in project.articles.iterdir()]
    item = show(project, name)
    assert item["title"] == "Sanctions : ce que change le dix-huitième paquet"
    assert item["date"] == "2025-06-11"  # published, not modified
    assert item["authors"] == ["Paul Verdier"]
    assert item["source"] == "Carnets de l'Est"
    assert {"Sanctions", "Russie"} <= set(item["source_tags"])
    assert "1. interdiction d’escale" in item["body"]
    for junk in (
        "Encore un paquet",
        "Laisser un commentaire",
        "Articles récents",
        "Budapest et le veto",
        "WordPress",
        "Aller au contenu",
        "Un pétrolier au large",
    ):
        assert junk not in item["body"], junk


def test_a_page_with_json_ld_metadata_only(project, site) -> None:
    assert add(project, f"{site}/analyses/cables").returncode == 0
    (name,) = [p.name for p in project.articles.iterdir()]
    item = show(project, name)
    assert item["title"] == "Les câbles sous-marins de la Baltique sous surveillance renforcée"
    assert item["date"] == "2025-02-03"
    assert item["authors"] == ["Katrin Ilves", "Tomas Berg"]
    assert (
        item["source_url"]
        == "https://obs-baltique.example/analyses/cables-sous-marins-surveillance"
    )


def test_a_page_declaring_windows_1252(project, site) -> None:
    assert add(project, f"{site}/articles/hiver.html").returncode == 0
    (name,) = [p.name for p in project.articles.iterdir()]
    item = show(project, name)
    assert item["title"] == "L’hiver des centrales ukrainiennes"
    assert "« la marge de manœuvre se réduit" in item["body"]
    assert "\ufffd" not in item["body"] and "â€" not in item["body"]
    assert "Par Andriy Koval" not in item["body"] and "Accueil" not in item["body"]


def test_a_charset_given_only_by_the_answer_is_kept_in_the_stored_page(project, site) -> None:
    assert add(project, f"{site}/entete-seulement").returncode == 0
    (path,) = project.articles.iterdir()
    assert b'<meta charset="windows-1252">' in path.read_bytes()[:2000]
    item = show(project, path.name)
    assert item["title"] == "L’hiver des centrales ukrainiennes"
    assert "manœuvre" in item["body"]


def test_a_redirect_is_followed_and_the_address_is_then_known(project, site) -> None:
    assert add(project, f"{site}/ancien-lien").returncode == 0
    before = files(project)
    again = add(project, f"{site}/2025/06/11/sanctions")
    assert again.returncode == 1
    assert "already in the archive" in again.stderr.decode()
    assert files(project) == before


def test_a_gzip_answer_and_an_amp_page(project, site) -> None:
    assert add(project, f"{site}/arctique").returncode == 0
    (name,) = [p.name for p in project.articles.iterdir()]
    item = show(project, name)
    assert item["title"] == "Arctique : la route du Nord reste confidentielle"
    assert (
        item["source_url"] == "https://www.vigie-danube.example/monde/2025/08/route-maritime-nord"
    )
    assert "brise-glaces nucléaires" in item["body"]


def test_a_page_whose_text_is_in_json_ld_only(project, site) -> None:
    done = add(project, f"{site}/moldavie")
    assert done.returncode == 0
    assert "only in the page's JSON-LD" in done.stdout.decode()
    (name,) = [p.name for p in project.articles.iterdir()]
    paragraphs = show(project, name)["body"].strip().split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[2].startswith("La Transnistrie")


def test_a_page_in_another_language_keeps_its_language(project, site) -> None:
    done = add(project, f"{site}/oder")
    assert done.returncode == 0
    assert "language de" in " ".join(done.stdout.decode().split())


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/disparu", "the server answered 404"),
        ("/panne", "the server answered 503"),
        ("/lent", "timeout"),
        ("/enorme", "over the size limit"),
        ("/enorme-sans-taille", "over the size limit"),
        ("/rapport.pdf", "not an HTML page (Content-Type: application/pdf)"),
        ("/", "no article text"),
        ("/vers-un-fichier", "redirected to a file address: not followed"),
    ],
)
def test_refusals_name_the_url_and_the_reason_and_write_nothing(
    project, site, path: str, reason: str
) -> None:
    start = time.monotonic()
    done = add(project, f"{site}{path}")
    assert done.returncode == 1
    message = done.stderr.decode()
    assert f"{site}{path}: refused: " in message and reason in message, message
    assert files(project) == []
    if path == "/lent":
        assert time.monotonic() - start < 30  # the slow page was not waited for


def test_a_local_file_address_is_refused(project) -> None:
    done = add(project, "file:///etc/hostname")
    assert done.returncode == 1 and "not an http(s) address" in done.stderr.decode()
    assert files(project) == []


def test_the_same_page_at_another_address_and_a_republication_are_refused(project, site) -> None:
    assert add(project, f"{site}/monde/port-constanta").returncode == 0
    before = files(project)
    same = add(project, f"{site}/amp/port-constanta")  # same canonical address
    assert same.returncode == 1
    assert "already in the archive: articles/le-port-de-constanta" in same.stderr.decode()
    copy = add(project, f"{site}/copie-constanta")  # same text, another site
    assert copy.returncode == 1
    message = copy.stderr.decode()
    assert "a re-publication of articles/le-port-de-constanta-double-ses-quais" in message
    assert "La Vigie du Danube" in message
    assert files(project) == before


def test_several_urls_in_one_command(project, site) -> None:
    done = add(project, f"{site}/monde/port-constanta", f"{site}/disparu", f"{site}/oder")
    assert done.returncode == 1  # one was refused
    assert len(list(project.articles.iterdir())) == 2
    assert "/disparu: refused" in done.stderr.decode()


def test_dry_run_shows_the_extraction_and_writes_nothing(project, site) -> None:
    done = add(project, "--dry-run", f"{site}/monde/port-constanta")
    assert done.returncode == 0
    assert "Irina Matei" in done.stdout.decode() and "saved as" not in done.stdout.decode()
    assert files(project) == []


def test_a_saved_page_and_the_same_page_added_by_url_give_the_same_article(
    tmp_path: Path, site
) -> None:
    saved = copy_project(tmp_path / "saved", samples=False)
    saved.add("Le port de Constanța.html", (WEB / "news.html").read_bytes())
    # what a browser saves beside the page: never articles
    saved.add("Le port de Constanța_files/frame.html", (WEB / "home.html").read_bytes())
    saved.add("Le port de Constanța_files/site.css", "body { color: red }")
    added = copy_project(tmp_path / "added", samples=False)
    assert add(added, f"{site}/monde/port-constanta").returncode == 0
    (name,) = [p.name for p in added.articles.iterdir()]
    one = show(saved, "Le port de Constanța.html")
    other = show(added, name)
    for item in (one, other):
        for key in ("id", "url", "file"):  # the file name's, not the article's
            item.pop(key)
    assert one == other
    check = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(saved.root), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "1 article(s)" in check.stderr, check.stderr


def test_pasted_text_is_saved_under_a_name_from_its_title(project) -> None:
    text = (
        "La Hongrie prolonge son contrat gazier\n\n"
        "Par Zsófia Kertész\n\n"
        "Budapest a signé mardi un avenant à son contrat d'approvisionnement, qui court désormais "
        "jusqu'en 2036. Le volume annuel reste inchangé, mais le prix sera révisé chaque année "
        "selon une formule que le gouvernement refuse de rendre publique.\n\n"
        "L'opposition dénonce un accord qui lie le pays pour une décennie supplémentaire, alors "
        "que l'Union européenne veut se passer de gaz russe avant la fin de 2027.\n"
    )
    done = add(project, "-", stdin=text.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    assert files(project) == ["articles/la-hongrie-prolonge-son-contrat-gazier.txt"]
    assert (project.articles / "la-hongrie-prolonge-son-contrat-gazier.txt").read_text() == text
    again = add(project, "-", stdin=text.encode("utf-8"))
    assert (
        again.returncode == 1 and "a re-publication of articles/la-hongrie" in again.stderr.decode()
    )


def test_pasted_html_is_saved_as_a_page(project) -> None:
    done = add(project, "-", stdin=(WEB / "wordpress.html").read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert files(project) == ["articles/sanctions-ce-que-change-le-dix-huitieme-paquet.html"]
    fragment = (
        "<h1>Le Monténégro ouvre ses négociations</h1>"
        "<p>Podgorica a clos deux nouveaux chapitres de ses négociations d'adhésion, a annoncé la "
        "Commission, qui salue des progrès sur la justice et la lutte contre la corruption.</p>"
        "<p>Le gouvernement espère conclure d'ici la fin de la décennie, un calendrier que "
        "plusieurs capitales jugent trop optimiste.</p><script>alert(1)</script>"
    )
    done = add(project, "-", stdin=fragment.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    assert "articles/le-montenegro-ouvre-ses-negociations.html" in files(project)
    item = show(project, "le-montenegro-ouvre-ses-negociations.html")
    assert item["title"] == "Le Monténégro ouvre ses négociations"
    assert "alert" not in item["body"]


def test_empty_stdin_is_refused(project) -> None:
    done = add(project, "-", stdin=b"  \n")
    assert done.returncode == 1 and "-: refused: empty file" in done.stderr.decode()
    assert files(project) == []
