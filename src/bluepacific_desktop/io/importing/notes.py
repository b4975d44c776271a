"""What the reading of a sheet changed or doubts, for the dry run: merged cells, lost letters."""

from __future__ import annotations

from collections.abc import Sequence

from bluepacific_desktop.io.importing.headers import columns_of
from bluepacific_desktop.io.importing.said import Said
from bluepacific_desktop.io.importing.tables import Table

# A letter that a wrong encoding could not keep: “?” from a Windows-1252 save of an ʻokina,
# U+FFFD from bytes that were not UTF-8.
_LOST = ("?", "\ufffd")


def _letter(index: int) -> str:
    """The spreadsheet's name of a 0-based column: 0 → A, 27 → AB."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def sheet_notes(tables: Sequence[Table], source: str, header_line: int) -> list[Said]:
    """Notes on the sheet the plan read (named `source`, headers on `header_line`)."""
    table = next((t for t in tables if t.name == source), None)
    if table is None:
        return []
    header = next((cells for line, cells in table.rows if line == header_line), [])
    columns = columns_of(header)
    notes: list[Said] = []
    for filled in table.filled:
        if filled.last_line <= header_line:
            continue
        first = max(filled.first_line, header_line + 1)
        head = header[filled.column] if filled.column < len(header) else None
        column = f"“{head}”" if head not in (None, "") else _letter(filled.column)
        params = {"first": first, "last": filled.last_line, "column": column}
        english = (
            f"Lines {first}–{filled.last_line}, column {column}: one merged cell holds "
            f"“{filled.value}”; it was taken for each of these rows. Check that it belongs "
            "to all of them."
        )
        notes.append(Said("merged_cell", {**params, "value": filled.value}, english))
    for line, cells in table.rows:
        if line <= header_line:
            continue
        name = columns.full_name(cells)
        mark = next((m for m in _LOST if isinstance(name, str) and m in name), None)
        if mark:
            english = (
                f"Line {line}: the name “{name}” has “{mark}” where a letter was "
                "probably lost (an ʻokina or an accent saved in an encoding that cannot hold "
                "it). Check the name; save the sheet as “CSV UTF-8” or as a workbook and "
                "import it again."
            )
            notes.append(Said("lost_letter", {"line": line, "name": name, "mark": mark}, english))
    return notes
