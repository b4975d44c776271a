"""What a search box asks of the store: the typed text folded, matched on a record's search_key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func

from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.engine import FOLD_SQL

ESCAPE = "\\"
# Sorts after every character SQLite can hold: the upper end of a prefix's range.
_LAST = "\U0010ffff"


def escaped(text: str) -> str:
    # Typed % and _ are letters to the user, not LIKE wildcards.
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def folded_contains(search_key: Any, typed: str) -> ColumnElement[bool]:
    """The key holds the typed text folded: “semisi” finds “Sēmisi”, “tuipulotu” “Tuʻipulotu”."""
    return search_key.like(f"%{escaped(fold(typed))}%", escape=ESCAPE)  # type: ignore[no-any-return]


def folded_text_contains(column: Any, typed: str) -> ColumnElement[bool]:
    """Like folded_contains, for a column with no key: folded row by row in SQL (engine.FOLD_SQL),
    so only for short lists (sessions, engagements), never for people."""
    return folded_contains(getattr(func, FOLD_SQL)(column), typed)


def folded_prefix(search_key: Any, typed: str) -> ColumnElement[bool]:
    """The key starts with the typed text folded: a range, so the search_key index is used
    (SQLite's LIKE walks an index only on a NOCASE column)."""
    start = fold(typed)
    return and_(search_key >= start, search_key < start + _LAST)
