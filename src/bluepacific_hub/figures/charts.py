"""Bar charts as SVG text drawn by the hub (no browser library, no CDN): people trained by sex
per quarter and capability use per month. Every label is escaped; each chart has a <title>, a
<desc> with its figures in words, and a <title> per bar, so a screen reader and a printout tell
the series apart without colour (the bars of a series also share a hatching)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from bluepacific_hub.figures.capabilities import CapabilityRow
from bluepacific_hub.figures.training import TrainingRow
from bluepacific_wire.axis import ticks

WIDTH, HEIGHT = 720, 320
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 16, 40, 64
# Colour and a pattern per series: the pattern carries the difference for who cannot see colour.
_STYLES = (("#1f5f8b", "solid"), ("#d9822b", "hatch"), ("#5c946e", "dots"), ("#7a7a7a", "cross"))


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]  # one per category


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _patterns() -> str:
    parts = ["<defs>"]
    for colour, kind in _STYLES:
        if kind == "solid":
            continue
        mark = {
            "hatch": '<path d="M0,6 L6,0" stroke="white" stroke-width="1.5"/>',
            "dots": '<circle cx="3" cy="3" r="1.2" fill="white"/>',
            "cross": '<path d="M0,0 L6,6 M6,0 L0,6" stroke="white" stroke-width="1"/>',
        }[kind]
        parts.append(
            f'<pattern id="p-{kind}" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<rect width="6" height="6" fill="{colour}"/>{mark}</pattern>'
        )
    parts.append("</defs>")
    return "".join(parts)


def _fill(index: int) -> str:
    colour, kind = _STYLES[index % len(_STYLES)]
    return colour if kind == "solid" else f"url(#p-{kind})"


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    unit: str,
    *,
    ident: str = "chart",
    empty: str = "no figures for this period",
) -> str:
    """Grouped bars: one group per category, one bar per series, the value above each bar.
    `ident` names the chart's title and description (ids: unique when a page shows several
    charts); `empty` is the description's words when there is no figure."""
    if any(len(s.values) != len(categories) for s in series):
        raise ValueError("every series needs one value per category")
    highest = max([v for s in series for v in s.values] + [0])
    # Round steps from 0 to a round top at or above the highest bar, each labelled on its
    # gridline (they were 0 and the highest value alone: 107 beside no line).
    steps = ticks(highest, whole=all(float(v).is_integer() for s in series for v in s.values))
    scale = steps[-1]
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    group_w = plot_w / max(len(categories), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    words = (
        "; ".join(
            f"{category}: " + ", ".join(f"{s.name} {_number(s.values[i])}" for s in series)
            for i, category in enumerate(categories)
        )
        or empty
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{ident}-title {ident}-desc">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(f"{title} ({unit}). {words}.")}</desc>',
        _patterns(),
        f'<text x="{_LEFT}" y="22" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for step in steps:
        y = _TOP + plot_h - plot_h * step / scale
        out.append(
            f'<line class="grid" x1="{_LEFT}" y1="{y:.1f}" x2="{WIDTH - _RIGHT}" y2="{y:.1f}" '
            f'stroke="{"black" if step == 0 else "#d0d0d0"}"/>'
            f'<text class="tick" x="{_LEFT - 6}" y="{y + 4:.1f}" font-size="11" '
            f'text-anchor="end">{escape(_number(step))}</text>'
        )
    for i, category in enumerate(categories):
        x0 = _LEFT + i * group_w + group_w * 0.1
        for j, s in enumerate(series):
            value = s.values[i]
            h = plot_h * value / scale
            x, y = x0 + j * bar_w, _TOP + plot_h - h
            label = f"{category}, {s.name}: {_number(value)}"
            out.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w * 0.9:.1f}" '
                f'height="{h:.1f}" fill="{_fill(j)}" data-series={quoteattr(s.name)} '
                f"data-category={quoteattr(category)} data-value={quoteattr(_number(value))}>"
                f"<title>{escape(label)}</title></rect>"
            )
            out.append(
                f'<text class="value" x="{x + bar_w * 0.45:.1f}" y="{y - 3:.1f}" font-size="10" '
                f'text-anchor="middle">{escape(_number(value))}</text>'
            )
        out.append(
            f'<text class="category" x="{x0 + group_w * 0.4:.1f}" y="{_TOP + plot_h + 16}" '
            f'font-size="11" text-anchor="middle">{escape(category)}</text>'
        )
    for j, s in enumerate(series):
        x = _LEFT + j * 150
        y = HEIGHT - 18
        out.append(
            f'<rect class="key" x="{x}" y="{y - 10}" width="12" height="12" fill="{_fill(j)}"/>'
            f'<text class="legend" x="{x + 16}" y="{y}" font-size="11">{escape(s.name)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


SEX_LABELS = (("female", "Women"), ("male", "Men"), ("another", "Another"),
              ("not_stated", "Not stated"))  # fmt: skip


def people_by_sex_chart(
    rows: Sequence[TrainingRow],
    quarters: Sequence[str],
    *,
    title: str = "People trained by sex per quarter",
    labels: dict[str, str] | None = None,
    unit: str = "unique people",
    ident: str = "chart",
) -> str:
    """People trained by sex per quarter, from training_figures(..., by=("quarter",)); the
    console gives its words in the viewer's language (`labels`: sex → series name)."""
    by_quarter = {r.quarter: r for r in rows}
    empty = TrainingRow()
    names = {**dict(SEX_LABELS), **(labels or {})}
    series = [
        Series(names[sex], tuple(float(getattr(by_quarter.get(q, empty), sex)) for q in quarters))
        for sex, _label in SEX_LABELS
    ]
    return bar_chart(title, quarters, series, unit, ident=ident)


def capability_use_chart(
    rows: Sequence[CapabilityRow],
    months: Sequence[str],
    metric: str,
    *,
    title: str | None = None,
    ident: str = "chart",
) -> str:
    """One metric (searches, hits…) per month, one series per capability."""
    capabilities = sorted({r.capability for r in rows})
    totals: dict[tuple[str, str], float] = {}
    for r in rows:
        totals[(r.capability, r.month)] = totals.get((r.capability, r.month), 0) + (
            r.metric(metric) or 0
        )
    series = [
        Series(code, tuple(totals.get((code, m), 0.0) for m in months)) for code in capabilities
    ]
    title = title or f"Capability use per month: {metric.replace('_', ' ')}"
    return bar_chart(title, months, series, metric.replace("_", " "), ident=ident)
