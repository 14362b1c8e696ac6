"""The samples' archive built by three engines: MkDocs 1.6 + Material with the hooks, ProperDocs
with the same mkdocs.yml (hooks included), Zensical on the tree of `manchette generate`, then
`manchette publish`. Each site has every article, actor and theme page with its content, links
that lead somewhere, a Pagefind index that answers and feeds that parse.

Each engine builds the five samples once (the MkDocs site is the session's `sample_site`), from
a copy of its extraction cache, so that no engine runs NER again.
"""

# ruff: noqa: F811 (the fixtures imported from browser.py are then named as arguments)

from __future__ import annotations

import html
import importlib.util
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser import browser, page, serve_site  # noqa: F401
from conftest import EXPECTED, ProjectCopy, copy_project
from manchette.cli import main
from manchette.generate import TreeRefused, generate, tree_path
from manchette.ingest.plaintext import inline_text
from manchette.project import Project
from manchette.siteconfig import dump_config, hookless_config, load_config, parse_config, site_url
from test_browser_search import search, text_of
from test_feeds import parse
from test_search import article_pages, marked, read_bundle

ENGINES = ["mkdocs", "properdocs", "zensical"]
OTHERS = ENGINES[1:]
INSTALL = "pip install -r requirements-dev.txt (pinned in constraints.txt)"


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m ARGS` in the project folder `root`; fails the test with its output if it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=root, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, f"{' '.join(args)}: exit {done.returncode}\n{done.stderr}"
    return done


def require(module: str) -> None:
    """Skip when the engine is not installed (in CI, where install.sh --dev installs it, fail)."""
    if importlib.util.find_spec(module) is None:
        reason = f"{module} is not installed: {INSTALL}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def build_site(engine: str, sample_site: ProjectCopy, folder: Path) -> Path:
    """The samples' site built by `engine`; returns its folder."""
    if engine == "mkdocs":
        return sample_site.site
    require(engine)
    project = copy_project(folder / "project")
    (project.root / ".manchette").mkdir()
    shutil.copy2(sample_site.root / ".manchette" / "cache.sqlite", project.root / ".manchette")
    if engine == "properdocs":
        run(project.root, "properdocs", "build", "--strict", "-f", "mkdocs.yml")
        return project.site
    tree = Project(project.root).tree
    run(project.root, "manchette.cli", "generate", "--strict")
    run(project.root, "zensical", "build", "--strict", "-f", str(tree / "mkdocs.yml"))
    run(project.root, "manchette.cli", "publish", str(tree / "site"))
    return tree / "site"


@pytest.fixture(scope="module")
def built(sample_site, tmp_path_factory) -> Callable[[str], Path]:
    """built(engine) -> the site folder, built on first use and kept for the module."""
    sites: dict[str, Path] = {}

    def get(engine: str) -> Path:
        if engine not in sites:
            sites[engine] = build_site(engine, sample_site, tmp_path_factory.mktemp(engine))
        return sites[engine]

    return get


def archive_json(site: Path) -> dict:
    return json.loads((site / "archive.json").read_text(encoding="utf-8"))


def path_of(url: str) -> str:
    """The site-relative path of an absolute URL of archive.json ("articles/…/")."""
    return urlsplit(url).path.lstrip("/")


def page_html(site: Path, path: str) -> str:
    page = site / path / "index.html"
    assert page.is_file(), f"no page at /{path}"
    return page.read_text(encoding="utf-8")


def heading(text: str) -> str:
    found = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    assert found, "no <h1>"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())


def linked_paths(text: str, here: str) -> set[str | None]:
    """Every relative link of the page at `here` as a site path ("articles/…/", "" for the home
    page), None for a link that climbs out of the site (a browser would stop at its root)."""
    out: set[str | None] = set()
    for value in re.findall(r'(?:href|src)="([^"]+)', text):
        href = re.split(r"[#?]", html.unescape(value))[0]
        if not href or "://" in href or href.startswith(("mailto:", "data:", "/")):
            continue
        target = posixpath.normpath(posixpath.join(here, href))  # relative: no clamp at "/"
        if target == ".." or target.startswith("../"):
            out.add(None)
        elif target == ".":
            out.add("")
        else:
            out.add(target + ("/" if href.endswith("/") else ""))
    return out


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("engine", ENGINES)
def test_every_article_actor_and_theme_page_has_its_content(built, engine) -> None:
    site = built(engine)
    data = archive_json(site)
    by_file = {a["file"]: a for a in data["articles"]}
    assert sorted(by_file) == sorted(item["file"] for item in EXPECTED["articles"])
    for item in EXPECTED["articles"]:
        text = page_html(site, path_of(by_file[item["file"]]["url"]))
        assert heading(text) == item["title"]
        said = words("".join(marked(text).text))
        for part in [item["body_starts"], item["body_ends"], *item.get("body_contains", [])]:
            assert words(inline_text(part, regular_typography=False)) in said, (engine, part)
    urls = {a["id"]: path_of(a["url"]) for a in data["articles"]}
    assert len(data["actors"]) > 10 and len(data["themes"]) > 3
    for entry in data["actors"] + data["themes"]:
        here = path_of(entry["url"])
        text = page_html(site, here)
        assert heading(text) == entry["name"], (engine, here)
        missing = {urls[i] for i in entry["articles"]} - linked_paths(text, here)
        assert not missing, (engine, here, missing)


@pytest.mark.parametrize("engine", ENGINES)
def test_every_relative_link_leads_to_a_file_of_the_site(built, engine) -> None:
    site = built(engine)
    broken = []
    pages = [p for p in site.rglob("*.html") if not p.is_relative_to(site / "pagefind")]
    for file in pages:
        here = file.parent.relative_to(site).as_posix().removeprefix(".")
        here = here + "/" if here else ""
        for target in linked_paths(file.read_text(encoding="utf-8"), here):
            path = site / (target or "")
            if target is None or not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{file.relative_to(site)}: {target or 'outside the site'}")
    assert len(pages) > 50
    assert not broken, (engine, broken[:10])


def main_text(text: str) -> str:
    """A page's content, without what differs by engine around it (spacing, a skip anchor)."""
    start = text.index(">", text.index("<article")) + 1
    inner = text[start : text.rindex("</article>")]
    inner = inner.replace('<a id="__skip" tabindex="-1"></a>', "")
    return re.sub(r">\s+<", "><", words(inner))


@pytest.mark.parametrize("engine", OTHERS)
def test_pages_feeds_and_archive_are_those_of_mkdocs(built, engine) -> None:
    reference, site = built("mkdocs"), built(engine)

    def listed(folder: Path) -> set[str]:
        skip = folder / "pagefind"
        files = folder.rglob("*")
        return {p.relative_to(folder).as_posix() for p in files if not p.is_relative_to(skip)}

    wanted = {p for p in listed(reference) if p.endswith((".html", ".xml", ".json"))}
    wanted -= {"sitemap.xml"}  # the engine's own
    assert wanted <= listed(site), sorted(wanted - listed(site))[:10]
    for rel in sorted(wanted):
        ours, theirs = (reference / rel).read_text("utf-8"), (site / rel).read_text("utf-8")
        if rel.endswith(".html"):
            assert main_text(theirs) == main_text(ours), (engine, rel)
        else:  # archive.json and the feeds: the same bytes
            assert theirs == ours, (engine, rel)


@pytest.mark.parametrize("engine", ENGINES)
def test_search_index_holds_every_article(built, engine) -> None:
    site = built(engine)
    _, fragments = read_bundle(site)
    pages = article_pages(site)
    articles = {"/" + path_of(a["url"]) for a in archive_json(site)["articles"]}
    assert {f["url"] for f in fragments} == set(pages) == articles
    for fragment in fragments:
        assert fragment["meta"]["title"] == pages[fragment["url"]].meta["title"]


@pytest.mark.browser
@pytest.mark.parametrize("engine", ENGINES)
def test_search_answers_under_a_sub_path(built, engine, page) -> None:
    site = built(engine)
    pages = article_pages(site)
    discussing = {url for url, p in pages.items() if "cessez-le-feu" in text_of(p)}
    assert len(discussing) >= 2
    with serve_site(site, "/depot/") as base:
        found = {url.removeprefix("/depot") for url in search(page, base, "cessez-le-feu")}
    assert discussing <= found <= set(pages)
    assert page.js_errors == []


@pytest.mark.parametrize("engine", ENGINES)
def test_feeds_parse_and_lead_to_pages(built, engine) -> None:
    site = built(engine)
    data = archive_json(site)
    feeds = [site / "feed.xml"]
    feeds += [site / path_of(e["url"]) / "feed.xml" for e in data["actors"] + data["themes"]]
    dated = sum(1 for a in data["articles"] if a["date"])
    assert len(parse(feeds[0]).entries) == dated > 0
    for feed in feeds:
        for entry in parse(feed).entries:
            assert (site / path_of(entry.link) / "index.html").is_file(), (feed, entry.link)


# --- the generated tree, without an engine -------------------------------------------------------


def test_tree_pages_are_the_index_of_their_url() -> None:
    assert tree_path("articles/2025/02/titre-abc123.md") == "articles/2025/02/titre-abc123/index.md"
    assert tree_path("recherche.md") == "recherche/index.md"
    assert tree_path("acteurs/index.md") == "acteurs/index.md"
    assert tree_path("index.md") == "index.md"
    assert tree_path("assets/search.js") == "assets/search.js"


def test_config_without_hooks_keeps_the_rest_as_written(monkeypatch) -> None:
    config = load_config(Path(__file__).resolve().parent.parent / "mkdocs.yml")
    assert config["hooks"]
    tree = hookless_config(config, tree_path)
    assert "hooks" not in tree and (tree["docs_dir"], tree["site_dir"]) == ("docs", "site")
    assert tree["theme"]["custom_dir"] == "overrides"
    assert {"Recherche": "recherche/index.md"} in tree["nav"]
    assert {"Accueil": "index.md"} in tree["nav"]
    assert {"search": {"enabled": False}} in tree["plugins"]  # Pagefind is the search
    text = dump_config(tree)
    assert "site_url: !ENV [MANCHETTE_SITE_URL, 'http://127.0.0.1:8000/']" in text
    assert parse_config(text) == tree
    monkeypatch.delenv("MANCHETTE_SITE_URL", raising=False)
    assert site_url(tree) == "http://127.0.0.1:8000/"
    monkeypatch.setenv("MANCHETTE_SITE_URL", "https://exemple.org/depot/")
    assert site_url(tree) == "https://exemple.org/depot/"


def test_generate_writes_only_a_tree_of_its_own(make_project, tmp_path) -> None:
    project = Project(make_project(samples=False).root)
    tree = project.tree
    generate(project, tree)
    assert Project.find(tree / "site") == project  # not the tree's own mkdocs.yml
    (tree / "docs" / "left-over.md").write_text("gone at the next run", encoding="utf-8")
    result = generate(project, tree)
    assert not (tree / "docs" / "left-over.md").exists()
    assert (tree / "docs" / "recherche" / "index.md").is_file()
    assert (tree / "overrides" / "main.html").is_file()
    assert {tree_path(src) for src in result.pages} <= {
        p.relative_to(tree / "docs").as_posix() for p in (tree / "docs").rglob("*.md")
    }
    with pytest.raises(TreeRefused):
        generate(project, project.root)  # the project's own mkdocs.yml and docs/
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("a curator's file", encoding="utf-8")
    with pytest.raises(TreeRefused):
        generate(project, tmp_path / "other")
    assert (tmp_path / "other" / "notes.txt").is_file()


NO_MKDOCS = """
import sys

class NoMkDocs:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("mkdocs", "material", "properdocs"):
            raise ImportError(f"{name} is not there (as after MkDocs' end of life)")

sys.meta_path.insert(0, NoMkDocs())
from manchette.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_front_doors_need_no_mkdocs(make_project) -> None:
    project = make_project(samples=False)
    project.site.mkdir()  # a site some engine built
    page = '<html lang="fr"><body>Accueil</body></html>'
    (project.site / "index.html").write_text(page, encoding="utf-8")
    for args in (["generate", "--strict"], ["publish", "site"]):
        done = subprocess.run(
            [sys.executable, "-c", NO_MKDOCS, *args],
            cwd=project.root,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, (args, done.stderr)
    assert (Project(project.root).tree / "docs" / "index.md").is_file()
    assert json.loads((project.site / "archive.json").read_text("utf-8"))["articles"] == []
    assert (project.site / "feed.xml").is_file()


def test_generate_strict_fails_on_a_problem_as_the_build_does(make_project, capsys) -> None:
    project = make_project(samples=False)
    project.add("vide.txt", "")
    assert main(["--project", str(project.root), "generate", "--strict"]) == 1
    assert "WARNING: articles/vide.txt: empty file" in capsys.readouterr().err
    assert main(["--project", str(project.root), "generate"]) == 0  # the rest is built
