"""Sheets as LibreOffice itself saves them (.ods, its default, and .xlsx): dates, numbers, merged
cells and a one-day session's single date column."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from bluepacific_desktop.cli.import_words import plan_lines
from bluepacific_desktop.store.store import Store
from tests.io.conftest import dry

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)
# A day/month/year display: without a date style LibreOffice saves a date as a plain number.
_STYLES = (
    '<office:automatic-styles><number:date-style style:name="N1"><number:day number:style="long"/>'
    '<number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text>'
    '<number:year number:style="long"/></number:date-style><style:style style:name="day" '
    'style:family="table-cell" style:data-style-name="N1"/></office:automatic-styles>'
)
DOWN = object()  # a cell covered by the merged cell above it


class Merged:
    """A cell merged over `rows` rows (itself and those below)."""

    def __init__(self, value: Any, rows: int) -> None:
        self.value = value
        self.rows = rows


def _cell(value: Any) -> str:
    if value is DOWN:
        return "<table:covered-table-cell/>"
    span = ""
    if isinstance(value, Merged):
        span = f' table:number-rows-spanned="{value.rows}" table:number-columns-spanned="1"'
        value = value.value
    if isinstance(value, date):
        kind = (
            f'table:style-name="day" office:value-type="date" '
            f'office:date-value="{value.isoformat()}"'
        )
        shown = value.strftime("%d/%m/%Y")
    elif isinstance(value, int):
        kind, shown = f'office:value-type="float" office:value="{value}"', str(value)
    else:
        kind, shown = 'office:value-type="string"', str(value)
    return f"<table:table-cell {kind}{span}><text:p>{escape(shown)}</text:p></table:table-cell>"


def _fods(path: Path, rows: list[list[Any]]) -> None:
    """A flat OpenDocument sheet (one XML file) for LibreOffice to open and save."""
    body = "".join(
        "<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        f"{_STYLES}<office:body>"
        f'<office:spreadsheet><table:table table:name="Liste">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document>",
        encoding="utf-8",
    )


MARCH_3 = date(2025, 3, 3)
SHEETS = {
    # An “Agence” merged over the three Tonga rows, as field sheets are laid out.
    "merged": [
        ["Liste de présence — Droits humains"],
        ["Nom complet", "Sexe", "Agence", "Cours", "Date de début", "Date de fin", "Pré-test"],
        ["Sione Tuʻipulotu", "H", Merged("Tonga Police", 3), "HR_POLICING", MARCH_3,
         date(2025, 3, 5), 40],
        ["ʻAna Fifita", "F", DOWN, "HR_POLICING", MARCH_3, date(2025, 3, 5), 55],
        ["Sāmoa Lealaiauloto", "F", DOWN, "HR_POLICING", MARCH_3, date(2025, 3, 5), 61],
        ["Mere Tuilagi", "F", "Fiji Police", "HR_POLICING", MARCH_3, date(2025, 3, 5), 70],
    ],
    # A one-day session: one date column, headed “Jour”.
    "oneday": [
        ["Nom", "Sexe", "Agence", "Cours", "Jour", "Lieu"],
        ["Hélène Tabi", "F", "Vanuatu Police", "HR_POLICING", MARCH_3, "Port Vila"],
        ["Jean Kalo", "H", "Vanuatu Police", "HR_POLICING", MARCH_3, "Port Vila"],
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every sheet saved by LibreOffice as .ods and as .xlsx: one soffice run per format
    (it takes a single --convert-to), all sheets in each."""
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = []
    for name, rows in SHEETS.items():
        _fods(folder / f"{name}.fods", rows)
        sources.append(str(folder / f"{name}.fods"))
    for fmt in ("ods", "xlsx"):
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'profile'}",
             "--convert-to", fmt, "--outdir", str(folder / fmt), *sources],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    return {(n, f): folder / f / f"{n}.{f}" for n in SHEETS for f in ("ods", "xlsx")}


@pytest.mark.parametrize("fmt", ["ods", "xlsx"])
def test_merged_agency_is_read_into_every_row_and_said(
    store: Store, saved: dict[tuple[str, str], Path], fmt: str
) -> None:
    plan = dry(store, "attendance", saved[("merged", fmt)])
    assert plan.ok, plan_lines(plan)
    people = [(f["full_name"], f["agency"]) for _, f in plan.people]
    assert people == [
        ("Sione Tuʻipulotu", "Tonga Police"),
        ("ʻAna Fifita", "Tonga Police"),
        ("Sāmoa Lealaiauloto", "Tonga Police"),
        ("Mere Tuilagi", "Fiji Police"),
    ]
    (session,) = [f for _, f in plan.sessions]
    assert (session["start_date"], session["end_date"]) == (MARCH_3, date(2025, 3, 5))
    assert [a.fields["pre_score"] for a in plan.attendances] == [40, 55, 61, 70]
    (note,) = [n.message for n in plan.notes]
    assert "Lines 3–5" in note and "“Agence”" in note and "Tonga Police" in note
    assert note in "\n".join(plan_lines(plan))


@pytest.mark.parametrize("fmt", ["ods", "xlsx"])
def test_a_single_jour_column_is_a_one_day_session(
    store: Store, saved: dict[tuple[str, str], Path], fmt: str
) -> None:
    plan = dry(store, "attendance", saved[("oneday", fmt)])
    assert plan.ok, plan_lines(plan)
    (session,) = [f for _, f in plan.sessions]
    assert session["start_date"] == session["end_date"] == MARCH_3
    assert len(plan.attendances) == 2
