"""A return that declared its month's training sessions and engagements complete locks them on
the hub too: a forged push of a session or an engagement into that month is refused (set
aside, never lost), while a month that declared nothing keeps them open."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.workflows.returns import get_return, return_id, transition
from tests.conftest import VALID
from tests.support.hubserver import Client, change
from tests.sync.conftest import DeviceFactory, hub_records


def test_a_forged_session_or_engagement_into_a_declared_month_is_refused(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("FJ")
    session = focal.create(K.TRAINING_SESSION, start_date="2025-03-10", end_date="2025-03-11")
    transition(focal.store, "2025-03", A.NIL, sessions_complete=True, engagements_complete=True)
    transition(focal.store, "2025-04", A.NIL)  # declares nothing
    report = focal.sync()
    assert report.complete and report.error is None, report
    rid = return_id("FJ", "2025-03")
    fields = hub_records(focal.running, rid)[rid].fields
    assert (fields["sessions_complete"], fields["engagements_complete"]) == (True, True)
    assert get_return(focal.store, "2025-03").sessions_complete

    forged = Client(focal.running, focal.token or "", "FJ")
    moved = {**VALID[K.TRAINING_SESSION], "start_date": "2025-03-10", "location": "Lautoka"}
    meeting = {**VALID[K.ENGAGEMENT], "date": "2025-03-20", "time_zone": "Pacific/Fiji"}
    open_month = {**VALID[K.ENGAGEMENT], "date": "2025-04-20", "time_zone": "Pacific/Fiji"}
    answer = forged.push(
        change("FJ", moved, kind="training_session", record_id=session,
               changed_fields=["location"]),
        change("FJ", meeting, kind="engagement"),
        change("FJ", open_month, kind="engagement"),
    )  # fmt: skip
    results = answer["results"]
    assert [r["status"] for r in results] == ["refused", "refused", "applied"]
    assert "the 2025-03 return of FJ is submitted on the hub" in results[0]["reason"]
    assert "training session cannot change" in results[0]["reason"]
    assert "national approver or the regional team" in results[0]["reason"]
    assert "engagement cannot change" in results[1]["reason"]
    assert hub_records(focal.running, session)[session].fields["location"] == "Suva"
