"""Generated pages: renderers on fabricated archives (links, escaping, counts, order, empty and
large archives, Pagefind markup, bounded article pages) and the real sample build."""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from manchette.archive import Actor, Archive, Related, Theme, build_archive
from manchette.model import Article, Original
from manchette.pages import render_pages
from manchette.pages.article import body_markdown
from manchette.pages.charts import bar_chart, month_counts
from manchette.pages.chronology import PREVIEW
from manchette.pages.common import rel
from manchette.pages.listing import PER_PAGE, PER_PAGE_MORE
from manchette.pages.mentions import link_mentions
from manchette.project import Project

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> {: onclick="alert(3)" }'
SOURCES = ["Le Courrier du Soir", "Revue des Deux Rives", "ssofidelis.substack.com"]
AUTHORS = ["Jeanne Martin", "Paul Durand", "Ana Lopez", "Li Wei"]


def article(
    i: int,
    date: str | None,
    title: str | None = None,
    source: str | None = "Le Courrier du Soir",
    authors: tuple[str, ...] = ("Jeanne Martin",),
    body: str | None = None,
    **extra,
) -> Article:
    slug = f"article-{i}"
    url = f"articles/{date[:4]}/{date[5:7]}/{slug}/" if date else f"articles/sans-date/{slug}/"
    text = body or (
        f"Le président Vladimir Poutine a reçu l'envoyé Steve Witkoff (article {i}). "
        "Plus tard, Poutine a parlé de l'OTAN.\n\n## Les suites\n\nWitkoff est reparti.\n"
    )
    fields = dict(
        file=f"{i:03d}.txt",
        id=slug,
        url=url,
        title=title or f"Titre numéro {i}",
        date=date,
        authors=authors,
        source=source,
        source_tags=("UKRAINE",),
        translator=None,
        original=None,
        language="fr",
        summary=f"Résumé de l'article {i}.",
        own_summary=True,
        body=text,
        words=400,
        reading_time=2,
        layout="generic",
        content_hash=f"h{i}",
        text_hash=f"t{i}",
    )
    fields.update(extra)
    return Article(**fields)


def date_of(i: int) -> str:
    """Dates spread over 2021-2025, one per article, some months busier than others."""
    return f"{2021 + i % 5}-{1 + (i * 7) % 12:02d}-{1 + i % 28:02d}"


ACTORS = [
    ("vladimir-poutine", "Vladimir Poutine", "personne", "Président de la Russie", ["Putin"]),
    ("steve-witkoff", "Steve Witkoff", "personne", "Envoyé spécial", []),
    ("serguei-lavrov", "Sergueï Lavrov", "personne", "", ["Sergei Lavrov"]),
    ("otan", "OTAN", "organisation", "", ["NATO"]),
    ("ukraine", "Ukraine", "pays", "", []),
]
THEMES = [
    ("guerre-en-ukraine", "Guerre en Ukraine", "Le conflit armé."),
    ("negociations-et-cessez-le-feu", "Négociations et cessez-le-feu", ""),
]


def fabricate(n: int, undated: int = 1) -> Archive:
    """n dated articles (+ undated ones) with actors, themes, related, an event, a copy."""
    articles = [
        article(
            i,
            date_of(i),
            source=SOURCES[i % len(SOURCES)],
            authors=(AUTHORS[i % len(AUTHORS)],),
        )
        for i in range(n)
    ]
    articles += [article(n + k, None, title=f"Sans date {k}") for k in range(undated)]
    archive = build_archive(articles)
    for slug, name, kind, role, aliases in ACTORS:
        archive.actors[slug] = Actor(slug, name, kind, role, list(aliases))
    for slug, name, description in THEMES:
        archive.themes[slug] = Theme(slug, name, description)
    ids = list(archive.articles)
    for k, aid in enumerate(ids):
        actors = ["vladimir-poutine", "steve-witkoff"] + (["otan"] if k % 2 else ["ukraine"])
        if k % 3 == 0:
            actors.append("serguei-lavrov")
        archive.article_actors[aid] = actors
        for slug in actors:
            archive.actors[slug].articles.append(aid)
            archive.actors[slug].contexts[aid] = f"Une phrase où {slug} paraît ({aid})."
        themes = ["guerre-en-ukraine"] + (["negociations-et-cessez-le-feu"] if k % 2 else [])
        archive.article_themes[aid] = themes
        for slug in themes:
            archive.themes[slug].articles.append(aid)
        others = [ids[(k + d) % len(ids)] for d in (1, 2, 3) if len(ids) > 3]
        archive.related[aid] = [Related(o, 1.0, ["acteurs : Poutine"]) for o in others]
    if len(ids) >= 4:
        archive.events[ids[0]] = archive.events[ids[1]] = "evenement-1"
        archive.duplicate_of[ids[3]] = ids[2]
    return archive


