"""The lock screen's PIN rules and the wait after wrong PINs (domain/pin.py)."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from bluepacific_desktop.domain.pin import PinProblem, pin_problem, wait_after


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", PinProblem.NOT_DIGITS),
        ("48291a", PinProblem.NOT_DIGITS),
        ("482 915", PinProblem.NOT_DIGITS),
        ("٤٨٢٩١٥", PinProblem.NOT_DIGITS),  # Arabic-Indic digits: not on every keyboard
        ("48291", PinProblem.TOO_SHORT),
        ("4" * 33, PinProblem.TOO_LONG),
        ("000000", PinProblem.TRIVIAL),
        ("777777", PinProblem.TRIVIAL),
        ("123456", PinProblem.TRIVIAL),
        ("234567", PinProblem.TRIVIAL),
        ("654321", PinProblem.TRIVIAL),
        ("890123", PinProblem.TRIVIAL),  # a run round the keypad
        ("12345678", PinProblem.TRIVIAL),
        ("121212", PinProblem.TRIVIAL),
        ("123123", PinProblem.TRIVIAL),
        ("112233", PinProblem.TRIVIAL),
        ("159753", PinProblem.TRIVIAL),
        ("482915", None),
        ("5071938", None),
        ("20261204", None),
    ],
)
def test_pin_rules(pin: str, problem: PinProblem | None) -> None:
    assert pin_problem(pin) is problem


def test_the_wait_starts_at_the_fifth_wrong_pin_and_doubles_up_to_an_hour() -> None:
    waits = [wait_after(n) for n in range(15)]
    assert waits[:5] == [timedelta(0)] * 5  # 0 to 4 wrong: no wait
    assert waits[5] == timedelta(seconds=30)
    assert waits[6] == timedelta(seconds=60)
    assert waits[7] == timedelta(seconds=120)
    assert all(a <= b for a, b in itertools.pairwise(waits))
    assert waits[-1] == timedelta(hours=1)
    assert wait_after(10_000) == timedelta(hours=1)
