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
    """Every expected field passes, except the fixture's `known_gaps`: the checks the engine
    does not pass yet, listed so that a regression fails here and a fix is noticed too."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    got = convert_fixture(spec_path)
    assert not got.get("errors"), got.get("errors")
    known = set(spec.get("known_gaps", []))
    checks = list(field_checks(spec, got))
    failing = [f"{c.name} ({c.detail})" for c in checks if not c.ok and c.name not in known]
    assert not failing, "new failures:\n" + "\n".join(failing)
    fixed = sorted(known - {c.name for c in checks if not c.ok})
    assert not fixed, f"now passing, remove from known_gaps: {fixed}"


def test_known_gaps_stay_few() -> None:
    """The corpus is the measure of the generic path: at least 90 % of its checks pass."""
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in FIXTURES]
    total = sum(len(list(field_checks(spec, {"body": ""}))) for spec in specs)
    gaps = sum(len(spec.get("known_gaps", [])) for spec in specs)
    assert gaps <= 0.10 * total, f"{gaps} known gaps out of {total} checks"


def test_the_corpus_is_varied() -> None:
    """At least 40 fixtures from at least 25 kinds of site, each naming its file and kind."""
    specs = [json.loads(p.read_text(encoding="utf-8")) for p in FIXTURES]
    assert len(specs) >= 40
    assert len({s["site_kind"] for s in specs}) >= 25
    for spec in specs:
        assert (SITES / spec["file"]).is_file(), spec["file"]
        assert spec["classes"], spec["file"]
