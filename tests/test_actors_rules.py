"""Resolution rules of issue 3 on short articles written for the purpose: new people, surnames
and titles, transliterations, English forms, authors, noise, countries, front matter."""

from __future__ import annotations

import pytest
from manchette.archive import Actor, Archive
from manchette.build import load_archive
from manchette.project import Project


def article(title: str, body: str, **meta: object) -> str:
    """A file as a curator drops it: front matter, the title line, the text."""
    lines = ["---", f"title: {title}", "date: 2025-03-01"]
    for key, value in meta.items():
        lines.append(f"{key}: {value}")
    return "\n".join([*lines, "---", "", title, "", body, ""])


@pytest.fixture
def build(make_project):
    """build({file: text}) -> (archive, {file: article id})"""

    def run(files: dict[str, str]) -> tuple[Archive, dict[str, str]]:
        project = make_project(samples=False)
        for name, text in files.items():
            project.add(name, text)
        archive, _ = load_archive(Project(project.root))
        return archive, {a.file: a.id for a in archive.articles.values()}

    return run


def actors_in(archive: Archive, article_id: str) -> list[Actor]:
    return [archive.actors[s] for s in archive.article_actors.get(article_id, [])]


def names_in(archive: Archive, article_id: str) -> list[str]:
    return [a.name for a in actors_in(archive, article_id)]


NEW_PERSON = (
    "Le diplomate italien Aurelio Bastiani a rencontré hier à Genève les émissaires des deux "
    "camps. Selon lui, les discussions ont été franches. M. Bastiani a ensuite déclaré que "
    "le cessez-le-feu restait possible. Les proches de Bastiani disent qu'il repartira lundi.\n\n"
    "Le président Poutine a reçu MM. Witkoff et Kushner au Kremlin."
)


def test_a_person_not_in_the_registry_becomes_an_actor(build):
    archive, ids = build({"a.md": article("Genève", NEW_PERSON)})
    actors = actors_in(archive, ids["a.md"])
    bastiani = [a for a in actors if "Bastiani" in a.name]
    assert [a.name for a in bastiani] == ["Aurelio Bastiani"]  # surname and "M." attach to it
    assert bastiani[0].kind == "personne" and bastiani[0].slug == "aurelio-bastiani"
    assert actors[0] is bastiani[0]  # most mentioned first
    assert "Bastiani" in bastiani[0].contexts[ids["a.md"]]


def test_titled_surnames_attach_to_registry_actors(build):
    archive, ids = build({"a.md": article("Genève", NEW_PERSON)})
    names = names_in(archive, ids["a.md"])
    assert {"Vladimir Poutine", "Steve Witkoff", "Jared Kushner", "Kremlin"} <= set(names)
    assert not [n for n in names if n.startswith(("M.", "MM.", "Président", "président"))]


def test_transliterations_are_one_actor_across_articles(build):
    archive, ids = build(
        {
            "a.md": article(
                "Un", "Le conseiller Iouri Ouchakov a parlé. Evgueni Tcherkassov aussi."
            ),
            "b.md": article("Deux", "L'adjoint Youri Ouchakov a répondu à Yevgeny Cherkasov."),
            "c.md": article(
                "Trois", "Yuri Ushakov met Evgeny Tcherkasov in Moscow.", language="en"
            ),
        }
    )
    ushakov = {s for i in ids.values() for s in archive.article_actors[i] if "ouchakov" in s}
    assert ushakov == {"iouri-ouchakov"}
    assert (
        archive.actors["iouri-ouchakov"].articles
        and len(archive.actors["iouri-ouchakov"].articles) == 3
    )
    cherkasov = [a for a in archive.actors.values() if "erkas" in a.name]
    assert len(cherkasov) == 1 and len(cherkasov[0].articles) == 3
    assert len(cherkasov[0].aliases) >= 1  # the other spellings are kept as aliases


def test_english_article_finds_registry_actors_and_new_names(build):
    text = (
        "Russian President Vladimir Putin met US envoy Steve Witkoff at the Kremlin on "
        "Tuesday. Putin's aide Yuri Ushakov said that Moscow was ready. Witkoff later flew "
        "to Florida to brief Marco Rubio and the negotiator Harriet Colborne, who said Russia "
        "and Ukraine were closer than ever."
    )
    archive, ids = build({"en.md": article("Talks", text, language="en")})
    names = set(names_in(archive, ids["en.md"]))
    assert {"Vladimir Poutine", "Steve Witkoff", "Iouri Ouchakov", "Marco Rubio"} <= names
    assert {"Russie", "Ukraine", "Kremlin"} <= names
    assert "Harriet Colborne" in names
    assert not [n for n in names if "'" in n or n.endswith(("said", "Tuesday"))]


