"""Monthly returns over the real hub (HTTPS on loopback): a month goes draft → submitted →
approved → accepted across three users on three laptops, offline steps included; a stale
transition, another country's month and a forged change to a locked month are refused."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import OutboxState
from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.workflows.returns import (
    ReturnRefused,
    discard,
    get_return,
    history,
    return_id,
    transition,
)
from bluepacific_hub import audit
from bluepacific_hub.models import ReturnEvent
from bluepacific_hub.returns import set_skip
from bluepacific_wire import utc_now
from tests.support.hubserver import Client, change
from tests.sync.conftest import Device, DeviceFactory, hub_records

MARCH = "2025-03"


def _report(device: Device, period: str, searches: int = 120, hits: int = 2) -> str:
    return device.create(K.CAPABILITY_REPORT, period=period, searches=searches, hits=hits)


def _synced(device: Device) -> None:
    report = device.sync()
    assert report.complete and report.error is None, report


def _hub_state(device: Device, period: str, country: str = "FJ") -> Any:
    rid = return_id(country, period)
    return hub_records(device.running, rid)[rid].fields


def test_a_month_travels_through_three_users_on_three_laptops(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("FJ")
    approver = make_device("FJ", "national_approver")
    regional = make_device("FJ", "regional_admin")
    _report(focal, MARCH)

    # Offline: submitted on the laptop, nothing sent yet.
    assert transition(focal.store, MARCH, A.SUBMIT).state == "submitted"
    assert get_return(focal.store, MARCH).on_hub is False
    _synced(focal)
    month = get_return(focal.store, MARCH)
    assert month.on_hub and month.steps == ()
    assert [e.action for e in month.history] == [A.SUBMIT]  # the hub's history came back
    assert month.history[0].username == focal.username

    _synced(approver)
    assert get_return(approver.store, MARCH).state == "submitted"
    transition(approver.store, MARCH, A.APPROVE)  # offline again, then synced
    _synced(approver)

    _synced(regional)
    assert get_return(regional.store, MARCH).state == "approved"
    transition(regional.store, MARCH, A.ACCEPT)
    _synced(regional)

    _synced(focal)
    month = get_return(focal.store, MARCH)
    assert month.state == "accepted" and month.on_hub
    lines = history(focal.store, MARCH)
    assert [(line.action, line.to_state) for line in lines] == [
        (A.SUBMIT, "submitted"),
        (A.APPROVE, "approved"),
        (A.ACCEPT, "accepted"),
    ]
    assert [line.who.split(" ")[0] for line in lines] == [
        focal.username,
        approver.username,
        regional.username,
    ]
    devices = {line.device for line in lines}
    assert len(devices) == 3 and all(devices)
    with focal.running.hub.sessions() as session:
        kept = session.scalars(select(ReturnEvent).order_by(ReturnEvent.id)).all()
        assert [(e.action, e.username, e.period) for e in kept] == [
            ("submit", focal.username, MARCH),
            ("approve", approver.username, MARCH),
            ("accept", regional.username, MARCH),
        ]
    assert _hub_state(focal, MARCH)["state"] == "accepted"


def test_send_back_reaches_the_focal_point_and_a_stale_approval_is_refused(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("FJ")
    approver = make_device("FJ", "national_approver")
    regional = make_device("FJ", "regional_admin")
    sltd = _report(focal, MARCH)
    transition(focal.store, MARCH, A.SUBMIT)
    _synced(focal)
    _synced(approver)
    _synced(regional)

    transition(regional.store, MARCH, A.SEND_BACK, "SLTD hits are missing")
    _synced(regional)
    transition(approver.store, MARCH, A.APPROVE)  # made before seeing the send-back
    report = approver.sync()
    assert report.error is None
    (entry,) = approver.outbox()
    assert entry.state == OutboxState.SET_ASIDE
    assert entry.set_aside_reason is not None
    assert "stale: this month is draft on the hub now" in entry.set_aside_reason
    assert "send back by" in entry.set_aside_reason
    assert _hub_state(focal, MARCH)["state"] == "draft"  # not applied over the send-back

    # The approver gives the refused approval up: the month is as the hub says.
    month = discard(approver.store, MARCH)
    assert (month.state, month.comment, month.on_hub) == ("draft", "SLTD hits are missing", True)
    assert approver.outbox() == []
    _synced(approver)

    _synced(focal)
    month = get_return(focal.store, MARCH)
    assert month.state == "draft" and month.comment == "SLTD hits are missing"
    # Sent back, the figures are open again, here and on the hub.
    focal.update(K.CAPABILITY_REPORT, sltd, hits=3)
    _synced(focal)
    assert hub_records(focal.running, sltd)[sltd].fields["hits"] == 3


def test_a_locked_month_refuses_a_forged_push_and_the_change_is_set_aside(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("FJ")
    report = _report(focal, MARCH)
    transition(focal.store, MARCH, A.SUBMIT)
    _synced(focal)
    forged = Client(focal.running, focal.token or "", "FJ")
    fields = {"capability_code": "SLTD", "period": MARCH, "searches": 999, "hits": 2}
    answer = forged.push(
        change(
            "FJ", fields, kind="capability_report", record_id=report, changed_fields=["searches"]
        )
    )
    (result,) = answer["results"]
    assert result["status"] == "refused"
    assert "the 2025-03 return of FJ is submitted on the hub" in result["reason"]
    assert "national approver or the regional team" in result["reason"]
    assert hub_records(focal.running, report)[report].fields["searches"] == 120
    # Another month is open.
    other = _report(focal, "2025-04")
    _synced(focal)
    assert hub_records(focal.running, other)[other].fields["searches"] == 120


def test_an_approver_of_fiji_cannot_move_tonga(make_device: DeviceFactory) -> None:
    tonga = make_device("TO")
    fiji = make_device("FJ", "national_approver")
    transition(tonga.store, MARCH, A.NIL)
    _synced(tonga)
    _synced(fiji)
    tonga_id = return_id("TO", MARCH)
    assert tonga_id not in fiji.ids(K.MONTHLY_RETURN)  # pull: not even seen
    forged = Client(fiji.running, fiji.token or "", "FJ")
    fields = dict(_hub_state(tonga, MARCH, "TO"))
    fields.update(
        state="approved",
        from_state="submitted",
        steps=['{"action":"approve","at":"2025-04-02T00:00:00Z","comment":""}'],
    )
    for country in ("TO", "FJ"):  # as Tonga's, or passed off as Fiji's under Tonga's id
        (result,) = forged.push(change(country, fields, kind="monthly_return", record_id=tonga_id))[
            "results"
        ]
        assert result["status"] == "refused", country
    assert _hub_state(tonga, MARCH, "TO")["state"] == "submitted"


def test_roles_are_checked_on_the_hub_and_a_country_may_skip_approval(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("TO")
    regional = make_device("TO", "regional_admin")
    transition(focal.store, MARCH, A.NIL)
    _synced(focal)
    forged = Client(focal.running, focal.token or "", "TO")
    fields = dict(_hub_state(focal, MARCH, "TO"))
    fields.update(
        state="approved",
        from_state="submitted",
        steps=['{"action":"approve","at":"2025-04-02T00:00:00Z","comment":""}'],
    )
    (result,) = forged.push(
        change("TO", fields, kind="monthly_return", record_id=return_id("TO", MARCH))
    )["results"]
    assert result["status"] == "refused"
    assert "only the national approver may approve" in result["reason"]

    _synced(regional)
    # The hub's settings come with every pull: the desktop knows Tonga's months are approved
    # before the regional team accepts them, and says so without asking the hub.
    assert get_return(regional.store, MARCH).next_action is A.APPROVE
    with pytest.raises(ReturnRefused, match="approved by its national approver before"):
        transition(regional.store, MARCH, A.ACCEPT)
    # A forged acceptance (or an older desktop's) is refused by the hub all the same.
    fields = dict(_hub_state(focal, MARCH, "TO"))
    fields.update(
        state="accepted",
        from_state="submitted",
        steps=['{"action":"accept","at":"2025-04-02T00:00:00Z","comment":""}'],
    )
    forged = Client(regional.running, regional.token or "", "TO")
    (result,) = forged.push(
        change("TO", fields, kind="monthly_return", record_id=return_id("TO", MARCH))
    )["results"]
    assert result["status"] == "refused"
    assert "approved by its national approver before" in result["reason"]

    with regional.running.hub.sessions() as session, session.begin():
        set_skip(session, "TO", True, utc_now(), by=audit.HUB)
    _synced(regional)  # the new setting arrives with the next pull
    assert get_return(regional.store, MARCH).next_action is A.ACCEPT
    transition(regional.store, MARCH, A.ACCEPT)
    _synced(regional)
    assert _hub_state(focal, MARCH, "TO")["state"] == "accepted"
    assert _hub_state(focal, MARCH, "TO")["nil"] is True
