"""The dashboard's to-do list, counted by hand: months owed, contacts due, what waits."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.store.models import Contact, OutboxEntry
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.workflows.returns import transition
from bluepacific_desktop.workflows.todo import ToDo, months_owed, to_do
from bluepacific_desktop.workflows.todo_quick import quick_to_do
from tests.conftest import VALID

# 31 March 2025 at 11:00 UTC is 23:00 in Fiji (UTC+12): March has not ended there yet. An
# hour later it is 1 April in Suva, and March is owed too.
BEFORE_END_OF_MARCH = datetime(2025, 3, 31, 11, 0, tzinfo=UTC)
AFTER_END_OF_MARCH = datetime(2025, 3, 31, 12, 0, tzinfo=UTC)


def report(svc: RecordService, capability: str, period: str) -> str:
    data = {"capability_code": capability, "period": period, "searches": 5, "hits": 1}
    return svc.create(RecordKind.CAPABILITY_REPORT, data).id


def contact(svc: RecordService, name: str, review: date | None) -> str:
    data = {**VALID[RecordKind.CONTACT], "full_name": name, "review_date": review}
    return svc.create(RecordKind.CONTACT, data).id


def to_do_both(store: Store, session: Session, now: datetime | None = None) -> ToDo:
    """The ORM's list, checked equal to the one the window shows first, read through SQLCipher's
    driver before SQLAlchemy is imported (workflows/todo_quick.py)."""
    todo = to_do(session, now)
    assert quick_to_do(store.path.parent, now) == todo
    return todo


def test_months_owed_run_from_january_2024_to_last_month_and_stop_with_the_project() -> None:
    assert months_owed(date(2023, 12, 31)) == ()
    assert months_owed(date(2024, 1, 31)) == ()  # January 2024 has not ended
    assert months_owed(date(2024, 2, 1)) == ("2024-01",)
    assert len(months_owed(date(2025, 4, 1))) == 15  # 12 of 2024 and Jan–Mar 2025
    assert months_owed(date(2027, 6, 1))[-1] == "2026-12"  # the project ends in December 2026
    assert len(months_owed(date(2027, 6, 1))) == 36


def test_to_do_counts_by_hand(store: Store) -> None:
    with store.write() as session:
        svc = RecordService(session)
        report(svc, "SLTD", "2024-02")
        report(svc, "SMV", "2024-02")  # two capabilities, still one month reported
        report(svc, "SLTD", "2025-03")
        gone = report(svc, "SLTD", "2024-05")
        svc.delete(RecordKind.CAPABILITY_REPORT, gone)  # a deleted month is owed again
        report(svc, "SLTD", "2025-04")  # a month not yet ended counts nowhere
        contact(svc, "Due yesterday", date(2025, 3, 30))
        contact(svc, "Due today", date(2025, 4, 1))
        contact(svc, "Due next week", date(2025, 4, 8))
        contact(svc, "No review date", None)
        deleted = contact(svc, "Deleted", date(2024, 1, 1))
        svc.delete(RecordKind.CONTACT, deleted)
        # Another country's contact, pulled from the shared directory: not ours to review.
        now = datetime(2025, 1, 1, tzinfo=UTC)
        session.add(
            Contact(
                id=str(uuid.uuid4()),
                country="TO",
                created_at=now,
                updated_at=now,
                device_id=str(uuid.uuid4()),
                full_name="Tongan contact",
                organisation="Tonga Police",
                org_type="TCU",
                contact_country="TO",
                emails=[],
                phones=[],
                languages=[],
                review_date=date(2024, 6, 1),
            )
        )
    with store.read() as session:
        early = to_do_both(store, session, BEFORE_END_OF_MARCH)
        late = to_do_both(store, session, AFTER_END_OF_MARCH)
    # Jan 2024 – Feb 2025 is 14 months; February 2024 is reported.
    assert len(early.months_not_reported) == 13
    assert "2024-02" not in early.months_not_reported
    assert "2024-05" in early.months_not_reported
    assert early.months_not_reported[0] == "2024-01"
    assert early.months_not_reported[-1] == "2025-02"
    # From 1 April in Fiji, March is owed too, and it is reported.
    assert late.months_not_reported == early.months_not_reported
    assert early.contacts_to_review == 1  # "Due today" is due on 1 April, Fiji's date
    assert late.contacts_to_review == 2
    # Everything written here waits for the hub: 5 reports and 5 contacts (deleted ones too:
    # their tombstones travel), each counted once however often it changed.
    assert (late.waiting, late.set_aside, late.conflicts) == (10, 0, 0)
    assert late.last_sync is None


def test_to_do_counts_what_waits_for_a_person(store: Store) -> None:
    with store.write() as session:
        svc = RecordService(session)
        ids = [contact(svc, f"Contact {i}", None) for i in range(5)]
        svc.update(RecordKind.CONTACT, ids[0], {"notes": "edited twice"})
        # The hub's answers, as the sync engine records them: one refused, two in conflict.
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id == ids[1])
            .values(state=OutboxState.SET_ASIDE.value)
        )
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id.in_(ids[2:4]))
            .values(state=OutboxState.CONFLICT.value)
        )
        state.record_success(session, None)
    with store.read() as session:
        todo = to_do_both(store, session)
    assert (todo.waiting, todo.set_aside, todo.conflicts) == (2, 1, 2)
    assert todo.last_sync is not None
    assert not todo.nothing_to_do


def test_a_month_with_a_nil_return_is_reported(store: Store) -> None:
    # Nothing to report in June 2024: the focal point says so with a nil return.
    transition(store, "2024-06", ReturnAction.NIL)
    with store.read() as session:
        todo = to_do_both(store, session, AFTER_END_OF_MARCH)
    assert "2024-06" not in todo.months_not_reported
    assert len(todo.months_not_reported) == 14  # 15 ended months, one with a nil return


def test_a_month_sent_back_shows_with_its_reason(store: Store) -> None:
    # Seen before: the approver's reason for sending a month back was nowhere on the dashboard.
    with store.write() as session:
        RecordService(session).create(
            RecordKind.MONTHLY_RETURN,
            {
                "period": "2025-01",
                "state": "draft",
                "comment": "SLTD hits are missing",
                "time_zone": "Pacific/Fiji",
            },
        )
    with store.read() as session:
        todo = to_do_both(store, session, AFTER_END_OF_MARCH)
    assert todo.sent_back == (("2025-01", "SLTD hits are missing"),)
    assert not todo.nothing_to_do


def test_the_last_months_return_is_reminded_a_week_before_its_deadline(store: Store) -> None:
    # February 2025 is due 15 days after it ends: by 15 March in Fiji.
    week_before = datetime(2025, 3, 8, 0, 0, tzinfo=UTC)  # 8 March, 12:00 in Suva
    with store.read() as session:
        assert to_do_both(store, session, week_before).due_soon == ("2025-02", date(2025, 3, 15))
        assert to_do_both(store, session, datetime(2025, 3, 6, 0, 0, tzinfo=UTC)).due_soon is None
        assert to_do_both(store, session, datetime(2025, 3, 16, 0, 0, tzinfo=UTC)).due_soon is None
    with store.write() as session:
        report(RecordService(session), "SLTD", "2025-02")
    with store.read() as session:
        assert to_do_both(store, session, week_before).due_soon is None  # in: nothing to remind


def test_the_months_so_far_are_counted_by_their_returns_state(store: Store) -> None:
    transition(store, "2024-06", ReturnAction.NIL)  # submitted (a nil return)
    with store.write() as session:
        RecordService(session).create(
            RecordKind.MONTHLY_RETURN,
            {"period": "2024-07", "state": "accepted", "time_zone": "Pacific/Fiji"},
        )
    with store.read() as session:
        todo = to_do_both(store, session, AFTER_END_OF_MARCH)
    # 15 ended months (January 2024 to March 2025): one accepted, one submitted, 13 drafts.
    assert [(s.value, n) for s, n in todo.by_state] == [
        ("accepted", 1),
        ("approved", 0),
        ("submitted", 1),
        ("draft", 13),
    ]
