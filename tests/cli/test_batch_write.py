"""RecordService.create_many (used by demo-data): same rows and outbox as `create`, or nothing.

It writes with one executemany per table instead of the ORM, so these tests compare the raw
stored values of both paths column by column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store import cipher
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.services import RecordService
from tests.cli.conftest import Run, open_store
from tests.support import store_file

VARIABLE = {"id", "created_at", "updated_at", "record_id", "change_id", "seq"}


def raw_rows(db: Path, table: str) -> list[dict[str, Any]]:
    conn = store_file.connect(db)
    conn.row_factory = cipher.driver.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
    finally:
        conn.close()


def comparable(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in VARIABLE}
    if "payload" in out:
        payload = json.loads(out.pop("payload"))
        for key in ("created_at", "updated_at"):
            payload.pop(key)
        out["payload"] = payload
    return out


def setup_rows(folder: Path) -> dict[RecordKind, dict[str, Any]]:
    with open_store(folder) as store, store.write() as s:
        svc = RecordService(s)
        person = svc.create(RecordKind.PERSON, {"full_name": "Trainer", "sex": "female"}).id
        contact = svc.create(
            RecordKind.CONTACT,
            {
                "full_name": "Sione Fifita",
                "organisation": "Tonga Police",
                "org_type": "TCU",
                "contact_country": "TO",
            },
        ).id
    return {
        RecordKind.PERSON: {
            "full_name": "  Sālote   Tuʻipulotu ",
            "sex": "Female",
            "email": "Salote@Police.Example.ORG",
            "phone": "+679 701 2345",
            "rank": "Inspector",
        },
        RecordKind.TRAINING_SESSION: {
            "course_code": "hr_policing",
            "mode": "blended",
            "start_date": "2025-02-03",
            "end_date": "2025-02-05",
            "tags": "gender; Human Rights",
            "trainer_ids": [person],
        },
        RecordKind.CAPABILITY_REPORT: {
            "capability_code": "SLTD",
            "period": "2025-01",
            "searches": "12",
            "hits": 1,
        },
        RecordKind.CONTACT: {
            "full_name": "Jean-Pierre Kalsakau",
            "organisation": "Vanuatu Police Force",
            "org_type": "NCB",
            "contact_country": "VU",
            "emails": "jp@example.org, other@example.org",
            "languages": ["FR", "en"],
            "secure_channel": "yes",
            "review_date": "2026-01-31",
        },
        RecordKind.ENGAGEMENT: {
            "date": "2025-03-01",
            "kind": "workshop",
            "summary": "PTCN",
            "contact_ids": [contact],
        },
    }


@pytest.mark.parametrize(
    "kind",
    [
        RecordKind.PERSON,
        RecordKind.TRAINING_SESSION,
        RecordKind.CAPABILITY_REPORT,
        RecordKind.CONTACT,
        RecordKind.ENGAGEMENT,
    ],
)
def test_create_many_stores_what_create_stores(
    fiji: Run, folder: Path, db_file: Path, kind: RecordKind
) -> None:
    row = setup_rows(folder)[kind]
    table = str(MODELS[kind].__tablename__)
    with open_store(folder) as store:
        with store.write() as s:
            RecordService(s).create(kind, row)
        one = raw_rows(db_file, table)[-1], raw_rows(db_file, "outbox")[-1]
        with store.write() as s:
            s.execute(MODELS[kind].__table__.delete())
        with store.write() as s:
            (new_id,) = RecordService(s).create_many(kind, [row])
    many = raw_rows(db_file, table)[-1], raw_rows(db_file, "outbox")[-1]
    assert many[0]["id"] == new_id == many[1]["record_id"]
    assert comparable(many[0]) == comparable(one[0])
    assert comparable(many[1]) == comparable(one[1])
    # Timestamps are stored in the same format, just a little later.
    assert len(many[0]["created_at"]) == len(one[0]["created_at"])


def test_attendances_in_bulk_match_create(fiji: Run, folder: Path, db_file: Path) -> None:
    with open_store(folder) as store, store.write() as s:
        svc = RecordService(s)
        people = svc.create_many(
            RecordKind.PERSON, [{"full_name": f"P{i}", "sex": "male"} for i in range(3)]
        )
        sessions = svc.create_many(
            RecordKind.TRAINING_SESSION,
            [
                {
                    "course_code": "HR_POLICING",
                    "mode": "online",
                    "start_date": "2025-01-06",
                    "end_date": "2025-01-06",
                }
            ]
            * 2,
        )
        svc.create(
            RecordKind.ATTENDANCE,
            {
                "session_id": sessions[0],
                "person_id": people[0],
                "pre_score": "40",
                "completed": "yes",
            },
        )
        svc.create_many(
            RecordKind.ATTENDANCE,
            [
                {
                    "session_id": sessions[1],
                    "person_id": people[0],
                    "pre_score": "40",
                    "completed": "yes",
                }
            ],
        )
    rows = raw_rows(db_file, "attendances")
    outbox = raw_rows(db_file, "outbox")[-2:]
    strip = {"session_id"}
    assert {k: v for k, v in comparable(rows[0]).items() if k not in strip} == {
        k: v for k, v in comparable(rows[1]).items() if k not in strip
    }
    a, b = (comparable(o) for o in outbox)
    a["payload"]["fields"].pop("session_id")
    b["payload"]["fields"].pop("session_id")
    assert a == b


def test_bad_rows_are_numbered_and_nothing_is_written(fiji: Run, folder: Path) -> None:
    with open_store(folder) as store:
        with store.write() as s:
            svc = RecordService(s)
            person = svc.create(RecordKind.PERSON, {"full_name": "Mele", "sex": "female"}).id
            session = svc.create(
                RecordKind.TRAINING_SESSION,
                {
                    "course_code": "HR_POLICING",
                    "mode": "online",
                    "start_date": "2025-01-06",
                    "end_date": "2025-01-06",
                },
            ).id
        good = {"session_id": session, "person_id": person}
        with pytest.raises(ValidationError) as refused, store.write() as s:
            RecordService(s).create_many(
                RecordKind.ATTENDANCE,
                [good, {**good, "pre_score": 140}, good, {**good, "person_id": "nobody"}],
            )
        messages = [p.message for p in refused.value.problems]
        assert any(m.startswith("Row 2: Pre-test score") for m in messages), messages
        with pytest.raises(ValidationError) as refused, store.write() as s:
            RecordService(s).create_many(
                RecordKind.ATTENDANCE, [good, good, {**good, "person_id": "nobody"}]
            )
        messages = [p.message for p in refused.value.problems]
        assert messages == [
            "Row 2: Mele is already on this session's attendance list.",
            "Row 3: The person no longer exists on this computer.",
        ]
        assert refused.value.problems[0].params["row"] == 2
        with store.read() as s:
            assert s.query(MODELS[RecordKind.ATTENDANCE]).count() == 0
        with pytest.raises(ValidationError) as refused, store.write() as s:
            RecordService(s).create_many(
                RecordKind.PERSON, [{"full_name": "X", "sex": "m", "shoe_size": 9}]
            )
        assert "shoe_size" in str(refused.value)
        with store.write() as s:
            assert RecordService(s).create_many(RecordKind.PERSON, []) == []