PROJECT = Project(Path(__file__).resolve().parent.parent)


def url_of(src: str) -> str:
    """Inverse of urls.src_path: the directory URL MkDocs gives a Markdown file."""
    if src == "index.md":
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[:-3] + "/"


HREF = re.compile(r'href="([^"]*)"|\]\(([^)\s]*)\)')
IDS = re.compile(r'\bid="([^"]+)"')


def check_links(pages: dict[str, str]) -> int:
    """Every relative link of every page leads to a generated page (or its feed, or an id)."""
    urls = {url_of(src) for src in pages if src.endswith(".md")}
    files = {src for src in pages if not src.endswith(".md")}  # downloads beside the pages
    count = 0
    for src, text in pages.items():
        if src in files:
            continue
        here = url_of(src)
        for m in HREF.finditer(text):
            href = html.unescape(m.group(1) or m.group(2))
            path, _, anchor = href.partition("#")
            if not path:
                assert anchor in IDS.findall(text), f"{src}: no id {anchor!r}"
                continue
            target = posixpath.normpath(posixpath.join("/" + here, path)).lstrip("/")
            if target.endswith("feed.xml"):
                assert url_of(target.replace("feed.xml", "index.md")) in urls, (src, href)
                continue
            if target in files:
                count += 1
                continue
            target = "" if target == "." else target + "/"
            assert target in urls, f"{src}: {href} -> {target} is not a page"
            count += 1
    return count


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(fabricate(30), PROJECT)


def test_empty_archive_renders_every_index(tmp_path):
    pages = render_pages(Archive({}), Project(tmp_path))
    for src in [
        "index.md",
        "articles/index.md",
        "chronologie/index.md",
        "acteurs/index.md",
        "themes/index.md",
        "sources/index.md",
        "auteurs/index.md",
    ]:
        assert src in pages and pages[src].startswith("---\n"), src
    assert "vide" in pages["index.md"]
    check_links(pages)


def test_links_resolve_to_generated_pages(pages):
    assert check_links(pages) > 500
    # every kind of page exists
    for src in [
        "acteurs/vladimir-poutine.md",
        "themes/guerre-en-ukraine.md",
        "sources/le-courrier-du-soir.md",
        "auteurs/jeanne-martin.md",
        "chronologie/sans-date.md",
        "articles/2021/01/article-0.md",
    ]:
        assert src in pages, src


def page_of(archive: Archive, index: int) -> str:
    """The generated Markdown file of the index-th article in display order."""
    return list(archive.articles.values())[index].url.rstrip("/") + ".md"


def test_article_page_header_body_and_boxes(pages):
    archive = fabricate(30)
    newest = list(archive.articles.values())[0]  # in the event, has related and an older one
    text = pages[page_of(archive, 0)]
    title = f'data-pagefind-meta="title" data-pagefind-weight="10">{newest.title}</h1>'
    assert title in text
    # overrides/article.html wraps the page's content in the data-pagefind-body element
    assert '\ntemplate: "article.html"\n' in text.split("---\n")[1]
    header_at = text.index('<header class="mc-article-header">')
    assert text.index(title) < header_at
    for marker in [
        f'data-pagefind-filter="auteur">{newest.authors[0]}</a>',
        f'data-pagefind-filter="source">{newest.source}</a>',
        'data-pagefind-filter="acteur">Vladimir Poutine</a>',
        'data-pagefind-filter="thème">Guerre en Ukraine</a>',
        f'<span hidden data-pagefind-filter="année">{newest.date[:4]}</span>',
    ]:
        assert header_at < text.index(marker) < text.index("</header>"), marker
    summary = f'<p class="mc-summary">Résumé de l&#x27;{newest.id.replace("-", " ")}.</p>'
    assert text.index(summary) < header_at
    tail = text[text.index("Witkoff est reparti.") :]  # the end of the body
    for box in ["Citer cet article", "Même événement", "À lire aussi", "Plus ancien"]:
        assert box in tail, box
    boxes = re.findall(r"<(?:aside|nav)\b[^>]*>", tail)
    assert len(boxes) == 4 and all("data-pagefind-ignore" in b for b in boxes), boxes
    # the first mention of each actor in the body is a link, once, never in a heading
    poutine = rel(newest.url, "acteurs/vladimir-poutine/")
    assert text.count(f"]({poutine})") == 1
    assert f"[Vladimir Poutine]({poutine})" in text
    assert f"[Steve Witkoff]({rel(newest.url, 'acteurs/steve-witkoff/')})" in text
    assert "## Les suites\n" in text


