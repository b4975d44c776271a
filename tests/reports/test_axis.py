"""Chart axes step by round numbers whose labels sit on their gridlines, clear of the values."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import pytest

from bluepacific_desktop.reports.render.builder import Builder
from bluepacific_desktop.reports.render.charts import BarChart, Series
from bluepacific_desktop.reports.render.pages import PageHeader, write_pdf
from bluepacific_desktop.reports.render.qt import ensure_qt_app
from bluepacific_wire.axis import nice_number, ticks
from tests.reports.pdf import needs_poppler
from tests.reports.test_fit import Word, words_of

HEADER = PageHeader("Axis", "Fiji", "2025Q3", "now")


def _mantissa(step: float) -> float:
    return round(step / 10 ** math.floor(math.log10(step)), 9)


def test_the_figures_that_gave_truncated_ticks_get_round_ones() -> None:
    # Five people on four gridlines gave 0, 1, 2, 3, 5 (gridlines 1.25 apart); 37 gave 12, 37.
    assert ticks(5, gridlines=4) == (0, 1, 2, 3, 4, 5)
    assert ticks(37) == (0, 10, 20, 30, 40)


@pytest.mark.parametrize("high", [1, 2, 3, 5, 7, 9, 10, 12, 37, 99, 100, 150, 999, 2345, 70001])
def test_every_axis_steps_by_a_round_whole_number_to_a_top_above_the_values(high: int) -> None:
    axis = ticks(high)
    step = axis[1] - axis[0]
    assert axis[0] == 0 and axis[-1] >= high > axis[-2]
    assert all(b - a == step for a, b in itertools.pairwise(axis))
    assert step == int(step) and _mantissa(step) in (1, 2, 2.5, 5)
    assert 1 <= len(axis) - 1 <= 8


def test_fractional_values_may_step_by_two_and_a_half() -> None:
    assert ticks(1, whole=False) == (0, 0.25, 0.5, 0.75, 1)
    assert ticks(0.3, whole=False) == (0, 0.1, 0.2, 0.3)
    assert nice_number(3.2, rounded=True) == 2.5 and nice_number(3.2, rounded=False) == 5


def _chart(title: str, *values: tuple[int, ...], stacked: bool) -> BarChart:
    colours = ("#8e44ad", "#2e86c1", "#f39c12")
    series = tuple(
        Series(f"Serie{n}", colours[n], tuple(v[n] for v in values)) for n in range(len(values[0]))
    )
    categories = tuple(f"Cat{n}" for n in range(len(values)))
    return BarChart(title, categories, series, stacked=stacked, width=0.5, height=0.3)


def _overlap(a: Word, b: Word) -> bool:
    return a.x_min < b.x_max and b.x_min < a.x_max and a.y_min < b.y_max and b.y_min < a.y_max


@pytest.fixture(scope="module")
def chart_words(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[Word]]]:
    """Two charts of the figures seen wrong, each alone in a PDF read back once."""
    ensure_qt_app()
    folder = tmp_path_factory.mktemp("axis")
    charts = {
        # People trained by sex: 1 then 5 (2 women, 1 man, 2 another): the quarterly summary's.
        "five": _chart("Five", (1, 0, 0), (2, 1, 2), stacked=True),
        "thirty-seven": _chart("Thirtyseven", (37, 12), (20, 3), stacked=False),
    }
    out = {}
    for name, chart in charts.items():
        b = Builder()
        b.chart_row(chart)
        path = folder / f"{name}.pdf"
        write_pdf(b.document, path, "a4", HEADER)
        out[name] = words_of(path)
    yield out


@needs_poppler
@pytest.mark.parametrize(
    ("name", "expected", "values"),
    [
        ("five", [0, 1, 2, 3, 4, 5], {"1", "5"}),
        ("thirty-seven", [0, 10, 20, 30, 40], {"37", "12", "20", "3"}),
    ],
)
def test_tick_labels_read_back_are_round_and_clear_of_the_values(
    chart_words: dict[str, list[Word]], name: str, expected: list[int], values: set[str]
) -> None:
    # Below the page header, above the footer.
    words = [w for w in chart_words[name] if w.y_min > 60 and w.y_max < w.height - 60]
    numbers = [w for w in words if w.text.isdigit()]
    # The axis labels are right-aligned in one column, left of everything else.
    column = min(numbers, key=lambda w: w.x_min).x_max
    axis = [w for w in numbers if abs(w.x_max - column) < 0.5]
    axis.sort(key=lambda w: -w.y_min)  # from the bottom up
    assert [int(w.text) for w in axis] == expected
    # On their gridlines: as far apart as their values are.
    gaps = [a.y_min - b.y_min for a, b in itertools.pairwise(axis)]
    assert max(gaps) - min(gaps) < 0.5, gaps
    labels = [w for w in numbers if w not in axis]
    assert {w.text for w in labels} == values
    others = [w for w in words if w not in labels]
    clashes = [(v.text, o.text) for v in labels for o in others if _overlap(v, o)]
    assert not clashes, clashes
    # A value sits below the chart's title, the tallest one too.
    title = next(w for w in words if w.text in ("Five", "Thirtyseven"))
    assert all(v.y_min >= title.y_max + 1 for v in labels)
