"""A Fijian store with one session whose attendances are certified or not, for the
certificate tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_URL
from tests.reports.conftest import Built, open_store

HUB = "https://hub.bluepacific.example"
# An ʻokina (U+02BB) and macrons, as the name is written.
HOLDER = "Losaline Fīfita ʻAhokava"


@pytest.fixture
def course(tmp_path: Path) -> Iterator[Built]:
    store: Store = open_store(tmp_path / "data")
    b = Built(store)
    with store.write() as s:
        set_setting(s, HUB_URL, HUB)
    b.create(RecordKind.PERSON, "holder", full_name=HOLDER, sex="female")
    b.create(RecordKind.PERSON, "second", full_name="Mere Tūhoe", sex="female")
    b.create(RecordKind.PERSON, "absent", full_name="Jone Vakacegu", sex="male")
    b.create(RecordKind.PERSON, "trainer", full_name="Sēmisi Pōteki", sex="male")
    b.create(
        RecordKind.TRAINING_SESSION,
        "session",
        course_code="HR_POLICING",
        start_date="2025-09-01",
        end_date="2025-09-03",
        mode="in_person",
        location="Nukuʻalofa",
        organiser="Tonga Police Training Academy",
        trainer_ids=[b.ids["trainer"]],
    )
    with store.write() as s:
        ids = RecordService(s).create_many(
            RecordKind.ATTENDANCE,
            [
                {
                    "session_id": b.ids["session"],
                    "person_id": b.ids[who],
                    "completed": completed,
                    "certificate_issued": certified,
                }
                for who, completed, certified in [
                    ("holder", True, True),
                    ("second", True, True),
                    ("absent", False, False),
                ]
            ],
        )
    b.ids.update(zip(["a_holder", "a_second", "a_absent"], ids, strict=True))
    yield b
    store.close()
