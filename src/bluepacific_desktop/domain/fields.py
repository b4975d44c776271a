"""Checks of single fields (text, dates, scores, e-mail, phone) that collect plain problems."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from bluepacific_desktop.domain.context import EARLIEST_DATE, RuleContext
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_wire.limits import LIST_CHARS, LONG_TEXT_CHARS, field_size

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# The longest e-mail address a mail server accepts (RFC 5321); well under the hub's limit.
_EMAIL_CHARS = 254
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# SQLite stores whole numbers in 64 bits; anything bigger would fail when written.
_LARGEST_WHOLE = 2**63 - 1


def clean_text(value: Any) -> str:
    """NFC-normalised, trimmed, single-spaced text (keeps ʻokina and macrons as typed)."""
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.split())


_THOUSANDS = re.compile(r"^\d{1,3}([ ,\u00a0\u202f]\d{3})+$")


def _parse_number(text: str, integer: bool = False) -> float:
    """Typed text as a number: whole numbers exactly (a float would round past 2**53).

    In a count, "1,000" and "1 000" are thousands (as written in English and French); in a
    score, "75,5" is the French decimal comma.
    """
    text = text.strip()
    if integer and _THOUSANDS.match(text):
        text = re.sub(r"[ ,\u00a0\u202f]", "", text)
    text = text.replace(",", ".")
    try:
        return int(text)
    except ValueError:
        return float(text)


def format_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


class FieldChecker:
    """Reads fields from `data`, normalises them into `out`, and records every problem found."""

    def __init__(self, data: Mapping[str, Any], ctx: RuleContext) -> None:
        self.data = data
        self.ctx = ctx
        self.out: dict[str, Any] = {}
        self.problems: list[FieldProblem] = []

    def problem(self, name: str, code: str, message: str, **params: Any) -> None:
        self.problems.append(FieldProblem(name, code, message, params))

    def _raw(self, name: str) -> Any:
        value = self.data.get(name)
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def _given(self, name: str, label: str, required: bool) -> Any:
        """The field's value, or None (a blank one too) after recording it as missing."""
        value = self.data.get(name)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return value
        if required:
            self.problem(name, "required", f"{label} is required.", label=label)
        self.out[name] = None
        return None

    def text(self, name: str, label: str, *, required: bool = False, max_len: int = 200) -> None:
        given = self._given(name, label, required)
        if given is None:
            return
        text = clean_text(given)
        if len(text) > max_len:
            self.problem(
                name,
                "too_long",
                f"{label} is too long ({len(text)} characters; at most {max_len}).",
                label=label,
                max=max_len,
            )
        self.out[name] = text

    def long_text(self, name: str, label: str, *, max_len: int = LONG_TEXT_CHARS) -> None:
        # The hub refuses longer (bluepacific_wire/limits.py): the user is told here instead.
        raw = self._raw(name)
        text = unicodedata.normalize("NFC", str(raw)).strip() if raw is not None else ""
        if len(text) > max_len:
            self.problem(
                name,
                "too_long",
                f"{label} is too long (at most {max_len} characters).",
                label=label,
                max=max_len,
            )
        self.out[name] = text

    def choice(
        self,
        name: str,
        label: str,
        enum: type[E],
        *,
        required: bool = True,
        default: E | None = None,
    ) -> None:
        """One of the enum's values; a blank one is `default` when there is one."""
        if default is not None and self._raw(name) is None:
            self.out[name] = default.value
            return
        given = self._given(name, label, required)
        if given is None:
            return
        raw = str(given).strip().lower().replace(" ", "_")
        try:
            self.out[name] = enum(raw).value
        except ValueError:
            allowed = ", ".join(e.value.replace("_", " ") for e in enum)
            self.problem(
                name,
                "not_in_list",
                f"{label} “{given}” is not one of: {allowed}.",
                label=label,
                value=str(given),
                allowed=allowed,
            )

    def code(self, name: str, label: str, allowed: Iterable[str], *, required: bool = True) -> None:
        given = self._given(name, label, required)
        if given is None:
            return
        raw = str(given).strip()
        allowed_set = set(allowed)
        candidate = raw if raw in allowed_set else raw.upper()
        if candidate not in allowed_set:
            self.problem(
                name,
                "unknown_code",
                f"{label} “{raw}” is not in the list this app knows.",
                label=label,
                value=raw,
            )
            return
        self.out[name] = candidate

    def boolean(self, name: str, *, default: bool = False) -> None:
        raw = self._raw(name)
        if raw is None:
            self.out[name] = default
        elif isinstance(raw, str):
            self.out[name] = raw.strip().lower() in {"1", "true", "yes", "y", "oui", "o", "x"}
        else:
            self.out[name] = bool(raw)

    def day(self, name: str, label: str, *, required: bool = True) -> None:
        raw = self._given(name, label, required)
        if raw is None:
            return
        if isinstance(raw, date):
            value = raw
        else:
            try:
                value = date.fromisoformat(str(raw).strip())
            except ValueError:
                self.problem(
                    name,
                    "bad_date",
                    f"{label} “{raw}” is not a date (write it as YYYY-MM-DD).",
                    label=label,
                    value=str(raw),
                )
                return
        if not EARLIEST_DATE <= value <= self.ctx.latest_date:
            self.problem(
                name,
                "date_out_of_range",
                f"{label} {format_date(value)} is out of range: it must be between "
                f"{format_date(EARLIEST_DATE)} and {format_date(self.ctx.latest_date)}.",
                label=label,
                earliest=EARLIEST_DATE.isoformat(),
                latest=self.ctx.latest_date.isoformat(),
            )
            return
        self.out[name] = value

    def month(self, name: str, label: str) -> None:
        given = self._given(name, label, True)
        if given is None:
            return
        raw = str(given).strip()
        match = _MONTH.match(raw)
        month_ok = match is not None and 1 <= int(match.group(2)) <= 12
        if not month_ok or match is None:
            self.problem(
                name,
                "bad_month",
                f"{label} “{raw}” is not a month (write it as YYYY-MM).",
                label=label,
                value=raw,
            )
            return
        first = date(int(match.group(1)), int(match.group(2)), 1)
        if not EARLIEST_DATE <= first <= self.ctx.today:
            self.problem(
                name,
                "month_out_of_range",
                f"{label} {first:%B %Y} is out of range: reports cover months from "
                f"{EARLIEST_DATE:%B %Y} up to the current month.",
                label=label,
                earliest=EARLIEST_DATE.isoformat()[:7],
            )
            return
        self.out[name] = raw

    def number(
        self, name: str, label: str, *, low: float, high: float | None, integer: bool
    ) -> None:
        raw = self._given(name, label, False)
        if raw is None:
            return
        try:
            value: float = _parse_number(raw, integer) if isinstance(raw, str) else raw
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError
            if not math.isfinite(value):  # "nan" / "inf" parse as floats but are not numbers
                raise ValueError
        except ValueError:
            self.problem(
                name,
                "not_a_number",
                f"{label} “{raw}” is not a number.",
                label=label,
                value=str(raw),
                whole=integer,
            )
            return
        if integer and value != int(value):
            self.problem(
                name,
                "not_whole",
                f"{label} must be a whole number, not {raw}.",
                label=label,
                value=str(raw),
            )
            return
        if integer and value > _LARGEST_WHOLE:
            self.problem(
                name,
                "number_too_large",
                f"{label} {raw} is too large.",
                label=label,
                value=str(raw),
            )
            return
        if value < low or (high is not None and value > high):
            limit = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
            self.problem(
                name,
                "number_out_of_range",
                f"{label} {value:g} is out of range: it must be {limit}.",
                label=label,
                value=value,
                low=low,
                high=high,
            )
            return
        self.out[name] = int(value) if integer else float(value)

    def score(self, name: str, label: str) -> None:
        self.number(name, label, low=0, high=100, integer=False)

    def count(self, name: str, label: str) -> None:
        self.number(name, label, low=0, high=None, integer=True)

    def listed(self, name: str, label: str, items: list[Any]) -> None:
        """Keep a list field, if its items together stay within the hub's limit for a list."""
        self.out[name] = items
        if field_size(items) > LIST_CHARS:
            self.problem(
                name,
                "too_long",
                f"{label} is too long ({field_size(items):,} characters in all; "
                f"at most {LIST_CHARS:,}).",
                label=label,
                max=LIST_CHARS,
            )

    def email(self, name: str, label: str, value: Any) -> str | None:
        text = clean_text(value).replace(" ", "")
        if len(text) > _EMAIL_CHARS:
            self.problem(
                name,
                "too_long",
                f"{label} is too long (at most {_EMAIL_CHARS} characters).",
                label=label,
                max=_EMAIL_CHARS,
            )
            return None
        if not _EMAIL.match(text):
            self.problem(
                name,
                "bad_email",
                f"{label} “{value}” is not an e-mail address "
                "(it should look like name@example.org).",
                label=label,
                value=str(value),
            )
            return None
        local, domain = text.rsplit("@", 1)
        return f"{local}@{domain.lower()}"

    def phone(self, name: str, label: str, value: Any, region: str) -> str | None:
        # Imported when a phone is first checked: its module took a tenth of the time to a
        # usable dashboard, which checks no phone.
        import phonenumbers

        text = clean_text(value)
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            self.problem(
                name,
                "bad_phone",
                f"{label} “{text}” is not a valid phone number for "
                f"{self.ctx.country_name(region)}. Write it with the country code, "
                "for example +679 331 2345.",
                label=label,
                value=text,
                country=self.ctx.country_name(region),
                country_fr=self.ctx.country_name_fr(region),
            )
            return None
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))

    def finish(self) -> dict[str, Any]:
        if self.problems:
            raise ValidationError(self.problems)
        return self.out
