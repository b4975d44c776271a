"""Training certificates' verification codes: made, checked and read back the same way by the
desktop that prints them and the hub whose public page verifies them.

A code is 10 characters of Crockford's base32 (digits and capitals without I, L, O, U): 9 drawn
from `secrets` (45 bits: a guess succeeds about once in 35 million million tries per
certificate issued, and the verify page is rate-limited) and a check character. The check is
the code read as a polynomial over GF(32): it catches any one character mistyped, and any two
characters swapped, adjacent or not. A typed code is read case-insensitively, with spaces and
hyphens ignored, I and L read as 1 and O as 0 (Crockford's rule for what people misread).
"""

from __future__ import annotations

import secrets
from typing import Final

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH: Final = 10
_RANDOM_LENGTH: Final = CODE_LENGTH - 1
_VALUE: Final = {ch: i for i, ch in enumerate(ALPHABET)}
# What people type for what they read: Crockford's aliases, and the separators of the printed
# form (ABCDE-FGHJK) or of a code read out in groups.
_ALIASES: Final = str.maketrans({"I": "1", "L": "1", "O": "0", "-": None, " ": None})
# The longest text worth reading as a code: anything longer is refused before any work.
MAX_TYPED: Final = 40


def _times_alpha(value: int) -> int:
    """`value` times α in GF(32) built on the primitive polynomial x⁵ + x² + 1."""
    value <<= 1
    return value ^ 0b100101 if value & 0b100000 else value


def _syndrome(values: list[int]) -> int:
    """Horner's rule over GF(32): Σ vᵢ·α^(n-1-i). Zero for a whole code."""
    total = 0
    for value in values:
        total = _times_alpha(total) ^ value
    return total


def check_character(body: str) -> str:
    """The character that makes `body` (9 characters of the alphabet) a whole code."""
    return ALPHABET[_times_alpha(_syndrome([_VALUE[ch] for ch in body]))]


def new_code() -> str:
    """A fresh code, in its canonical form (10 capitals and digits, no separator)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(_RANDOM_LENGTH))
    return body + check_character(body)


def read_code(typed: str) -> str | None:
    """The canonical code a person typed or a link carried, or None when it is not one
    (wrong length, a character outside the alphabet, a check that fails)."""
    if len(typed) > MAX_TYPED:
        return None
    text = typed.strip().upper().translate(_ALIASES)
    if len(text) != CODE_LENGTH or any(ch not in _VALUE for ch in text):
        return None
    return text if _syndrome([_VALUE[ch] for ch in text]) == 0 else None


def printed_code(code: str) -> str:
    """The code as printed and read aloud: two groups of five (ABCDE-FGHJK)."""
    return f"{code[:5]}-{code[5:]}"


def verify_path(code: str) -> str:
    """The hub's public page for `code` (canonical), relative to the hub's address."""
    return f"/verify/{code}"
