"""Cell values as the rules expect them: day-first dates, yes/no, sex, mode, reference codes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from bluepacific_desktop.domain.enums import AttendanceStatus, Sex, TrainingMode
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.domain.fields import format_date
from bluepacific_desktop.io.importing.headers import header_key

# A column holds few distinct values (oui/non, F/M, a course): each is folded once.
_folded = lru_cache(maxsize=4096)(header_key)

# 3/3/2025, 03-03-2025, 03.03.25: day first, as written in the region.
_DAY_FIRST = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})$")
# A time Excel or a database export glued to the day: “2025-03-03 00:00:00”.
_TRAILING_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    # Two-digit years: 90–99 are the 1990s (the oldest records kept), the rest this century.
    short = int(text)
    return 1900 + short if short >= 90 else 2000 + short


def month_first_example(values: Iterable[Any]) -> str | None:
    """A date of the column that can only be month first (3/14/2025), if there is one.

    A sheet exported with US settings writes every date month first; then 04/03/2025 in the
    same column cannot be read safely either way.
    """
    for value in dict.fromkeys(values):  # a column of 100,000 rows holds a few hundred dates
        match = _DAY_FIRST.match(str(value).strip()) if isinstance(value, str) else None
        if match and int(match.group(1)) <= 12 < int(match.group(3)) <= 31:
            return str(value).strip()
    return None


def parse_day(
    raw: Any, name: str, label: str, month_first: str | None = None
) -> date | FieldProblem:
    """A calendar day from a cell (an Excel date, or text written day first, or ISO)."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = _TRAILING_TIME.sub("", str(raw).strip())
    day_first = _DAY_FIRST.match(text)
    year_first = _YEAR_FIRST.match(text)
    if day_first:
        d, m, y = int(day_first.group(1)), int(day_first.group(3)), _year(day_first.group(4))
    elif year_first:
        y, m, d = int(year_first.group(1)), int(year_first.group(3)), int(year_first.group(4))
    else:
        return FieldProblem(
            name,
            "bad_date",
            f"{label} “{raw}” is not a date this app can read. Write dates day first, "
            "for example 03/03/2025 (dd/mm/yyyy), or as 2025-03-03.",
            {"label": label},
        )
    try:
        value = date(y, m, d)
    except ValueError:
        hint = ""
        if day_first and m > 12 and d <= 12:
            hint = f" It looks written month first; write it day first: {m:02d}/{d:02d}/{y}."
        return FieldProblem(
            name,
            "impossible_date",
            f"{label} “{raw}” is not a real date (read day first: day {d}, month {m}, "
            f"year {y}).{hint}",
            {"label": label},
        )
    if day_first and month_first and d <= 12 and d != m:
        other = date(y, d, m)
        return FieldProblem(
            name,
            "ambiguous_date",
            f"{label} “{raw}” is ambiguous: this column also has month-first dates such as "
            f"“{month_first}”, so it could be {format_date(value)} or {format_date(other)}. "
            "Write it as YYYY-MM-DD.",
            {"label": label},
        )
    return value


_YES = {"yes", "y", "oui", "o", "x", "true", "vrai", "1", "done", "completed", "complete"}
_YES |= {"termine", "issued", "delivre", "ok"}
_NO = {"no", "n", "non", "false", "faux", "0", "none", "aucun", "notcompleted", "nontermine"}
_TICKS = {"✓", "✔", "☑", "√"}


def yes_no(raw: Any, name: str, label: str) -> bool | FieldProblem | None:
    """True/False from yes/no, oui/non, x, 1/0 or an Excel tick box; None when empty."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    text = str(raw).strip()
    if text in _TICKS:
        return True
    key = _folded(text)
    if key in _YES:
        return True
    if key in _NO or text == "-":
        return False
    return FieldProblem(
        name,
        "not_yes_no",
        f"{label} “{raw}” is neither yes nor no (write yes/no or oui/non).",
        {"label": label},
    )


def _keys(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {header_key(spelling): value for value, names in table.items() for spelling in names}


SEX = _keys(
    {
        Sex.FEMALE.value: ("F", "Female", "Femme", "Woman", "Féminin", "Feminine"),
        Sex.MALE.value: ("M", "H", "Male", "Homme", "Man", "Masculin", "Masculine"),
        Sex.ANOTHER.value: ("Another", "Other", "Autre", "X"),
        Sex.NOT_STATED.value: (
            "Not stated",
            "Non précisé",
            "Non précisée",
            "Prefer not to say",
            "Non indiqué",
        ),
    }
)
MODE = _keys(
    {
        TrainingMode.IN_PERSON.value: (
            "In person",
            "Présentiel",
            "En présentiel",
            "Face to face",
            "On site",
            "Sur place",
        ),
        TrainingMode.ONLINE.value: ("Online", "En ligne", "Virtual", "Virtuel", "Distanciel"),
        TrainingMode.BLENDED.value: ("Blended", "Mixte", "Hybrid", "Hybride"),
    }
)


# Attendance statuses as sheets write them; a blank cell is present (the rules' default).
STATUS = _keys(
    {
        AttendanceStatus.PRESENT.value: ("Present", "Présent", "Présente", "P", "Yes", "Oui"),
        AttendanceStatus.LATE.value: ("Late", "En retard", "Retard", "L", "R"),
        AttendanceStatus.EXCUSED.value: ("Excused", "Excusé", "Excusée", "E", "Apologies"),
        AttendanceStatus.ABSENT.value: ("Absent", "Absente", "A", "No show", "Non", "No"),
    }
)


def from_table(raw: Any, table: Mapping[str, str]) -> Any:
    """The code for a value written any known way; the raw value (for the rules' message)
    otherwise."""
    if raw is None:
        return None
    return table.get(_folded(raw), raw)


def names_table(rows: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Reference rows (code, English name, French name) → every way of writing them → code.

    “Bureau central national (BCN)” is also found as “BCN”.
    """
    out: dict[str, str] = {}
    for code, name_en, name_fr in rows:
        for text in (name_en, name_fr):
            out[header_key(text)] = code
            for inner in re.findall(r"\((.*?)\)", text):
                out.setdefault(header_key(inner), code)
        out[header_key(code)] = code  # a code wins over a name that happens to spell it
    return out


def score(raw: Any) -> Any:
    """“75 %” is a score of 75; everything else goes to the rules as typed."""
    if isinstance(raw, str) and raw.strip().endswith("%"):
        return raw.strip().rstrip("%").strip()
    return raw


def as_text(raw: Any) -> Any:
    """Numbers typed into text columns (a phone as 6793312345) back to their digits."""
    if isinstance(raw, bool) or raw is None:
        return raw
    if isinstance(raw, int | float):
        return str(raw)
    if isinstance(raw, date):
        return raw.isoformat()
    return raw
