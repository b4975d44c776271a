"""What waits for the hub is counted in records, once each; acknowledgements serve one change
as well as thousands, and only they (or the hub's own copy) mark a record as confirmed."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, update

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.store.models import OutboxEntry, Person
from bluepacific_desktop.store.outbox import Ack, acknowledge, waiting
from bluepacific_desktop.store.outbox_counts import WaitingCounts
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.conftest import Records

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _counts(store: Store) -> WaitingCounts:
    with store.read() as session:
        return waiting(session)


def _set_state(store: Store, record_id: str, state: OutboxState) -> None:
    """As the hub's verdict leaves it (refused or in conflict), without a hub."""
    with store.write() as session:
        session.execute(
            update(OutboxEntry).where(OutboxEntry.record_id == record_id).values(state=state)
        )


def _acks(store: Store, *record_ids: str, revision: int = 1) -> list[Ack]:
    with store.read() as session:
        rows = session.execute(
            select(OutboxEntry.kind, OutboxEntry.record_id, OutboxEntry.seq).where(
                OutboxEntry.record_id.in_(record_ids)
            )
        ).all()
    seqs: dict[tuple[str, str], list[int]] = {}
    for kind, record_id, seq in rows:
        seqs.setdefault((kind, record_id), []).append(seq)
    return [Ack(kind, rid, revision, s) for (kind, rid), s in seqs.items()]


def test_a_record_edited_three_times_waits_once(store: Store, records: Records) -> None:
    edited = records.create(RecordKind.PERSON)
    for rank in ("Constable", "Sergeant"):
        with store.write() as session:
            RecordService(session).update(RecordKind.PERSON, edited, {"rank": rank})
    records.create(RecordKind.PERSON)
    assert len(records.outbox()) == 4
    assert _counts(store) == WaitingCounts(pending=2)
    assert _counts(store).total == 2


def test_each_record_counts_once_in_the_state_that_asks_most_of_the_user(
    store: Store, records: Records
) -> None:
    refused, conflicting, _fine = (records.create(RecordKind.PERSON) for _ in range(3))
    _set_state(store, refused, OutboxState.SET_ASIDE)
    _set_state(store, conflicting, OutboxState.CONFLICT)
    # Later edits of held records are pending entries, but the record is still held.
    for held in (refused, conflicting):
        with store.write() as session:
            RecordService(session).update(RecordKind.PERSON, held, {"rank": "Inspector"})
    counts = _counts(store)
    assert counts == WaitingCounts(pending=1, set_aside=1, in_conflict=1), counts
    assert (counts.total, counts.need_attention) == (3, 2)


def test_one_acknowledgement_confirms_the_record_and_rebases_later_edits(
    store: Store, records: Records
) -> None:
    person = records.create(RecordKind.PERSON)
    sent = _acks(store, person, revision=7)
    with store.write() as session:
        RecordService(session).update(RecordKind.PERSON, person, {"rank": "Sergeant"})
    with store.write() as session:
        acknowledge(session, sent, AT)
    (later,) = records.outbox(person)
    assert later["base_revision"] == 7  # made on top of the acknowledged change
    row = records.row(RecordKind.PERSON, person)
    assert row["revision"] == 7 and row["confirmed_at"] is None  # something still waits
    with store.write() as session:
        acknowledge(session, _acks(store, person, revision=8), AT)
    with store.read() as session:
        confirmed = session.get(Person, person)
        assert confirmed is not None and confirmed.revision == 8
        assert confirmed.confirmed_at == AT
    assert _counts(store) == WaitingCounts()


@pytest.mark.timing
def test_thousands_of_acknowledgements_in_one_call(store: Store) -> None:
    with store.write() as session:
        ids = RecordService(session).create_many(
            RecordKind.PERSON,
            [{"full_name": f"Officer {n}", "sex": "female"} for n in range(3000)],
        )
    acks = _acks(store, *ids)
    with store.write() as session:
        # Loaded entries in the session are what made the ORM's synchronisation quadratic.
        list(session.scalars(select(OutboxEntry)))
        started = time.perf_counter()
        acknowledge(session, acks, AT)
        took = time.perf_counter() - started
    assert took < 10, f"{took:.1f} s for 3000 acknowledgements"
    assert _counts(store) == WaitingCounts()
    with store.read() as session:
        confirmed = session.scalar(
            select(func.count()).select_from(Person).where(Person.confirmed_at == AT)
        )
    assert confirmed == 3000
