"""`report` and `export` commands: files written, CSV round trip, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from tests.reports.conftest import Built, open_store
from tests.reports.pdf import needs_poppler, pages, text_of


def _cli(scenario: Built, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(scenario.store.path.parent), *args])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_training_csv_round_trip(scenario: Built, capsys, tmp_path: Path) -> None:
    out = tmp_path / "training.csv"
    code, said = _cli(
        scenario, capsys, "report", "training", "--quarter", "2025Q3", "--csv", str(out)
    )
    assert code == 0, said
    assert said == f"Wrote {out} (4 rows, 2025Q3)."
    header, *rows = _csv(out)
    table = {(r[0], r[1]): dict(zip(header, r, strict=True)) for r in rows}
    total = table["total", "2025Q3"]
    assert (total["sessions"], total["attendances"], total["people"]) == ("3", "7", "5")
    assert (total["female_share"], total["mean_pre_score"], total["mean_improvement"]) == (
        "0.4",
        "48.0",
        "22.0",
    )
    assert total["completion_rate"] == "0.8571"
    assert table["course", "HR_POLICING"]["mean_post_score"] == "76.6667"
    assert table["course", "GENDER_MAINSTREAMING"]["name"] == "Gender mainstreaming"


def test_other_report_csvs(scenario: Built, capsys, tmp_path: Path) -> None:
    caps, contacts, quarterly = (tmp_path / n for n in ("c.csv", "d.csv", "q.csv"))
    args = ["--from", "2025-07-01", "--to", "2025-09-30"]
    assert _cli(scenario, capsys, "report", "capabilities", *args, "--csv", str(caps))[0] == 0
    header, *rows = _csv(caps)
    assert header == [
        "capability",
        "capability_name",
        "metric",
        "2025-07",
        "2025-08",
        "2025-09",
        "total",
    ]
    assert ["SLTD", "Stolen and Lost Travel Documents", "searches", "100", "50", "", "150"] in rows
    assert (
        _cli(
            scenario,
            capsys,
            "report",
            "contacts",
            "--country",
            "FJ",
            "--csv",
            str(contacts),
            "--quarter",
            "2025Q3",
        )[0]
        == 0
    )
    header, *rows = _csv(contacts)
    assert [r[4] for r in rows] == ["Anaseini Vuki", "Mere Tuilagi"]
    # A leading "+" would make a spreadsheet read the phone as a formula: it is neutralised.
    assert rows[1][header.index("phones")] == "'+679 701 2345"
    assert (
        _cli(
            scenario, capsys, "report", "quarterly", "--quarter", "2025Q3", "--csv", str(quarterly)
        )[0]
        == 0
    )
    header, *rows = _csv(quarterly)
    assert header == ["figure", "2025Q2", "2025Q3"]
    values = {r[0]: r[1:] for r in rows}
    assert values["sessions"] == ["1", "3"]
    assert values["capability_searches"] == ["40", "150"]
    assert values["engagements_meeting"] == ["", "2"]


@needs_poppler
def test_pdf_from_the_command_line(scenario: Built, capsys, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    args = ["report", "quarterly", "--quarter", "2025Q3", "--pdf", str(out), "--lang", "fr"]
    code, said = _cli(scenario, capsys, *args, "--page", "letter")
    assert (code, said) == (0, f"Wrote {out} (1 page, 2025Q3).")
    assert pages(out) == 1
    assert "Bilan trimestriel du pays, 2025Q3" in text_of(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2025Q5"], "“2025Q5” is not a quarter: write it as YEARQn"),
        (
            ["--from", "2025-09-30", "--to", "2025-07-01"],
            "--from 2025-09-30 is after --to 2025-07-01",
        ),
        (["--from", "31/07/2025"], "--from “31/07/2025” is not a date"),
        (["--quarter", "2025Q3", "--from", "2025-07-01"], "not both"),
    ],
)
def test_bad_periods_are_one_line_errors(
    scenario: Built, capsys, tmp_path: Path, args, message
) -> None:
    out = tmp_path / "x.csv"
    code, said = _cli(scenario, capsys, "report", "training", *args, "--csv", str(out))
    assert code == 1
    assert message in said and "\n" not in said
    assert not out.exists()


def test_no_country_set(tmp_path: Path, capsys) -> None:
    from bluepacific_desktop.store.store import Store

    Store.open(tmp_path / "fresh").close()
    capsys.readouterr()
    code = main(
        [
            "--data-dir",
            str(tmp_path / "fresh"),
            "report",
            "training",
            "--csv",
            str(tmp_path / "t.csv"),
        ]
    )
    assert code == 1
    assert "not set up yet" in capsys.readouterr().err
    assert not (tmp_path / "t.csv").exists()


def test_missing_folder(scenario: Built, capsys, tmp_path: Path) -> None:
    code, said = _cli(
        scenario, capsys, "report", "contacts", "--csv", str(tmp_path / "no" / "x.csv")
    )
    assert code == 1 and "does not exist" in said


EXPECTED = {
    # Live rows of the scenario: tombstones (S6, its attendance, P6's, R6, C5) are left out.
    RecordKind.PERSON: 5,
    RecordKind.TRAINING_SESSION: 5,
    RecordKind.ATTENDANCE: 9,
    RecordKind.CAPABILITY_REPORT: 5,
    RecordKind.CONTACT: 4,
    RecordKind.ENGAGEMENT: 4,
    RecordKind.MONTHLY_RETURN: 0,  # the scenario moves no month
    RecordKind.CERTIFICATE: 0,  # nor prints any certificate
}


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_export_each_kind(scenario: Built, capsys, tmp_path: Path, kind: RecordKind) -> None:
    as_csv, as_json = tmp_path / f"{kind}.csv", tmp_path / f"{kind}.json"
    code, said = _cli(
        scenario, capsys, "export", kind.value, "--format", "csv", "--output", str(as_csv)
    )
    assert code == 0, said
    header, *rows = _csv(as_csv)
    assert len(rows) == EXPECTED[kind]
    assert header[:4] == ["id", "country", "created_at", "updated_at"]
    assert (
        _cli(scenario, capsys, "export", kind.value, "--format", "json", "--output", str(as_json))[
            0
        ]
        == 0
    )
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert data["kind"] == kind.value
    assert len(data["records"]) == EXPECTED[kind]
    assert {r["id"] for r in data["records"]} == {r[0] for r in rows}


def test_export_keeps_unicode_and_lists(scenario: Built, capsys, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert (
        _cli(scenario, capsys, "export", "contact", "--format", "csv", "--output", str(out))[0] == 0
    )
    header, *rows = _csv(out)
    losa = next(
        dict(zip(header, r, strict=True))
        for r in rows
        if r[header.index("full_name")].startswith("Losa")
    )
    assert losa["full_name"] == "Losa Fa'amausili"
    assert losa["emails"] == "losa@ptccc.example.org"
    assert losa["secure_channel"] == "no"


def test_empty_store_exports_header_only(tmp_path: Path, capsys) -> None:
    open_store(tmp_path / "empty").close()
    out = tmp_path / "p.json"
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path / "empty"),
                "export",
                "person",
                "--format",
                "json",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8")) == {"kind": "person", "records": []}
