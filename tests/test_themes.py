"""Themes: the normaliser, the density scoring, front-matter overrides, the taxonomy file, and the
themes of the five samples (tests/expected.json)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from manchette.archive import build_archive
from manchette.build import load_archive
from manchette.ingest.convert import convert_file_with_problems
from manchette.ingest.layouts import load_layouts
from manchette.linking.textnorm import fold, normalise_term, stem, stems, words
from manchette.linking.themes import assign_themes, load_taxonomy
from manchette.project import Project

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY_SLUGS = {
    "guerre-en-ukraine",
    "negociations-et-cessez-le-feu",
    "relations-russie-etats-unis",
    "otan-et-securite-europeenne",
    "europe-et-union-europeenne",
    "sanctions-et-economie",
    "iran-et-moyen-orient",
    "energie-et-ressources",
    "medias-et-recits",
    "chine-et-ordre-mondial",
}

# Short articles written for these tests (not the samples): one subject each.
FRONT_LINE = """Les forces russes progressent autour de Pokrovsk

Les forces russes ont encore avancé cette semaine autour de Pokrovsk, dans la région de
Donetsk. L'état-major ukrainien reconnaît des combats acharnés sur toute la ligne de front et
réclame davantage d'obus d'artillerie. Les brigades ukrainiennes manquent d'hommes : la
mobilisation peine à combler les pertes. Dans le Donbass, les villages changent de mains au gré
des contre-attaques, sous les frappes de drones des deux camps. À Kiev, Volodymyr Zelensky a
demandé de nouvelles livraisons d'armes et de missiles de défense aérienne. Plus au sud, près
de Zaporijia, l'armée ukrainienne tient ses positions. Les soldats décrivent des tranchées
inondées et un front figé par l'hiver. Les oblasts de Kherson et de Kharkiv ont aussi été visés
par des frappes nocturnes.
"""

OIL_MARKET = """Le baril de Brent repasse sous les 70 dollars

Le prix du baril de Brent est repassé sous les 70 dollars après l'annonce par l'OPEP+ d'une
hausse de sa production de pétrole brut. Les marchés pétroliers anticipent un excédent d'offre
l'an prochain. Le gaz naturel liquéfié (GNL) américain gagne des parts de marché en Europe,
tandis que les exportations de gaz par gazoduc reculent. Les prix de l'électricité restent
élevés pour l'industrie. Dans le même temps, la course aux terres rares et aux minerais
stratégiques, lithium et cobalt en tête, redessine la carte des matières premières. Les
compagnies pétrolières investissent à nouveau dans les hydrocarbures, au détriment des
énergies renouvelables.
"""

BRICS = """Le sommet des BRICS consacre l'ambition d'un monde multipolaire

Réunis à Kazan, les dirigeants des BRICS ont affiché leur volonté de bâtir un ordre mondial
multipolaire. Xi Jinping a plaidé pour une gouvernance plus juste, où le Sud global aurait
enfin voix au chapitre. La Chine, premier partenaire commercial de la plupart des membres,
pousse l'usage des monnaies nationales. L'Inde de Narendra Modi reste plus prudente face à
Pékin. Pour les diplomates chinois, l'hégémonie occidentale touche à sa fin ; pour Washington,
le groupe reste trop hétérogène pour peser. L'Organisation de coopération de Shanghai et les
nouvelles routes de la soie complètent la stratégie chinoise en Asie centrale.
"""

BRUSSELS = """Bruxelles veut accélérer l'élargissement

La Commission européenne a présenté mardi son rapport annuel sur l'élargissement. Ursula von
der Leyen souhaite que les Vingt-Sept ouvrent de nouveaux chapitres de négociation d'adhésion
avant l'été. Au Parlement européen, les groupes restent divisés. Plusieurs États membres,
dont la Hongrie de Viktor Orban, demandent des garanties sur le budget de l'Union européenne.
Le Conseil européen de juin devra trancher. À Berlin comme à Paris, on insiste sur la réforme
des institutions européennes avant tout nouvel élargissement de l'UE.
"""

MIDDLE_EAST = """Israël frappe des sites militaires en Iran

L'armée israélienne a frappé dans la nuit plusieurs sites militaires en Iran, en représailles
aux tirs de missiles lancés depuis Téhéran. Le Hezbollah libanais a menacé d'ouvrir un second
front. Benyamin Netanyahou affirme vouloir empêcher l'Iran d'achever son programme nucléaire ;
le guide suprême Ali Khamenei promet une riposte. À Gaza, les combats se poursuivent. Les
monarchies du Golfe craignent un embrasement de tout le Moyen-Orient et la fermeture du
détroit d'Ormuz.
"""

NATO_EN = """NATO allies agree to raise defence spending

