"""The quarterly summary's table: each figure's values and change stay on its own line, whatever
lines stand above it (shares change in percentage points, counts in units)."""

from __future__ import annotations

import re
from pathlib import Path

from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from bluepacific_desktop.reports.render.qt import Formats
from bluepacific_desktop.reports.render.quarterly_pdf import Figure, figure_lines, table_rows
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler
from tests.reports.test_pdf import Q3, _render

# Each training line of the table as it reads in the scenario (see test_pdf): label, the
# previous quarter, this quarter, the change.
TRAINING_LINES = {
    "Sessions": "1 3 +2",
    "People trained": "1 5 +4",
    "Female share": "0.0% 40.0% +40 pts",
    "Completion rate": "100.0% 85.7% −14.3 pts",
}
SHARES = (
    "Female share",
    "Completion rate",
    "Reporting rate (monthly returns)",
    "On-time rate (monthly returns)",
)


def _line(text: str, label: str) -> str:
    """The table line of `label` (a chart title may start with the same words, never a figure)."""
    figure = re.compile(re.escape(label) + r" [0-9–]")
    found = [line.strip() for line in text.splitlines() if figure.match(line.strip())]
    assert len(found) == 1, (label, found)
    return found[0]


@needs_poppler
def test_each_change_is_on_its_own_figure_line(scenario: Built, tmp_path: Path) -> None:
    with scenario.store.read() as s:
        summary = quarterly_summary(s, "FJ", Q3)
    text = _render(scenario, summary, tmp_path / "q.pdf", "en")
    for label, figures in TRAINING_LINES.items():
        assert _line(text, label) == f"{label} {figures}"
    # Points belong to the two shares only: a count line never reads in points.
    in_points = [
        line.strip().rsplit(" ", 4)[0]
        for line in text.splitlines()
        if line.strip().endswith(" pts")
    ]
    assert sorted(in_points) == sorted(SHARES), in_points


def test_a_line_added_above_leaves_the_others_on_their_own_figures(scenario: Built) -> None:
    with scenario.store.read() as s:
        summary = quarterly_summary(s, "FJ", Q3)
    lines = figure_lines(summary.previous, summary.current)
    keys = [line.key for line in lines if isinstance(line, Figure)]
    assert len(keys) == len(set(keys))
    # A figure added at the top of the training pillar (as a later report may add one).
    lines.insert(1, Figure("completed", "Completed", 1, 6))
    rows = {str(row[0]): row for row in table_rows(lines, Formats("en"))}
    assert rows["Completed"] == ["Completed", "1", "6", "+5"]
    assert rows["Sessions"] == ["Sessions", "1", "3", "+2"]
    assert rows["Female share"] == ["Female share", "0.0%", "40.0%", "+40 pts"]
    assert rows["Completion rate"] == ["Completion rate", "100.0%", "85.7%", "−14.3 pts"]
    in_points = [label for label, row in rows.items() if str(row[-1]).endswith(" pts")]
    assert sorted(in_points) == sorted(SHARES)
    directory = rows["Contacts in the directory (today)"]
    assert directory[1] == directory[3] == ""
