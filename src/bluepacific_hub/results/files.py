"""The results framework's targets as an XLSX file: written with each row's actual and %
achieved (formula-safe, by figures/export.py), and read back for an import whose dry run lists
every problem of every row at once; nothing is written unless every row is good.

The file is read with openpyxl in read-only mode, and only once its size, its unpacked size and
its rows are known to be bounded: a hostile or mistaken file cannot fill the hub's memory."""

from __future__ import annotations

import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

# openpyxl ships no type hints (pyproject.toml's mypy overrides may not be edited from here).
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.figures.export import xlsx_bytes
from bluepacific_hub.figures.tables import Cell, Table
from bluepacific_hub.results.indicators import BY_CODE, INDICATORS
from bluepacific_hub.results.problems import BASELINE, TARGET, Problem
from bluepacific_hub.results.targets import (
    ProjectKey,
    TargetError,
    YearKey,
    YearValues,
    check_key,
    check_value,
    places,
    project_targets,
    results,
    rule_problems,
    set_targets,
    yearly_targets,
)

SHEET: Final = "targets"
HEADERS: Final = (
    "indicator", "name", "country", "year", "baseline", "target", "actual", "achieved_percent",
)  # fmt: skip
# The columns an import reads; name, actual and % achieved are computed, and ignored.
READ: Final = ("indicator", "country", "year", "baseline", "target")
# The year cell of a life-of-project row (its target is the indicator's and country's limit).
PROJECT: Final = "project"

# 7 indicators × 12 places × a decade, twice over: a targets file is never near these.
MAX_FILE_BYTES: Final = 2 * 1024 * 1024
MAX_UNPACKED_BYTES: Final = 20 * 1024 * 1024
MAX_ROWS: Final = 5_000
MAX_COLUMNS: Final = 30


def _cell(value: float | None) -> Cell:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)


def targets_table(session: Session, years: Sequence[int]) -> Table:
    """A row per indicator × country (and the region) × year, then one life-of-project row per
    indicator × country (year "project": its target only)."""
    rows: list[tuple[Cell, ...]] = []
    for year in years:
        for r in results(session, year):
            rows.append(
                (
                    r.indicator,
                    BY_CODE[r.indicator].name_en,
                    r.country,
                    r.year,
                    _cell(r.baseline),
                    _cell(r.target),
                    _cell(r.actual),
                    None if r.achieved is None else round(r.achieved, 1),
                )
            )
    project = project_targets(session)
    for indicator in INDICATORS:
        for country in places():
            lop = project.get((indicator.code, country))
            rows.append(
                (indicator.code, indicator.name_en, country, PROJECT, None, _cell(lop), None, None)
            )
    return Table(SHEET, HEADERS, tuple(rows))


def export_bytes(session: Session, years: Sequence[int]) -> bytes:
    return xlsx_bytes([targets_table(session, years)])


class TargetFileError(ValueError):
    """A file that cannot be read as a targets file at all (before any row is looked at)."""