NATO allies agreed at their summit in The Hague to raise defence spending to five per cent of
GDP. Secretary General Mark Rutte said the alliance must strengthen deterrence on its eastern
flank, where the Baltic states and Poland fear Russian pressure. European security now depends
on rearmament, Rutte argued, and on credible security guarantees. Several members questioned
whether the target is realistic; others asked for a European defence industry able to supply
missile defense systems.
"""

RECIPE = """Le clafoutis aux cerises de ma grand-mère

Préchauffez le four à 180 degrés. Beurrez un plat à gratin et disposez-y les cerises lavées,
équeutées mais non dénoyautées : les noyaux parfument la pâte. Dans un saladier, fouettez les
œufs avec le sucre, ajoutez la farine tamisée puis le lait tiède, petit à petit, pour obtenir
une pâte lisse. Versez sur les fruits et enfournez quarante minutes. Le clafoutis doit être
doré et légèrement tremblotant au centre. Servez tiède, saupoudré de sucre glace, avec une
boule de glace à la vanille.
"""


def archive_of(texts: dict[str, str], project_root: Path = ROOT):
    """An archive of the given files (name -> text), themes assigned."""
    layouts = load_layouts(project_root / "site-plugins" / "sources")
    articles = []
    for name, text in texts.items():
        article, problems = convert_file_with_problems(name, text.encode(), layouts)
        assert article is not None, problems
        articles.append(article)
    archive = build_archive(articles)
    assign_themes(archive, Project(project_root))
    return archive


def themes_of(text: str, name: str = "a.txt") -> list[str]:
    archive = archive_of({name: text})
    return next(iter(archive.article_themes.values()))


# --- the normaliser ---------------------------------------------------------------------------


def test_fold_lowers_and_removes_accents_and_ligatures():
    assert fold("Écœurée À L’ÉTÉ") == "ecoeuree a l'ete"


def test_words_drop_elisions_and_split_hyphens():
    assert words("L’Europe d'aujourd'hui, qu'il cessez-le-feu") == [
        "europe",
        "aujourd",
        "hui",
        "il",
        "cessez",
        "le",
        "feu",
    ]


@pytest.mark.parametrize(
    "forms",
    [
        ["négociation", "négociations", "NÉGOCIATIONS"],
        ["négocier", "négocie", "négociée", "négociées"],
        ["sanction", "sanctions", "sanctionné", "sanctionnées", "sanctionner"],
        ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"],
        ["chinois", "chinoise", "chinoises"],
        ["énergie", "énergies", "energy"],
        ["économie", "economy"],
        ["médias", "média", "media"],
        ["territoire", "territoires"],
        ["national", "nationaux"],
    ],
)
def test_inflected_forms_share_one_stem(forms):
    assert len({stem(w) for f in forms for w in words(f)}) == 1


def test_unrelated_words_keep_distinct_stems():
    assert stem("paix") != stem("pays")
    assert stem("iran") != stem("irak")
    assert len({stem(w) for w in ["otan", "onu", "ue"]}) == 3


def test_stems_leave_out_function_words_and_numbers():
    assert stems("Le 2 décembre, la Russie et les États-Unis") == [
        "decembr",
        "russi",
        "etat",
        "unis",
    ]


def test_phrases_normalise_like_text():
    assert normalise_term("cessez-le-feu") == normalise_term("Cessez le feu")
    assert normalise_term("Terres rares") == tuple(stems("des terres rares"))


# --- the taxonomy file ------------------------------------------------------------------------


def test_taxonomy_has_the_tested_slugs_with_names_and_descriptions():
    taxonomy = load_taxonomy(ROOT / "site-plugins" / "themes.yml")
    assert taxonomy.problems == ()
    assert {r.slug for r in taxonomy.rules} == TAXONOMY_SLUGS
    for rule in taxonomy.rules:
        assert rule.name and rule.description
        assert len(rule.terms) + len(rule.phrases) >= 20, rule.slug


def test_archive_lists_every_theme_even_without_articles():
    archive = archive_of({"recette.txt": RECIPE})
    assert set(archive.themes) == TAXONOMY_SLUGS
    assert all(t.articles == [] for t in archive.themes.values())


# --- scoring on texts written for the tests ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            FRONT_LINE,
            {"guerre-en-ukraine"},
            {"relations-russie-etats-unis", "energie-et-ressources"},
        ),
        (OIL_MARKET, {"energie-et-ressources"}, {"guerre-en-ukraine", "iran-et-moyen-orient"}),
        (BRICS, {"chine-et-ordre-mondial"}, {"guerre-en-ukraine", "iran-et-moyen-orient"}),
        (BRUSSELS, {"europe-et-union-europeenne"}, {"guerre-en-ukraine", "medias-et-recits"}),
        (MIDDLE_EAST, {"iran-et-moyen-orient"}, {"guerre-en-ukraine", "chine-et-ordre-mondial"}),
        (NATO_EN, {"otan-et-securite-europeenne"}, {"iran-et-moyen-orient", "medias-et-recits"}),
    ],
)
def test_articles_get_their_subjects_theme(text, wanted, unwanted):
    found = set(themes_of(text))
    assert wanted <= found
    assert not unwanted & found


def test_an_article_on_another_subject_gets_no_theme():
    assert themes_of(RECIPE) == []


def test_score_is_a_density_not_a_count():
    """The same Iran paragraph makes the theme of a short article, not of a long one on cooking."""
    paragraph = MIDDLE_EAST.split("\n", 2)[2]
    short = "Frappes en Iran\n\n" + paragraph
    recipe_body = RECIPE.split("\n", 2)[2]
    long = "Carnet de cuisine\n\n" + paragraph + "\n" + "\n".join([recipe_body] * 40)
    assert "iran-et-moyen-orient" in themes_of(short)
    assert "iran-et-moyen-orient" not in themes_of(long)


def test_relations_theme_needs_both_sides():
    """A front-line report names Russia, not the United States: no Russia–US relations."""
    assert "relations-russie-etats-unis" not in themes_of(FRONT_LINE)


def test_best_theme_comes_first():
    assert themes_of(MIDDLE_EAST)[0] == "iran-et-moyen-orient"


# --- the sites' own tags and the curator's front matter ---------------------------------------


def md(front: str, text: str) -> str:
    title, body = text.split("\n", 1)
    return f"---\ntitle: {title}\n{front}\n---\n{body}"


def test_a_mapped_source_tag_gives_its_theme():
    text = md("source_tags: [UKRAINE]", RECIPE)
    assert themes_of(text, "a.md") == ["guerre-en-ukraine"]


def test_a_partial_source_tag_only_helps():
    text = md('source_tags: ["L\'Europe"]', RECIPE)
    assert themes_of(text, "a.md") == []


def test_front_matter_adds_a_theme_by_slug_or_name():
    text = md("themes: [medias-et-recits, Sanctions et économie]", FRONT_LINE)
    found = themes_of(text, "a.md")
    assert found[:2] == ["medias-et-recits", "sanctions-et-economie"]
    assert "guerre-en-ukraine" in found


def test_front_matter_removes_a_theme():
    assert "guerre-en-ukraine" not in themes_of(
        md('themes: ["-guerre-en-ukraine"]', FRONT_LINE), "a.md"
    )


def test_front_matter_can_replace_all_themes():
    text = md('themes: ["-*", medias-et-recits]', FRONT_LINE)
    assert themes_of(text, "a.md") == ["medias-et-recits"]


def test_unknown_declared_theme_is_reported():
    archive = archive_of({"a.md": md("themes: [astrologie]", FRONT_LINE)})
    assert any(p.file == "a.md" and "astrologie" in p.reason for p in archive.problems)


def test_a_curator_adds_a_theme_without_code(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "site-plugins", root / "site-plugins")
    path = root / "site-plugins" / "themes.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["themes"].append(
        {
            "slug": "cuisine",
            "name": "Cuisine",
            "description": "Recettes et arts de la table.",
            "terms": {"four": 2, "farine": 3, "pâte": 2, "recette": 3, "sucre": 2, "beurre": 2},
        }
    )
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    archive = archive_of({"recette.txt": RECIPE}, root)
    assert next(iter(archive.article_themes.values())) == ["cuisine"]
    assert archive.themes["cuisine"].name == "Cuisine"


def test_a_broken_theme_entry_is_reported_and_the_others_kept(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "site-plugins", root / "site-plugins")
    path = root / "site-plugins" / "themes.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["themes"].append({"slug": "Pas un slug!", "name": "X"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    archive = archive_of({"front.txt": FRONT_LINE}, root)
    assert "guerre-en-ukraine" in next(iter(archive.article_themes.values()))
    assert any("themes.yml" in p.file and "slug" in p.reason for p in archive.problems)


# --- the samples -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples_archive(tmp_path_factory):
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("themes") / "project")
    archive, _ = load_archive(Project(project.root), use_cache=False, with_nlp=False)
    return archive


def test_samples_themes_match_expected(samples_archive, expected):
    by_file = {a.file: a.id for a in samples_archive.articles.values()}
    for item in expected["articles"]:
        found = set(samples_archive.article_themes[by_file[item["file"]]])
        missing = set(item.get("themes_required", [])) - found
        wrong = set(item.get("themes_forbidden", [])) & found
        assert not missing and not wrong, (item["file"], missing, wrong)


def test_theme_articles_follow_archive_order(samples_archive):
    order = list(samples_archive.articles)
    for theme in samples_archive.themes.values():
        assert theme.articles == [i for i in order if i in theme.articles]
        for aid in theme.articles:
            assert theme.slug in samples_archive.article_themes[aid]
