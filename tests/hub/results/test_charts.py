"""The chart of each indicator: a country's target and actual as bars whose values the SVG
holds as text, drawn from pushed data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from bluepacific_hub import audit
from bluepacific_hub.results.charts import indicator_chart
from bluepacific_hub.results.indicators import INDICATORS, REGION
from bluepacific_hub.results.targets import YearValues, results, set_targets
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub

SVG = "{http://www.w3.org/2000/svg}"


def test_a_chart_per_indicator_holds_its_bars_values(running: RunningHub) -> None:
    fill_region(running)
    with running.hub.sessions() as session, session.begin():
        set_targets(
            session,
            {
                ("searches", "FJ", 2025): YearValues(None, 200),
                ("searches", "WS", 2025): YearValues(None, 12.5),
                ("searches", REGION, 2025): YearValues(None, 1000),
            },
            {},
            by=audit.command_line(),
        )
    with running.hub.sessions() as session:
        rows = results(session, 2025)
    for indicator in INDICATORS:  # every indicator draws, with or without a target
        ET.fromstring(indicator_chart(rows, indicator.code))
    svg = ET.fromstring(indicator_chart(rows, "searches"))
    bars = [
        (b.get("data-category"), b.get("data-series"), b.get("data-value"))
        for b in svg.iter(f"{SVG}rect")
        if b.get("class") == "bar"
    ]
    # Fiji and Samoa have a target, Tonga an actual (in the reference data's order); the
    # region is left out.
    assert bars == [
        ("FJ", "Target", "200"), ("FJ", "Actual", "170"),
        ("WS", "Target", "12.5"), ("WS", "Actual", "0"),
        ("TO", "Target", "0"), ("TO", "Actual", "7"),
    ]  # fmt: skip
    values = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "value"]
    assert values == ["200", "170", "12.5", "0", "0", "7"]
    assert svg.findtext(f"{SVG}title") == "Database searches, 2025: target and actual"
    assert "FJ: Target 200, Actual 170" in (svg.findtext(f"{SVG}desc") or "")
    french = ET.fromstring(indicator_chart(rows, "searches", "fr"))
    assert french.findtext(f"{SVG}title") == (
        "Recherches dans les bases de données, 2025 : cible et réalisé"
    )
    assert [t.text for t in french.iter(f"{SVG}text") if t.get("class") == "legend"] == [
        "Cible",
        "Réalisé",
    ]
