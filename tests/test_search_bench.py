"""The search benchmark works (its numbers are for the README, not asserted here)."""

from __future__ import annotations

import gzip
import json
import os
import re
import urllib.request
from html import unescape

import pytest
from browser import chromium_missing, serve_site
from manchette.publish.search import run_pagefind
from manchette_bench.search import format_report, index_size, measure_site, synthetic_site
from test_search import read_bundle


def test_synthetic_site_keeps_the_markup_and_varies_the_text(sample_site, tmp_path):
    site = synthetic_site(sample_site.site, tmp_path / "site", 12)
    pages = sorted((site / "articles").glob("*/**/index.html"))
    assert len(pages) == 12
    assert (site / "recherche" / "index.html").is_file()
    titles = set()
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert html.count("data-pagefind-body") == 1
        title = re.search(r'data-pagefind-meta="title"[^>]*>([^<]*)<', html).group(1)
        titles.add(unescape(title))
    assert len(titles) == 12
    report = run_pagefind(site)
    assert report.ok and report.pages == 12
    size = index_size(site)
    assert size.pages == 12 and size.bytes > size.index_bytes > 0
    _, fragments = read_bundle(site)
    assert {f["meta"]["title"] for f in fragments} == titles


def test_server_compresses_text_like_github_pages(sample_site):
    with serve_site(sample_site.site, compress=True) as base:
        request = urllib.request.Request(base, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            html = gzip.decompress(response.read()).decode("utf-8")
        assert "<html" in html
        entry = urllib.request.urlopen(base + "pagefind/pagefind-entry.json").read()
        assert json.loads(entry)["languages"]  # no Accept-Encoding: sent as it is


@pytest.mark.browser
def test_measure_site_reports_a_query(sample_site):
    reason = chromium_missing()  # the benchmark drives its own Chromium
    if reason:
        pytest.fail(reason) if os.environ.get("CI") else pytest.skip(reason)
    report = measure_site(sample_site.site, ["cessez-le-feu", "gazoduc"])
    first, absent = report["queries"]
    assert first["results"] >= 2 and absent["results"] == 0
    assert first["first_result_ms"] > 0
    assert 0 < first["search_bytes"] < first["search_raw_bytes"]
    assert not any("/filter/" in url for url, _ in first["files"])
    assert report["filters"]["bytes"] > 0
    assert any("/filter/" in url for url, _ in report["filters"]["files"])
    report.update(site=str(sample_site.site), pagefind=None)
    assert "cessez-le-feu" in format_report(report)
