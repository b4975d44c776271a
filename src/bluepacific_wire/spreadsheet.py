"""Spreadsheet-safe cells: a text a spreadsheet could run as a formula is neutralised (one
definition for the desktop's CSV files and the hub's exports)."""

from __future__ import annotations

from typing import Any, Final

# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP, "CSV
# Injection"): `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, `-2+3+cmd…`, or a tab / carriage return
# hiding one.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as a spreadsheet shows it and never runs it: a text that would start a formula
    gets a leading apostrophe; numbers (a negative one too) stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
