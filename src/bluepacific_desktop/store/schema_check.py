"""Does the file's schema match the app's models (tables and their columns)? Said in words.

A hand-edited or half-migrated file can carry this version's revision and still lack a table
or a column; every command would then trip over it with a bare SQL error. The comparison
reads SQLite's own catalogue (`PRAGMA table_xinfo`, a few milliseconds for the dozen tables),
so it runs at every open. Alembic's `compare_metadata` answers the same question but costs
the import of Alembic at each start and also reports type and index nuances that SQLite does
not keep; tables and columns are what make the commands crash.
"""

from __future__ import annotations

from bluepacific_desktop.store.cipher import Connection
from bluepacific_desktop.store.models import Base


def schema_gaps(conn: Connection, *, harmless_too: bool = True) -> list[tuple[str, str, list[str]]]:
    """(what, table, columns) per table or column that the file lacks ("table_missing",
    "columns_missing"), or has that the app does not know ("columns_unknown"). With
    `harmless_too=False`, only what would make the app fail: a column it does not know is
    harmless unless it must be filled (NOT NULL without a default), as the app's inserts leave
    it out."""
    found: list[tuple[str, str, list[str]]] = []
    for table in Base.metadata.sorted_tables:
        # The names are the app's own constants, not user input.
        info = conn.execute(f'PRAGMA table_xinfo("{table.name}")').fetchall()
        # cid, name, type, notnull, dflt_value, pk, hidden
        columns = {str(r[1]): bool(r[3]) and r[4] is None and not r[6] for r in info}
        if not columns:
            found.append(("table_missing", table.name, []))
            continue
        wanted = [c.name for c in table.columns]
        missing = [name for name in wanted if name not in columns]
        unknown = sorted(
            name for name, must in columns.items() if name not in wanted and (must or harmless_too)
        )
        if missing:
            found.append(("columns_missing", table.name, missing))
        if unknown:
            found.append(("columns_unknown", table.name, unknown))
    return found


def schema_differences(conn: Connection, *, harmless_too: bool = True) -> list[str]:
    """The gaps as English sentences, for the error that refuses such a file (SchemaMismatch)."""
    sentences = {
        "table_missing": "The table {table} is missing.",
        "columns_missing": "The table {table} lacks the column(s) {columns}.",
        "columns_unknown": "The table {table} has column(s) this version does not know: {columns}.",
    }
    return [
        sentences[gap].format(table=table, columns=", ".join(columns))
        for gap, table, columns in schema_gaps(conn, harmless_too=harmless_too)
    ]
