"""Damaged data files for the tests: one page of a real store overwritten with garbage."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from bluepacific_desktop.store import cipher, keys
from tests.support import store_file

# SQLCipher 4's page: AES-256-CBC over all but the reserved tail, which holds the page's IV
# (16 bytes) then its HMAC-SHA512 (64); page 1 starts with the file's 16-byte salt instead of
# SQLite's header string.
_RESERVE, _IV = 80, 16


def table_pages(path: Path, table: str) -> list[int]:
    """The page numbers (1-based) holding `table`'s rows (its b-tree's leaf pages)."""
    if not cipher.is_plain(path):
        return _encrypted_table_pages(path, table)
    conn = sqlite3.connect(path)  # dbstat: SQLite's own view of the pages
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _encrypted_table_pages(path: Path, table: str) -> list[int]:
    """The leaf pages of `table` in an encrypted store: SQLCipher's build has no dbstat, so the
    b-tree is walked over pages decrypted with the store's raw key (SQLCipher 4 defaults)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    conn = store_file.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher says "4096"
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    key = keys.store_key(store_file.owner_store(path), create=False)
    data = path.read_bytes()

    def page(number: int) -> bytes:
        raw = data[(number - 1) * size : number * size]
        start = 16 if number == 1 else 0
        iv = raw[size - _RESERVE : size - _RESERVE + _IV]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return bytes(start) + dec.update(raw[start : size - _RESERVE]) + dec.finalize()

    leaves: list[int] = []
    todo = [root]
    while todo:
        number = todo.pop()
        body = page(number)
        head = 100 if number == 1 else 0
        kind = body[head]
        if kind == 0x0D:  # a table b-tree leaf
            leaves.append(number)
            continue
        assert kind == 0x05, f"page {number} is not part of a table b-tree ({kind:#x})"
        cells = int.from_bytes(body[head + 3 : head + 5], "big")
        todo.append(int.from_bytes(body[head + 8 : head + 12], "big"))  # rightmost child
        for i in range(cells):
            at = int.from_bytes(body[head + 12 + 2 * i : head + 14 + 2 * i], "big")
            todo.append(int.from_bytes(body[at : at + 4], "big"))  # left child
    return sorted(leaves)


def damage_page(path: Path, page: int, seed: int = 11) -> None:
    """Overwrite page `page` (1-based) of the closed store at `path` with random bytes, as a
    failing disk sector would. The WAL is checkpointed first so the page is really on disk."""
    conn = store_file.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher says "4096"
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
