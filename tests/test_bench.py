"""The scale benchmark: its corpus generator and one small run of `manchette bench`."""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from manchette.ingest.read import read_document
from manchette_bench.corpus import (
    CorpusGenerator,
    dates_in,
    name_pool,
    people_named,
    pick_name,
    read_samples,
    shift_dates,
    swap_people,
)
from manchette_bench.frontmatter import with_front_matter
from manchette_bench.growth import main as growth_main
from manchette_bench.growth import warm_growth
from manchette_bench.serve import measure_serve

ROOT = Path(__file__).resolve().parent.parent
N = 20


def show_json(project: Path, files: list[Path]) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(project), "show", "--json"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.stdout, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def samples():
    return read_samples(ROOT / "articles", ROOT / "site-plugins" / "sources")


@pytest.fixture(scope="module")
def bench(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict, subprocess.CompletedProcess]:
    """`manchette bench 20` run once, its folder kept."""
    work = tmp_path_factory.mktemp("bench")
    keep, report = work / "kept", work / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "manchette.cli", "--project", str(ROOT), "bench", str(N)]
        + ["--keep", str(keep), "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return keep, json.loads(report.read_text(encoding="utf-8")), done


# --- the generator, without building -----------------------------------------------------------


def test_dates_keep_their_format_when_shifted():
    text = "Mondialisation.ca, 13 mars 2025\n03/12/2025 site\n249-18-02-2025\nle 2 décembre"
    shifted = shift_dates(text, dt.date(2021, 4, 1) - dt.date(2025, 3, 13))
    assert "Mondialisation.ca, 1er avril 2021" in shifted
    assert "22/12/2021 site" in shifted  # day first, zero-padded, like the original
    assert "249-09-03-2021" in shifted
    assert "le 2 décembre" in shifted  # no year: not a full date, left alone
    assert [d for _, d in dates_in(shifted)][:1] == [dt.date(2021, 4, 1)]


def test_people_are_renamed_consistently():
    text = "Steve Witkoff a vu Iouri Ouchakov. Witkoff est reparti ; Ouchakov est resté."
    assert people_named(text) == [("Steve", "Witkoff"), ("Iouri", "Ouchakov")]
    pool = name_pool(6)
    for seed in range(20):
        new_text, renamed = swap_people(text, random.Random(seed), pool)
        for old, new in renamed.items():
            assert old not in new_text and old.split()[1] not in new_text
            assert new_text.count(new) == 1  # the full name once, the surname alone after
            assert new_text.count(new.split(" ", 1)[1]) == 2
        if renamed:
            break
    else:
        pytest.fail("nobody was ever renamed")


def test_a_long_tail_of_names():
    pool = name_pool(6)
    assert len(set(pool)) == len(pool) >= 500
    assert all(len(name.split(" ", 1)) == 2 for name in pool)
    rng = random.Random(1)
    drawn = [pick_name(rng, pool) for _ in range(5000)]
    counts = sorted((drawn.count(n) for n in set(drawn)), reverse=True)
    assert len(counts) >= 500  # many distinct people...
    assert counts[0] >= 20 * counts[len(counts) // 2]  # ...a few of whom recur far more


def test_generation_is_deterministic_and_prefix_stable(samples):
    first, second = CorpusGenerator(samples, seed=3), CorpusGenerator(samples, seed=3)
    other = CorpusGenerator(samples, seed=4)
    made = [first.article(i) for i in range(12)]
    assert made == [second.article(i) for i in range(12)]
    assert [m[1] for m in made] != [other.article(i)[1] for i in range(12)]
    with pytest.raises(ValueError):
        first.article(20)  # articles come in order, so titles stay distinct


def test_paragraphs_are_reordered_and_headers_kept(samples):
    generator = CorpusGenerator(samples)
    texts = [generator.article(i) for i in range(2 * len(samples))]
    for (_, text, info), sample in zip(texts, samples * 2, strict=True):
        assert info.sample == sample.name
        assert text != sample.text
        if sample.movable["prose"]:
            body = [sample.blocks[j] for j in sample.movable["prose"]]
            assert [b for b in text.split("\n\n") if b in body] != body
    assert len({t for _, t, _ in texts}) == len(texts)


# --- the front-matter edit and the growth of two runs, without building -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un titre\n\nLe texte.\n",
        '---\ntitle: "Un titre : le vrai"\ndate: "2021-03-04"\n---\nLe texte.\n',
    ],
)
def test_a_front_matter_gains_an_actor_and_a_theme(text):
    edited = with_front_matter(text, "Ottilie Brandvold-Maes", "chine-et-ordre-mondial")
    doc = read_document("a.txt", edited.encode("utf-8"))
    assert not doc.failed and not doc.problems, doc.problems
    assert doc.overrides["actors"] == ["Ottilie Brandvold-Maes"]
    assert doc.overrides["themes"] == ["chine-et-ordre-mondial"]
    assert doc.text.strip().endswith("Le texte.")
    if text.startswith("---"):  # what it declared is kept
        assert doc.overrides["title"] == "Un titre : le vrai"
        assert str(doc.overrides["date"]) == "2021-03-04"
    with pytest.raises(ValueError):  # never two `actors:` keys
        with_front_matter(edited, "Autre Nom", "medias-et-recits")


