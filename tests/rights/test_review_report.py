"""The contacts report marks a contact unreviewed for long (PDF and CSV); the review rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.review import (
    add_months,
    is_due,
    is_long_overdue,
    next_review,
    review_months,
)
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.workflows.report_jobs import ReportRequest, prepare
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, text_of


def test_review_rules() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 15), -12) == date(2024, 3, 15)
    assert next_review(date(2025, 1, 10), 12) == date(2026, 1, 10)
    assert is_due(date(2025, 1, 10), date(2025, 1, 10)) and not is_due(None, date(2025, 1, 1))
    today = date(2025, 6, 1)
    assert not is_long_overdue(date(2024, 6, 1), today, 12)  # due exactly one interval ago
    assert is_long_overdue(date(2024, 5, 31), today, 12)
    assert is_long_overdue(date(2024, 11, 30), today, 6)
    assert review_months(None) == review_months("7") == review_months("x") == 12
    assert review_months("6") == 6


@needs_poppler
def test_the_contacts_report_marks_long_unreviewed_contacts(held: Built, tmp_path: Path) -> None:
    today = date(2025, 9, 15)
    held.create(
        RecordKind.CONTACT,
        "stale",
        full_name="Ratu Stale",
        organisation="Fiji Police",
        org_type="police",
        contact_country="FJ",
        review_date=add_months(today, -13).isoformat(),
    )
    prepared = prepare(held.store, ReportRequest("contacts", None), today)
    headers, rows = prepared.table
    marks = {row[headers.index("name")]: row[headers.index("review_long_overdue")] for row in rows}
    assert marks == {"Ratu Stale": "yes", "Tevita Fifita": "no"}
    pdf = tmp_path / "contacts.pdf"
    render_pdf(prepared.figures, prepared.meta, pdf)
    text = text_of(pdf)
    assert "Ratu Stale (!)" in text
    assert "Tevita Fifita (!)" not in text
    assert "Not reviewed for a long time" in text
