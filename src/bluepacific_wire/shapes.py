"""The JSON bodies of the sync protocol, as TypedDicts (what a decoded, validated body holds)."""

from __future__ import annotations

from typing import Any, NotRequired, TypeAlias, TypedDict

Scalar: TypeAlias = str | int | float | bool | None
FieldValue: TypeAlias = Scalar | list[Scalar]
Fields: TypeAlias = dict[str, FieldValue]


class Envelope(TypedDict):
    """One record as the hub holds it: the latest version, or a tombstone."""

    kind: str
    record_id: str
    country: str | None
    revision: int
    deleted: bool
    fields: Fields
    created_at: str
    updated_at: str
    device_id: str | None


class Change(TypedDict):
    """One queued local change, as the desktop pushes it."""

    change_id: str
    kind: str
    record_id: str
    country: str
    op: str
    base_revision: int | None
    changed_fields: list[str]
    fields: Fields


class PushRequest(TypedDict):
    """POST /sync/push body (sent gzip-compressed)."""

    batch_id: str
    client_version: str
    device_time: str
    changes: list[Change]


class ChangeResult(TypedDict):
    """The hub's answer for one change of a batch."""

    change_id: str
    record_id: str
    status: str
    revision: int | None
    reason: str | None
    server_record: Envelope | None
    # For a conflict: the fields both sides changed (empty for other statuses).
    conflict_fields: list[str]
    # For a refusal: its stable code and params (bluepacific_wire.refusals), so the desktop
    # words it in its user's language. Added later: an older hub leaves them out, an older
    # desktop ignores them; `reason` stays the English text.
    reason_code: NotRequired[str]
    reason_params: NotRequired[dict[str, str | int]]


class PushResponse(TypedDict):
    """POST /sync/push answer; replayed unchanged for a batch_id already seen."""

    batch_id: str
    server_time: str
    results: list[ChangeResult]


class PositionedResult(ChangeResult):
    """A result spelled out in a compact answer, with its change's position in the batch."""

    position: int


class CompactPushResponse(TypedDict):
    """POST /api/v2/sync/push answer (bluepacific_wire.compact): the results that are not
    simply applied or duplicate, spelled out; the others as runs."""

    batch_id: str
    server_time: str
    changes: int  # how many changes the batch had
    # Runs of [first position, count, first revision]: positions and revisions both go up by
    # one along a run.
    applied: list[list[int]]
    duplicate: list[list[int]]
    results: list[PositionedResult]


class PullResponse(TypedDict):
    """GET /sync/pull answer: one page of records changed after the cursor."""

    changes: list[Envelope]
    next_cursor: int
    has_more: bool
    server_time: str
    # The monthly-return settings of the countries the device sees, by country code
    # (completeness.ReturnRules.to_wire). Added in 0.x: an older hub leaves it out, an older
    # desktop ignores it.
    return_rules: NotRequired[dict[str, dict[str, Any]]]
    # Records still to come after this page (0 on the last); a restore's progress and time
    # left. Added in 0.x: an older hub leaves it out, an older desktop ignores it.
    remaining: NotRequired[int]


class Health(TypedDict):
    """GET /health answer; `service` tells the hub from a captive portal."""

    service: str
    api_version: int
    # The API versions this hub serves (absent from hubs that only know version 1).
    api_versions: NotRequired[list[int]]
    server_time: str
    min_client_version: str
    current_desktop_version: str


class LoginRequest(TypedDict):
    """POST /auth/login body."""

    username: str
    password: str
    device_name: str
    device_id: NotRequired[str]  # with the device's token as the bearer: signing in again


class LoginResponse(TypedDict):
    """POST /auth/login answer: a bearer token for this device, shown only once."""

    device_id: str
    token: str
    country: str
    role: str
    server_time: str


class ErrorBody(TypedDict):
    """Every error answer of the hub."""

    error: str
    message: str
