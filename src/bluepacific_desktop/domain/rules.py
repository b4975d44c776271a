"""Validation rules of each record kind: a full record in, normalised fields out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from bluepacific_desktop.domain.certificates import check_certificate
from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.enums import (
    AttendanceStatus,
    CapabilityMetric,
    EngagementKind,
    RecordKind,
    Sex,
    TrainingMode,
)
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.domain.fields import FieldChecker, clean_text, format_date
from bluepacific_desktop.domain.returns import check_monthly_return
from bluepacific_wire.limits import field_size, record_limit, record_size

Fields = dict[str, Any]


def as_list(value: Any) -> list[Any]:
    """Accept a list, or text separated by semicolons/commas/new lines (as typed or imported)."""
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return [v for v in value if v is not None and str(v).strip()]
    text = str(value)
    for sep in (";", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def _time_zone(c: FieldChecker, country: str) -> None:
    zones = c.ctx.country_zones.get(country, ())
    raw = c.data.get("time_zone")
    if raw in (None, "") and zones:
        c.out["time_zone"] = zones[0]
    elif raw in zones:
        c.out["time_zone"] = raw
    else:
        c.problem(
            "time_zone",
            "bad_zone",
            f"Time zone “{raw}” is not a zone of "
            f"{c.ctx.country_name(country)} (use one of: {', '.join(zones)}).",
            value=str(raw),
            zones=list(zones),
        )


def _id_list(c: FieldChecker, name: str, label: str) -> None:
    c.listed(name, label, sorted({str(v).strip().lower() for v in as_list(c.data.get(name))}))


def check_person(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.text("full_name", "Name", required=True)
    c.choice("sex", "Sex", Sex)
    c.text("agency", "Agency")
    c.text("rank", "Rank")
    c.text("position", "Position")
    raw_email = data.get("email")
    c.out["email"] = c.email("email", "E-mail", raw_email) if raw_email not in (None, "") else None
    raw_phone = data.get("phone")
    c.out["phone"] = (
        c.phone("phone", "Phone", raw_phone, ctx.device_country)
        if raw_phone not in (None, "")
        else None
    )
    _trainer_courses(c)
    return c.finish()


def _trainer_courses(c: FieldChecker) -> None:
    """The courses a person trains: known course codes, each once, sorted."""
    codes: list[str] = []
    for raw in as_list(c.data.get("trainer_courses")):
        code = str(raw).strip()
        code = code if code in c.ctx.courses else code.upper()
        if code not in c.ctx.courses:
            c.problem(
                "trainer_courses",
                "unknown_code",
                f"Trains courses “{raw}” is not in the list this app knows.",
                label="Trains courses",
                value=str(raw),
            )
        elif code not in codes:
            codes.append(code)
    c.listed("trainer_courses", "Trains courses", sorted(codes))


def check_training_session(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.code("course_code", "Course", ctx.courses)
    c.text("title", "Title")
    c.choice("mode", "Mode", TrainingMode)
    c.day("start_date", "Start date")
    c.day("end_date", "End date")
    start, end = c.out.get("start_date"), c.out.get("end_date")
    if start is not None and end is not None and end < start:
        c.problem(
            "end_date",
            "end_before_start",
            f"End date ({format_date(end)}) is before the start date ({format_date(start)}).",
            start=start.isoformat(),
            end=end.isoformat(),
        )
    _time_zone(c, ctx.device_country)
    c.text("location", "Location")
    c.text("organiser", "Organiser")
    c.listed("tags", "Tags", sorted({clean_text(t).lower() for t in as_list(data.get("tags"))}))
    _id_list(c, "trainer_ids", "Trainers")
    c.long_text("notes", "Notes")
    return c.finish()


def check_attendance(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.text("session_id", "Training session", required=True, max_len=36)
    c.text("person_id", "Person", required=True, max_len=36)
    c.boolean("completed")
    # A record from before statuses (an older desktop, an import without the column): present.
    c.choice("status", "Attendance", AttendanceStatus, default=AttendanceStatus.PRESENT)
    c.score("pre_score", "Pre-test score")
    c.score("post_score", "Post-test score")
    c.boolean("certificate_issued")
    return c.finish()


def check_capability_report(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.code("capability_code", "Capability", ctx.capability_metrics)
    c.month("period", "Month")
    applicable = ctx.capability_metrics.get(c.out.get("capability_code") or "", frozenset())
    for metric in CapabilityMetric:
        label = metric.value.replace("_", " ").capitalize()
        if metric.value in applicable:
            c.count(metric.value, label)
        elif data.get(metric.value) not in (None, "", 0):
            c.problem(
                metric.value,
                "metric_not_applicable",
                f"{label} does not apply to capability {c.out.get('capability_code')}; "
                "leave it empty.",
                label=label,
                capability=c.out.get("capability_code"),
            )
        else:
            c.out[metric.value] = None
    c.long_text("narrative", "Narrative")
    c.long_text("success_stories", "Success stories")
    return c.finish()


def check_contact(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.text("full_name", "Name", required=True)
    c.text("organisation", "Organisation", required=True)
    c.code("org_type", "Organisation type", ctx.org_types)
    c.code("role", "Role", ctx.contact_roles, required=False)
    c.code("contact_country", "Country", ctx.country_zones)
    region = c.out.get("contact_country") or ctx.device_country
    emails = [c.email("emails", "E-mail", e) for e in as_list(data.get("emails"))]
    c.listed("emails", "E-mails", [e for e in emails if e])
    phones = [c.phone("phones", "Phone", p, region) for p in as_list(data.get("phones"))]
    c.listed("phones", "Phones", [p for p in phones if p])
    languages = sorted({clean_text(x).lower() for x in as_list(data.get("languages"))})
    c.listed("languages", "Languages", languages)
    c.boolean("secure_channel")
    c.long_text("notes", "Notes")
    c.day("review_date", "Review date", required=False)
    return c.finish()


def check_engagement(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
    c = FieldChecker(data, ctx)
    c.day("date", "Date")
    _time_zone(c, ctx.device_country)
    c.choice("kind", "Kind", EngagementKind)
    c.long_text("summary", "Summary")
    if not c.out["summary"]:
        c.problem("summary", "required", "Summary is required.", label="Summary")
    _id_list(c, "contact_ids", "Contacts")
    return c.finish()


Rule = Callable[[Mapping[str, Any], RuleContext], Fields]


def _within_record_limit(kind: RecordKind, rule: Rule) -> Rule:
    """`rule`, then the hub's limit on the whole record (bluepacific_wire/limits.py): each field
    may be within its own limit and the record still too large to send, which the user should
    hear now rather than find the change set aside after a sync."""
    limit = record_limit(kind)
    # A character takes at most 6 bytes in JSON (a control character as \u0001), and the keys,
    # numbers and punctuation of a record of this app well under 4 KiB: texts shorter than
    # this in all cannot reach the limit, and most records are spared encoding.
    chars_needed = (limit - 4096) // 6

    def check(data: Mapping[str, Any], ctx: RuleContext) -> Fields:
        fields = rule(data, ctx)
        texts = [v for v in fields.values() if isinstance(v, str | list)]
        if sum(field_size(v) for v in texts) <= chars_needed:
            return fields  # the common case, without encoding anything
        size = record_size({k: _as_json(v) for k, v in fields.items()})
        if size > limit:
            largest = max(fields, key=lambda name: field_size(fields[name]))
            what = kind.value.replace("_", " ")
            raise ValidationError(
                [
                    FieldProblem(
                        largest,
                        "too_long",
                        f"This {what} is too large to send to the hub ({size:,} bytes; at most "
                        f"{limit:,}): shorten its longest field, {largest}.",
                        {"label": largest, "bytes": size, "limit": limit},
                    )
                ]
            )
        return fields

    return check


def _as_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


RULES: Mapping[RecordKind, Rule] = {
    kind: _within_record_limit(kind, rule)
    for kind, rule in {
        RecordKind.PERSON: check_person,
        RecordKind.TRAINING_SESSION: check_training_session,
        RecordKind.ATTENDANCE: check_attendance,
        RecordKind.CAPABILITY_REPORT: check_capability_report,
        RecordKind.CONTACT: check_contact,
        RecordKind.ENGAGEMENT: check_engagement,
        RecordKind.MONTHLY_RETURN: check_monthly_return,
        RecordKind.CERTIFICATE: check_certificate,
    }.items()
}
