"""A pulled page's records new to this computer go in with one insert per kind: stored exactly
as one by one, and a record the store cannot take is skipped alone."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import Contact, Person
from bluepacific_desktop.store.records import MODELS, record_fields
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync.incoming import apply_envelope, apply_page
from bluepacific_wire import Envelope
from tests.conftest import VALID


def _store(folder: Path) -> Store:
    store = Store.open(folder)
    with store.write() as session:
        set_up_device(session, "FJ")
    return store


def _envelopes(folder: Path) -> list[Envelope]:
    """Records of several kinds as the hub would send them, made by the service layer."""
    store = _store(folder)
    out: list[Envelope] = []
    with store.write() as session:
        svc = RecordService(session)
        made = [
            svc.create(K.PERSON, {**VALID[K.PERSON], "full_name": f"Mere {i}"}) for i in range(5)
        ]
        made.append(svc.create(K.CONTACT, VALID[K.CONTACT]))
        made.append(svc.create(K.TRAINING_SESSION, VALID[K.TRAINING_SESSION]))
        kinds = [K.PERSON] * 5 + [K.CONTACT, K.TRAINING_SESSION]
        for revision, (kind, record) in enumerate(zip(kinds, made, strict=True), start=100):
            out.append(
                {
                    "kind": kind.value,
                    "record_id": record.id,
                    "country": "FJ",
                    "revision": revision,
                    "deleted": revision == 101,
                    "fields": record_fields(kind, record),
                    "created_at": "2025-03-03T21:15:00.000000Z",
                    "updated_at": "2025-03-04T08:00:00.000000Z",
                    "device_id": str(uuid.uuid4()) if revision % 2 else None,
                }
            )
    store.close()
    return out


def _rows(store: Store) -> dict[str, dict[str, Any]]:
    with store.read() as session:
        return {
            row.id: {c.name: getattr(row, c.name) for c in model.__table__.columns}
            for model in MODELS.values()
            for row in session.scalars(select(model))
        }


def test_new_records_are_stored_as_one_by_one_would(tmp_path: Path) -> None:
    page = _envelopes(tmp_path / "maker")
    now = utcnow()
    bulk, single = _store(tmp_path / "bulk"), _store(tmp_path / "single")
    with bulk.write() as session:
        counts = apply_page(session, page, now)
    with single.write() as session:
        outcomes = [apply_envelope(session, env, now) for env in page]
    assert counts.applied == len(page) and outcomes == ["applied"] * len(page)
    stored = _rows(bulk)
    assert stored == _rows(single)
    assert len(stored) == len(page)
    person = stored[page[0]["record_id"]]
    assert person["search_key"] and person["confirmed_at"] is not None
    assert stored[page[1]["record_id"]]["deleted"] is True


def test_a_record_the_store_cannot_take_is_skipped_alone(tmp_path: Path) -> None:
    page = _envelopes(tmp_path / "maker")
    contact = next(env for env in page if env["kind"] == K.CONTACT.value)
    contact["fields"] = {**contact["fields"], "full_name": None}  # a NOT NULL column
    store = _store(tmp_path / "bulk")
    with store.write() as session:
        counts = apply_page(session, page, utcnow())
    assert (counts.applied, counts.skipped) == (len(page) - 1, 1)
    with store.read() as session:
        assert session.scalars(select(Contact.id)).all() == []
        assert len(session.scalars(select(Person.id)).all()) == 5
