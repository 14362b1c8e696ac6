"""Actor pages: /acteurs/ (by kind, by number of articles, then A to Z) and /acteurs/slug/."""

from __future__ import annotations

from anyascii import anyascii

from ..archive import Actor
from .catalog import Catalog
from .charts import bar_chart, month_counts
from .common import (
    esc,
    french_date,
    front_matter,
    initial,
    kind_label,
    md_text,
    page_text,
    plural,
    rel,
)
from .headmeta import actor_head
from .listing import (
    article_list,
    az_list,
    count_list,
    jump_list,
    page_note,
    pager,
    paginate,
    top,
)
from .quotes import actor_quotes
from .rawhtml import assemble
from .urls import ACTORS, actor_url, feed_url, src_path, theme_url

KINDS = ["personne", "organisation", "pays"]
TOP_PER_KIND = 30  # the most cited of each kind; everyone is in the A-Z list below
TOP_RELATED = 15


def filed_name(actor: Actor) -> str:
    """How an index files a name: a person by surname ("Lavrov, Sergueï"), the rest as is."""
    parts = actor.name.split()
    if actor.kind != "personne" or len(parts) < 2:
        return actor.name
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def ranked(cat: Catalog, slugs) -> list[Actor]:
    """Actors by number of articles (most first), then by name."""
    actors = [cat.archive.actors[s] for s in slugs]
    return sorted(actors, key=lambda a: (-len(cat.by_actor.get(a.slug, [])), a.name.lower()))


def render_actor_index(cat: Catalog) -> dict[str, str]:
    here = ACTORS
    actors = cat.archive.actors
    n = lambda a: len(cat.by_actor.get(a.slug, []))  # noqa: E731
    body = ["# Acteurs\n"]
    if not actors:
        body.append('<p class="mc-empty">Aucun acteur pour l\'instant.</p>\n')
        return {src_path(here): front_matter(page_text({"title": "Acteurs"}), assemble(body))}
    by_kind: dict[str, list[str]] = {}
    for slug, actor in actors.items():
        by_kind.setdefault(actor.kind, []).append(slug)
    kinds = [k for k in KINDS if k in by_kind] + sorted(k for k in by_kind if k not in KINDS)
    summary = ", ".join(
        plural(len(by_kind[k]), kind_label(k).lower(), kind_label(k, True).lower()) for k in kinds
    )
    body.append(
        f'<p class="mc-count">{plural(len(actors), "acteur")} : {esc(summary)}. '
        "Par nombre d'articles, puis de A à Z.</p>\n"
    )
    by_letter: dict[str, list[Actor]] = {}
    filed = {slug: filed_name(a) for slug, a in actors.items()}
    for actor in sorted(
        actors.values(), key=lambda a: (initial(filed[a.slug]), anyascii(filed[a.slug]).lower())
    ):
        by_letter.setdefault(initial(filed[actor.slug]), []).append(actor)
    letters = sorted(by_letter, key=lambda x: (x == "#", x))
    body.append(jump_list(letters, "lettre"))
    for kind in kinds:
        group = ranked(cat, by_kind[kind])
        body.append(f"## {md_text(kind_label(kind, True))}\n")
        if len(group) > TOP_PER_KIND:
            body.append(
                f'<p class="mc-note">Les {TOP_PER_KIND} plus cités sur {len(group)} ; '
                "tous sont dans la liste de A à Z.</p>\n"
            )
        entries = [(actor_url(a.slug), a.name, n(a)) for a in group[:TOP_PER_KIND]]
        body.append(count_list(here, entries, "mc-columns"))
    body.append("## De A à Z\n")
    entries = {
        letter: [(actor_url(a.slug), filed[a.slug], n(a)) for a in by_letter[letter]]
        for letter in letters
    }
    body.append(az_list(here, entries, "lettre"))
    return {src_path(here): front_matter(page_text({"title": "Acteurs"}), assemble(body))}


def render_actor(cat: Catalog, actor: Actor) -> dict[str, str]:
    first = actor_url(actor.slug)
    articles = cat.by_actor.get(actor.slug, [])
    contexts = {}
    for article in articles:
        text = actor.contexts.get(article.id)
        if text is None:  # the context may be kept under a copy's id
            for copy in cat.copies.get(article.id, []):
                text = text or actor.contexts.get(copy.id)
        if text:
            contexts[article.id] = text
    pages = {}
    meta = {
        "title": actor.name,
        "description": f"{actor.name} dans l'archive : {plural(len(articles), 'article')}.",
        "feed": feed_url(first),
    }
    meta["head"] = actor_head(cat, actor, meta["description"])
    for page in paginate(first, articles):
        here = page.url
        body = [f"# {md_text(actor.name)}\n"]
        if page.number == 1:
            body.append(actor_intro(cat, actor, articles, here))
            body.append(bar_chart(month_counts(a.date for a in articles), chart_id="mc-chart"))
            body.append(neighbours(cat, actor, here))
            body.append(actor_quotes(cat, actor, here))
            body.append("## Articles\n")
        else:
            body.append(
                f'<p class="mc-count">{esc(plural(len(articles), "article"))} mentionnant {esc(actor.name)}.</p>\n'
            )
        body.append(page_note(page, len(articles)))
        body.append(article_list(here, cat, page.items, contexts))
        body.append(pager(here, page, first))
        page_meta = (
            dict(meta) if page.number == 1 else {"title": f"{actor.name}, page {page.number}"}
        )
        pages[src_path(here)] = front_matter(page_text(page_meta), assemble(body))
    return pages


def actor_intro(cat: Catalog, actor: Actor, articles, here: str) -> str:
    facts = [f'<span class="mc-kind">{esc(kind_label(actor.kind))}</span>']
    if actor.role:
        facts.append(esc(actor.role))
    rows = [f'<p class="mc-facts">{" · ".join(facts)}</p>']
    aliases = [a for a in actor.aliases if a != actor.name]
    if aliases:
        rows.append(
            f'<p class="mc-aliases"><span class="mc-label">Aussi écrit</span> {esc(", ".join(aliases))}</p>'
        )
    dated = [a.date for a in articles if a.date]
    count = plural(len(articles), "article")
    if dated:
        count += f", du {french_date(min(dated))} au {french_date(max(dated))}"
    feed = f'<a class="mc-feed" href="{esc(rel(here, feed_url(actor_url(actor.slug))))}">Suivre par flux Atom</a>'
    rows.append(f'<p class="mc-count">{esc(count)} · {feed}</p>')
    return "\n".join(rows) + "\n"


def neighbours(cat: Catalog, actor: Actor, here: str) -> str:
    """The actors most often mentioned alongside, and the themes, with counts."""
    co = cat.co_actors.get(actor.slug)
    themes = cat.actor_themes.get(actor.slug)
    blocks = []
    if co:
        best = top(co, TOP_RELATED, lambda s: cat.archive.actors[s].name)
        entries = [(actor_url(s), cat.archive.actors[s].name, c) for s, c in best]
        blocks.append(
            '<section class="mc-panel"><h2 id="cites-avec">Souvent cités avec</h2>\n'
            + count_list(here, entries)
            + "</section>"
        )
    if themes:
        best = top(themes, None, lambda s: cat.archive.themes[s].name)
        entries = [(theme_url(s), cat.archive.themes[s].name, c) for s, c in best]
        blocks.append(
            '<section class="mc-panel"><h2 id="themes">Thèmes</h2>\n'
            + count_list(here, entries)
            + "</section>"
        )
    if not blocks:
        return ""
    return '<div class="mc-panels">\n' + "\n".join(blocks) + "\n</div>\n"
