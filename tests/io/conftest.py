"""Helpers for import tests: messy sheets written by the tests themselves, never shipped."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bluepacific_desktop.io.importing import ImportKind, ImportPlan, run_import
from bluepacific_desktop.store.store import Store

HEADER = ["Name", "Sex", "Agency", "Course", "Start date", "End date", "Location", "Pre-test"]


def csv_text(rows: Sequence[Sequence[Any]], delimiter: str = ",") -> str:
    return "\r\n".join(delimiter.join(str(c) for c in row) for row in rows) + "\r\n"


def write(
    folder: Path,
    name: str,
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    path = folder / name
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def session_row(name: str, sex: str = "F", agency: str = "Fiji Police", **kw: Any) -> list[Any]:
    return [
        name,
        sex,
        agency,
        kw.get("course", "HR_POLICING"),
        kw.get("start", "03/03/2025"),
        kw.get("end", "05/03/2025"),
        kw.get("location", "Suva"),
        kw.get("pre", "40"),
    ]


@pytest.fixture
def sheets(tmp_path: Path) -> Path:
    folder = tmp_path / "sheets"
    folder.mkdir()
    return folder


def dry(store: Store, kind: str, path: Path, **kw: Any) -> ImportPlan:
    return run_import(store, ImportKind(kind), path, **kw)


def commit(store: Store, kind: str, path: Path, **kw: Any) -> ImportPlan:
    return run_import(store, ImportKind(kind), path, commit=True, **kw)
