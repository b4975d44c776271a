"""A small region pushed through the real push path, every figure of it counted by hand.

Fiji (FJ) and Tonga (TO), the year 2025, with records outside it and tombstones that must count
nowhere. The comments give the hand counts the tests check."""

from __future__ import annotations

import uuid
from typing import Any

from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import natural_id
from tests.support.hubserver import Client, RunningHub, change


def _id() -> str:
    return str(uuid.uuid4())


def _person(country: str, sex: str) -> tuple[str, dict[str, Any]]:
    pid = _id()
    fields = {"full_name": f"Person {pid[:4]}", "sex": sex, "agency": "Police"}
    return pid, change(country, fields, kind="person", record_id=pid)


def _session(country: str, course: str, day: str) -> tuple[str, dict[str, Any]]:
    sid = _id()
    fields = {"course_code": course, "start_date": day, "end_date": day, "mode": "in_person",
              "time_zone": "Pacific/Fiji", "tags": [], "trainer_ids": [], "notes": ""}  # fmt: skip
    return sid, change(country, fields, kind="training_session", record_id=sid)


def _attendance(country: str, sid: str, pid: str, **fields: Any) -> dict[str, Any]:
    body = {"session_id": sid, "person_id": pid, "completed": False, **fields}
    rid = natural_id(RecordKind.ATTENDANCE, country, body)
    return change(country, body, kind="attendance", record_id=rid)


def _report(country: str, code: str, month: str, **metrics: Any) -> dict[str, Any]:
    body = {"capability_code": code, "period": month, "narrative": "", **metrics}
    rid = natural_id(RecordKind.CAPABILITY_REPORT, country, body)
    return change(country, body, kind="capability_report", record_id=rid)


def _engagement(country: str, day: str, kind: str) -> dict[str, Any]:
    body = {"date": day, "kind": kind, "summary": "met", "time_zone": "Pacific/Fiji",
            "contact_ids": []}  # fmt: skip
    return change(country, body, kind="engagement")


def _contact(
    country: str, contact_country: str, organisation: str, org_type: str
) -> dict[str, Any]:
    body = {
        "full_name": "Sione",
        "organisation": organisation,
        "org_type": org_type,
        "contact_country": contact_country,
        "emails": [],
        "phones": [],
        "notes": "",
    }
    return change(country, body, kind="contact")


def _applied(client: Client, *changes: dict[str, Any]) -> list[int]:
    results = client.push(*changes)["results"]
    assert [r["status"] for r in results] == ["applied"] * len(changes), results
    return [int(r["revision"]) for r in results]


def _delete(client: Client, pushed: dict[str, Any], revision: int) -> None:
    gone = change(pushed["country"], pushed["fields"], kind=pushed["kind"],
                  record_id=pushed["record_id"], op="delete", base_revision=revision)  # fmt: skip
    _applied(client, gone)