def report_of(n: int, warm: float) -> dict:
    return {"n": n, "runs": {"warm": {"wall": warm}}}


def test_growth_of_the_warm_rebuild(tmp_path, capsys):
    small, large = report_of(1000, 12.0), report_of(10000, 96.0)
    found = warm_growth(large, small)  # either order
    assert found == {
        "warm growth 1000 -> 10000 <= 10x": {
            "value": 8.0,
            "limit": 10.0,
            "met": True,
            "warm": [12.0, 96.0],
        }
    }
    assert not next(iter(warm_growth(small, report_of(10000, 130.0)).values()))["met"]
    with pytest.raises(ValueError):
        warm_growth(small, small)
    paths = []
    for report in (small, large):
        paths.append(tmp_path / f"bench{report['n']}.json")
        paths[-1].write_text(json.dumps(report), encoding="utf-8")
    assert growth_main([str(p) for p in paths]) == 0
    assert "12.0 s -> 96.0 s, 8.00x  met" in capsys.readouterr().out
    assert growth_main([str(paths[0]), str(paths[0])]) == 2
    assert "N = 1000" in capsys.readouterr().err


# --- one small benchmark run -------------------------------------------------------------------


@pytest.mark.slow
def test_every_run_is_measured(bench):
    _, report, done = bench
    assert report["n"] == N
    for step in ("cold", "warm", "add-one", "edit-front-matter", "serve", "bare"):
        run = report["runs"][step]
        assert run["returncode"] == 0, Path(run["log"]).read_text()
        assert run["wall"] > 0 and run["cpu"] > 0 and run["peak_rss"] > 10_000_000
        assert report["ratios"][step]["wall"] > 0
    assert report["ratios"]["bare"]["wall"] == 1.0
    for line in (
        "cold build",
        "warm rebuild",
        "adding 1 article",
        "front-matter edit",
        "mkdocs serve",
        "bare MkDocs",
        "Targets",
    ):
        assert line in done.stdout
    targets = report["targets"]
    for name in ("warm <= 0.5x", "add one <= 1.0x", "serve <= 1.0x", "edit front matter <= 1.0x"):
        assert any(t.startswith(name) for t in targets), targets
    assert {"cold <= 10 min", "peak memory <= 2 GB", "article page <= 60 KB"} <= targets.keys()
    # quotes are found in the cold build and when one article is added, never when warm
    steps = report["steps"]
    assert steps["cold"]["quote_extraction"] > 0 and steps["add-one"]["quote_extraction"] > 0
    assert steps["warm"]["quote_extraction"] == 0
    assert "quotes, cold build" in done.stdout


@pytest.mark.slow
def test_page_counts_are_right(bench):
    keep, report, _ = bench
    sites = report["sites"]
    assert sites["warm"]["article_pages"] == N
    assert sites["add-one"]["article_pages"] == N + 1
    assert sites["edit-front-matter"]["article_pages"] == N + 1
    assert sites["bare"]["article_pages"] == N
    assert sites["bare"]["pages"] == N + 2  # the articles, the home page, 404.html
    # The kept site is the edited build's: every index.html and 404.html is a page.
    site = keep / "archive" / "site"
    pages = [p for p in site.rglob("*.html") if p.name in ("index.html", "404.html")]
    assert sites["edit-front-matter"]["pages"] == len(pages)
    assert 0 < sites["warm"]["largest_article"] < sites["warm"]["bytes"]


