"""Names and numbers of the sync protocol: API prefix, kinds, statuses, roles, error codes."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Final

API_VERSION: Final = 1
API_PREFIX: Final = "/api/v1"
# Version 2 answers pushes compactly (bluepacific_wire.compact); everything else is version 1's.
API_V2_PREFIX: Final = "/api/v2"
API_VERSIONS: Final = (1, 2)
SERVICE_NAME: Final = "bluepacific-hub"
CLIENT_HEADER: Final = "X-BluePacific-Client"
# Sent by the desktop with every request (login and sync): "yes" when its store is encrypted
# at rest, "no" when it is a plain SQLite file. Optional: older desktops do not send it.
STORE_ENCRYPTED_HEADER: Final = "X-BluePacific-Store-Encrypted"
# Sent back by the hub ("yes") when the regional admin requires encrypted stores and this
# device's is not: the desktop warns in words (sync still works).
ENCRYPTION_REQUIRED_HEADER: Final = "X-BluePacific-Encryption-Required"
# Sent by the desktop with its sync's calls: how many of its records had changes not on the
# hub (waiting, set aside, in conflict) when the call was made; the console's devices page
# shows the last count. Optional: older desktops do not send it.
WAITING_HEADER: Final = "X-BluePacific-Waiting"

# Hard limits that both sides respect, so that a broken peer cannot exhaust memory.
MAX_COMPRESSED_BODY: Final = 16 * 1024 * 1024
MAX_DECODED_BODY: Final = 64 * 1024 * 1024
MAX_CHANGES_PER_BATCH: Final = 5000
MAX_PULL_LIMIT: Final = 1000
# API v2's pull pages may be as large as a push batch (still within the hub's page bytes).
MAX_PULL_LIMIT_V2: Final = 5000
DEFAULT_PULL_LIMIT: Final = 500


class RecordKind(StrEnum):
    """Every kind of record that travels over the wire."""

    PERSON = "person"
    TRAINING_SESSION = "training_session"
    ATTENDANCE = "attendance"
    CAPABILITY_REPORT = "capability_report"
    CONTACT = "contact"
    ENGAGEMENT = "engagement"
    MONTHLY_RETURN = "monthly_return"
    # A training certificate's verification code and what it certifies (bluepacific_wire.
    # certificates); its id is derived from the code, so the hub's verify page finds it by key.
    CERTIFICATE = "certificate"
    REF_COUNTRY = "ref_country"
    REF_CAPABILITY = "ref_capability"
    REF_COURSE = "ref_course"
    REF_ORG_TYPE = "ref_org_type"
    REF_CONTACT_ROLE = "ref_contact_role"


PUSHABLE_KINDS: Final = frozenset(
    {
        RecordKind.PERSON,
        RecordKind.TRAINING_SESSION,
        RecordKind.ATTENDANCE,
        RecordKind.CAPABILITY_REPORT,
        RecordKind.CONTACT,
        RecordKind.ENGAGEMENT,
        RecordKind.MONTHLY_RETURN,
        RecordKind.CERTIFICATE,
    }
)
REFERENCE_KINDS: Final = frozenset(set(RecordKind) - PUSHABLE_KINDS)
# Kinds that every device pulls whatever its country (the shared regional directory).
SHARED_KINDS: Final = frozenset({RecordKind.CONTACT})


class Op(StrEnum):
    """What a change does to its record."""

    UPSERT = "upsert"
    DELETE = "delete"


class ChangeStatus(StrEnum):
    """The hub's verdict on one pushed change."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REFUSED = "refused"


class Role(StrEnum):
    """Who a hub user is: a national focal point, the country's national approver (the head of
    the NCB: what a focal point may do, plus approving or sending back the country's months), or
    a regional administrator."""

    FOCAL_POINT = "focal_point"
    NATIONAL_APPROVER = "national_approver"
    REGIONAL_ADMIN = "regional_admin"


class ErrorCode(StrEnum):
    """The `error` field of every error answer from the hub."""

    BAD_REQUEST = "bad_request"
    BAD_CREDENTIALS = "bad_credentials"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    CLIENT_TOO_OLD = "client_too_old"
    CLIENT_VERSION_MISSING = "client_version_missing"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    BATCH_IN_PROGRESS = "batch_in_progress"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    # 503 with Retry-After: the hub is too busy (a push out of time, nothing recorded; too many
    # passwords being checked).
    HUB_BUSY = "hub_busy"
    INTERNAL = "internal_error"
    # 401: the regional team asked for this device's data to be erased. A desktop that does not
    # know the code treats it as any 401 (access withdrawn) and keeps its data.
    WIPE_REQUESTED = "wipe_requested"


# The field of a 401 answer that says why the device's token no longer works (added beside
# `error`, which stays "unauthorized" for these, so older desktops read them as before).
REFUSAL_FIELD: Final = "reason"


class AccessRefusal(StrEnum):
    """Why a device's token is refused (the 401 answer's REFUSAL_FIELD)."""

    EXPIRED = "expired"  # unused for too long, or unknown: sign in again
    REVOKED = "revoked"  # withdrawn by the regional team
    USER_DISABLED = "user_disabled"  # the person's hub account was disabled
    WIPE = "wipe"  # the regional team asked for the device's data to be erased


# Reference records have ids derived from their kind and code, so that the copy the
# desktop ships and the hub's copy name the same records.
REFERENCE_NAMESPACE: Final = uuid.UUID("7d2f0c52-6a4b-4c1e-9a53-2b1f3e8c5d10")


def reference_record_id(kind: str, code: str) -> str:
    """The record_id of the reference entry `code` of `kind` (a UUID 5, stable everywhere)."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))
