"""Damaged data files for the tests: one page of a real store overwritten with garbage."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def table_pages(path: Path, table: str) -> list[int]:
    """The page numbers (1-based) holding `table`'s rows, read with SQLite's dbstat view."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def damage_page(path: Path, page: int, seed: int = 11) -> None:
    """Overwrite page `page` (1-based) of the closed store at `path` with random bytes, as a
    failing disk sector would. The WAL is checkpointed first so the page is really on disk."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    garbage = random.Random(seed).randbytes(size)
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(garbage)


def damage_table(path: Path, table: str = "people") -> int:
    """Damage one leaf page in the middle of `table`; returns its page number."""
    pages = table_pages(path, table)
    assert pages, f"{table} has no leaf page to damage"
    page = pages[len(pages) // 2]
    damage_page(path, page)
    return page
