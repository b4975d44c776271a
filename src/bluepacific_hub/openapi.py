"""The hub's OpenAPI document: request bodies, bearer tokens, the client header, every answer.

FastAPI sees neither the bodies (the handlers read them themselves, within limits) nor the
hub's errors (JSON {"error", "message"} with 400 where FastAPI would say 422), so the document
it derives from the routes is completed here from the wire format's own names and limits.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from bluepacific_wire import (
    API_PREFIX,
    API_V2_PREFIX,
    CLIENT_HEADER,
    MAX_CHANGES_PER_BATCH,
    ChangeStatus,
    ErrorCode,
    Op,
    RecordKind,
    Role,
)
from bluepacific_wire.fields import (
    MAX_FIELD_NAME,
    MAX_FIELDS,
    MAX_INT,
    MAX_LIST_ITEMS,
    MAX_STRING,
)

Schema = dict[str, Any]

_VERSION = "^[0-9]{1,6}\\.[0-9]{1,6}\\.[0-9]{1,6}$"


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(properties: dict[str, Schema], optional: tuple[str, ...] = ()) -> Schema:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
    }


_UUID: Schema = {"type": "string", "format": "uuid"}
_TIME: Schema = {"type": "string", "format": "date-time"}
_COUNTRY: Schema = {"type": "string", "pattern": "^[A-Z]{2}$"}
_INT: Schema = {"type": "integer", "minimum": 0, "maximum": MAX_INT}
_SCALAR: Schema = {
    "anyOf": [
        {"type": "string", "maxLength": MAX_STRING},
        {"type": "integer", "minimum": -MAX_INT - 1, "maximum": MAX_INT},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
    ]
}


_RUN: Schema = {
    "type": "array",
    "items": {"type": "integer", "minimum": 0},
    "minItems": 3,
    "maxItems": 3,
    "description": "[first position, count, first revision]",
}


def _text(max_length: int) -> Schema:
    # Not blank: at least one character that is not a space.
    return {"type": "string", "minLength": 1, "maxLength": max_length, "pattern": "\\S"}


def _schemas() -> dict[str, Schema]:
    field_name = _text(MAX_FIELD_NAME)
    return {
        "Error": {
            **_object(
                {
                    "error": {"type": "string", "enum": [code.value for code in ErrorCode]},
                    "message": {"type": "string"},
                }
            ),
            "description": "Every error answer; 426 adds min_client_version and "
            "current_desktop_version.",
        },
        "Health": _object(
            {
                "service": {"type": "string", "const": "bluepacific-hub"},
                "api_version": {"type": "integer"},
                "api_versions": {"type": "array", "items": {"type": "integer", "minimum": 1}},
                "server_time": _TIME,
                "min_client_version": {"type": "string"},
                "current_desktop_version": {"type": "string"},
            }
        ),
        "LoginRequest": _object(
            {
                "username": _text(64),
                "password": _text(1024),
                "device_name": _text(100),
                # With the device's token as the bearer: that device signs in again.
                "device_id": _text(36),
            },
            optional=("device_id",),
        ),
        "LoginResponse": _object(
            {
                "device_id": _UUID,
                "token": {"type": "string"},
                "country": _COUNTRY,
                "role": {"type": "string", "enum": [role.value for role in Role]},
                "server_time": _TIME,
            }
        ),
        "Fields": {
            "type": "object",
            "maxProperties": MAX_FIELDS,
            "propertyNames": {"maxLength": MAX_FIELD_NAME, "minLength": 1, "pattern": "\\S"},
            "additionalProperties": {
                "anyOf": [_SCALAR, {"type": "array", "items": _SCALAR, "maxItems": MAX_LIST_ITEMS}]
            },
        },
        "Change": _object(
            {
                "change_id": _UUID,
                "kind": {"type": "string", "enum": sorted(kind.value for kind in RecordKind)},
                "record_id": _UUID,
                "country": _COUNTRY,
                "op": {"type": "string", "enum": sorted(op.value for op in Op)},
                "base_revision": _nullable(_INT),
                "changed_fields": {"type": "array", "items": field_name},
                "fields": _ref("Fields"),
            }
        ),
        "PushRequest": {
            **_object(
                {
                    "batch_id": _UUID,
                    "client_version": {"type": "string", "pattern": _VERSION},
                    "device_time": _TIME,
                    "changes": {
                        "type": "array",
                        "items": _ref("Change"),
                        "maxItems": MAX_CHANGES_PER_BATCH,
                    },
                }
            ),
            "description": "A change that breaks the rules is refused on its own (status "
            "refused, with its reason); the rest of the batch applies.",
        },
        "Envelope": _object(
            {
                "kind": {"type": "string"},
                "record_id": _UUID,
                "country": _nullable(_COUNTRY),
                "revision": _INT,
                "deleted": {"type": "boolean"},
                "fields": {"type": "object"},
                "created_at": _TIME,
                "updated_at": _TIME,
                "device_id": _nullable(_UUID),
            }
        ),
        "ChangeResult": _object(
            {
                # Empty when the change was too malformed to name its ids.
                "change_id": {"type": "string"},
                "record_id": {"type": "string"},
                "status": {
                    "type": "string",
                    "enum": sorted(status.value for status in ChangeStatus),
                },
                "revision": _nullable(_INT),
                "reason": _nullable({"type": "string"}),
                "server_record": _nullable(_ref("Envelope")),
                "conflict_fields": {"type": "array", "items": {"type": "string"}},
            }
        ),
        "PushResponse": _object(
            {
                "batch_id": _UUID,
                "server_time": _TIME,
                "results": {"type": "array", "items": _ref("ChangeResult")},
            }
        ),
        "ReturnRules": _object(
            {
                "skip_national_approval": {"type": "boolean"},
                "due_days": _INT,
                "entry_closes_days": _nullable(_INT),
                "entry_open_until": _nullable(_TIME),
            }
        ),
        "PositionedResult": {
            "allOf": [
                _ref("ChangeResult"),
                _object({"position": {"type": "integer", "minimum": 0}}),
            ],
            "description": "A result spelled out in a compact answer, with the position of "
            "its change in the batch (counted from 0).",
        },
        "CompactPushResponse": {
            **_object(
                {
                    "batch_id": _UUID,
                    "server_time": _TIME,
                    "changes": {"type": "integer", "minimum": 0},
                    "applied": {"type": "array", "items": _RUN},
                    "duplicate": {"type": "array", "items": _RUN},
                    "results": {"type": "array", "items": _ref("PositionedResult")},
                }
            ),
            "description": "API v2's push answer: changes simply applied or duplicate as runs "
            "of [first position, count, first revision], the others spelled out.",
        },
        "PullResponse": _object(
            {
                "changes": {"type": "array", "items": _ref("Envelope")},
                "next_cursor": _INT,
                "has_more": {"type": "boolean"},
                "server_time": _TIME,
                # By country code: the monthly-return settings of the countries the device sees.
                "return_rules": {"type": "object", "additionalProperties": _ref("ReturnRules")},
                # Records still to come after this page: a restore's progress and time left.
                "remaining": {"type": "integer", "minimum": 0},
            },
            optional=("return_rules", "remaining"),
        ),
        "CompactPullResponse": {
            **_object(
                {
                    "shapes": {
                        "type": "array",
                        "items": {"type": "array", "minItems": 3, "maxItems": 3},
                        "description": "[kind, country or null, [field names]]",
                    },
                    "devices": {"type": "array", "items": _UUID},
                    "records": {
                        "type": "array",
                        "items": {"type": "array", "minItems": 7},
                        "description": "[shape, record_id, revision step, deleted (0/1), "
                        "created_at, updated_at or null (= created_at), device index or null, "
                        "the values in the shape's field order]",
                    },
                    "next_cursor": _INT,
                    "has_more": {"type": "boolean"},
                    "server_time": _TIME,
                    "return_rules": {
                        "type": "object",
                        "additionalProperties": _ref("ReturnRules"),
                    },
                    "remaining": {"type": "integer", "minimum": 0},
                },
                optional=("return_rules", "remaining"),
            ),
            "description": "API v2's pull page: v1's records as rows, in the same order; "
            "revisions as steps from the cursor asked for (the first) and from the row before.",
        },
    }


_RETRY_AFTER: Schema = {
    "description": "Seconds to wait before trying again.",
    "schema": {"type": "integer", "minimum": 0},
}

# What each status means on this hub, and which headers come with it.
_ANSWERS: dict[int, tuple[str, dict[str, Schema]]] = {
    400: ("Malformed request, body or parameter, or the client header is missing.", {}),
    401: (
        "No token, or a token that is unknown, revoked or expired; or a wrong password.",
        {"WWW-Authenticate": {"schema": {"type": "string"}}},
    ),
    409: (
        "batch_in_progress (try again after Retry-After) or idempotency_key_reused.",
        {"Retry-After": _RETRY_AFTER},
    ),
    413: ("The body is too large: on the wire, once gunzipped, or in JSON values.", {}),
    426: ("This app version is older than the hub accepts: update it.", {}),
    429: (
        "Too many failed sign-in attempts: wait Retry-After seconds.",
        {"Retry-After": _RETRY_AFTER},
    ),
    500: ("The hub had an internal problem.", {}),
    503: ("The hub is busy: try again after Retry-After seconds.", {"Retry-After": _RETRY_AFTER}),
}


def _error(status: int) -> Schema:
    description, headers = _ANSWERS[status]
    answer: Schema = {
        "description": description,
        "content": {"application/json": {"schema": _ref("Error")}},
    }
    if headers:
        answer["headers"] = headers
    return answer


def _ok(schema: str) -> Schema:
    return {"description": "OK", "content": {"application/json": {"schema": _ref(schema)}}}


def _client_header(required: bool) -> Schema:
    return {
        "name": CLIENT_HEADER,
        "in": "header",
        "required": required,
        "description": "The app version sending the request; older than the hub accepts: 426.",
        "schema": {"type": "string", "pattern": _VERSION},
    }


def _body(schema: str, description: str) -> Schema:
    return {
        "required": True,
        "description": description,
        "content": {"application/json": {"schema": _ref(schema)}},
    }


_PUSH_BODY = _body(
    "PushRequest",
    "JSON, compressed with zstd where /health's Accept-Encoding lists it, else gzip "
    "(Content-Encoding: zstd or gzip); the hub's limits on its "
    "size and its number of JSON values answer 413.",
)
_PUSH_ERRORS = (400, 401, 409, 413, 426, 500, 503)
_PULL_ERRORS = (400, 401, 426, 500, 503)

# Per operation: its 200 schema, its request body, whether it needs a token, its errors.
_OPERATIONS: dict[tuple[str, str], tuple[str, Schema | None, bool, tuple[int, ...]]] = {
    (f"{API_PREFIX}/health", "get"): ("Health", None, False, (400, 426, 500)),
    (f"{API_PREFIX}/auth/login", "post"): (
        "LoginResponse",
        _body(
            "LoginRequest",
            "JSON, plain, gzip or zstd (Content-Encoding), within the small limits of a call "
            "anyone may make (413 past them).",
        ),
        False,
        (400, 401, 413, 426, 429, 500, 503),
    ),
    (f"{API_PREFIX}/sync/push", "post"): ("PushResponse", _PUSH_BODY, True, _PUSH_ERRORS),
    (f"{API_PREFIX}/sync/pull", "get"): ("PullResponse", None, True, _PULL_ERRORS),
    (f"{API_V2_PREFIX}/sync/push", "post"): (
        "CompactPushResponse",
        _PUSH_BODY,
        True,
        _PUSH_ERRORS,
    ),
    (f"{API_V2_PREFIX}/sync/pull", "get"): ("CompactPullResponse", None, True, _PULL_ERRORS),
}


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The complete document of `app`: FastAPI's paths and summaries, and what it cannot see."""
    document = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        routes=app.routes,
    )
    components = document.setdefault("components", {})
    components["schemas"] = _schemas()
    components["securitySchemes"] = {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "The device token from POST /auth/login.",
        }
    }
    for (path, method), (ok, body, needs_token, errors) in _OPERATIONS.items():
        operation = document["paths"][path][method]
        parameters = [p for p in operation.get("parameters", []) if p["in"] != "header"]
        open_path = path == f"{API_PREFIX}/health"
        operation["parameters"] = [*parameters, _client_header(required=not open_path)]
        if body is not None:
            operation["requestBody"] = body
            operation["parameters"].append(
                {
                    "name": "Content-Encoding",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string", "enum": ["gzip", "zstd", "identity"]},
                }
            )
        if needs_token:
            operation["security"] = [{"bearer": []}]
        operation["responses"] = {"200": _ok(ok)} | {str(s): _error(s) for s in errors}
    return document


def install_openapi(app: FastAPI) -> None:
    """Serve `build_openapi`'s document at the app's openapi_url (built once, on first use)."""
    cached: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if not cached:
            cached.update(build_openapi(app))
        return cached

    app.openapi = openapi  # type: ignore[method-assign]
