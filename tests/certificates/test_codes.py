"""Verification codes: unguessable and unique, 10 characters of Crockford's base32 whose check
character catches a mistyped or swapped character; typed codes read the way people type them."""

from __future__ import annotations

import random
import re

import pytest

from bluepacific_wire.certificates import (
    ALPHABET,
    CODE_LENGTH,
    check_character,
    new_code,
    printed_code,
    read_code,
)

CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{10}")


def _sample(count: int) -> list[str]:
    """Codes made like new_code's but from a seeded generator: the same in every test worker."""
    rng = random.Random(16)
    bodies = ["".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH - 1)) for _ in range(count)]
    return [body + check_character(body) for body in bodies]


def test_codes_are_unique_and_well_formed_over_ten_thousand_draws() -> None:
    codes = [new_code() for _ in range(10_000)]
    assert len(set(codes)) == len(codes)
    assert all(CODE.fullmatch(c) for c in codes)
    assert all(read_code(c) == c for c in codes)
    # Drawn from the whole alphabet in every random position (not a counter, not a clock).
    for position in range(CODE_LENGTH - 1):
        assert {c[position] for c in codes} == set(ALPHABET)


@pytest.mark.parametrize("code", _sample(50))
def test_the_check_character_catches_one_mistyped_character(code: str) -> None:
    for i in range(CODE_LENGTH):
        for other in ALPHABET:
            if other != code[i]:
                assert read_code(code[:i] + other + code[i + 1 :]) is None, (code, i, other)


@pytest.mark.parametrize("code", _sample(50))
def test_the_check_character_catches_two_characters_swapped(code: str) -> None:
    for i in range(CODE_LENGTH):
        for j in range(i + 1, CODE_LENGTH):
            if code[i] != code[j]:
                swapped = list(code)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                assert read_code("".join(swapped)) is None, (code, i, j)


def test_a_typed_code_is_read_as_people_type_it() -> None:
    body = "10ABCDEFG"
    code = body + check_character(body)
    assert read_code(code) == code
    assert read_code(code.lower()) == code
    assert read_code(printed_code(code)) == code  # 10ABC-DEFG…
    assert read_code(" io" + code[2:].lower() + " ") == code  # I for 1, O for 0
    assert read_code("L" + code[1:]) == code  # L for 1
    assert read_code("10ab cdefg " + code[-1]) == code


@pytest.mark.parametrize(
    "typed", ["", "ABC", "0" * 11, "U" * 10, "ÀBCDEFGHJK", "A" * 1000, "../../etc", "0000000001"]
)
def test_what_is_not_a_code_is_refused(typed: str) -> None:
    assert read_code(typed) is None
