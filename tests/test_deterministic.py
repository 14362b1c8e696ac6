"""Two clean builds of the same inputs give the same site, byte for byte, search index included
(Pagefind writes its filters in hash-map order: publish/searchorder.py sorts them)."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_project
from test_render_skip import COUNT


def differing_files(one: Path, two: Path) -> list[str]:
    """Files that are in only one of the two folders, or whose bytes differ."""
    names = {p.relative_to(one) for p in one.rglob("*") if p.is_file()}
    names |= {p.relative_to(two) for p in two.rglob("*") if p.is_file()}
    return sorted(
        str(name)
        for name in names
        if not (one / name).is_file()
        or not (two / name).is_file()
        or (one / name).read_bytes() != (two / name).read_bytes()
    )


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    sites = []
    for n in (1, 2):
        project = copy_project(tmp_path / f"project{n}")
        done = project.build("--strict")
        assert done.returncode == 0, done.stderr
        sites.append(project.site)
    assert list(sites[0].glob("pagefind/filter/*.pf_filter")), "no search index built"
    assert differing_files(*sites) == []


def test_a_rebuild_that_leaves_every_page_out_is_byte_identical_to_a_clean_build(
    tmp_path: Path,
) -> None:
    """The second build writes every generated page from the store, none given to MkDocs: the
    site, search index and sitemap included, is a clean build's."""
    project = copy_project(tmp_path / "warm")
    first = project.build("--strict")
    assert first.returncode == 0, first.stderr
    (rendered,) = COUNT.findall(first.stderr)
    warm = project.build("--strict")
    assert warm.returncode == 0, warm.stderr
    assert COUNT.findall(warm.stderr) == [("0", rendered[0])]  # every page kept, none rendered
    assert int(rendered[0]) > 0
    clean = copy_project(tmp_path / "clean")
    done = clean.build("--strict")
    assert done.returncode == 0, done.stderr
    assert differing_files(project.site, clean.site) == []
