"""The quarterly donor summary gains the quarter's reporting rate and on-time rate, counted by
bluepacific_wire.completeness from the same month statuses as the Monthly returns list: July
on time, August late, September missing → 2 of 3 received (66.7 %), 1 of 3 on time (33.3 %);
nothing in the quarter before. Read back from the PDF with pdftotext."""

from __future__ import annotations

from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.returns import Event, ReturnAction, ReturnState
from bluepacific_desktop.reports.csv_out import quarterly_table
from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from bluepacific_desktop.workflows.returns import list_returns, returns_completeness
from bluepacific_wire.returns import encode_event
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler
from tests.reports.test_pdf import Q3, _render
from tests.reports.test_quarterly_rows import _line


def _received(scenario: Built, period: str, at: str, nil: bool = False) -> None:
    """A month the hub has received, with its history as the hub writes it."""
    action = ReturnAction.NIL if nil else ReturnAction.SUBMIT
    event = Event(action, ReturnState.DRAFT, ReturnState.SUBMITTED, "fj", "focal_point", "d",
                  at, at, "")  # fmt: skip
    scenario.create(
        RecordKind.MONTHLY_RETURN,
        period=period,
        state="submitted",
        nil=nil,
        from_state="submitted",
        history=[encode_event(event)],
    )


@needs_poppler
def test_the_quarter_shows_its_reporting_and_on_time_rates(scenario: Built, tmp_path: Path) -> None:
    _received(scenario, "2025-07", "2025-08-10T00:00:00.000000Z", nil=True)  # due 15 August
    _received(scenario, "2025-08", "2025-10-01T00:00:00.000000Z")  # due 15 September: late
    with scenario.store.read() as s:
        summary = quarterly_summary(s, "FJ", Q3)
    now = summary.current.returns
    assert now is not None
    assert (now.expected, now.received, now.on_time, now.late, now.missing, now.nil) == (
        3, 2, 1, 1, 1, 1,
    )  # fmt: skip
    before = summary.previous.returns
    assert before is not None and (before.expected, before.received) == (3, 0)
    # The same figures as the Monthly returns list's, counted once by the wire's code.
    rows = [m for m in list_returns(scenario.store, 2025) if m.period in Q3.months()]
    assert [m.timeliness.value for m in rows] == ["on_time", "late", "missing"]
    year = returns_completeness(scenario.store, 2025)
    assert (year.received, year.on_time, year.late) == (2, 1, 1)  # the year holds only these

    text = _render(scenario, summary, tmp_path / "q.pdf", "en")
    assert _line(text, "Reporting rate (monthly returns)") == (
        "Reporting rate (monthly returns) 0.0% 66.7% +66.7 pts"
    )
    assert _line(text, "On-time rate (monthly returns)") == (
        "On-time rate (monthly returns) 0.0% 33.3% +33.3 pts"
    )
    fr = _render(scenario, summary, tmp_path / "q-fr.pdf", "fr")
    assert "Taux de rapports reçus (rapports mensuels) 0,0 % 66,7 %" in fr
    table = dict((r[0], r[1:]) for r in quarterly_table(summary)[1])
    assert table["returns_reporting_rate"] == [0.0, 0.6667]
    assert table["returns_on_time_rate"] == [0.0, 0.3333]
