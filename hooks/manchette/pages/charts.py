"""SVG bar charts of articles per month, drawn at build time: no JavaScript needed to read them.

Each chart carries a <title> and a <desc> (read by screen readers through aria-labelledby), a
tooltip per bar, a visible caption that says the same in words, and the numbers as a table in a
<details> element.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Iterable

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
SHORT = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]

WIDTH, HEIGHT = 720, 210
LEFT, RIGHT, TOP, BOTTOM = 54, 10, 12, 34
MAX_MONTH_BARS = 96  # beyond eight years, one bar per year stays readable


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def month_counts(dates: Iterable[str | None]) -> dict[str, int]:
    """ "2025-03" -> number of dates in that month (undated ones are left out)."""
    return dict(Counter(d[:7] for d in dates if d and len(d) >= 7))


def _month_label(key: str) -> str:
    return f"{MONTHS[int(key[5:7]) - 1]} {key[:4]}"


def _span(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with zeros, or every year if that is too many."""
    first, last = min(counts), max(counts)
    start = int(first[:4]) * 12 + int(first[5:7]) - 1
    end = int(last[:4]) * 12 + int(last[5:7]) - 1
    if end - start + 1 > MAX_MONTH_BARS:
        years: Counter = Counter()
        for key, n in counts.items():
            years[key[:4]] += n
        return [(str(y), years[str(y)]) for y in range(int(first[:4]), int(last[:4]) + 1)]
    keys = [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(start, end + 1)]
    return [(k, counts.get(k, 0)) for k in keys]


def _nice_max(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50... that is at least `value` (the y axis top)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _plural(n: int) -> str:
    return f"{n} article" if n == 1 else f"{n} articles"


def describe(counts: dict[str, int]) -> str:
    """The chart in one sentence, for the caption and for screen readers."""
    total = sum(counts.values())
    first, last = min(counts), max(counts)
    top = max(counts.values())
    peaks = [k for k, n in counts.items() if n == top]
    if first == last:
        return f"{_plural(total)} en {_month_label(first)}."
    sentence = f"{_plural(total)} datés de {_month_label(first)} à {_month_label(last)}"
    if len(peaks) == 1:  # a peak worth naming only when one month stands out
        sentence += f" ; le mois le plus fourni : {_month_label(peaks[0])} ({_plural(top)})"
    return sentence + "."


def bar_chart(
    counts: dict[str, int], title: str = "Articles par mois", chart_id: str = "mc-chart"
) -> str:
    """A <figure> with the SVG bar chart of `counts` ("YYYY-MM" -> n); "" when it is empty."""
    if not counts:
        return ""
    bars = _span(counts)
    yearly = len(bars[0][0]) == 4
    if yearly:
        title = title.replace("par mois", "par an")
    top = _nice_max(max(n for _, n in bars))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    band = plot_w / len(bars)
    gap = min(band * 0.2, 6)
    sentence = describe(counts)
    out = [
        f'<svg class="mc-chart-svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" preserveAspectRatio="xMidYMid meet">',
        f'<title id="{chart_id}-t">{esc(title)}</title>',
        f'<desc id="{chart_id}-d">{esc(sentence)}</desc>',
    ]
    # Y axis: gridlines and labels at 0, half and top.
    for value in sorted({0, top // 2, top}):
        y = TOP + plot_h - plot_h * value / top
        out.append(
            f'<line class="mc-grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
        out.append(
            f'<text class="mc-axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'font-size="12" fill="currentColor">{value}</text>'
        )
    out.append(
        f'<text class="mc-axis" transform="translate(14 {TOP + plot_h / 2:.1f}) rotate(-90)" '
        'text-anchor="middle" font-size="12" fill="currentColor">articles</text>'
    )
    for i, (key, n) in enumerate(bars):
        x = LEFT + i * band + gap / 2
        h = plot_h * n / top
        label = key if yearly else _month_label(key)
        if n:
            out.append(
                f'<rect class="mc-bar" x="{x:.1f}" y="{TOP + plot_h - h:.1f}" '
                f'width="{max(band - gap, 1):.1f}" height="{h:.1f}" fill="#607d8b">'
                f"<title>{esc(label)} : {_plural(n)}</title></rect>"
            )
    out.extend(_x_labels(bars, yearly, band))
    out.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        'stroke="currentColor" stroke-opacity="0.5"/>'
    )
    out.append("</svg>")
    rows = "".join(
        f"<tr><td>{esc(key if yearly else _month_label(key))}</td><td>{n}</td></tr>"
        for key, n in reversed(bars)
        if n
    )
    unit = "Année" if yearly else "Mois"
    table = (
        f'<details class="mc-chart-data"><summary>Les chiffres</summary>'
        f"<table><thead><tr><th>{unit}</th><th>Articles</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></details>"
    )
    return (
        f'<figure class="mc-chart">{"".join(out)}'
        f"<figcaption>{esc(sentence)}</figcaption>{table}</figure>\n"
    )


def _x_labels(bars: list[tuple[str, int]], yearly: bool, band: float) -> list[str]:
    """Month names when there are few bars, else the year under each January."""
    y = HEIGHT - BOTTOM + 16
    labels = []
    every = max(1, math.ceil(len(bars) / 12)) if yearly else 1
    for i, (key, _) in enumerate(bars):
        x = LEFT + i * band + band / 2
        if yearly:
            text = key if i % every == 0 else ""
        elif len(bars) <= 12:
            text = SHORT[int(key[5:7]) - 1]
        else:
            text = key[:4] if key[5:7] == "01" or i == 0 else ""
            if i == 0 and key[5:7] != "01" and len(bars) > 1 and band * (13 - int(key[5:7])) < 40:
                text = ""  # too close to the next January's label
        if not text:
            continue
        anchor = "middle" if yearly or len(bars) <= 12 else "start"
        if anchor == "start":
            x = LEFT + i * band
        labels.append(
            f'<text class="mc-axis" x="{x:.1f}" y="{y}" text-anchor="{anchor}" font-size="12" '
            f'fill="currentColor">{esc(text)}</text>'
        )
    if not yearly and len(bars) <= 12:
        # The year(s) under the month names.
        years = sorted({k[:4] for k, _ in bars})
        labels.append(
            f'<text class="mc-axis" x="{WIDTH - RIGHT}" y="{y + 14}" text-anchor="end" '
            f'font-size="11" fill="currentColor" fill-opacity="0.7">{esc("–".join(years))}</text>'
        )
    return labels
