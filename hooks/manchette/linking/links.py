"""Links between articles: duplicates, related articles, same-event groups.

`find_duplicates` runs first (before actors and themes) so that re-publications get no page of
their own; `link_articles` runs last, on the published articles with their actors and themes.
"""

from __future__ import annotations

from ..archive import Archive
from . import duplicates
from .events import event_groups
from .pairs import candidate_pairs, profiles
from .related import related_lists
from .textstats import text_stats


def find_duplicates(archive: Archive) -> None:
    """Fill archive.duplicate_of (duplicate id -> original id) and report each duplicate."""
    duplicates.find_duplicates(archive)


def link_articles(archive: Archive) -> None:
    """Fill archive.related and archive.events (published articles only)."""
    stats = text_stats(list(archive.articles.values()))
    ids = [a.id for a in archive.published()]
    kinds = {slug: actor.kind for slug, actor in archive.actors.items()}
    pairs, index = candidate_pairs(profiles(archive, stats, ids), kinds)
    archive.related = related_lists(archive, pairs, index)
    archive.events = event_groups(archive, pairs, stats, index)
