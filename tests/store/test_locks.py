"""A submitted month locks its capability figures, and its sessions and engagements when the
return declared them complete: no create, no update (into or out of the month), no delete."""

from __future__ import annotations

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.workflows.returns import transition
from tests.conftest import Records

SESSION = RecordKind.TRAINING_SESSION


def _refused(records: Records, write) -> str:  # type: ignore[no-untyped-def]
    with records.store.write() as session, pytest.raises(ValidationError) as caught:
        write(RecordService(session))
    (problem,) = caught.value.problems
    assert problem.code == "month_locked"
    return problem.message


def test_sessions_of_a_month_declared_complete(records: Records) -> None:
    march = records.create(SESSION, start_date="2025-03-10", end_date="2025-03-11")
    april = records.create(SESSION, start_date="2025-04-10", end_date="2025-04-11")
    transition(records.store, "2025-03", ReturnAction.NIL, sessions_complete=True)

    said = _refused(
        records,
        lambda s: s.create(
            SESSION,
            {**records.data(SESSION), "start_date": "2025-03-20", "end_date": "2025-03-20"},
        ),
    )
    assert "March 2025 is submitted" in said
    _refused(records, lambda s: s.update(SESSION, march, {"location": "Nadi"}))
    # Out of the month, or into it: both change the locked month.
    _refused(records, lambda s: s.update(SESSION, march, {"start_date": "2025-04-01",
                                                          "end_date": "2025-04-01"}))  # fmt: skip
    _refused(records, lambda s: s.update(SESSION, april, {"start_date": "2025-03-30"}))
    _refused(records, lambda s: s.delete(SESSION, march))
    with records.store.write() as session:
        RecordService(session).update(SESSION, april, {"location": "Nadi"})


def test_engagements_stay_open_unless_declared(records: Records) -> None:
    transition(records.store, "2025-03", ReturnAction.NIL, sessions_complete=True)
    rid = records.create(RecordKind.ENGAGEMENT, date="2025-03-05")
    transition(records.store, "2025-05", ReturnAction.NIL, engagements_complete=True)
    with records.store.write() as session, pytest.raises(ValidationError):
        RecordService(session).update(RecordKind.ENGAGEMENT, rid, {"date": "2025-05-02"})


def test_the_lock_says_what_was_declared_and_a_new_submission_declares_afresh(
    records: Records,
) -> None:
    march = records.create(SESSION, start_date="2025-03-10", end_date="2025-03-11")
    meeting = records.create(RecordKind.ENGAGEMENT, date="2025-03-05")
    transition(
        records.store, "2025-03", ReturnAction.NIL, sessions_complete=True,
        engagements_complete=True,
    )  # fmt: skip
    said = _refused(records, lambda s: s.update(SESSION, march, {"location": "Nadi"}))
    assert "training sessions were declared complete" in said
    assert "national approver or the regional team" in said
    said = _refused(
        records, lambda s: s.update(RecordKind.ENGAGEMENT, meeting, {"summary": "PTCN call 2"})
    )
    assert "engagements were declared complete" in said

    # Sent back, then submitted again without the ticks: nothing but the month is declared.
    transition(records.store, "2025-03", ReturnAction.SEND_BACK, "a session is missing")
    transition(records.store, "2025-03", ReturnAction.NIL)
    with records.store.write() as session:
        RecordService(session).update(SESSION, march, {"location": "Nadi"})
        RecordService(session).update(RecordKind.ENGAGEMENT, meeting, {"summary": "PTCN call 2"})
