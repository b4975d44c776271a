"""The lock screen's PIN rules (at least six digits, no trivial ones) and the wait that grows
after five wrong PINs in a row. No I/O: the store keeps the hash and the count."""

from __future__ import annotations

import itertools
from datetime import timedelta
from enum import Enum

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 32  # a PIN, not a passphrase; also bounds what is hashed
# Wrong PINs in a row that are free; each one after them doubles the wait, up to an hour.
FREE_TRIES = 4
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)

_DIGITS = frozenset("0123456789")

# The most common six-digit PINs of the published leaks that the pattern checks below do not
# catch already (all-same digits, runs, short repeated blocks such as 121212 or 123123).
COMMON_PINS = frozenset(
    {
        "112233",
        "123321",
        "654456",
        "159753",
        "159357",
        "147258",
        "258369",
        "147852",
        "741852",
        "789456",
        "852456",
        "102030",
        "100200",
        "112211",
        "520520",
        "696969",
        "292513",
        "198700",
        "131313",
        "110110",
    }
)


class PinProblem(Enum):
    """Why a PIN is refused; the screens word it (ui/lock/words.py)."""

    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NOT_DIGITS = "not_digits"
    TRIVIAL = "trivial"


def _run(pin: str, step: int) -> bool:
    """Each digit the one before plus `step`, round the keypad (789012 counts as a run)."""
    return all((int(b) - int(a)) % 10 == step % 10 for a, b in itertools.pairwise(pin))


def _repeats_short_block(pin: str) -> bool:
    """121212, 123123, 1111: a block of one to three digits said again and again."""
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in (1, 2, 3)
    )


def is_trivial(pin: str) -> bool:
    return _repeats_short_block(pin) or _run(pin, 1) or _run(pin, -1) or pin in COMMON_PINS


def pin_problem(pin: str) -> PinProblem | None:
    """None when `pin` may be used; the first rule it breaks otherwise."""
    if not pin or not set(pin) <= _DIGITS:
        return PinProblem.NOT_DIGITS
    if len(pin) < PIN_MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(pin) > PIN_MAX_DIGITS:
        return PinProblem.TOO_LONG
    if is_trivial(pin):
        return PinProblem.TRIVIAL
    return None


def wait_after(wrong_in_a_row: int) -> timedelta:
    """How long the next PIN is refused after this many wrong ones in a row: nothing for the
    first four, 30 s after the fifth, then twice as long after each further one (an hour at
    most). The hub password is never made to wait."""
    beyond = wrong_in_a_row - FREE_TRIES
    if beyond <= 0:
        return timedelta(0)
    if beyond > 8:  # 30 s · 2**7 is past the hour already
        return LONGEST_WAIT
    wait: timedelta = FIRST_WAIT * (2 ** (beyond - 1))
    return min(LONGEST_WAIT, wait)
