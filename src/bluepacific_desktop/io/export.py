"""Export of every record kind to CSV (UTF-8 with BOM, for Excel) or JSON (UTF-8)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.files import replacing
from bluepacific_desktop.io.files import write_csv
from bluepacific_desktop.store.records import MODELS, data_fields
from bluepacific_desktop.store.store import Store

FORMATS = ("csv", "json")
# Which record it is and when it changed; the rest of the sync bookkeeping stays inside.
_LEADING = ["id", "country", "created_at", "updated_at"]


def columns(kind: RecordKind) -> list[str]:
    return [*_LEADING, *data_fields(kind)]


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_value(value: Any) -> Any:
    # Lists as "a; b" (how a focal point types them, and how the import reads them back).
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _json_value(value)


def _records(store: Store, kind: RecordKind) -> Iterator[list[Any]]:
    """Live records (tombstones are not exported), oldest first, read in pages."""
    model = MODELS[kind]
    names = columns(kind)
    with store.read() as session:
        stmt = (
            select(*(getattr(model, n) for n in names))
            .where(model.deleted.is_(False))
            .order_by(model.created_at, model.id)
            .execution_options(yield_per=2000)
        )
        for row in session.execute(stmt):
            yield list(row)


def export_records(store: Store, kind: RecordKind, fmt: str, path: Path) -> int:
    """Write every live record of `kind` to `path`; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    names = columns(kind)
    if fmt == "csv":
        return write_csv(
            path, names, ([_csv_value(v) for v in row] for row in _records(store, kind))
        )
    count = 0
    with replacing(path) as fh:
        # One object per line inside the list: readable, and written without holding it all.
        fh.write('{"kind": ' + json.dumps(kind.value) + ', "records": [')
        for row in _records(store, kind):
            record = {n: _json_value(v) for n, v in zip(names, row, strict=True)}
            fh.write(("," if count else "") + "\n" + json.dumps(record, ensure_ascii=False))
            count += 1
        fh.write("\n]}\n")
    return count