def test_copy_is_listed_on_its_original_not_published(pages):
    archive = fabricate(30)
    (copy_id, original_id), *_ = archive.duplicate_of.items()
    copy, original = archive.articles[copy_id], archive.articles[original_id]
    assert copy.url.rstrip("/") + ".md" not in pages
    text = pages[original.url.rstrip("/") + ".md"]
    box = text[text.index("Aussi publié par") :]
    assert copy.source in box and "../../../sources/" in box
    # the copy's source lists it, linking the original's page
    source = pages[f"sources/{copy.source.lower().replace(' ', '-').replace('.', '-')}.md"]
    item = source[source.index(f">{copy.title}</a>") - 200 :][:400]
    assert original.id in item and "reprise de" in item


def test_previous_and_next_follow_the_dates():
    archive = fabricate(6, undated=0)
    pages = render_pages(archive, PROJECT)
    dated = sorted(archive.articles.values(), key=lambda a: a.date)
    published = [a for a in dated if a.id not in archive.duplicate_of]
    for older, newer in zip(published, published[1:], strict=False):
        text = pages[newer.url.rstrip("/") + ".md"]
        assert f'rel="next" href="{rel(newer.url, older.url)}"' in text
        text = pages[older.url.rstrip("/") + ".md"]
        assert f'rel="prev" href="{rel(older.url, newer.url)}"' in text


def linked_ids(text: str) -> list[str]:
    return re.findall(r'href="[^"]*/(article-\d+)/" class="mc-item-title"', text)


def test_actor_page_counts_order_and_context(pages):
    archive = fabricate(30)
    text = pages["acteurs/serguei-lavrov.md"]
    ids = linked_ids(text)
    # a copy counts for its original (the page that shows its text)
    with_lavrov = {
        archive.duplicate_of.get(aid, aid)
        for aid, slugs in archive.article_actors.items()
        if "serguei-lavrov" in slugs
    }
    expected = [aid for aid in archive.articles if aid in with_lavrov]
    assert ids == expected  # newest first, undated last
    assert f"{len(expected)} articles" in text
    assert "Une phrase où serguei-lavrov paraît" in text
    assert "Sergei Lavrov" in text  # alias
    assert 'href="feed.xml"' in text
    # co-cited actors with counts: Poutine is with Lavrov in every Lavrov article
    co = re.search(r"Souvent cités avec.*?</section>", text, re.S).group(0)
    assert re.search(rf"Vladimir Poutine</a> <span[^>]*>{len(expected)}</span>", co)
    assert "<svg" in text and "<title" in text


def test_actor_index_kinds_counts_and_letters(pages):
    text = pages["acteurs/index.md"]
    for heading in ["## Personnes", "## Organisations", "## Pays", "## De A à Z"]:
        assert heading in text
    assert text.index("## Personnes") < text.index("## Organisations") < text.index("## Pays")
    persons = text[text.index("## Personnes") : text.index("## Organisations")]
    names = re.findall(r">([^<]+)</a> <span class=\"mc-n\"[^>]*>(\d+)<", persons)
    counts = [int(n) for _, n in names]
    assert counts == sorted(counts, reverse=True) and counts[0] == 30  # Poutine: every page
    assert '<nav class="mc-jump"' in text and 'href="#lettre-p"' in text
    # A to Z: people filed by surname, the others by name
    a_z = text[text.index("## De A à Z") :]
    p_section = a_z[a_z.index('id="lettre-p"') : a_z.index('id="lettre-u"')]
    assert ">Poutine, Vladimir</a>" in p_section
    assert ">Ukraine</a>" in a_z[a_z.index('id="lettre-u"') :]
    assert 'id="lettre-v"' not in a_z


