"""Hand-built stores for the report tests: every figure below is counted by hand in the tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.support.logs import logging_kept

SESSION = {"mode": "in_person", "location": "Suva"}


@dataclass
class Built:
    store: Store
    ids: dict[str, str] = field(default_factory=dict)

    def create(self, record_kind: RecordKind, name: str | None = None, /, **data: Any) -> str:
        with self.store.write() as s:
            rid = RecordService(s).create(record_kind, data).id
        if name:
            self.ids[name] = rid
        return rid

    def delete(self, kind: RecordKind, name: str) -> None:
        with self.store.write() as s:
            RecordService(s).delete(kind, self.ids[name])

    def session(self, name: str, course: str, start: str) -> str:
        return self.create(
            RecordKind.TRAINING_SESSION,
            name,
            course_code=course,
            start_date=start,
            end_date=start,
            **SESSION,
        )

    def attend(self, session: str, person: str, completed: bool, pre: Any, post: Any) -> None:
        with self.store.write() as s:
            RecordService(s).create_many(
                RecordKind.ATTENDANCE,
                [
                    {
                        "session_id": self.ids[session],
                        "person_id": self.ids[person],
                        "completed": completed,
                        "pre_score": pre,
                        "post_score": post,
                    }
                ],
            )


def open_store(folder: Path, country: str = "FJ") -> Store:
    store = Store.open(folder)
    with store.write() as s:
        set_up_device(s, country)
    return store


def build_scenario(store: Store) -> Built:
    """Fiji, 2025Q3: 3 live sessions, 5 people of known sexes, 7 attendances (see test_training).

    Around it: a deleted session, a tombstoned attendance, sessions just outside the quarter,
    capability reports, contacts and engagements.
    """
    b = Built(store)
    for name, sex in [
        ("P1", "female"),
        ("P2", "female"),
        ("P3", "male"),
        ("P4", "another"),
        ("P5", "not_stated"),
        ("P6", "male"),
    ]:
        b.create(RecordKind.PERSON, name, full_name=f"Person {name}", sex=sex)
    b.session("S1", "HR_POLICING", "2025-07-01")  # first day of Q3
    b.session("S2", "HR_POLICING", "2025-09-30")  # last day of Q3
    b.session("S3", "GENDER_MAINSTREAMING", "2025-08-15")
    b.session("S4", "HR_POLICING", "2025-10-01")  # first day of Q4: not in Q3
    b.session("S5", "HR_POLICING", "2025-06-30")  # last day of Q2: the previous quarter
    b.session("S6", "HR_POLICING", "2025-08-01")  # deleted below
    b.attend("S1", "P1", True, 40, 60)
    b.attend("S1", "P2", True, 50, 80)
    b.attend("S1", "P3", False, 30, None)
    b.attend("S2", "P1", True, 60, 90)
    b.attend("S2", "P4", True, None, None)
    b.attend("S3", "P5", True, 70, 70)
    b.attend("S3", "P3", True, 20, 50)
    b.attend("S4", "P1", True, 10, 20)
    b.attend("S5", "P3", True, 50, 75)
    b.attend("S6", "P2", True, 0, 100)
    b.delete(RecordKind.TRAINING_SESSION, "S6")
    # P6 attended S3, then the attendance was tombstoned and P6 deleted: counted nowhere.
    with store.write() as s:
        svc = RecordService(s)
        a = svc.create(
            RecordKind.ATTENDANCE,
            {"session_id": b.ids["S3"], "person_id": b.ids["P6"], "completed": True},
        )
        svc.delete(RecordKind.ATTENDANCE, a.id)
        svc.delete(RecordKind.PERSON, b.ids["P6"])

    def report(name: str, cap: str, period: str, **counts: int) -> None:
        b.create(RecordKind.CAPABILITY_REPORT, name, capability_code=cap, period=period, **counts)

    report("R1", "SLTD", "2025-07", searches=100, hits=2)
    report("R2", "SLTD", "2025-08", searches=50, hits=1)
    report("R3", "I247", "2025-09", active_accounts=12, messages_exchanged=300)
    report("R4", "SLTD", "2025-10", searches=999, hits=9)  # Q4
    report("R5", "SLTD", "2025-06", searches=40, hits=0)  # Q2
    report("R6", "SMV", "2025-08", searches=77, hits=7)  # deleted below
    b.delete(RecordKind.CAPABILITY_REPORT, "R6")

    def contact(name: str, full: str, org: str, kind: str, country: str, **more: Any) -> None:
        b.create(
            RecordKind.CONTACT,
            name,
            full_name=full,
            organisation=org,
            org_type=kind,
            contact_country=country,
            **more,
        )

    contact("C1", "Mere Tuilagi", "Fiji Police Force", "NCB", "FJ", role="HEAD_NCB",
            phones="+679 701 2345", emails="mere@police.gov.fj")  # fmt: skip
    contact("C2", "Anaseini Vuki", "Fiji Police Force", "NCB", "FJ", emails="ana@police.gov.fj")
    contact("C3", "Sione Fifita", "Tonga Police", "TCU", "TO", phones="+676 771 5123")
    contact("C4", "Losa Fa'amausili", "PTCCC", "PTCCC", "WS", emails="losa@ptccc.example.org")
    contact("C5", "Gone Person", "Fiji Police Force", "NCB", "FJ")  # deleted below
    b.delete(RecordKind.CONTACT, "C5")

    def engagement(day: str, kind: str, *contacts: str) -> None:
        b.create(
            RecordKind.ENGAGEMENT,
            None,
            date=day,
            kind=kind,
            summary="PTCN call",
            contact_ids=[b.ids[c] for c in contacts],
        )

    engagement("2025-07-10", "meeting", "C1", "C3")
    engagement("2025-09-30", "meeting", "C1")
    engagement("2025-08-20", "workshop", "C4")
    engagement("2025-05-02", "joint_operation", "C3")  # Q2
    return b


@pytest.fixture(autouse=True)
def _logging_kept() -> Iterator[None]:
    """The report tests run the command line in-process, which points the log at their folder."""
    with logging_kept():
        yield


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    store = open_store(tmp_path_factory.mktemp("scenario"))
    yield build_scenario(store)
    store.close()
