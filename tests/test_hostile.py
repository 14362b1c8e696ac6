"""A site built with hostile articles: nothing from them reaches the HTML as markup.

Every payload carries the marker "XSS" so that what comes from the articles can be told from
Material's own scripts. Every HTML page of the site is checked (article, index, author, source
pages...), since titles and authors appear on many of them.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

HOSTILE_TEXT = """Titre <script>alert('XSS-title')</script> et <b>gras</b>

Par <img src=x onerror=alert('XSS-byline')>

Un paragraphe <script>alert('XSS-1')</script> avec <img src=x onerror="alert('XSS-2')">.

Un lien [cliquez](javascript:alert('XSS-3')) et un autre [ici](JaVaScRiPt:alert('XSS-4')).

<iframe src="https://evil.example/XSS-5"></iframe>

Un bloc {{ config.XSS_6 }} et {% include 'XSS-7' %} et <svg onload=alert('XSS-8')>.

Une image ![XSS-9](javascript:alert('XSS-9')) et un <a href="javascript:alert('XSS-10')">lien</a>.

Attributs : un paragraphe.
{: onclick="alert('XSS-11')" }

</div><div onmouseover="alert('XSS-12')">sortie du cadre</div>

<style>body { background: url("javascript:alert('XSS-13')") }</style>
"""

HOSTILE_MD = """---
title: "<img src=x onerror=alert('XSS-fm-title')> Titre"
authors: ["<script>alert('XSS-fm-author')</script>", "Jean <b onclick=alert('XSS-fm-b')>Dupont</b>"]
source: "<iframe src=//evil.example/XSS-fm-source>"
source_tags: ["<script>XSS-fm-tag</script>"]
translator: "<svg onload=alert('XSS-fm-translator')>"
original: {title: "<script>XSS-fm-original</script>", source: "javascript:alert('XSS-fm-osource')"}
summary: "<iframe src=//evil.example/XSS-fm-summary></iframe>"
date: 2025-03-13
---

# Un titre <script>alert('XSS-md-h1')</script>

Texte avec <script>alert('XSS-md-1')</script> et [lien](javascript:alert('XSS-md-2')).

```
<script>alert('XSS-md-code')</script>
```

<div onclick="alert('XSS-md-3')">bloc HTML</div>

[ref]: javascript:alert('XSS-md-4')

Voir [ceci][ref] et <javascript:alert('XSS-md-5')>.
"""

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}


class Audit(HTMLParser):
    """Markup in one page that comes from the hostile articles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.in_script = False
        self.script_is_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = " ".join(v or "" for _, v in attrs)
        if tag == "script":
            self.in_script = True
            self.script_is_data = attrs_dict(attrs).get("type") == "application/ld+json"
            if "XSS" in values:
                self.problems.append(f"<script {values}>")
        if tag in ("iframe", "object", "embed", "frame"):
            self.problems.append(f"<{tag}>")
        urls = " ".join(v or "" for name, v in attrs if name in URL_ATTRIBUTES)
        if tag in ("img", "svg", "style", "link", "base", "a") and "XSS" in urls:
            self.problems.append(f"<{tag} {values}>")
        if tag == "meta" and attrs_dict(attrs).get("http-equiv", "").lower() == "refresh":
            self.problems.append(f"<{tag} {values}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value:
                target = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if target.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and self.script_is_data:
            # JSON-LD holds the article's fields by design: as JSON data, with no "<" that
            # could close the element (see test_metadata.py for what it says).
            try:
                json.loads(data)
            except ValueError:
                self.problems.append(f"JSON-LD that is not JSON: {data[:80]!r}")
            if "<" in data:
                self.problems.append(f"JSON-LD with markup: {data[:80]!r}")
        elif self.in_script and "XSS" in data:
            self.problems.append(f"script content: {data[:80]!r}")
        if not self.in_script:
            self.text.append(data)


def attrs_dict(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    return {name: value or "" for name, value in attrs}


def audit(path: Path) -> Audit:
    parser = Audit()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory):
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("hostile") / "project", samples=False)
    project.add("hostile.txt", HOSTILE_TEXT)
    project.add("hostile.md", HOSTILE_MD)
    done = project.build()
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def article_pages(project) -> dict[str, Path]:
    data = json.loads((project.site / "archive.json").read_text(encoding="utf-8"))
    pages = {}
    for item in data["articles"]:
        path = re.sub(r"^https?://[^/]+/", "", item["url"])
        pages[item["file"]] = project.site / path / "index.html"
    return pages


def test_both_hostile_articles_are_published(hostile_site) -> None:
    pages = article_pages(hostile_site)
    assert set(pages) == {"hostile.txt", "hostile.md"}
    assert all(page.exists() for page in pages.values())


def test_no_markup_from_the_articles_on_any_page(hostile_site) -> None:
    problems = {}
    for page in hostile_site.site.rglob("*.html"):
        found = audit(page).problems
        if found:
            problems[str(page.relative_to(hostile_site.site))] = found
    assert not problems, problems


@pytest.mark.parametrize(
    ("file", "shown"),
    [
        ("hostile.txt", "<script>alert('XSS-1')</script>"),
        ("hostile.txt", "{{ config.XSS_6 }}"),
        ("hostile.txt", "{% include 'XSS-7' %}"),
        ("hostile.txt", '<iframe src="https://evil.example/XSS-5"></iframe>'),
        ("hostile.md", "<script>alert('XSS-md-1')</script>"),
        ("hostile.md", "<script>alert('XSS-md-code')</script>"),
        ("hostile.md", "<div onclick=\"alert('XSS-md-3')\">bloc HTML</div>"),
    ],
)
def test_the_hostile_text_is_shown_as_text(hostile_site, file: str, shown: str) -> None:
    page = article_pages(hostile_site)[file]
    text = re.sub(r"\s+", " ", "".join(audit(page).text))
    assert shown in text


def test_the_hostile_title_is_text(hostile_site) -> None:
    page = article_pages(hostile_site)["hostile.md"]
    text = "".join(audit(page).text)
    assert "<img src=x onerror=alert('XSS-fm-title')> Titre" in text
