"""Copies from sites Manchette has no layout for (tests/sites/): every expected field passes.

Each fixture is a text written in the shape of one kind of site (portal, agency dispatch, blog,
think tank, newsletter...), with its own words; its NAME.json gives the file, the kind of site,
the classes of junk it reproduces (issue 12's numbering) and the fields a correct conversion
gives. `python tests/fieldcheck.py -v` prints the share of checks that pass.
"""

from __future__ import annotations

import json

import pytest
from fieldcheck import SITES, convert_fixture, field_checks, site_fixtures

FIXTURES = site_fixtures()


@pytest.mark.parametrize("spec_path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_site_fixture_fields(spec_path) -> None:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    got = convert_fixture(spec_path)
    assert not got.get("errors"), got.get("errors")
    failing = [f"{c.key}: {c.detail}" for c in field_checks(spec, got) if not c.ok]
    assert not failing, "\n".join(failing)


def test_the_corpus_is_varied() -> None:
    """At least 40 fixtures from at least 25 kinds of site, each naming its file and kind."""
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in FIXTURES]
    assert len(specs) >= 40
    assert len({s["site_kind"] for s in specs}) >= 25
    for spec in specs:
        assert (SITES / spec["file"]).is_file(), spec["file"]
        assert spec["classes"], spec["file"]
