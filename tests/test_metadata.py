"""What readers' tools read from an article page, read as those tools read it: link previews
(Open Graph, Twitter cards), the Highwire tags of Zotero and Google Scholar, schema.org JSON-LD
(extruct, as crawlers do), the BibTeX and RIS downloads (bibtexparser, rispy), the CSL-JSON of
archive.json (against the CSL-JSON schema), the language of an English article, and drafts.

One site is built for the module: the five samples, an English article, a translation with its
original, a hostile article (quotes, </script>, & in its title and summary) and a draft.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import bibtexparser
import extruct
import jsonschema
import lxml.html
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from conftest import ProjectCopy, copy_project

VOCAB = Path(__file__).parent / "data" / "vocab"
SITE_URL = "https://archive.example.org/manchette/"

ENGLISH = """---
title: Grain corridor talks resume in Istanbul
date: 2025-06-02
authors: [Helen Carter]
source: The Harbour Ledger
language: en
---
Delegations from Kyiv and Moscow met again on Monday in Istanbul to discuss the safe passage of grain ships through the Black Sea, according to officials from the Turkish foreign ministry.

The talks follow weeks of uncertainty for exporters, who say insurance costs have doubled since the spring and that several cargoes were diverted to ports on the Danube.

Turkish mediators said the meeting was constructive and that a second round would be held before the end of the month, without giving a date. The communiqué is on [the ministry's site](https://mfa.example.org/grain-corridor).
"""

TRANSLATED = """---
title: L'Arctique, nouvelle frontière des rivalités russo-américaines
date: 2025-04-10
authors: [Tom Whitaker]
source: Le Relais des Analyses
translator: Claire Petit
original:
  title: "The Arctic, a new frontier for Russian-American rivalry"
  source: Northern Review
  date: 2025-04-02
  language: en
---
L'Arctique, nouvelle frontière des rivalités russo-américaines

La fonte des glaces ouvre des routes maritimes que Moscou et Washington se disputent désormais
ouvertement, chacun renforçant ses bases et ses patrouilles dans le Grand Nord.

La Russie a annoncé la réouverture de plusieurs aérodromes militaires, tandis que les États-Unis
multiplient les exercices avec la Norvège et le Danemark autour du Groenland.

Pour les pays riverains, l'enjeu est autant économique que stratégique : les ressources du sous-sol
et la maîtrise des passages attirent aussi la Chine, qui se dit « puissance proche-arctique ».
"""

HOSTILE_TITLE = 'Il a dit "non" </script><script>alert(1)</script> & l\'<b>OTAN</b> {a} 100 %'
HOSTILE_SUMMARY = "Résumé « cité » </script><img src=x onerror=alert(2)> & 'apostrophe' \\end"
HOSTILE = f"""---
title: {json.dumps(HOSTILE_TITLE)}
date: 2025-05-05
authors: ["Jean <i>Dupont</i>"]
source: "La Gazette & \\"Cie\\""
summary: {json.dumps(HOSTILE_SUMMARY)}
---
Un texte ordinaire sur les négociations entre la Russie et l'Ukraine, écrit pour vérifier que le
titre et le résumé restent du texte dans chaque balise de la page.

Les délégations se sont rencontrées à Genève ; rien n'a filtré des discussions, selon les
diplomates présents, qui promettent une nouvelle réunion le mois prochain.
"""

DRAFT_TITLE = "Brouillon sur les ports de la Baltique jamais publié"
DRAFT = f"""---
title: {DRAFT_TITLE}
date: 2025-07-01
draft: true
---
{DRAFT_TITLE}

Ce texte n'est pas prêt : les chiffres des ports de Gdańsk et de Klaipėda restent à vérifier
auprès des autorités portuaires avant toute publication dans l'archive.

Les armateurs interrogés parlent d'une hausse du trafic, sans donner de chiffres précis.
"""

EXTRA = {
    "english.md": ENGLISH,
    "translated.txt": TRANSLATED,
    "hostile.md": HOSTILE,
    "draft.txt": DRAFT,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> ProjectCopy:
    project = copy_project(tmp_path_factory.mktemp("metadata") / "project")
    for name, text in EXTRA.items():
        project.add(name, text)
    done = project.build("--strict", env={"MANCHETTE_SITE_URL": SITE_URL})
    assert done.returncode == 0, done.stderr
    return project


@pytest.fixture(scope="module")
def archive(site: ProjectCopy) -> dict:
    return json.loads((site.site / "archive.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def entries(archive: dict) -> dict[str, dict]:
    """archive.json's articles by file."""
    return {a["file"]: a for a in archive["articles"]}


def page_path(site: ProjectCopy, entry: dict) -> Path:
    return site.site / entry["url"].removeprefix(SITE_URL) / "index.html"


def html_of(site: ProjectCopy, entry: dict) -> str:
    return page_path(site, entry).read_text(encoding="utf-8")


def metas(html: str) -> dict[str, list[str]]:
    """Every <meta> of the page as an HTML parser reads it: name or property -> contents."""
    found: dict[str, list[str]] = {}
    for meta in lxml.html.fromstring(html).iter("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            found.setdefault(key, []).append(meta.get("content"))
    return found


def extracted(html: str, url: str) -> tuple[dict[str, list[str]], list[dict]]:
    """Open Graph (property -> values) and the JSON-LD nodes, as extruct reads them."""
    data = extruct.extract(html, base_url=url, syntaxes=["opengraph", "json-ld"], uniform=False)
    og: dict[str, list[str]] = {}
    for block in data["opengraph"]:
        for key, value in block["properties"]:
            og.setdefault(key, []).append(value)
    nodes = []
    for block in data["json-ld"]:
        nodes.extend(block.get("@graph", [block]))
    return og, nodes


def node_of(nodes: list[dict], kind: str) -> dict:
    matches = [n for n in nodes if n.get("@type") == kind]
    assert len(matches) == 1, f"{len(matches)} {kind} nodes"
    return matches[0]


def names(values) -> list[str]:
    return [v["name"] for v in values]


KINDS = {"personne": "Person", "organisation": "Organization", "pays": "Country"}


def test_article_pages_carry_previews_citation_tags_and_json_ld(site, archive, entries) -> None:
    actors = {a["slug"]: a for a in archive["actors"]}
    themes = {t["slug"]: t for t in archive["themes"]}
    assert "draft.txt" not in entries
    assert len(entries) == 5 + 3
    for entry in entries.values():
        html = html_of(site, entry)
        og, nodes = extracted(html, entry["url"])
        tags = metas(html)
        what = entry["file"]
        # Open Graph and Twitter
        assert og["og:type"] == ["article"], what
        assert og["og:title"] == [entry["title"]], what
        assert og["og:description"] == [entry["summary"]], what
        assert og["og:url"] == [entry["url"]], what
        assert og["og:site_name"] == ["Manchette"], what
        assert og["og:locale"] == [{"fr": "fr_FR", "en": "en_US"}[entry["language"]]], what
        if entry["date"]:
            assert og["article:published_time"] == [entry["date"]], what
        else:
            assert "article:published_time" not in og, what
        authors = [f"{SITE_URL}auteurs/" for _ in entry["authors"]]
        assert [a[: len(SITE_URL) + 8] for a in og.get("article:author", [])] == authors, what
        theme_names = [themes[s]["name"] for s in entry["themes"]]
        expected_tags = list(dict.fromkeys(theme_names + entry["source_tags"]))[:12]
        assert og.get("article:tag", []) == expected_tags, what
        if expected_tags:
            assert og["article:section"] == [expected_tags[0]], what
        assert tags["twitter:card"] == ["summary"]  # its title and text: og:title, og:description
        # Highwire (Zotero, Google Scholar)
        assert tags["citation_title"] == [entry["title"]], what
        assert tags.get("citation_author", []) == entry["authors"], what
        assert tags["citation_journal_title"] == [entry["source"] or "Manchette"], what
        assert tags["citation_language"] == [entry["language"]], what
        assert tags["citation_public_url"] == [entry["url"]], what
        if entry["date"]:
            assert tags["citation_publication_date"] == [entry["date"].replace("-", "/")]
        else:
            assert "citation_publication_date" not in tags
        # schema.org
        news = node_of(nodes, "NewsArticle")
        assert news["headline"] == entry["title"], what
        assert news["description"] == entry["summary"], what
        assert news["url"] == entry["url"] == news["@id"], what
        assert news["inLanguage"] == entry["language"], what
        assert news.get("datePublished") == entry["date"], what
        assert [a["@type"] for a in news.get("author", [])] == ["Person"] * len(entry["authors"])
        assert names(news.get("author", [])) == entry["authors"], what
        if entry["source"]:
            publisher = news["publisher"]
            assert (publisher["@type"], publisher["name"]) == ("Organization", entry["source"])
            source_page = site.site / publisher["url"].removeprefix(SITE_URL) / "index.html"
            heading = lxml.html.parse(str(source_page)).find(".//h1").text_content()
            assert heading.strip() == entry["source"], what  # the source's own page
        else:
            assert "publisher" not in news
        if entry["translator"]:
            assert news["translator"] == {"@type": "Person", "name": entry["translator"]}
        original = entry["original"]
        if original:
            based = news["isBasedOn"]
            assert based.get("headline") == original.get("title"), what
            assert based.get("datePublished") == original.get("date"), what
            assert (based.get("publisher") or {}).get("name") == original.get("source"), what
        else:
            assert "isBasedOn" not in news, what
        mentioned = [(m["@type"], m["name"]) for m in news.get("mentions", [])]
        assert mentioned == [
            (KINDS[actors[s]["kind"]], actors[s]["name"]) for s in entry["actors"]
        ], what
        assert names(news.get("about", [])) == theme_names, what
        crumbs = node_of(nodes, "BreadcrumbList")["itemListElement"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert crumbs[0]["item"] == SITE_URL and crumbs[-1]["item"] == entry["url"]
        assert crumbs[-1]["name"] == entry["title"]


def test_the_translated_and_the_undated_articles(site, entries) -> None:
    translated = entries["translated.txt"]
    _, nodes = extracted(html_of(site, translated), translated["url"])
    news = node_of(nodes, "NewsArticle")
    assert news["translator"]["name"] == "Claire Petit"
    assert news["isBasedOn"] == {
        "@type": "NewsArticle",
        "headline": "The Arctic, a new frontier for Russian-American rivalry",
        "publisher": {"@type": "Organization", "name": "Northern Review"},
        "datePublished": "2025-04-02",
        "inLanguage": "en",
    }
    undated = [e for e in entries.values() if not e["date"]]
    assert undated, "the samples hold undated articles"
    for entry in undated:
        html = html_of(site, entry)
        og, nodes = extracted(html, entry["url"])
        assert "datePublished" not in node_of(nodes, "NewsArticle")
        assert "article:published_time" not in og
        assert "s. d." in lxml.html.fromstring(html).find_class("mc-reference")[0].text_content()


def schema_properties() -> dict[str, set[str]]:
    vocab = json.loads((VOCAB / "schemaorg-properties.json").read_text(encoding="utf-8"))
    out = {}
    for kind, items in vocab["types"].items():
        props: set[str] = set()
        for item in items:
            props.update(vocab[item] if item.startswith("_") else [item])
        out[kind] = props
    return out


def typed_nodes(value):
    """Every object with an @type in a JSON-LD document, nested ones included."""
    if isinstance(value, list):
        for item in value:
            yield from typed_nodes(item)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value
        for item in value.values():
            yield from typed_nodes(item)


def test_json_ld_uses_only_properties_of_its_types(site, archive, entries) -> None:
    known = schema_properties()
    pages = [page_path(site, e) for e in entries.values()]
    pages += [site.site / "acteurs" / a["slug"] / "index.html" for a in archive["actors"]]
    pages += [site.site / "themes" / t["slug"] / "index.html" for t in archive["themes"]]
    seen_types = set()
    for path in pages:
        data = extruct.extract(path.read_text(encoding="utf-8"), syntaxes=["json-ld"])
        assert data["json-ld"], path
        for node in typed_nodes(data["json-ld"]):
            kind = node["@type"]
            seen_types.add(kind)
            assert kind in known, f"{path}: type {kind} is not one the archive means to use"
            unknown = {k for k in node if not k.startswith("@")} - known[kind]
            assert not unknown, f"{path}: {kind} has no property {unknown}"
    assert {"NewsArticle", "Person", "Organization", "Country", "BreadcrumbList"} <= seen_types


def test_actor_and_theme_pages(site, archive) -> None:
    for actor in archive["actors"]:
        url = f"{SITE_URL}acteurs/{actor['slug']}/"
        html = (site.site / "acteurs" / actor["slug"] / "index.html").read_text(encoding="utf-8")
        og, nodes = extracted(html, url)
        assert og["og:title"] == [actor["name"]]
        assert og["og:url"] == [url]
        assert og["og:type"] == ["profile" if actor["kind"] == "personne" else "website"]
        node = node_of(nodes, KINDS[actor["kind"]])
        assert node["name"] == actor["name"] and node["url"] == url
        crumbs = node_of(nodes, "BreadcrumbList")["itemListElement"]
        assert [c["name"] for c in crumbs] == ["Accueil", "Acteurs", actor["name"]]
    for theme in archive["themes"]:
        url = f"{SITE_URL}themes/{theme['slug']}/"
        html = (site.site / "themes" / theme["slug"] / "index.html").read_text(encoding="utf-8")
        og, nodes = extracted(html, url)
        assert og["og:title"] == [theme["name"]] and og["og:url"] == [url]
        assert node_of(nodes, "CollectionPage")["about"]["name"] == theme["name"]
    for index in ["index.html", "articles/index.html", "a-propos/index.html"]:
        og, _ = extracted((site.site / index).read_text(encoding="utf-8"), SITE_URL)
        assert og["og:type"] == ["website"] and og["og:site_name"] == ["Manchette"]
        assert og["og:url"][0].startswith(SITE_URL)


def test_hostile_title_and_summary_stay_text(site, entries) -> None:
    entry = entries["hostile.md"]
    assert entry["title"] == HOSTILE_TITLE
    assert entry["summary"] == HOSTILE_SUMMARY
    html = html_of(site, entry)
    tree = lxml.html.fromstring(html)
    scripts = [s.text or "" for s in tree.iter("script") if s.get("type") != "application/ld+json"]
    assert not any("alert(" in s for s in scripts), "a script was injected"
    assert not tree.xpath("//head//b | //head//img | //body//img[@onerror]")
    tags = metas(html)
    # Every meta tag that holds the title or the summary holds all of it, as text.
    holding = [
        (key, value)
        for key, values in tags.items()
        for value in values
        if "</script>" in (value or "")
    ]
    assert len(holding) == 4, holding  # og:title, citation_title; og:description, description
    assert all(value in (HOSTILE_TITLE, HOSTILE_SUMMARY) for _, value in holding), holding
    for key in ["og:title", "citation_title"]:
        assert tags[key] == [HOSTILE_TITLE], key
    for key in ["og:description", "description"]:
        assert tags[key] == [HOSTILE_SUMMARY], key
    assert tags["citation_author"] == ["Jean <i>Dupont</i>"]
    assert tags["citation_journal_title"] == ['La Gazette & "Cie"']
    ld = [s for s in tree.iter("script") if s.get("type") == "application/ld+json"]
    assert len(ld) == 1
    assert "</" not in ld[0].text and "<" not in ld[0].text and "&" not in ld[0].text
    news = node_of(json.loads(ld[0].text)["@graph"], "NewsArticle")
    assert news["headline"] == HOSTILE_TITLE
    assert news["description"] == HOSTILE_SUMMARY
    assert news["publisher"]["name"] == 'La Gazette & "Cie"'
    assert tree.find_class("mc-reference")[0].text_content().count(HOSTILE_TITLE) == 1


def downloads(site: ProjectCopy, entry: dict) -> tuple[Path, Path]:
    folder = page_path(site, entry).parent
    box = lxml.html.fromstring(html_of(site, entry)).find_class("mc-downloads")[0]
    links = {a.text: folder / a.get("href") for a in box.iter("a")}
    return links["BibTeX"], links["RIS"]


def test_bibtex_and_ris_downloads_parse(site, entries) -> None:
    for entry in entries.values():
        bib, ris = downloads(site, entry)
        library = bibtexparser.parse_string(
            bib.read_text(encoding="utf-8"), append_middleware=[LatexDecodingMiddleware()]
        )
        assert not library.failed_blocks, bib
        (record,) = library.entries
        fields = record.fields_dict
        title = fields["title"].value
        if entry["file"] != "hostile.md":  # its braces are \textbraceleft{}: TeX shows them
            assert title == entry["title"], bib
        else:
            assert '"non" </script><script>alert(1)</script> & l\'<b>OTAN</b>' in title
            assert "100 %" in title
        assert record.entry_type == "article"
        assert fields["url"].value == entry["url"]
        assert fields["language"].value == entry["language"]
        if entry["date"]:
            assert fields["year"].value == entry["date"][:4]
            assert fields["date"].value == entry["date"]
        else:
            assert "year" not in fields
        if entry["authors"]:
            assert fields["author"].value.count(" and ") == len(entry["authors"]) - 1
        (reference,) = rispy.loads(ris.read_text(encoding="utf-8"))
        assert reference["type_of_reference"] == "NEWS"
        assert reference["title"] == entry["title"]
        assert reference.get("secondary_title") == entry["source"]
        assert reference["urls"] == [entry["url"]]
        assert reference["language"] == entry["language"]
        assert len(reference.get("authors", [])) == len(entry["authors"])
        assert reference.get("year") == ((entry["date"] or "")[:4] or None)
    bib, ris = downloads(site, entries["translated.txt"])
    fields = bibtexparser.parse_string(bib.read_text(encoding="utf-8")).entries[0].fields_dict
    assert fields["author"].value == "Whitaker, Tom"
    assert fields["translator"].value == "Petit, Claire"
    assert fields["origtitle"].value == "The Arctic, a new frontier for Russian-American rivalry"
    assert rispy.loads(ris.read_text(encoding="utf-8"))[0]["authors"] == ["Whitaker, Tom"]


def test_csl_json_of_every_article_is_valid(archive, entries) -> None:
    schema = json.loads((VOCAB / "csl-data.schema.json").read_text(encoding="utf-8"))
    items = [a["csl"] for a in archive["articles"]]
    jsonschema.validate(items, schema)
    translated = entries["translated.txt"]["csl"]
    assert translated["type"] == "article-newspaper"
    assert translated["author"] == [{"given": "Tom", "family": "Whitaker"}]
    assert translated["translator"] == [{"given": "Claire", "family": "Petit"}]
    assert translated["issued"] == {"date-parts": [[2025, 4, 10]]}
    assert translated["original-title"].startswith("The Arctic")
    assert translated["original-date"] == {"date-parts": [[2025, 4, 2]]}
    assert translated["container-title"] == "Le Relais des Analyses"
    assert translated["URL"] == entries["translated.txt"]["url"]
    assert all("issued" not in e["csl"] for e in entries.values() if not e["date"])
    with pytest.raises(jsonschema.ValidationError):  # the schema does refuse a wrong item
        jsonschema.validate([{**translated, "issued": "2025-04-10"}], schema)


def test_english_article_text_is_in_english_and_the_interface_in_french(site, entries) -> None:
    entry = entries["english.md"]
    tree = lxml.html.fromstring(html_of(site, entry))
    assert tree.get("lang") == "fr"
    (body,) = tree.find_class("mc-body")
    assert body.get("lang") == "en"
    assert "Delegations from Kyiv" in body.text_content()
    assert tree.xpath("//h1")[0].get("lang") == "en"
    header = tree.find_class("mc-article-header")[0]
    assert header.get("lang") is None and "min de lecture" in header.text_content()
    assert metas(html_of(site, entry))["citation_language"] == ["en"]
    french = lxml.html.fromstring(html_of(site, entries["translated.txt"]))
    assert french.find_class("mc-body")[0].get("lang") is None


def test_a_draft_is_nowhere_in_the_published_site(site) -> None:
    for path in site.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".xml", ".json", ".bib", ".ris", ""}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert DRAFT_TITLE not in text, path
            assert "Klaipėda" not in text, path
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(site.root), "check"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert f"draft: draft.txt: {DRAFT_TITLE}" in done.stdout
    assert "1 draft(s)" in done.stderr


@pytest.mark.parametrize(
    ("site_url", "base"),
    [
        (None, None),
        ('"/"', None),
        ('"https://exemple.org/depot"', "https://exemple.org/depot/"),
    ],
)
def test_site_url_gives_the_addresses_or_none(tmp_path, site_url, base) -> None:
    from manchette.pages.siteinfo import site_info
    from manchette.project import Project

    line = f"site_url: {site_url}\n" if site_url else ""
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Gazette\n{line}theme:\n  name: material\n  language: fr\n", encoding="utf-8"
    )
    site = site_info(Project(tmp_path))
    assert (site.name, site.base, site.language) == ("Gazette", base, "fr")


def test_without_an_absolute_site_url_no_address_is_made_up() -> None:
    """Previews, citation tags and JSON-LD lose their absolute addresses, nothing else."""
    from conftest import ROOT
    from manchette.archive import build_archive
    from manchette.ingest.convert import convert_file_with_problems
    from manchette.ingest.layouts import load_layouts
    from manchette.pages.article import cite_box
    from manchette.pages.catalog import build_catalog
    from manchette.pages.headmeta import article_head
    from manchette.pages.siteinfo import Site

    layouts = load_layouts(ROOT / "site-plugins" / "sources")
    article, _ = convert_file_with_problems("translated.txt", TRANSLATED.encode(), layouts)
    cat = build_catalog(build_archive([article]), Site(name="Gazette"))
    head = f"<html><head>{article_head(article, cat)}</head><body></body></html>"
    og, nodes = extracted(head, "http://ailleurs.example/")
    tags = metas(head)
    assert og["og:title"] == [article.title] and og["og:site_name"] == ["Gazette"]
    assert "og:url" not in og and "citation_public_url" not in tags
    assert og["article:author"] == ["Tom Whitaker"]  # a name, for want of an address
    news = node_of(nodes, "NewsArticle")
    assert "url" not in news and "@id" not in news
    assert news["author"] == [{"@type": "Person", "name": "Tom Whitaker"}]
    assert all("item" not in c for c in node_of(nodes, "BreadcrumbList")["itemListElement"])
    box = lxml.html.fromstring(cite_box(article, cat)).text_content()
    assert "Archive Gazette." in box and "disponible" not in box


def test_generate_leaves_drafts_out_unless_asked(make_project) -> None:
    """`manchette generate` (the tree for Zensical) publishes no draft; `--drafts` previews it."""
    project = make_project(samples=False)
    project.add("draft.txt", DRAFT)
    project.add("english.md", ENGLISH)
    for flags, shown in (([], False), (["--drafts"], True)):
        tree = project.root / f"tree{len(flags)}"
        done = subprocess.run(
            [sys.executable, "-m", "manchette.cli", "--project", str(project.root)]
            + ["generate", str(tree), *flags],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        pages = {p.read_text(encoding="utf-8") for p in (tree / "docs").rglob("index.md")}
        drafts = [p for p in pages if f"title: {json.dumps(DRAFT_TITLE, ensure_ascii=False)}" in p]
        assert len(drafts) == int(shown), flags
        assert any("Grain corridor talks resume" in p for p in pages)
        if shown:
            assert 'class="mc-draft"' in drafts[0]
            assert "noindex" in drafts[0]


def test_a_draft_flag_that_is_not_true_or_false_is_reported() -> None:
    from manchette.ingest.read import read_document

    doc = read_document("a.txt", b"---\ndraft: oui\n---\nTitre\n\nUn texte.\n")
    assert "draft" not in doc.overrides
    assert [p.reason for p in doc.problems] == [
        "front matter: 'draft' should be bool, got str: ignored"
    ]
    assert read_document("b.txt", b"---\ndraft: true\n---\nTitre\n\nTexte.\n").overrides == {
        "draft": True
    }