def test_authors_translator_and_signature_are_not_actors(build):
    body = (
        "Par Aurelio Bastiani\n\nLe journaliste a longtemps couvert la Russie. Ici Bastiani "
        "raconte sa rencontre avec Sergueï Lavrov, et Aurelio Bastiani dit qu'elle fut brève. "
        "La traduction est de Clara Meunier-Vidal.\n\nAurelio Bastiani"
    )
    archive, ids = build(
        {
            "a.md": article(
                "Récit", body, authors="[Aurelio Bastiani]", translator="Clara Meunier-Vidal"
            )
        }
    )
    names = names_in(archive, ids["a.md"])
    assert "Sergueï Lavrov" in names
    assert not [n for n in names if "Bastiani" in n or "Meunier" in n]


def test_noise_is_not_an_actor(build):
    body = (
        "Thème: diplomatie\n\n"
        "Découvrez notre revue. Faites avancer la discussion. Mettre fin au conflit est urgent.\n\n"
        "échange téléphonique entre trump et poutine\n\n"
        "Washington pourrait renforcer son soutien à Kiev, dit-on à Riyad. Le Président n’a "
        "rien dit. Le dialogue russo-américain reste fragile, et Washington le sait.\n\n"
        "Jamais je n’enverrai de troupes, disait Napoléon."
    )
    archive, ids = build({"a.md": article("Bruits", body)})
    names = {n.lower() for n in names_in(archive, ids["a.md"])}
    for noise in (
        "thème",
        "découvrez",
        "faites",
        "mettre",
        "washington",
        "riyad",
        "président",
        "n’",
        "n'",
        "russo-américain",
        "jamais",
        "trump",
        "poutine",
    ):
        assert noise not in names, noise
    assert "napoléon" not in names  # one passing mention of a single word proves nothing


def test_a_single_name_used_repeatedly_is_an_actor(build):
    body = (
        "Le groupe de Valdaï a invité Karaganov. Selon Karaganov, l'Europe se trompe, et "
        "les idées de Karaganov circulent au Kremlin."
    )
    archive, ids = build({"a.md": article("Valdaï", body)})
    assert "Karaganov" in names_in(archive, ids["a.md"])


def test_countries_are_actors_from_french_and_english_names(build):
    archive, ids = build(
        {
            "fr.md": article(
                "Un", "La Russie et l’Iran ont signé un accord. Les Etats-Unis protestent."
            ),
            "en.md": article("Two", "Russia and Iran signed a treaty in Tehran.", language="en"),
        }
    )
    for file in ("fr.md", "en.md"):
        kinds = {a.slug: a.kind for a in actors_in(archive, ids[file])}
        assert kinds.get("russie") == "pays" and kinds.get("iran") == "pays"
    assert "etats-unis" in archive.article_actors[ids["fr.md"]]
    assert not [a for a in archive.actors.values() if a.name in ("Tehran", "Téhéran")]


def test_front_matter_actors_add_actors(build):
    archive, ids = build(
        {"a.md": article("Ajouts", "Un texte sans nom propre.", actors="[otan, Aurelio Bastiani]")}
    )
    slugs = archive.article_actors[ids["a.md"]]
    assert "otan" in slugs and "aurelio-bastiani" in slugs
    assert archive.actors["aurelio-bastiani"].kind == "personne"


def test_duplicates_get_no_actors_of_their_own(build):
    text = article(
        "Même texte", "Sergueï Lavrov a rencontré Marco Rubio à Riyad, en Arabie saoudite."
    )
    archive, ids = build({"a.md": text, "b.md": text.replace("Même texte", "Même texte bis")})
    assert len(archive.duplicate_of) == 1
    duplicate = next(iter(archive.duplicate_of))
    assert not archive.article_actors.get(duplicate)
    lavrov = archive.actors["serguei-lavrov"]
    assert lavrov.articles == [archive.duplicate_of[duplicate]]
