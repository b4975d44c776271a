"""The hub's SVG charts, parsed back with xml.etree: one bar per series and category with its
value, escaped labels, a <title> and a text alternative."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.charts import (
    Series,
    bar_chart,
    capability_use_chart,
    people_by_sex_chart,
)
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import training_figures
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub

NS = {"svg": "http://www.w3.org/2000/svg"}


def _bars(svg: str) -> dict[tuple[str, str], str]:
    root = ET.fromstring(svg)
    return {
        (bar.attrib["data-category"], bar.attrib["data-series"]): bar.attrib["data-value"]
        for bar in root.iterfind(".//svg:rect[@class='bar']", NS)
    }


def test_people_trained_by_sex_per_quarter(running: RunningHub) -> None:
    fill_region(running)
    filters = Filters(2025)
    with running.hub.sessions() as session:
        rows = training_figures(session, filters, ("quarter",))
    svg = people_by_sex_chart(rows, filters.quarters())
    root = ET.fromstring(svg)
    assert root.find("svg:title", NS) is not None
    assert root.findtext("svg:title", namespaces=NS) == "People trained by sex per quarter"
    bars = _bars(svg)
    assert len(bars) == 4 * 4  # four quarters × four sexes, empty quarters at 0
    # Q1: P1, P2, T1 women, P3 a man; Q2: P1 a woman, P4 not stated.
    assert bars[("2025Q1", "Women")] == "3"
    assert bars[("2025Q1", "Men")] == "1"
    assert bars[("2025Q2", "Women")] == "1"
    assert bars[("2025Q2", "Not stated")] == "1"
    assert bars[("2025Q3", "Women")] == "0"
    desc = root.findtext("svg:desc", namespaces=NS) or ""
    assert "2025Q1: Women 3, Men 1, Another 0, Not stated 0" in desc
    legend = [t.text for t in root.iterfind(".//svg:text[@class='legend']", NS)]
    assert legend == ["Women", "Men", "Another", "Not stated"]


def test_capability_use_per_month(running: RunningHub) -> None:
    fill_region(running)
    filters = Filters(2025, quarter=1)
    with running.hub.sessions() as session:
        rows = capability_figures(session, filters)
    svg = capability_use_chart(rows, filters.months(), "searches")
    bars = _bars(svg)
    # FJ 100 + TO 7 in January; FJ 50 in February (TO's "many" is no number).
    assert bars[("2025-01", "I247")] == "107"
    assert bars[("2025-02", "I247")] == "50"
    assert bars[("2025-01", "SLTD")] == "20"
    assert bars[("2025-03", "SLTD")] == "0"
    categories = [t.text for t in ET.fromstring(svg).iterfind(".//svg:text[@class='category']", NS)]
    assert categories == ["2025-01", "2025-02", "2025-03"]


def test_labels_are_escaped_and_the_chart_still_parses() -> None:
    name = '<script>alert("x")</script> & co'
    svg = bar_chart("A & B <c>", ["Q1 <&>"], [Series(name, (2.5,))], "people")
    assert "<script>" not in svg
    root = ET.fromstring(svg)
    assert root.findtext("svg:title", namespaces=NS) == "A & B <c>"
    assert _bars(svg) == {("Q1 <&>", name): "2.5"}
    assert root.attrib["role"] == "img"
    with pytest.raises(ValueError, match="one value per category"):
        bar_chart("t", ["a", "b"], [Series("s", (1.0,))], "people")


def _axis(svg: str) -> list[tuple[str, float, float]]:
    """Each tick's label, its y and its gridline's y, bottom to top."""
    root = ET.fromstring(svg)
    labels = list(root.iterfind(".//svg:text[@class='tick']", NS))
    lines = list(root.iterfind(".//svg:line[@class='grid']", NS))
    assert len(labels) == len(lines)
    return [
        (label.text or "", float(label.attrib["y"]), float(line.attrib["y1"]))
        for label, line in zip(labels, lines, strict=True)
    ]


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        ((107.0, 20.0, 50.0), ["0", "50", "100", "150"]),  # the console showed 0 and 107 alone
        ((3.0, 1.0), ["0", "1", "2", "3"]),
        ((12.0, 37.0), ["0", "10", "20", "30", "40"]),  # the desktop's bad ticks: 12 and 37
        ((0.0, 0.0), ["0", "1"]),
        ((2.5, 1.0), ["0", "0.5", "1", "1.5", "2", "2.5"]),
    ],
)
def test_the_value_axis_has_round_steps_labelled_on_their_gridlines(
    values: tuple[float, ...], labels: list[str]
) -> None:
    categories = [f"M{i}" for i in range(len(values))]
    svg = bar_chart("Searches", categories, [Series("I247", values)], "searches")
    axis = _axis(svg)
    assert [text for text, _y, _line in axis] == labels
    for _text, y, line in axis:
        assert y - 6 <= line <= y  # the label sits on its gridline (text's baseline below it)
    # The bars are drawn to that axis: a bar of the top tick's value would reach its gridline.
    bottom, top = axis[0][2], axis[-1][2]
    root = ET.fromstring(svg)
    for bar in root.iterfind(".//svg:rect[@class='bar']", NS):
        value = float(bar.attrib["data-value"])
        height = float(bar.attrib["height"])
        assert height == pytest.approx((bottom - top) * value / float(labels[-1]), abs=0.2)
