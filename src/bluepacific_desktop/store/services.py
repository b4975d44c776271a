"""The one service layer for every create, update and delete: validate, write, queue for sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.checked import Checked
from bluepacific_desktop.domain.enums import ChangeOp, RecordKind
from bluepacific_desktop.domain.erasure import undo_problems
from bluepacific_desktop.domain.errors import FieldProblem, RecordNotFound, ValidationError
from bluepacific_desktop.domain.ids import IDENTITY_FIELDS, natural_id
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store.bulk import insert_rows
from bluepacific_desktop.store.device import DeviceContext, device_context
from bluepacific_desktop.store.integrity import Problems, dependants, id_chunks, link_problems
from bluepacific_desktop.store.locks import lock_problems
from bluepacific_desktop.store.models import Searchable, SyncedRecord, search_key_of
from bluepacific_desktop.store.outbox import append_change, queue_changes
from bluepacific_desktop.store.records import (
    MODELS,
    data_fields,
    field_defaults,
    kind_label,
    record_fields,
)
from bluepacific_desktop.store.types import utcnow

Fields = dict[str, Any]


def _unknown_fields(
    kind: RecordKind, row: Mapping[str, Any], known: frozenset[str]
) -> list[FieldProblem]:
    if known.issuperset(row):
        return []
    return [
        FieldProblem(f, "unknown_field", f"“{f}” is not a field of a {kind_label(kind)}.")
        for f in sorted(row.keys() - known)
    ]


def _numbered(row: int, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
    """A problem of the row-th row of many (counted from 0), named for the user (from 1)."""
    return [
        FieldProblem(p.field, p.code, f"Row {row + 1}: {p.message}", {**p.params, "row": row + 1})
        for p in problems
    ]


def _refuse(problems: Mapping[int, list[FieldProblem]], numbered: bool) -> None:
    """Raise the rows' problems (each row's with its "Row N" when the rows are many)."""
    if not problems:
        return
    if not numbered:
        raise ValidationError([p for found in problems.values() for p in found])
    raise ValidationError([p for i in sorted(problems) for p in _numbered(i, problems[i])])


class RecordService:
    """Runs inside the caller's transaction: the change and its outbox entry commit together.

    One record or many, every write takes the same steps: `_validated` (unknown fields, the
    kind's rules, the reference checks), `_own` for a record that exists, `_stamp`, and the
    outbox (store/outbox.py). `create_many` is `create` applied to many rows at once."""

    def __init__(self, session: Session, device: DeviceContext | None = None) -> None:
        self.session = session
        self.device = device or device_context(session)

    def get(self, kind: RecordKind, record_id: str) -> SyncedRecord:
        record = self.session.get(MODELS[kind], record_id)
        if record is None or record.deleted:
            raise RecordNotFound(kind.value, record_id)
        return record

    def _validated(
        self,
        kind: RecordKind,
        rows: Sequence[Mapping[str, Any]],
        numbered: bool,
        own_ids: Sequence[str | None] | None = None,
        was: Mapping[str, Any] | None = None,
    ) -> list[Fields]:
        """The rows' normalised fields, or ValidationError with every row's problems.

        `own_ids` are the ids of the records the rows update (by default: all new). A row
        that is `Checked` by this kind's rule against this device's rule context is taken as
        it is (domain/checked.py); the reference checks run on every row."""
        rule = RULES[kind]
        known = frozenset(data_fields(kind))
        problems: Problems = {}
        valid: list[Fields] = []
        same: dict[int, bool] = {}  # a Checked's context → whether it is ours (compared once)
        for i, row in enumerate(rows):
            if isinstance(row, Checked) and row.kind is kind:
                if id(row.ctx) not in same:
                    same[id(row.ctx)] = row.ctx == self.device.rules
                if same[id(row.ctx)]:
                    valid.append(row.fields())
                    continue
            unknown = _unknown_fields(kind, row, known)
            if unknown:
                problems[i] = unknown
                continue
            try:
                valid.append(rule(row, self.device.rules))
            except ValidationError as exc:
                problems[i] = exc.problems
        _refuse(problems, numbered)
        owners = own_ids or [None] * len(valid)
        _refuse(link_problems(self.session, self.device.country, kind, valid, owners), numbered)
        self._unlocked(kind, valid if was is None else [*valid, was], numbered)
        return valid

    def _unlocked(
        self, kind: RecordKind, rows: Sequence[Mapping[str, Any]], numbered: bool = False
    ) -> None:
        """Refuse rows of a month whose return is submitted (store/locks.py)."""
        name = self.device.rules.country_name(self.device.country)
        found = lock_problems(self.session, self.device.country, name, kind, rows)
        if not numbered and len(found) > 1:  # one record before and after: one month, once
            unique = list({p.message: p for ps in found.values() for p in ps}.values())
            found = {0: unique}
        _refuse(found, numbered)

    def _own(self, kind: RecordKind, record: SyncedRecord) -> None:
        if record.country != self.device.country:
            owner = self.device.rules.country_name(record.country)
            raise ValidationError(
                [
                    FieldProblem(
                        "country",
                        "not_owner",
                        f"This {kind_label(kind)} belongs to "
                        f"{owner}; only {owner}'s focal point can change it.",
                        {"owner": owner},
                    )
                ]
            )

    def _stamp(self) -> dict[str, Any]:
        """What every write records about itself: when, and on which device."""
        return {"updated_at": utcnow(), "device_id": self.device.device_id}

    def _queue(
        self, kind: RecordKind, record: SyncedRecord, op: ChangeOp, changed: list[str]
    ) -> None:
        """Stamp a changed record that exists and queue its new state."""
        for name, value in self._stamp().items():
            setattr(record, name, value)
        append_change(self.session, kind, record, op, changed)

    def create(
        self, kind: RecordKind, data: Mapping[str, Any], record_id: str | None = None
    ) -> SyncedRecord:
        (rid,) = self._create(kind, [data], [record_id], numbered=False)
        return self.get(kind, rid)

    def create_many(self, kind: RecordKind, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        """Like `create` for each row (all or none), written with one insert per table."""
        listed = list(rows)
        return self._create(kind, listed, [None] * len(listed), numbered=True)

    def _create(
        self,
        kind: RecordKind,
        rows: Sequence[Mapping[str, Any]],
        given_ids: Sequence[str | None],
        numbered: bool,
    ) -> list[str]:
        valid = self._validated(kind, rows, numbered)
        derived = kind in IDENTITY_FIELDS
        # Random ids sorted: the records go into the table's index in order, a quicker insert.
        fresh = iter(sorted(str(uuid.uuid4()) for _ in ([] if derived else valid)))
        ids: list[str] = []
        for fields, given in zip(valid, given_ids, strict=True):
            rid = natural_id(kind, self.device.country, fields)
            ids.append(rid or (str(uuid.UUID(given)) if given else next(fresh)))
        if derived:
            existing = self._existing(kind, ids, removed_only=True)
        else:  # a random id is new; only an id given by the caller may be taken
            taken = [rid for rid, given in zip(ids, given_ids, strict=True) if given]
            existing = self._existing(kind, taken, removed_only=False)
        if existing:
            self._revive_or_refuse(kind, ids, valid, existing, numbered)
            kept = [i for i, rid in enumerate(ids) if rid not in existing]
            self._insert(kind, [ids[i] for i in kept], [valid[i] for i in kept])
        else:
            self._insert(kind, ids, valid)
        return ids

    def _revive_or_refuse(
        self,
        kind: RecordKind,
        ids: list[str],
        valid: list[Fields],
        existing: Mapping[str, SyncedRecord],
        numbered: bool,
    ) -> None:
        """A removed record with a derived id comes back; any other id taken is refused."""
        problems: Problems = {}
        for i, rid in enumerate(ids):
            found = existing.get(rid)
            if found is not None and not (found.deleted and kind in IDENTITY_FIELDS):
                problems[i] = [
                    FieldProblem("id", "duplicate_id", f"A record with id {rid} already exists.")
                ]
        _refuse(problems, numbered)
        for rid, fields in zip(ids, valid, strict=True):
            if rid in existing:
                self._revive(kind, existing[rid], fields)

    def _existing(
        self, kind: RecordKind, ids: list[str], removed_only: bool
    ) -> dict[str, SyncedRecord]:
        """The records that already have one of `ids` (only the removed ones if asked).

        Derived ids ask only for removed records: a live one is "already attending" or "month
        already reported", which the link checks have refused already."""
        model: Any = MODELS[kind]
        found: dict[str, SyncedRecord] = {}
        stmt = select(model)
        if removed_only:
            stmt = stmt.where(model.deleted.is_(True))
            # Most stores have no removed record of the kind: one quick look spares the rest.
            if not ids or self.session.scalar(stmt.with_only_columns(model.id).limit(1)) is None:
                return found
        for part in id_chunks(ids):
            found.update({r.id: r for r in self.session.scalars(stmt.where(model.id.in_(part)))})
        return found

    def _insert(self, kind: RecordKind, ids: list[str], valid: list[Fields]) -> None:
        """Write new records and their create entries: one executemany per table."""
        if not ids:
            return
        stamp = self._stamp()
        envelope = {
            "country": self.device.country,
            "deleted": False,
            "created_at": stamp["updated_at"],
            **stamp,
        }
        # What a rule leaves out gets its column's default, stored and queued alike.
        defaults = field_defaults(kind)
        names = list(defaults)
        if not all(fields.keys() == defaults.keys() for fields in valid):
            valid = [{n: fields.get(n, defaults[n]) for n in names} for fields in valid]
        # Earlier ORM changes of this transaction go first, so the outbox keeps their order.
        self.session.flush()
        table = MODELS[kind].metadata.tables[MODELS[kind].__tablename__]
        pick = itemgetter(*names)
        model = MODELS[kind]
        keys = ["id", *names]
        records: Iterable[tuple[Any, ...]]
        if issubclass(model, Searchable):  # the bulk insert skips the mapper's events
            keys.append("search_key")
            records = (
                (rid, *pick(f), search_key_of(model, f)) for rid, f in zip(ids, valid, strict=True)
            )
        else:
            records = ((rid, *pick(f)) for rid, f in zip(ids, valid, strict=True))
        insert_rows(self.session, table, keys, records, {**envelope, "revision": None})
        queue_changes(self.session, kind, ChangeOp.CREATE, envelope, ids, valid)

    def _revive(self, kind: RecordKind, record: SyncedRecord, fields: Fields) -> None:
        """Adding again what was removed (same person, same session) brings the record back."""
        before = record_fields(kind, record)
        for name, value in fields.items():
            setattr(record, name, value)
        changed = [n for n, v in record_fields(kind, record).items() if before[n] != v]
        record.deleted = False
        self._queue(kind, record, ChangeOp.UPDATE, [*changed, "deleted"])

    def update(self, kind: RecordKind, record_id: str, changes: Mapping[str, Any]) -> SyncedRecord:
        record = self.get(kind, record_id)
        self._own(kind, record)
        before = record_fields(kind, record)
        undone = undo_problems(kind, before, changes)
        if undone:
            raise ValidationError(undone)
        merged = {name: getattr(record, name) for name in data_fields(kind)}
        merged.update(changes)
        self._keep_identity(kind, record, merged)
        # Moving a record out of a locked month changes that month too: both are asked.
        (fields,) = self._validated(kind, [merged], numbered=False, own_ids=[record.id], was=before)
        for name, value in fields.items():
            setattr(record, name, value)
        changed = [n for n, v in record_fields(kind, record).items() if before[n] != v]
        if changed:
            self._queue(kind, record, ChangeOp.UPDATE, changed)
        return record

    def _keep_identity(
        self, kind: RecordKind, record: SyncedRecord, merged: Mapping[str, Any]
    ) -> None:
        """The fields a derived id is made of cannot change: that would be another record."""
        moved = [
            name
            for name in IDENTITY_FIELDS.get(kind, ())
            if str(merged.get(name)) != str(getattr(record, name))
        ]
        if moved:
            what = {
                RecordKind.ATTENDANCE: "To record another person or session, remove this "
                "attendee and add the right one.",
                RecordKind.CAPABILITY_REPORT: "To report another capability or month, open "
                "that month's report instead.",
                RecordKind.MONTHLY_RETURN: "Each month has its own return; open that month's.",
            }[kind]
            raise ValidationError([FieldProblem(name, "identity_fixed", what) for name in moved])

    def delete(self, kind: RecordKind, record_id: str) -> SyncedRecord:
        """Tombstone the record (and a session's attendance rows with it)."""
        record = self.get(kind, record_id)
        self._own(kind, record)
        self._unlocked(kind, [record_fields(kind, record)])
        blockers = dependants(self.session, kind, record.id)
        if blockers:
            raise ValidationError(blockers)
        if kind is RecordKind.TRAINING_SESSION:
            for row in self._session_attendances(record.id):
                self._tombstone(RecordKind.ATTENDANCE, row)
        self._tombstone(kind, record)
        return record

    def _session_attendances(self, session_id: str) -> list[SyncedRecord]:
        model = MODELS[RecordKind.ATTENDANCE]
        stmt = select(model).where(
            model.session_id == session_id,  # type: ignore[attr-defined]
            model.deleted.is_(False),
        )
        return list(self.session.scalars(stmt))

    def _tombstone(self, kind: RecordKind, record: SyncedRecord) -> None:
        record.deleted = True
        self._queue(kind, record, ChangeOp.DELETE, ["deleted"])