def test_pagination_keeps_every_article_once():
    archive = fabricate(PER_PAGE + PER_PAGE_MORE + 7, undated=3)
    pages = render_pages(archive, PROJECT)
    first = pages["acteurs/vladimir-poutine.md"]
    rest = [pages[f"acteurs/vladimir-poutine/page/{n}.md"] for n in (2, 3)]
    assert "acteurs/vladimir-poutine/page/4.md" not in pages
    seen = linked_ids(first) + [i for page in rest for i in linked_ids(page)]
    assert len(seen) == len(set(seen)) == len(archive.published())
    assert len(linked_ids(first)) == PER_PAGE and len(linked_ids(rest[0])) == PER_PAGE_MORE
    assert 'rel="next" href="page/2/"' in first
    assert 'rel="prev" href="../../"' in rest[0]
    check_links(pages)


def test_chronology_counts_by_month_and_undated_last(pages):
    archive = fabricate(30)
    text = pages["chronologie/index.md"]
    months = Counter(a.date[:7] for a in archive.published() if a.date)
    for key, n in months.items():
        block = re.search(rf'id="mois-{key}">.*?</section>', text, re.S).group(0)
        assert f"{n} article" in block
        month_page = pages[f"chronologie/{key[:4]}/{key[5:7]}.md"]
        assert len(linked_ids(month_page)) == n
        assert len(linked_ids(block)) == min(n, PREVIEW)  # the overview previews each month
    years = re.findall(r'<h2 id="annee-(\d{4})">', text)
    assert years == sorted(years, reverse=True)
    assert text.index('id="annee-2021"') < text.index('id="sans-date"')


def test_home_recent_actors_are_relative_to_newest_article(pages):
    text = pages["index.md"]
    assert "Derniers articles" in text and "Articles par mois" in text
    assert "Depuis le " in text and "2025" in text  # newest article is in 2025, not today
    assert '<ul class="mc-figures">' in text


def test_themes_sources_authors_indexes(pages):
    themes = pages["themes/index.md"]
    assert "Guerre en Ukraine" in themes and "30 articles" in themes
    theme = pages["themes/guerre-en-ukraine.md"]
    assert "Le conflit armé." in theme and "Acteurs les plus présents" in theme
    sources = pages["sources/index.md"]
    assert all(s in sources for s in SOURCES)
    authors = pages["auteurs/index.md"]
    assert all(a in authors for a in AUTHORS)
    assert 'id="lettre-j"' in authors


def test_hostile_names_and_titles_are_text():
    archive = fabricate(5)
    first = next(iter(archive.articles))
    archive.articles[first] = article(
        0,
        archive.articles[first].date,
        title=HOSTILE,
        source=HOSTILE,
        authors=(HOSTILE,),
        translator=HOSTILE,
        original=Original(HOSTILE, HOSTILE, None, "en"),
        source_tags=(HOSTILE,),
        summary=HOSTILE,
    )
    archive.actors["vladimir-poutine"].name = HOSTILE
    archive.actors["vladimir-poutine"].aliases = [HOSTILE]
    archive.actors["vladimir-poutine"].role = HOSTILE
    archive.actors["vladimir-poutine"].contexts[first] = HOSTILE
    archive.themes["guerre-en-ukraine"].name = HOSTILE
    archive.themes["guerre-en-ukraine"].description = HOSTILE
    pages = render_pages(archive, PROJECT)
    for src, text in pages.items():
        if not src.endswith(".md"):  # the BibTeX and RIS downloads (tests/test_metadata.py)
            continue
        _, head, body = text.split("---\n", 2)
        assert "<script" not in body, src
        assert "<img" not in body, src
        rendered = markdown.markdown(body, extensions=["manchette.pages.rawhtml", "toc"])
        assert not re.search(r"<[a-z][^>]*\son\w+\s*=", rendered), src
        assert "<script" not in rendered and "<img" not in rendered, src
        # templates print the front matter's title and description as they are: escaped
        for line in head.splitlines():
            if line.startswith(("title:", "description:")):
                assert "<" not in line, (src, line)
            if line.startswith("head:"):  # the <head> metadata: our tags, the text escaped
                tags = re.findall(r"<(\w+)", json.loads(line[len("head: ") :]))
                assert set(tags) <= {"meta", "script"} and tags.count("script") == 1, src
    check_links(pages)


