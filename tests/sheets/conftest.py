"""A Fijian store with one session before it happens, its attendees registered (enough of them
for the sign-in sheet to run over several pages), for the sign-in sheet tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.reports.conftest import Built, open_store

# An ʻokina (U+02BB) and macrons, as the name is written.
HOLDER = "Losaline Fīfita ʻAhokava"
REGISTERED = 22


@pytest.fixture
def planned(tmp_path: Path) -> Iterator[Built]:
    store: Store = open_store(tmp_path / "data")
    b = Built(store)
    b.create(
        RecordKind.PERSON,
        "holder",
        full_name=HOLDER,
        sex="female",
        agency="Fiji Police",
        rank="Sergeant",
    )
    for i in range(REGISTERED - 1):
        b.create(
            RecordKind.PERSON,
            f"p{i}",
            full_name=f"Trainee {i:02d} Vakaʻuta",
            sex="male" if i % 2 else "female",
            agency="Fiji Police",
        )
    b.create(
        RecordKind.TRAINING_SESSION,
        "session",
        course_code="HR_POLICING",
        start_date="2025-09-01",
        end_date="2025-09-03",
        mode="in_person",
        location="Nukuʻalofa",
        organiser="Tonga Police Training Academy",
    )
    b.create(
        RecordKind.TRAINING_SESSION,
        "other",
        course_code="HR_POLICING",
        start_date="2025-10-01",
        end_date="2025-10-01",
        mode="in_person",
    )
    people = ["holder", *(f"p{i}" for i in range(REGISTERED - 1))]
    with store.write() as s:
        ids = RecordService(s).create_many(
            RecordKind.ATTENDANCE,
            [{"session_id": b.ids["session"], "person_id": b.ids[who]} for who in people],
        )
    b.ids.update((f"a_{who}", i) for who, i in zip(people, ids, strict=True))
    yield b
    store.close()
