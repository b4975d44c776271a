"""Sign-in sheets' codes: the session code printed on every page (which session a filled sheet
belongs to) and the row id printed beside each registered attendee (which attendance a row
fills). Both are derived from the records' ids, so printing again prints the same codes and no
record stores them.

Written in Crockford's base32 like the certificates' codes (bluepacific_wire.certificates), so
they read aloud the same way and a typed I, L or O is read as 1, 1 or 0. A session code is 7
characters of the session id's UUID and the certificates' check character (printed "ABCD-EFGH"):
a mistyped or swapped character is caught rather than landing a sheet on another session. A
row id is 5 characters of the attendance id (25 bits: within one session's few dozen rows two
ids meet about once in a million sessions, and the import refuses a sheet where they do).
"""

from __future__ import annotations

import uuid
from typing import Final

from bluepacific_wire.certificates import ALPHABET, check_character

SESSION_CODE_LENGTH: Final = 8
ROW_ID_LENGTH: Final = 5
_ALIASES: Final = str.maketrans({"I": "1", "L": "1", "O": "0", "-": None, " ": None})
# Anything longer is not a code: refused before any work.
MAX_TYPED: Final = 30


def _base32(value: int, length: int) -> str:
    """The top `length` characters of a 128-bit number, in Crockford's base32."""
    shift = 128 - 5 * length
    bits = value >> shift
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(length)))


def _uuid_int(record_id: str) -> int:
    return uuid.UUID(record_id).int


def session_code(session_id: str) -> str:
    """The session's code, canonical (8 capitals and digits, no separator)."""
    body = _base32(_uuid_int(session_id), SESSION_CODE_LENGTH - 1)
    return body + check_character(body)


def printed_session_code(code: str) -> str:
    """The code as printed and read aloud: two groups of four (ABCD-EFGH)."""
    return f"{code[:4]}-{code[4:]}"


def _canonical(typed: object) -> str:
    text = "" if typed is None else str(typed)
    if len(text) > MAX_TYPED:
        return ""
    return text.strip().upper().translate(_ALIASES)


def read_session_code(typed: object) -> str | None:
    """The canonical session code a person typed, or None when it is not one (length, a
    character outside the alphabet, a failing check)."""
    text = _canonical(typed)
    if len(text) != SESSION_CODE_LENGTH or any(ch not in ALPHABET for ch in text):
        return None
    return text if check_character(text[:-1]) == text[-1] else None


def row_id(attendance_id: str) -> str:
    """The row id printed beside a registered attendee."""
    return _base32(_uuid_int(attendance_id), ROW_ID_LENGTH)


def read_row_id(typed: object) -> str | None:
    """The canonical row id a cell holds, or None when it is not one."""
    text = _canonical(typed)
    if len(text) != ROW_ID_LENGTH or any(ch not in ALPHABET for ch in text):
        return None
    return text
