"""A 2,000-contact directory breaks across pages without losing a row."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.contacts import contact_directory
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.meta import ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store.services import RecordService
from tests.reports.conftest import open_store
from tests.reports.pdf import needs_poppler, pages, text_of

COUNT = 2000


@needs_poppler
def test_two_thousand_contacts_all_on_paper(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    orgs = [
        ("Fiji Police Force", "NCB", "FJ"),
        ("Tonga Police", "TCU", "TO"),
        ("PTCCC", "PTCCC", "WS"),
    ]
    rows = [
        {
            "full_name": f"Tēvita Contact{i:04d}",
            "organisation": orgs[i % 3][0],
            "org_type": orgs[i % 3][1],
            "contact_country": orgs[i % 3][2],
            "emails": f"c{i:04d}@example.org",
        }
        for i in range(COUNT)
    ]
    with store.write() as s:
        RecordService(s).create_many(RecordKind.CONTACT, rows)
    q = parse_quarter("2025Q3")
    with store.read() as s:
        directory = contact_directory(s, "FJ", q)
        country = report_country(s)
    store.close()
    assert directory.contacts == COUNT
    pdf = tmp_path / "directory.pdf"
    count = render_pdf(directory, ReportMeta(country, q, datetime.now(UTC)), pdf)
    assert count == pages(pdf) > 20
    text = text_of(pdf)
    found = re.findall(r"Tēvita Contact(\d{4})", text)
    assert sorted(found) == [f"{i:04d}" for i in range(COUNT)]  # every row, none twice
    # The header row is repeated at the top of every page the tables continue on.
    assert len(re.findall(r"Name Role Phones E-mails I-24/7 Engagements", text)) >= count
    assert f"Page {count} of {count}" in text