@pytest.mark.slow
def test_the_edited_front_matter_shows_in_its_build(bench, samples):
    keep, report, _ = bench
    edit = report["edit_front_matter"]
    assert edit["seen"], edit
    site = keep / "archive" / "site"  # the site of that build
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    actor = next(a for a in data["actors"] if a["name"] == edit["actor"])
    article = next(a for a in data["articles"] if a["file"] == edit["file"])
    assert actor["slug"] in article["actors"] and edit["theme"] in article["themes"]
    page = (site / edit["actor_page"] / "index.html").read_text(encoding="utf-8")
    assert edit["actor"] in html.unescape(page) and article["title"] in html.unescape(page)
    assert edit["actor_page"] == f"acteurs/{actor['slug']}/"
    # the build before it did not know the actor: the edit made its page
    assert report["sites"]["edit-front-matter"]["pages"] > report["sites"]["add-one"]["pages"]
    # and the file is given back as generated
    generator = CorpusGenerator(samples, report["seed"])
    texts = dict(generator.article(i)[:2] for i in range(N))
    edited = keep / "archive" / "articles" / edit["file"]
    assert edited.read_text(encoding="utf-8") == texts[edit["file"]]


@pytest.mark.slow
def test_the_server_served_the_dropped_article(bench, samples):
    keep, report, _ = bench
    served = report["serve"]
    assert served["seen"] and served["server_exit"] is not None, served
    assert served["startup"] > 0 and served["wall"] == report["runs"]["serve"]["wall"]
    # the article dropped is the generator's next one after the added one: its title and URL
    generator = CorpusGenerator(samples, report["seed"])
    made = [generator.article(i) for i in range(N + 2)]
    name, _, info = made[N + 1]
    assert served["title"] == info.title
    folder = f"{info.date[:4]}/{info.date[5:7]}" if info.date else "sans-date"
    assert served["url"].startswith(f"articles/{folder}/")
    assert not (keep / "archive" / "articles" / name).exists()
    assert report["added_article"] == made[N][0]
    log = Path(report["runs"]["serve"]["log"]).read_text(encoding="utf-8")
    assert "Serving on http://127.0.0.1:" in log and "Detected file changes" in log


@pytest.mark.slow
def test_generated_archive_is_varied_and_readable(bench, samples):
    keep, report, _ = bench
    files = sorted((keep / "archive" / "articles").iterdir())
    assert len(files) == N
    regenerated = CorpusGenerator(samples, report["seed"])
    made = [regenerated.article(i) for i in range(N)]
    assert [f.name for f in files] == [name for name, _, _ in made]
    assert [f.read_text(encoding="utf-8") for f in files] == [text for _, text, _ in made]

    shown = {item["file"]: item for item in show_json(keep / "archive", files)}
    by_name = {s.name: s for s in samples}
    titles = [shown[f.name]["title"] for f in files]
    assert len(set(titles)) == N
    assert len({shown[f.name]["body"] for f in files}) == N

    layouts = set()
    for name, _, info in made:
        item, sample = shown[name], by_name[info.sample]
        assert item["layout"] == sample.layout  # header and footer kept: same layout
        layouts.add(item["layout"])
        if item["date"]:
            assert "2020-01-01" <= item["date"] <= "2025-12-31"
        if sample.date_read or info.dated_by == "front matter":
            assert item["date"] == info.date
    assert layouts == {s.layout for s in samples}
    dated = [shown[f.name]["date"] for f in files if shown[f.name]["date"]]
    assert len({d[:4] for d in dated}) >= 3  # spread over the years


def processes_in(folder: Path) -> list[int]:
    """The processes whose working folder is `folder` (the server and its builds)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "cwd").resolve() == folder.resolve():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_a_server_that_does_not_answer_in_time_is_stopped(make_project, tmp_path):
    project = make_project()
    text = (project.articles / sorted(p.name for p in project.articles.iterdir())[0]).read_text()
    served = measure_serve(
        project.root, project.articles, "nouveau.txt", text, tmp_path / "serve.log", timeout=1.0
    )
    assert not served.seen and served.wall == 0.0  # never up: nothing dropped, nothing timed
    assert served.server_exit is not None
    assert not (project.articles / "nouveau.txt").exists()
    assert processes_in(project.root) == []