@dataclass
class Plan:
    """What an import would do, and every problem found (line numbers as a spreadsheet shows
    them); it may be applied only without problems."""

    name: str
    rows: int = 0
    yearly: dict[YearKey, YearValues] = field(default_factory=dict)
    project: dict[ProjectKey, float | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TargetFileError(
            f"{path.name} is {size:,} bytes, more than the {MAX_FILE_BYTES:,} a targets file may "
            "be: nothing was imported"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise TargetFileError(
            f"{path.name} is not an XLSX file: save it from the spreadsheet as .xlsx"
        ) from exc
    # Declared sizes: a member lying about its size stops zlib past it, within openpyxl's read.
    if unpacked > MAX_UNPACKED_BYTES:
        raise TargetFileError(
            f"{path.name} unpacks to {unpacked:,} bytes, more than {MAX_UNPACKED_BYTES:,}: "
            "nothing was imported"
        )


def read_rows(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    """The sheet's rows with content, as (line, cells), the header row first; the sheet named
    "targets", or the first one (LibreOffice names a converted CSV's sheet after the file)."""
    _check_size(path)
    try:
        # Formulas as their text: the hub evaluates none, and a formula's cached value may be
        # missing (a file written by a program) and would read as an empty cell.
        book = load_workbook(path, read_only=True, data_only=False)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TargetFileError(f"{path.name} cannot be read as an XLSX file: {exc}") from exc
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        rows = []
        for line, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            if line > MAX_ROWS:
                raise TargetFileError(
                    f"{path.name} has more than {MAX_ROWS:,} rows: nothing was imported"
                )
            if any(c is not None and str(c).strip() for c in cells):
                rows.append((line, tuple(cells)))
        return rows
    finally:
        book.close()  # read-only mode keeps the file open until closed


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _number(value: Any, what: Problem, problems: list[str]) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        problems.append(Problem("the {what} {value} is not a number", what=what, value=value))
        return None
    if isinstance(value, str) and value.strip().startswith("="):
        problems.append(
            Problem(
                "the {what} is a formula ({formula}): give its value as a number",
                what=what,
                formula=value.strip(),
            )
        )
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            problems.append(
                Problem("the {what} {value} is not a number", what=what, value=repr(_text(value)))
            )
            return None
    if not math.isfinite(number):
        problems.append(
            Problem("the {what} {value} is not a number", what=what, value=repr(_text(value)))
        )
        return None
    problems += check_value(what, number)
    return number


def _year(value: Any, problems: list[str]) -> int | str | None:
    text = _text(value)
    if text.lower() == PROJECT:
        return PROJECT
    try:
        return int(text)
    except ValueError:
        problems.append(
            Problem(
                "the year {text} is not a year: give one such as 2025, or {project}",
                text=repr(text),
                project=repr(PROJECT),
            )
        )
        return None


def plan_import(session: Session, path: Path) -> Plan:
    """Read the file and check every row, then TolaData's rule on the targets as they would
    stand after the import (the database's, with the file's good rows over them); nothing is
    written."""
    rows = read_rows(path)
    plan = Plan(path.name)
    if not rows:
        raise TargetFileError(f"{path.name} is empty: there is nothing to import")
    header_line, header = rows[0]
    names = [_text(h).lower() for h in header]
    missing = [h for h in READ if h not in names]
    if missing:
        raise TargetFileError(
            f"{path.name}, line {header_line}: the columns {', '.join(missing)} are missing "
            f"(the first row must name {', '.join(READ)}, as an export writes them)"
        )
    column = {h: names.index(h) for h in READ}
    seen: dict[tuple[str, str, int | str], int] = {}
    for line, cells in rows[1:]:
        plan.rows += 1
        problems: list[str] = []

        def get(name: str, cells: tuple[Any, ...] = cells) -> Any:
            index = column[name]
            return cells[index] if index < len(cells) else None

        indicator = _text(get("indicator"))
        country = _text(get("country")).upper()
        year = _year(get("year"), problems)
        baseline = _number(get("baseline"), BASELINE, problems)
        target = _number(get("target"), TARGET, problems)
        problems += check_key(indicator, country, year if isinstance(year, int) else None)
        if year == PROJECT and baseline is not None:
            problems.append(
                Problem("a life-of-project row has a target only: leave its baseline empty")
            )
        if year is not None:
            key = (indicator, country, year)
            if key in seen:
                problems.append(
                    Problem("the same indicator, country and year as line {line}", line=seen[key])
                )
            seen.setdefault(key, line)
        if problems:
            plan.problems += [
                Problem("line {line}: {problem}", line=line, problem=p) for p in problems
            ]
        elif year == PROJECT:
            plan.project[(indicator, country)] = target
        elif isinstance(year, int):
            plan.yearly[(indicator, country, year)] = YearValues(baseline, target)
    # Checked on the good rows even when others have problems, so one dry run says it all.
    after_project = {**project_targets(session), **plan.project}
    plan.problems += rule_problems(
        {**yearly_targets(session), **plan.yearly},
        {k: v for k, v in after_project.items() if v is not None},
    )
    return plan


def apply_import(session: Session, plan: Plan, by: audit.Actor, role: str) -> None:
    """Write a plan without problems, as one change logged as one import."""
    if not plan.ok:
        raise TargetError("\n".join(plan.problems))
    set_targets(
        session,
        plan.yearly,
        plan.project,
        by=by,
        role=role,
        action=audit.Action.TARGETS_IMPORTED,
        subject=plan.name,
    )
