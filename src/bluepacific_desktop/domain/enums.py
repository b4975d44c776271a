"""Fixed lists the focal points choose from, the kinds of synced record, outbox states."""

from enum import StrEnum
from typing import Final

from bluepacific_wire.constants import PUSHABLE_KINDS
from bluepacific_wire.constants import RecordKind as RecordKind  # re-exported: see below


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    ANOTHER = "another"
    NOT_STATED = "not_stated"


class TrainingMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    BLENDED = "blended"


class AttendanceStatus(StrEnum):
    """How a person attended (bluepacific_wire.training: absent and excused are not trained)."""

    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class EngagementKind(StrEnum):
    MEETING = "meeting"
    INFORMATION_EXCHANGE = "information_exchange"
    JOINT_OPERATION = "joint_operation"
    WORKSHOP = "workshop"


# The wire format owns the names of the kinds of record; the desktop uses that one enum. It
# also names the hub's reference kinds (countries, courses…), which this computer reads but never
# edits: code that walks the kinds a focal point keeps walks EDITABLE_KINDS, not RecordKind.
EDITABLE_KINDS: Final[tuple[RecordKind, ...]] = tuple(k for k in RecordKind if k in PUSHABLE_KINDS)


class ChangeOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class OutboxState(StrEnum):
    """Where a queued change stands (the values are stored in the outbox table)."""

    PENDING = "pending"  # goes with the next sync
    SET_ASIDE = "set_aside"  # the hub refused it: waits for a person
    CONFLICT = "conflict"  # changed on the hub too: waits for a decision


class CapabilityMetric(StrEnum):
    """Monthly counts a capability report may carry; each capability uses some of them."""

    SEARCHES = "searches"
    HITS = "hits"
    NOTICES_REQUESTED = "notices_requested"
    DIFFUSIONS_REQUESTED = "diffusions_requested"
    MESSAGES_EXCHANGED = "messages_exchanged"
    ACTIVE_ACCOUNTS = "active_accounts"
    PARTICIPANTS = "participants"
