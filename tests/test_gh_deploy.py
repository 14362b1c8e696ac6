"""`mkdocs gh-deploy --force`, the alternative to the Pages workflow, against a local bare
repository standing in for GitHub: the built site lands on its `gh-pages` branch."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import copy_project, run_mkdocs

IDENTITY = {
    "GIT_AUTHOR_NAME": "Curator",
    "GIT_AUTHOR_EMAIL": "curator@example.org",
    "GIT_COMMITTER_NAME": "Curator",
    "GIT_COMMITTER_EMAIL": "curator@example.org",
}

NEW_ARTICLE = """---
title: Un article publié après le premier déploiement
date: 2025-12-20
authors: [Claire Dupont]
---

Le deuxième déploiement doit publier ce texte sur la branche gh-pages, à côté des autres articles
de l'archive, sans rien perdre de ce qui était déjà en ligne.
"""


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **IDENTITY},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def published_files(bare: Path) -> set[str]:
    return set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).split())


def site_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_gh_deploy_to_bare_repository(tmp_path: Path) -> None:
    bare = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(bare), cwd=tmp_path)
    project = copy_project(tmp_path / "clone")
    (project.root / ".gitignore").write_text("/site/\n/.manchette/\n", encoding="utf-8")
    git("init", "-q", "-b", "main", cwd=project.root)
    git("add", ".", cwd=project.root)
    git("commit", "-q", "-m", "Archive", cwd=project.root)
    git("remote", "add", "origin", str(bare), cwd=project.root)
    assert git("config", "remote.origin.url", cwd=project.root).strip() == str(bare)

    site_url = "https://curator.github.io/depot/"
    env = {**IDENTITY, "MANCHETTE_SITE_URL": site_url}
    done = run_mkdocs(project.root, "gh-deploy", "--force", env=env)
    assert done.returncode == 0, done.stderr
    files = published_files(bare)
    # Exactly the site that was built, plus the file that stops GitHub running Jekyll on it.
    assert files == site_files(project.site) | {".nojekyll"}
    assert {"index.html", "feed.xml", "archive.json", "sitemap.xml"} <= files
    data = json.loads(git("show", "gh-pages:archive.json", cwd=bare))
    assert data["articles"]
    for article in data["articles"]:
        assert article["url"].startswith(site_url)
        if not article.get("duplicate_of"):
            path = article["url"][len(site_url) :] + "index.html"
            assert path in files, path
    # The branch holds the site only, never the sources.
    assert not any(f.startswith(("hooks/", "site-plugins/")) or f.endswith(".py") for f in files)
    assert not any(f"articles/{p.name}" in files for p in project.articles.iterdir())
    assert "mkdocs.yml" not in files

    # A second deployment publishes the new article and keeps everything else.
    project.add("nouvel-article.md", NEW_ARTICLE)
    done = run_mkdocs(project.root, "gh-deploy", "--force", env=env)
    assert done.returncode == 0, done.stderr
    after = published_files(bare)
    data = json.loads(git("show", "gh-pages:archive.json", cwd=bare))
    new = [a for a in data["articles"] if a["file"] == "nouvel-article.md"]
    assert len(new) == 1
    assert new[0]["url"][len(site_url) :] + "index.html" in after
    # Nothing lost (Pagefind names its chunks by content hash, so those are replaced).
    assert {f for f in files - after if not f.startswith("pagefind/")} == set()
    assert git("rev-list", "--count", "gh-pages", cwd=bare).strip() == "2"
