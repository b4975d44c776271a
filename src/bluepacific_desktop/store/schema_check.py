"""Does the file's schema match the app's models (tables and their columns)? Said in words.

A hand-edited or half-migrated file can carry this version's revision and still lack a table
or a column; every command would then trip over it with a bare SQL error. The comparison
reads SQLite's own catalogue (`PRAGMA table_xinfo`, a few milliseconds for the dozen tables),
so it runs at every open. Alembic's `compare_metadata` answers the same question but costs
the import of Alembic at each start and also reports type and index nuances that SQLite does
not keep; tables and columns are what make the commands crash.
"""

from __future__ import annotations

import sqlite3

from bluepacific_desktop.store.models import Base


def schema_differences(conn: sqlite3.Connection, *, harmless_too: bool = True) -> list[str]:
    """One sentence per table or column that the file lacks, or has that the app does not
    know. With `harmless_too=False`, only what would make the app fail: a column it does not
    know is harmless unless it must be filled (NOT NULL without a default), as the app's
    inserts leave it out."""
    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        # The names are the app's own constants, not user input.
        info = conn.execute(f'PRAGMA table_xinfo("{table.name}")').fetchall()
        # cid, name, type, notnull, dflt_value, pk, hidden
        columns = {str(r[1]): bool(r[3]) and r[4] is None and not r[6] for r in info}
        if not columns:
            found.append(f"The table {table.name} is missing.")
            continue
        wanted = [c.name for c in table.columns]
        missing = [name for name in wanted if name not in columns]
        unknown = sorted(
            name for name, must in columns.items() if name not in wanted and (must or harmless_too)
        )
        if missing:
            found.append(f"The table {table.name} lacks the column(s) {', '.join(missing)}.")
        if unknown:
            found.append(
                f"The table {table.name} has column(s) this version does not know: "
                f"{', '.join(unknown)}."
            )
    return found