def test_body_keeps_its_markdown_and_its_code_blocks():
    """The body is Markdown between two marked tags; a first line indented as code stays code
    (its HTML shown as text), and a marker written in the text is defused."""
    body = "    <script>alert(1)</script>\n\nTexte *mis en valeur*.\n\n<!--mc-html-->x<!--/mc-html-->\n"
    html = markdown.markdown(body_markdown(body), extensions=["manchette.pages.rawhtml", "toc"])
    assert html.startswith('<div class="mc-body">') and html.endswith("</div>")
    assert "<pre><code>&lt;script&gt;" in html and "<script" not in html
    assert "<em>mis en valeur</em>" in html
    assert "&lt;!--mc-html--&gt;x&lt;!--/mc-html--&gt;" in html  # shown, not obeyed


def test_article_page_does_not_grow_with_the_archive():
    small = render_pages(fabricate(10), PROJECT)["articles/2021/01/article-0.md"]
    big_archive = fabricate(3000)
    big_pages = render_pages(big_archive, PROJECT)
    big = big_pages["articles/2021/01/article-0.md"]
    # The <head> metadata names the article's own actors and themes (here fewer in the big
    # archive): it may not grow with the archive either; the rest stays the same size.
    head = re.compile(r"^head: .*\n", re.M)
    assert len(head.search(big)[0]) <= len(head.search(small)[0]) + 200
    assert abs(len(head.sub("", big)) - len(head.sub("", small))) < 500
    assert len(big.encode()) < 20_000
    # the index pages are paginated too
    assert all(len(t.encode()) < 200_000 for t in big_pages.values())


def test_site_grows_linearly_with_the_archive():
    """Twice the articles, about twice the pages and bytes: no page lists the whole archive.
    (The chronology's overview grows with the months covered, not the articles: see below.)"""
    sizes = []
    for n in (150, 300):
        pages = render_pages(fabricate(n), PROJECT)
        del pages["chronologie/index.md"]
        sizes.append((len(pages), sum(map(len, pages.values())), max(map(len, pages.values()))))
    (pages_1, bytes_1, largest_1), (pages_2, bytes_2, largest_2) = sizes
    assert pages_2 / pages_1 < 2.1 and bytes_2 / bytes_1 < 2.1
    assert largest_2 / largest_1 < 1.2  # the largest page does not grow with the archive


def test_many_actors_on_one_article_are_folded():
    archive = fabricate(4)
    first = next(iter(archive.articles))
    for k in range(40):
        slug = f"personne-{k}"
        archive.actors[slug] = Actor(slug, f"Personne {k}", "personne")
        archive.actors[slug].articles.append(first)
        archive.article_actors[first].append(slug)
    text = render_pages(archive, PROJECT)[archive.articles[first].url.rstrip("/") + ".md"]
    assert '<details class="mc-more"><summary>et 32 autres</summary>' in text


def test_first_mention_skips_links_code_and_headings():
    poutine = Actor("vladimir-poutine", "Vladimir Poutine", "personne")
    body = (
        "## Poutine\n\n"
        "Voir [Poutine à Moscou](https://exemple.org/) et `Poutine`.\n\n"
        "Les Poutinettes ne comptent pas. Enfin Poutine parla, puis Poutine repartit.\n"
    )
    out = link_mentions(body, [(poutine, "../p/")])
    assert out.count("](../p/)") == 1
    assert "Enfin [Poutine](../p/) parla, puis Poutine repartit." in out
    assert out.startswith("## Poutine\n")


# --- charts --------------------------------------------------------------------------------------


def test_chart_has_title_description_axes_and_bars():
    counts = month_counts(["2025-01-03", "2025-01-20", "2025-03-01", None])
    svg = bar_chart(counts, title="Articles <par> mois")
    assert svg.startswith('<figure class="mc-chart"><svg')
    assert 'role="img"' in svg and "aria-labelledby=" in svg
    assert "<title id=" in svg and "Articles &lt;par&gt; mois" in svg
    assert "<desc id=" in svg and "3 articles datés de janvier 2025 à mars 2025" in svg
    assert svg.count('class="mc-bar"') == 2  # February is an empty month: no bar
    assert ">janv.</text>" in svg and ">févr.</text>" in svg and ">mars</text>" in svg
    assert ">articles</text>" in svg  # y axis label
    assert "<figcaption>" in svg and "<table>" in svg
    assert bar_chart({}) == ""


def test_chart_names_the_busiest_month_only_when_one_stands_out():
    assert "le plus fourni : mars 2025 (2 articles)" in bar_chart({"2025-01": 1, "2025-03": 2})
    assert "le plus fourni" not in bar_chart({"2025-01": 2, "2025-03": 2})


