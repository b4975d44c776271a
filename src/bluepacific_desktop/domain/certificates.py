"""The rule of a training certificate record: its code, what it certifies as printed, and
whether it was revoked (with the reason). The codes themselves: bluepacific_wire.certificates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.fields import FieldChecker
from bluepacific_wire.certificates import read_code

# A revocation's reason: a sentence or two, kept short so the record stays small.
REASON_CHARS = 500


def _expiry(c: FieldChecker) -> None:
    """The last valid day (issue 16), years ahead by nature: a date, or none (an older app's
    certificate, or a course without a validity)."""
    raw = c.data.get("expires_on")
    if raw in (None, ""):
        c.out["expires_on"] = None
        return
    try:
        c.out["expires_on"] = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    except ValueError:
        c.problem(
            "expires_on",
            "bad_date",
            f"Expires on “{raw}” is not a date (write it as YYYY-MM-DD).",
            label="Expires on",
            value=str(raw),
        )


def check_certificate(data: Mapping[str, Any], ctx: RuleContext) -> dict[str, Any]:
    c = FieldChecker(data, ctx)
    c.text("code", "Verification code", required=True, max_len=40)
    typed = c.out.get("code")
    if typed is not None:
        code = read_code(typed)
        if code is None:
            c.problem(
                "code",
                "bad_certificate_code",
                f"“{typed}” is not a certificate's verification code.",
                value=typed,
            )
        else:
            c.out["code"] = code
    c.text("attendance_id", "Attendance", required=True, max_len=36)
    # The holder's name, the course and the dates as the certificate prints them: the verify
    # page shows what the paper says, even after the person's record is corrected.
    c.text("holder_name", "Name", required=True)
    c.code("course_code", "Course", ctx.courses)
    c.day("start_date", "Start date")
    c.day("end_date", "End date")
    c.day("issued_on", "Issued on")
    _expiry(c)
    c.boolean("revoked")
    c.text("revoke_reason", "Reason", max_len=REASON_CHARS)
    if c.out.get("revoked") and not c.out.get("revoke_reason"):
        c.problem("revoke_reason", "required", "Reason is required.", label="Reason")
    return c.finish()
