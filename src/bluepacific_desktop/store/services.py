"""The one service layer for every create, update and delete: validate, write, queue for sync."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, RecordNotFound, ValidationError
from bluepacific_desktop.domain.ids import IDENTITY_FIELDS, natural_id
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store import batch
from bluepacific_desktop.store.device import DeviceContext, device_context
from bluepacific_desktop.store.integrity import check_links, dependants
from bluepacific_desktop.store.models import SyncedRecord
from bluepacific_desktop.store.outbox import append_change
from bluepacific_desktop.store.records import MODELS, data_fields, kind_label, record_fields
from bluepacific_desktop.store.types import utcnow


class RecordService:
    """Runs inside the caller's transaction: the change and its outbox entry commit together."""

    def __init__(self, session: Session, device: DeviceContext | None = None) -> None:
        self.session = session
        self.device = device or device_context(session)

    def get(self, kind: RecordKind, record_id: str) -> SyncedRecord:
        record = self.session.get(MODELS[kind], record_id)
        if record is None or record.deleted:
            raise RecordNotFound(kind.value, record_id)
        return record

    def _validated(
        self, kind: RecordKind, data: Mapping[str, Any], record_id: str | None
    ) -> dict[str, Any]:
        unknown = set(data) - set(data_fields(kind))
        if unknown:
            raise ValidationError(
                [
                    FieldProblem(
                        f, "unknown_field", f"“{f}” is not a field of a {kind_label(kind)}."
                    )
                    for f in sorted(unknown)
                ]
            )
        fields = RULES[kind](data, self.device.rules)
        problems = check_links(self.session, self.device.country, kind, fields, record_id)
        if problems:
            raise ValidationError(problems)
        return fields

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
                    )
                ]
            )

    def create(
        self, kind: RecordKind, data: Mapping[str, Any], record_id: str | None = None
    ) -> SyncedRecord:
        fields = self._validated(kind, data, None)
        derived = natural_id(kind, self.device.country, fields)
        rid = derived or (str(uuid.UUID(record_id)) if record_id else str(uuid.uuid4()))
        existing = self.session.get(MODELS[kind], rid)
        if existing is not None and existing.deleted and derived is not None:
            return self._revive(kind, existing, fields)
        if existing is not None:
            raise ValidationError(
                [FieldProblem("id", "duplicate_id", f"A record with id {rid} already exists.")]
            )
        now = utcnow()
        record = MODELS[kind](
            id=rid,
            country=self.device.country,
            created_at=now,
            updated_at=now,
            revision=None,
            deleted=False,
            device_id=self.device.device_id,
            **fields,
        )
        self.session.add(record)
        self.session.flush()
        append_change(self.session, kind, record, ChangeOp.CREATE, list(fields), None)
        return record

    def _revive(
        self, kind: RecordKind, record: SyncedRecord, fields: dict[str, Any]
    ) -> SyncedRecord:
        """Adding again what was removed (same person, same session) brings the record back."""
        before = record_fields(kind, record)
        for name, value in fields.items():
            setattr(record, name, value)
        changed = [n for n, v in record_fields(kind, record).items() if before[n] != v]
        record.deleted = False
        record.updated_at = utcnow()
        record.device_id = self.device.device_id
        record.confirmed_at = None
        self.session.flush()
        append_change(
            self.session, kind, record, ChangeOp.UPDATE, [*changed, "deleted"], record.revision
        )
        return record

    def create_many(self, kind: RecordKind, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        """Like `create` for each row (all or none), written with one insert per table."""
        return batch.create_many(self.session, self.device, kind, rows, self._revive)

    def update(self, kind: RecordKind, record_id: str, changes: Mapping[str, Any]) -> SyncedRecord:
        record = self.get(kind, record_id)
        self._own(kind, record)
        before = record_fields(kind, record)
        merged = {name: getattr(record, name) for name in data_fields(kind)}
        merged.update(changes)
        self._keep_identity(kind, record, merged)
        fields = self._validated(kind, merged, record.id)
        for name, value in fields.items():
            setattr(record, name, value)
        changed = [n for n, v in record_fields(kind, record).items() if before[n] != v]
        if not changed:
            return record
        record.updated_at = utcnow()
        record.device_id = self.device.device_id
        record.confirmed_at = None
        self.session.flush()
        append_change(self.session, kind, record, ChangeOp.UPDATE, changed, record.revision)
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
            }[kind]
            raise ValidationError([FieldProblem(name, "identity_fixed", what) for name in moved])

    def delete(self, kind: RecordKind, record_id: str) -> SyncedRecord:
        """Tombstone the record (and a session's attendance rows with it)."""
        record = self.get(kind, record_id)
        self._own(kind, record)
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
        record.updated_at = utcnow()
        record.device_id = self.device.device_id
        record.confirmed_at = None
        self.session.flush()
        append_change(self.session, kind, record, ChangeOp.DELETE, ["deleted"], record.revision)