def test_chart_switches_to_years_over_long_spans():
    counts = month_counts([f"{y}-06-01" for y in range(1990, 2026)])
    svg = bar_chart(counts)
    assert svg.count('class="mc-bar"') == 36
    assert "Articles par an" in svg


# --- the real sample build -----------------------------------------------------------------------


def built_pages(site: Path) -> list[Path]:
    return [
        p
        for folder in ["articles", "acteurs", "themes", "chronologie", "sources", "auteurs"]
        for p in (site / folder).rglob("index.html")
    ] + [site / "index.html"]


def test_sample_site_links_and_sizes(sample_site, capsys):
    site = sample_site.site
    pages = built_pages(site)
    assert len(pages) > 10
    broken = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#?]+)', text):
            if "://" in href or href.startswith(("mailto:", "data:")):
                continue
            target = (page.parent / html.unescape(href)).resolve()
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{page.relative_to(site)}: {href}")
    assert not broken, broken[:10]
    articles = sorted((site / "articles").glob("*/*/*/index.html")) + sorted(
        (site / "articles" / "sans-date").glob("*/index.html")
    )
    assert articles
    sizes = {p.relative_to(site).parent.as_posix(): p.stat().st_size for p in articles}
    assert max(sizes.values()) < 60_000, sizes
    with capsys.disabled():
        print(f"\narticle pages: max {max(sizes.values())} bytes")
        for name in ["index.html", "articles/index.html", "acteurs/index.html"]:
            print(f"{name}: {(site / name).stat().st_size} bytes")


def test_sample_article_pages_carry_search_markup(sample_site):
    for page in (sample_site.site / "articles").rglob("index.html"):
        if page.parent.parent.name == "page" or page.parent == sample_site.site / "articles":
            continue
        text = page.read_text(encoding="utf-8")
        assert len(re.findall(r"\sdata-pagefind-body[\s=>]", text)) == 1, page
        body = text[text.index("data-pagefind-body") :]
        h1 = re.search(r"<h1[^>]*>", body).group(0)
        assert 'data-pagefind-meta="title"' in h1 and 'data-pagefind-weight="10"' in h1
        assert 'data-pagefind-filter="année"' in body
        assert text.count("<h1") == 1
        for box in re.findall(r'<(?:aside|nav) class="mc-[^"]*"[^>]*>', body):
            assert "data-pagefind-ignore" in box, (page, box)


# --- real builds: an empty archive, a hostile article ---------------------------------------------


def test_empty_archive_builds_strict(make_project):
    project = make_project(samples=False)
    done = project.build("--strict")
    assert done.returncode == 0, done.stderr
    for page in [
        "index.html",
        "articles/index.html",
        "chronologie/index.html",
        "acteurs/index.html",
    ]:
        assert (project.site / page).is_file(), page


HOSTILE_FILE = """---
title: '<script>alert(1)</script> Titre {: onclick="alert(2)" }'
authors: ['<img src=x onerror="alert(3)">']
source: '"><svg onload=alert(4)>'
date: 2024-05-01
---
Un texte sur Vladimir Poutine, qui parle. <script>alert(5)</script>
{: onclick="alert(6)" }

## Un intertitre {: onmouseover="alert(7)" }

<iframe src="javascript:alert(8)"></iframe> et [lien](javascript:alert(9)).
"""


def test_hostile_article_builds_as_text(make_project):
    project = make_project(samples=False)
    project.add("hostile.md", HOSTILE_FILE)
    done = project.build()
    assert done.returncode == 0, done.stderr
    pages = list(project.site.rglob("*.html"))
    assert any("Titre" in p.read_text(encoding="utf-8") for p in pages)
    for page in pages:
        audit = MarkupAudit()
        audit.feed(page.read_text(encoding="utf-8"))
        assert not audit.problems, (page, audit.problems)


class MarkupAudit(HTMLParser):
    """What the browser would obey: tags, event-handler attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe" or (tag == "img" and ("src", "x") in attrs):
            self.problems.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"{tag} {name}={value}")
        self.script = tag == "script"
        self.script_type = dict(attrs).get("type") if self.script else None

    def handle_data(self, data: str) -> None:
        if self.script and "alert(" in data and not self.json_ld(data):
            self.problems.append("script")

    def json_ld(self, data: str) -> bool:
        """The page's JSON-LD holds the article's text as data: JSON, with no "<" in it."""
        if self.script_type != "application/ld+json":
            return False
        try:
            json.loads(data)
        except ValueError:
            return False
        return "<" not in data
