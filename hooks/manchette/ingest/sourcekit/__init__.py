"""Helpers shared by the source layouts of `site-plugins/sources/`.

A layout imports what it needs from here (`from manchette.ingest.sourcekit import ...`), so that
each layout module stays a short description of one site: how to recognise it, where its header
fields are, which lines are its junk. One module per kind of help, each using only the ones
above it:

- `text`: a line as a reader sees it (`plain`, `words`, `ends_sentence`), `SourceText`;
- `dates`: French and English dates (`find_date`, `parse_date`, `is_date_line`);
- `names`: names, bylines and translators (`is_name`, `parse_byline`, `parse_translator`);
- `credits`: agency credits, datelines, kickers, originals and closing credits
  (`parse_credit`, `strip_dateline`, `strip_kicker`, `parse_original`, `read_closing`);
- `junk`: lines that are never text, by the lexicon and by shape (`junk_rule`, `is_caption`);
- `blocks`: the footer, "read more" inserts, standfirsts, what trails a text and its signature
  (`finish_body`, `trim_tail`, `take_signature`, `take_deck`).
"""

from __future__ import annotations

from .blocks import (
    SIGNATURE_NAMES,
    about_names,
    cut_footer,
    drop_junk,
    drop_read_more,
    finish_body,
    first_filled,
    is_author_note,
    is_contact,
    is_prose,
    normalise_spaces,
    split_footer,
    strip_blank_edges,
    tail_rule,
    take_deck,
    take_signature,
    trim_tail,
)
from .credits import (
    LANGUAGES,
    Credit,
    Dateline,
    OriginalRef,
    merge_original,
    parse_credit,
    parse_original,
    read_closing,
    strip_dateline,
    strip_kicker,
    translated_from,
)
from .dates import (
    MONTHS,
    FoundDate,
    find_date,
    is_date_line,
    parse_date,
)
from .junk import (
    is_boilerplate_paragraph,
    is_caption,
    is_file_name,
    is_heading_like,
    is_junk,
    is_read_more,
    is_repeated_phrase,
    is_share_line,
    junk_rule,
)
from .names import (
    PARTICLES,
    Byline,
    drop_honorific,
    is_name,
    parse_byline,
    parse_translator,
    split_names,
    strip_agency_tail,
    unglue_name,
    unshout_name,
)
from .text import (
    SourceText,
    ends_sentence,
    has_letters,
    link_density,
    plain,
    words,
)

__all__ = [
    "Byline",
    "Credit",
    "Dateline",
    "FoundDate",
    "LANGUAGES",
    "MONTHS",
    "OriginalRef",
    "PARTICLES",
    "SIGNATURE_NAMES",
    "SourceText",
    "about_names",
    "cut_footer",
    "drop_junk",
    "drop_read_more",
    "ends_sentence",
    "find_date",
    "finish_body",
    "first_filled",
    "has_letters",
    "is_author_note",
    "is_boilerplate_paragraph",
    "is_caption",
    "is_contact",
    "is_date_line",
    "is_file_name",
    "is_heading_like",
    "is_junk",
    "is_name",
    "is_prose",
    "is_read_more",
    "is_repeated_phrase",
    "is_share_line",
    "junk_rule",
    "link_density",
    "merge_original",
    "normalise_spaces",
    "parse_byline",
    "parse_credit",
    "parse_date",
    "parse_original",
    "parse_translator",
    "plain",
    "read_closing",
    "split_footer",
    "split_names",
    "strip_agency_tail",
    "strip_blank_edges",
    "strip_dateline",
    "strip_kicker",
    "tail_rule",
    "take_deck",
    "take_signature",
    "translated_from",
    "trim_tail",
    "unglue_name",
    "unshout_name",
    "drop_honorific",
    "words",
]
