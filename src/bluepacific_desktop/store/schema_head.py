"""The store's schema revision this version reads, known without Alembic (whose import the
window's first look at the to-do list must not pay). tests/migrations hold it equal to the
newest migration's: a new migration changes it."""

from __future__ import annotations

HEAD = "0013_covering_counts"
