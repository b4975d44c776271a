"""Turn decoded JSON bodies into the typed shapes of `shapes`, or raise WireFormatError."""

from __future__ import annotations

from typing import Any

from bluepacific_wire.codec import parse_time
from bluepacific_wire.completeness import ReturnRules
from bluepacific_wire.constants import MAX_CHANGES_PER_BATCH, ChangeStatus, Op, RecordKind
from bluepacific_wire.errors import WireFormatError
from bluepacific_wire.fields import (
    parse_bool,
    parse_country,
    parse_field_name,
    parse_fields,
    parse_int,
    parse_str,
    parse_uuid,
    parse_version,
    require_key,
    require_object,
)
from bluepacific_wire.shapes import (
    Change,
    ChangeResult,
    Envelope,
    ErrorBody,
    Health,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)


def wire_time(value: Any, field: str) -> str:
    """A timestamp as text, checked to be ISO 8601 with a zone."""
    text = parse_str(value, field, max_length=40)
    parse_time(text, field)
    return text


def _optional(value: Any, parse: Any, field: str) -> Any:
    return None if value is None else parse(value, field)


def parse_change(value: Any, field: str = "change") -> Change:
    """One pushed change. The kind is checked to be a known name, not a pushable one."""
    obj = require_object(value, field)
    kind = parse_str(require_key(obj, "kind", field), f"{field}.kind", max_length=40)
    if kind not in set(RecordKind):
        raise WireFormatError(f"{field}.kind", f"is not a known kind of record: {kind!r}")
    op = require_key(obj, "op", field)
    if op not in set(Op):
        raise WireFormatError(f"{field}.op", 'must be "upsert" or "delete"')
    changed = require_key(obj, "changed_fields", field)
    if not isinstance(changed, list):
        raise WireFormatError(f"{field}.changed_fields", "must be a list of field names")
    return Change(
        change_id=parse_uuid(require_key(obj, "change_id", field), f"{field}.change_id"),
        kind=kind,
        record_id=parse_uuid(require_key(obj, "record_id", field), f"{field}.record_id"),
        country=parse_country(require_key(obj, "country", field), f"{field}.country"),
        op=str(op),
        base_revision=_optional(
            require_key(obj, "base_revision", field), parse_int, f"{field}.base_revision"
        ),
        changed_fields=[
            parse_field_name(name, f"{field}.changed_fields[{i}]") for i, name in enumerate(changed)
        ],
        fields=parse_fields(require_key(obj, "fields", field), f"{field}.fields"),
    )


def parse_push_header(value: Any) -> tuple[str, str, str, list[Any]]:
    """batch_id, client_version, device_time and the still-unchecked list of changes."""
    obj = require_object(value, "body")
    batch_id = parse_uuid(require_key(obj, "batch_id", ""), "batch_id")
    version = parse_str(require_key(obj, "client_version", ""), "client_version", max_length=40)
    parse_version(version, "client_version")
    device_time = wire_time(require_key(obj, "device_time", ""), "device_time")
    changes = require_key(obj, "changes", "")
    if not isinstance(changes, list):
        raise WireFormatError("changes", "must be a list")
    if len(changes) > MAX_CHANGES_PER_BATCH:
        raise WireFormatError("changes", f"has more than {MAX_CHANGES_PER_BATCH} changes")
    return batch_id, version, device_time, changes


def parse_push_request(value: Any) -> PushRequest:
    """A whole push body, every change included."""
    batch_id, version, device_time, changes = parse_push_header(value)
    return PushRequest(
        batch_id=batch_id,
        client_version=version,
        device_time=device_time,
        changes=[parse_change(c, f"changes[{i}]") for i, c in enumerate(changes)],
    )


def parse_envelope(value: Any, field: str = "record") -> Envelope:
    """One record as the hub sends it."""
    obj = require_object(value, field)
    kind = parse_str(require_key(obj, "kind", field), f"{field}.kind", max_length=40)
    return Envelope(
        kind=kind,
        record_id=parse_uuid(require_key(obj, "record_id", field), f"{field}.record_id"),
        country=_optional(require_key(obj, "country", field), parse_country, f"{field}.country"),
        revision=parse_int(require_key(obj, "revision", field), f"{field}.revision", minimum=1),
        deleted=parse_bool(require_key(obj, "deleted", field), f"{field}.deleted"),
        fields=parse_fields(require_key(obj, "fields", field), f"{field}.fields"),
        created_at=wire_time(require_key(obj, "created_at", field), f"{field}.created_at"),
        updated_at=wire_time(require_key(obj, "updated_at", field), f"{field}.updated_at"),
        device_id=_optional(require_key(obj, "device_id", field), parse_uuid, f"{field}.device_id"),
    )


