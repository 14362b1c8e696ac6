"""Who said what: an actor's quotes on their page, an article's quotes after its text.

The quote in the article's text keeps its normal look: these lists repeat it, with its
speaker linked to the actor's page and, on the actor's page, the article and its date. Both
lists are bounded: an actor quoted thousands of times shows the newest ones and a search link
for the rest (the "citations" filter of the search page).
"""

from __future__ import annotations

from urllib.parse import quote as url_quote

from ..archive import Actor, Said
from .catalog import Catalog
from .common import esc, french_date, link, plural, rel
from .listing import TITLE_LINK
from .urls import actor_url

MAX_ACTOR_QUOTES = 20  # on the first page of an actor
MAX_ARTICLE_QUOTES = 12
ARTICLE_QUOTE_CHARS = 220  # a long quote is shortened in the article's list
SEARCH = "recherche/"
FACET = "citations"  # the Pagefind filter of an article's speakers (article.py)


def said_title(actor: Actor, genders: dict[str, int] | None = None) -> str:
    """ "Ce qu'il a dit", "Ce qu'elle a dit", from the pronouns and titles the articles use
    for a person (else with the name); an organisation or a country makes statements."""
    if actor.kind != "personne":
        return "Ses déclarations"
    genders = genders or {}
    f, m = genders.get("f", 0), genders.get("m", 0)
    if f > m:
        return "Ce qu'elle a dit"
    if m > f:
        return "Ce qu'il a dit"
    return f"Ce qu'a dit {actor.name}"


def search_link(here: str, actor: Actor) -> str:
    return rel(here, SEARCH) + f"?{FACET}={url_quote(actor.name)}"


def actor_quotes(cat: Catalog, actor: Actor, here: str) -> str:
    """The section "Ce qu'il a dit" of an actor's page: the newest quotes with their article."""
    said = cat.quotes_by_actor.get(actor.slug)
    if not said:
        return ""
    items = []
    for entry in said[:MAX_ACTOR_QUOTES]:
        article = cat.archive.articles[entry.article]
        date = (
            f'<time datetime="{esc(article.date)}">{esc(french_date(article.date))}</time>'
            if article.date
            else '<span class="mc-undated">sans date</span>'
        )
        items.append(
            f'<li class="mc-quote"><blockquote><p>{marked(entry.quote.text, article.language)}</p></blockquote>'
            f'<p class="mc-quote-source">{link(here, article.url, article.title, TITLE_LINK)}'
            f" · {date}</p></li>"
        )
    count = plural(len(said), "citation")
    note = f'<p class="mc-count">{esc(count)}'
    if len(said) > MAX_ACTOR_QUOTES:
        note += f", les {MAX_ACTOR_QUOTES} plus récentes"
    note += f' · <a href="{esc(search_link(here, actor))}">Chercher dans ses citations</a></p>'
    title = said_title(actor, cat.genders.get(actor.slug))
    return (
        f'<section class="mc-said"><h2 id="citations">{esc(title)}</h2>\n{note}\n'
        f'<ul class="mc-quotes">\n' + "\n".join(items) + "\n</ul></section>\n"
    )


def article_quotes(cat: Catalog, article_id: str, here: str) -> str:
    """The box after an article's text: its attributed quotes, speakers linked."""
    said = [s for s in cat.archive.quotes.get(article_id, ()) if s.actor in cat.archive.actors]
    if not said:
        return ""
    items = [quote_item(cat, s, here) for s in said[:MAX_ARTICLE_QUOTES]]
    if len(said) > MAX_ARTICLE_QUOTES:
        items.append(f"<li>et {plural(len(said) - MAX_ARTICLE_QUOTES, 'autre')}</li>")
    return (
        '<aside class="mc-box mc-article-quotes" data-pagefind-ignore><h2>Qui a dit quoi</h2>'
        f'<ul class="mc-quote-list">{"".join(items)}</ul></aside>'
    )


def quote_item(cat: Catalog, said: Said, here: str) -> str:
    actor = cat.archive.actors[said.actor]
    text = said.quote.text
    if len(text) > ARTICLE_QUOTE_CHARS:
        text = text[: ARTICLE_QUOTE_CHARS - 1].rsplit(" ", 1)[0] + " …"
    speaker = link(here, actor_url(actor.slug), actor.name, 'class="mc-speaker"')
    language = cat.archive.articles[said.article].language
    return f"<li>{speaker} : {marked(text, language)}</li>"


def marked(text: str, language: str) -> str:
    """A quote between the quotation marks of its article's language (French ones held to
    the text by no-break spaces, so that a line never starts with »)."""
    return f"«\u00a0{esc(text)}\u00a0»" if language == "fr" else f"“{esc(text)}”"


def speakers(cat: Catalog, article_id: str) -> list[str]:
    """The names of the actors an article quotes, once each, in reading order."""
    names: dict[str, None] = {}
    for said in cat.archive.quotes.get(article_id, ()):
        if said.actor in cat.archive.actors:
            names.setdefault(cat.archive.actors[said.actor].name, None)
    return list(names)
