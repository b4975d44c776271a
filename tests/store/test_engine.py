"""Opening the store: reference data offline at once, power-cut-safe settings, a private file."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
import unicodedata
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store.device import rule_context
from bluepacific_desktop.store.engine import BUSY_TIMEOUT_MS
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

PROJECT_ZONES = {
    "FJ": {"Pacific/Fiji"},
    "KI": {"Pacific/Tarawa", "Pacific/Kanton", "Pacific/Kiritimati"},
    "MH": {"Pacific/Majuro", "Pacific/Kwajalein"},
    "FM": {"Pacific/Pohnpei", "Pacific/Kosrae", "Pacific/Chuuk"},
    "NR": {"Pacific/Nauru"},
    "PW": {"Pacific/Palau"},
    "PG": {"Pacific/Port_Moresby", "Pacific/Bougainville"},
    "WS": {"Pacific/Apia"},
    "SB": {"Pacific/Guadalcanal"},
    "TO": {"Pacific/Tongatapu"},
    "VU": {"Pacific/Efate"},
}
REFERENCE_TABLES = [
    "ref_countries",
    "ref_capabilities",
    "ref_courses",
    "ref_org_types",
    "ref_contact_roles",
    "device_settings",
]


def _scalars(store, sql):
    with store.read() as session:
        return list(session.scalars(text(sql)))


def _counts(store):
    with store.read() as session:
        return {t: session.scalar(text(f"SELECT count(*) FROM {t}")) for t in REFERENCE_TABLES}


def test_reference_data_is_there_on_first_start(data_dir):
    with Store.open(data_dir) as store:
        with store.read() as session:
            rows = session.execute(
                text("SELECT code, zones FROM ref_countries WHERE in_project = 1")
            ).all()
        capabilities = set(_scalars(store, "SELECT code FROM ref_capabilities"))
        org_types = set(_scalars(store, "SELECT code FROM ref_org_types"))
        courses = _scalars(store, "SELECT code FROM ref_courses")
        roles = _scalars(store, "SELECT code FROM ref_contact_roles")
    zones = {code: set(json.loads(z)) for code, z in rows}
    assert zones == PROJECT_ZONES
    for country_zones in zones.values():
        for zone in country_zones:
            ZoneInfo(zone)  # resolvable (tzdata ships for Windows)
    assert {"I247", "SLTD", "NOTICE_RED"} <= capabilities
    assert {"NCB", "TCU", "PTCCC", "PICP"} <= org_types
    assert courses
    assert roles


def test_reopening_does_not_duplicate_reference_data(data_dir):
    with Store.open(data_dir) as store:
        first = _counts(store)
    with Store.open(data_dir) as store:
        assert _counts(store) == first
        with store.read() as session:
            outbox = session.scalar(text("SELECT count(*) FROM outbox"))
    assert outbox == 0  # reference data is not a local change to push


def test_connection_settings_for_power_cuts(store):
    with store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
    }
    assert BUSY_TIMEOUT_MS >= 1000


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError), store.write() as session:
        session.execute(
            text(
                "INSERT INTO people (id, country, created_at, updated_at, deleted, device_id, "
                "full_name, sex) VALUES ('x', 'ZZ', '2025-01-01', '2025-01-01', 0, 'd', 'n', "
                "'male')"
            )
        )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_and_folder_are_private(data_dir, records):
    records.create(RecordKind.PERSON)  # so the -wal file exists too
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    db = data_dir / DB_FILENAME
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        side = data_dir / (DB_FILENAME + suffix)
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_mode(tmp_path):
    # A folder the app did not create may be shared on purpose (a 1777 one was once made 0700
    # by `--data-dir X status`): only the app's own files in it are private.
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o1777)
    Store.open(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o1777
    assert stat.S_IMODE((folder / DB_FILENAME).stat().st_mode) == 0o600


def test_two_threads_writing_at_once_both_commit(records):
    store = records.store
    person = records.data(RecordKind.PERSON)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    made: list[str] = []
    rounds = 15

    def work():
        try:
            for _ in range(rounds):
                barrier.wait(timeout=10)
                with store.write() as session:
                    service = RecordService(session)
                    # Read first, then write: the pattern that deadlocks without BEGIN IMMEDIATE.
                    session.scalar(text("SELECT count(*) FROM people"))
                    rid = service.create(RecordKind.PERSON, person).id
                    service.update(RecordKind.PERSON, rid, {"rank": "Constable"})
                made.append(rid)
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert len(made) == 2 * rounds
    for rid in made:
        assert [e["op"] for e in records.outbox(rid)] == ["create", "update"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(score=st.floats(min_value=0, max_value=100))
def test_any_score_is_stored_and_read_back_exactly(records, score):
    sid = records.create(RecordKind.ATTENDANCE, pre_score=score, post_score=str(score))
    row = records.row(RecordKind.ATTENDANCE, sid)
    assert row["pre_score"] == score
    assert row["post_score"] == float(str(score))
    assert records.outbox(sid)[0]["payload"]["fields"]["pre_score"] == score


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(alphabet="aeiouāēīōūĀŌʻ\u0304 TLMKSPV", min_size=1, max_size=40))
def test_pacific_names_round_trip_nfc(records, name):
    expected = " ".join(unicodedata.normalize("NFC", name).split())
    if not expected:
        return
    pid = records.create(RecordKind.PERSON, full_name=name)
    with records.store.read() as session:
        stored = RecordService(session).get(RecordKind.PERSON, pid).full_name
    assert stored == expected
    assert records.outbox(pid)[0]["payload"]["fields"]["full_name"] == expected


@pytest.mark.timing
def test_reads_go_on_while_a_write_is_open(records):
    rid = records.create(RecordKind.PERSON)
    store = records.store
    holding, release = threading.Event(), threading.Event()

    def slow_writer():
        with store.write() as session:
            RecordService(session).update(RecordKind.PERSON, rid, {"rank": "Inspector"})
            holding.set()
            release.wait(timeout=10)

    writer = threading.Thread(target=slow_writer)
    writer.start()
    try:
        assert holding.wait(timeout=10)
        started = time.monotonic()
        with store.read() as session:
            rank = session.scalar(text("SELECT rank FROM people WHERE id = :id"), {"id": rid})
        assert time.monotonic() - started < 1.0
        assert rank is None  # the open write is not visible before it commits
    finally:
        release.set()
        writer.join(timeout=10)
    assert records.row(RecordKind.PERSON, rid)["rank"] == "Inspector"


@pytest.mark.parametrize(
    ("country", "utc", "local_day"),
    [
        ("TO", datetime(2026, 12, 31, 12, 0, tzinfo=UTC), date(2027, 1, 1)),  # UTC+13
        ("PW", datetime(2026, 12, 31, 14, 0, tzinfo=UTC), date(2026, 12, 31)),  # UTC+9
        # Samoa skipped 30 December 2011: one hour apart in UTC, two days apart locally.
        ("WS", datetime(2011, 12, 30, 9, 30, tzinfo=UTC), date(2011, 12, 29)),
        ("WS", datetime(2011, 12, 30, 10, 30, tzinfo=UTC), date(2011, 12, 31)),
    ],
)
def test_today_is_the_countrys_own_calendar_day(store, country, utc, local_day):
    with store.read() as session:
        assert rule_context(session, country, now=utc).today == local_day