def parse_change_result(value: Any, field: str = "result") -> ChangeResult:
    """The hub's verdict on one change."""
    obj = require_object(value, field)
    status = require_key(obj, "status", field)
    if status not in set(ChangeStatus):
        raise WireFormatError(f"{field}.status", f"is not a known status: {status!r}")
    reason = require_key(obj, "reason", field)
    result = ChangeResult(
        change_id=parse_uuid(require_key(obj, "change_id", field), f"{field}.change_id"),
        record_id=parse_uuid(require_key(obj, "record_id", field), f"{field}.record_id"),
        status=str(status),
        revision=_optional(require_key(obj, "revision", field), parse_int, f"{field}.revision"),
        reason=None if reason is None else parse_str(reason, f"{field}.reason", max_length=2000),
        server_record=_optional(
            require_key(obj, "server_record", field), parse_envelope, f"{field}.server_record"
        ),
        conflict_fields=[
            parse_str(name, f"{field}.conflict_fields", max_length=100)
            for name in _list(obj.get("conflict_fields", []), f"{field}.conflict_fields")
        ],
    )
    if "reason_code" in obj:
        # Only words for the desktop: a code it cannot read leaves the English reason, never
        # the whole answer unread (which would send the batch again and again).
        try:
            code = parse_str(obj["reason_code"], f"{field}.reason_code", max_length=64)
            result["reason_params"] = _reason_params(obj.get("reason_params", {}), field)
            result["reason_code"] = code
        except WireFormatError:
            result.pop("reason_params", None)
    return result


def _reason_params(value: Any, field: str) -> dict[str, str | int]:
    """A refusal's params: a flat object of strings and integers (bluepacific_wire.refusals)."""
    obj = require_object(value, f"{field}.reason_params")
    if len(obj) > 32:
        raise WireFormatError(f"{field}.reason_params", "has too many params")
    params: dict[str, str | int] = {}
    for key, item in obj.items():
        name = parse_str(key, f"{field}.reason_params", max_length=64)
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            raise WireFormatError(f"{field}.reason_params.{name}", "is not a string or integer")
        params[name] = (
            item
            if isinstance(item, int)
            else parse_str(item, f"{field}.reason_params", max_length=2000, empty=True)
        )
    return params


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise WireFormatError(field, "is not a list")
    return value


def parse_push_response(value: Any) -> PushResponse:
    """The whole answer to a push."""
    obj = require_object(value, "body")
    results = require_key(obj, "results", "")
    if not isinstance(results, list):
        raise WireFormatError("results", "must be a list")
    return PushResponse(
        batch_id=parse_uuid(require_key(obj, "batch_id", ""), "batch_id"),
        server_time=wire_time(require_key(obj, "server_time", ""), "server_time"),
        results=[parse_change_result(r, f"results[{i}]") for i, r in enumerate(results)],
    )


def parse_pull_response(value: Any) -> PullResponse:
    """One page of a pull."""
    obj = require_object(value, "body")
    changes = require_key(obj, "changes", "")
    if not isinstance(changes, list):
        raise WireFormatError("changes", "must be a list")
    page = PullResponse(
        changes=[parse_envelope(c, f"changes[{i}]") for i, c in enumerate(changes)],
        next_cursor=parse_int(require_key(obj, "next_cursor", ""), "next_cursor"),
        has_more=parse_bool(require_key(obj, "has_more", ""), "has_more"),
        server_time=wire_time(require_key(obj, "server_time", ""), "server_time"),
    )
    rules = obj.get("return_rules")
    if rules is not None:
        page["return_rules"] = _return_rules(rules)
    if "remaining" in obj:
        page["remaining"] = parse_int(obj["remaining"], "remaining", minimum=0)
    return page


def _return_rules(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or len(value) > 300:
        raise WireFormatError("return_rules", "must be an object of at most 300 countries")
    out: dict[str, dict[str, Any]] = {}
    for country, rules in value.items():
        if not isinstance(country, str) or len(country) != 2:
            raise WireFormatError("return_rules", "keys must be country codes")
        try:
            out[country] = ReturnRules.from_wire(rules).to_wire()
        except ValueError as exc:
            raise WireFormatError(f"return_rules.{country}", str(exc)) from None
    return out


def parse_health(value: Any) -> Health:
    """The health answer; a captive portal's page fails here (not an object, wrong service)."""
    obj = require_object(value, "body")
    health = Health(
        service=parse_str(require_key(obj, "service", ""), "service", max_length=100),
        api_version=parse_int(require_key(obj, "api_version", ""), "api_version"),
        server_time=wire_time(require_key(obj, "server_time", ""), "server_time"),
        min_client_version=parse_str(
            require_key(obj, "min_client_version", ""), "min_client_version", max_length=40
        ),
        current_desktop_version=parse_str(
            require_key(obj, "current_desktop_version", ""),
            "current_desktop_version",
            max_length=40,
        ),
    )
    if "api_versions" in obj:  # a hub that only knows version 1 does not say it
        versions = _list(obj["api_versions"], "api_versions")
        if len(versions) > 100:
            raise WireFormatError("api_versions", "is not a short list of versions")
        health["api_versions"] = [
            parse_int(v, f"api_versions[{i}]", minimum=1) for i, v in enumerate(versions)
        ]
    return health


def parse_login_response(value: Any) -> LoginResponse:
    """The login answer."""
    obj = require_object(value, "body")
    return LoginResponse(
        device_id=parse_uuid(require_key(obj, "device_id", ""), "device_id"),
        token=parse_str(require_key(obj, "token", ""), "token", max_length=200),
        country=parse_country(require_key(obj, "country", ""), "country"),
        role=parse_str(require_key(obj, "role", ""), "role", max_length=40),
        server_time=wire_time(require_key(obj, "server_time", ""), "server_time"),
    )


def parse_error_body(value: Any) -> ErrorBody:
    """An error answer: {"error": code, "message": plain words}."""
    obj = require_object(value, "body")
    return ErrorBody(
        error=parse_str(require_key(obj, "error", ""), "error", max_length=100),
        message=parse_str(require_key(obj, "message", ""), "message", max_length=2000, empty=True),
    )
