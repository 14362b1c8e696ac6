"""The scale benchmark: its corpus generator and one small run of `manchette bench`."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
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


# --- one small benchmark run -------------------------------------------------------------------


@pytest.mark.slow
def test_the_four_builds_are_measured(bench):
    _, report, done = bench
    assert report["n"] == N
    for step in ("cold", "warm", "add-one", "bare"):
        run = report["runs"][step]
        assert run["returncode"] == 0, Path(run["log"]).read_text()
        assert run["wall"] > 0 and run["cpu"] > 0 and run["peak_rss"] > 10_000_000
        assert report["ratios"][step]["wall"] > 0
    assert report["ratios"]["bare"]["wall"] == 1.0
    for line in ("cold build", "warm rebuild", "adding 1 article", "bare MkDocs", "Targets"):
        assert line in done.stdout
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
    assert sites["bare"]["article_pages"] == N
    assert sites["bare"]["pages"] == N + 2  # the articles, the home page, 404.html
    archive = keep / "archive"
    markdown = list((archive / "docs").rglob("*.md")) + list(
        (archive / ".manchette" / "pages").rglob("*.md")
    )
    # The kept build is the add-one build: one page per Markdown page, plus 404.html.
    assert sites["add-one"]["pages"] == len(markdown) + 1
    assert 0 < sites["warm"]["largest_article"] < sites["warm"]["bytes"]


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