def fill_region(running: RunningHub) -> tuple[Client, Client]:
    """Push the region; returns the Fiji and Tonga focal points' devices."""
    fiji = running.device("mere", "FJ")
    tonga = running.device("sione", "TO")
    p1, c1 = _person("FJ", "female")
    p2, c2 = _person("FJ", "female")
    p3, c3 = _person("FJ", "male")
    p4, c4 = _person("FJ", "unknown")  # an unknown sex counts as not stated
    s1, d1 = _session("FJ", "INV", "2025-02-10")  # FJ INV 2025Q1
    s2, d2 = _session("FJ", "INV", "2025-05-03")  # FJ INV 2025Q2
    s3, d3 = _session("FJ", "CYB", "2025-03-01")  # FJ CYB 2025Q1
    s4, d4 = _session("FJ", "INV", "2024-12-31")  # outside 2025
    gone = _attendance("FJ", s3, p2, completed=True, pre_score=0, post_score=100)
    _applied(fiji, c1, c2, c3, c4, d1, d2, d3, d4)
    revisions = _applied(
        fiji,
        _attendance("FJ", s1, p1, completed=True, pre_score=40, post_score=70),
        _attendance("FJ", s1, p2, completed=True, pre_score=50, post_score=60),
        _attendance("FJ", s1, p3, completed=False, pre_score=30),  # not scored: no post-test
        _attendance("FJ", s2, p1, completed=True, pre_score=60, post_score=80),
        _attendance("FJ", s2, p4, completed=True),
        _attendance("FJ", s3, p3, completed=True, pre_score=20.0, post_score=50.0),
        _attendance("FJ", s4, p1, completed=True, pre_score=0, post_score=100),
        gone,
    )
    _delete(fiji, gone, revisions[-1])  # a tombstone counts nowhere
    t1, e1 = _person("TO", "female")
    ts1, f1 = _session("TO", "INV", "2025-02-20")  # TO INV 2025Q1
    _applied(tonga, e1, f1)
    _applied(tonga, _attendance("TO", ts1, t1, completed=True, pre_score=10, post_score=30))

    _applied(
        fiji,
        _report("FJ", "I247", "2025-01", searches=100, hits=3),
        _report("FJ", "I247", "2025-02", searches=50, hits=1),
        _report("FJ", "SLTD", "2025-01", searches=20),
        _report("FJ", "I247", "2024-12", searches=999, hits=9),  # outside 2025
    )
    _applied(
        tonga,
        _report("TO", "I247", "2025-01", searches=7, hits=0),
        _report("TO", "I247", "2025-02", searches="many"),  # not a number: counts as not given
    )
    meeting = _engagement("FJ", "2025-01-20", "meeting")
    revision = _applied(
        fiji,
        _engagement("FJ", "2025-01-15", "meeting"),
        _engagement("FJ", "2025-02-01", "meeting"),
        _engagement("FJ", "2025-04-10", "call"),
        _engagement("FJ", "2024-11-01", "meeting"),  # outside 2025
        meeting,
    )[-1]
    _delete(fiji, meeting, revision)
    _applied(tonga, _engagement("TO", "2025-03-03", "meeting"))
    _applied(
        fiji,
        _contact("FJ", "FJ", "Fiji Police Force", "POL"),
        _contact("FJ", "FJ", "Fiji Police Force", "POL"),
        _contact("FJ", "FJ", "Fiji Revenue and Customs", "CUS"),
        _contact("FJ", "FJ", '=HYPERLINK("http://x")', "CUS"),  # a formula, to neutralise
        _contact("FJ", "TO", "Tonga Police", "POL"),  # Tonga's contact, entered in Fiji
    )
    return fiji, tonga


def fill_statuses(running: RunningHub) -> Client:
    """One Fiji session of 2025Q3 (INV) with an attendance of each status, one pushed without
    a status (an older desktop: present) and one with a status this hub does not know (a newer
    desktop: present too). Hand counts: attendances 4 (present 3, late 1), excused 1, absent 2;
    people trained 4 (P1 P2 women, P3 a man, P6 a man); completed 3 of those."""
    fiji = running.device("mere", "FJ")
    people = [_person("FJ", sex) for sex in ("female", "female", "male", "female", "male")]
    people.append(_person("FJ", "male"))
    sid, session = _session("FJ", "INV", "2025-08-04")
    _applied(fiji, *(c for _, c in people), session)
    (p1, _), (p2, _), (p3, _), (p4, _), (p5, _), (p6, _) = people
    absent = _attendance("FJ", sid, p5, status="late", completed=True, pre_score=10, post_score=90)
    revisions = _applied(
        fiji,
        _attendance("FJ", sid, p1, status="present", completed=True, pre_score=40, post_score=60),
        _attendance("FJ", sid, p2, status="late", completed=True, pre_score=50, post_score=70),
        _attendance("FJ", sid, p3, completed=True),  # no status: an older desktop
        _attendance("FJ", sid, p4, status="excused", completed=True, pre_score=0, post_score=100),
        _attendance("FJ", sid, p6, status="on_leave"),  # a newer desktop's status: present
        absent,
    )
    # P5 was marked late, then corrected to absent: the figures follow the record.
    fields = {**absent["fields"], "status": "absent"}
    _applied(fiji, change("FJ", fields, kind="attendance", record_id=absent["record_id"],
                          base_revision=revisions[-1], changed_fields=["status"]))  # fmt: skip
    p7, c7 = _person("FJ", "female")
    _applied(fiji, c7, _attendance("FJ", sid, p7, status="absent"))
    return fiji
