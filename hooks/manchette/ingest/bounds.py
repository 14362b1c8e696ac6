"""Limits that keep one hostile file from taking the build's time or memory.

An article is a few thousand words in paragraphs of a few hundred: a line of a million
characters, quotes nested a thousand deep or a front matter of thousands of keys is an export or
an attack, and the steps after reading (layouts, Markdown, NER) are not built for it. Such text
is cut to the limits below, with a warning naming what was cut; the size of a whole file is
bounded when it is read (projectfiles.MAX_FILE_BYTES).
"""

from __future__ import annotations

import re

import yaml

MAX_LINE = 100_000  # characters: a whole article pasted as one line still fits
MAX_DEPTH = 8  # levels of `>` quotes kept
MAX_INDENT = 64  # spaces of indentation kept (16 list levels)
MAX_FRONT_MATTER = 50_000  # characters of a front-matter block
MAX_KEYS = 100  # keys of a front matter (Manchette knows about fifteen)
MAX_ALIASES = 20  # YAML aliases (`*name`) of a front matter: more is an alias bomb

_DEEP = re.compile(rf"^(?:[ \t]*>){{{MAX_DEPTH + 1},}}|^[ \t]{{{MAX_INDENT + 1},}}", re.M)


def bound_lines(text: str) -> tuple[str, list[str]]:
    """`text` with over-long lines cut and over-deep nesting flattened; a reason per cut."""
    reasons = []
    long = [i for i, line in enumerate(text.split("\n")) if len(line) > MAX_LINE]
    if long:
        lines = text.split("\n")
        for i in long:
            cut = lines[i].rfind(" ", MAX_LINE // 2, MAX_LINE)
            lines[i] = lines[i][: cut if cut > 0 else MAX_LINE]
        text = "\n".join(lines)
        reasons.append(
            f"{len(long)} line(s) longer than {MAX_LINE:,} characters (line {long[0] + 1}): cut"
        )
    deep = 0

    def flatten(match: re.Match) -> str:
        nonlocal deep
        deep += 1
        return ">" * MAX_DEPTH if ">" in match.group() else " " * MAX_INDENT

    text = _DEEP.sub(flatten, text)
    if deep:
        reasons.append(
            f"{deep} line(s) nested too deep (over {MAX_DEPTH} quote levels or {MAX_INDENT} "
            "spaces of indentation): flattened"
        )
    return text, reasons


def front_matter_refusal(block: str) -> str | None:
    """Why a front-matter block is not loaded (too big, too many aliases), or None."""
    if len(block) > MAX_FRONT_MATTER:
        return f"front matter of {len(block):,} characters (more than {MAX_FRONT_MATTER:,})"
    if block.count("*") <= MAX_ALIASES:
        return None
    try:  # parsing expands no alias: linear in the block
        aliases = sum(isinstance(e, yaml.AliasEvent) for e in yaml.parse(block, yaml.SafeLoader))
    except yaml.YAMLError:
        return None  # reported precisely when it is loaded
    if aliases > MAX_ALIASES:
        return f"front matter uses {aliases} YAML aliases (more than {MAX_ALIASES})"
    return None
