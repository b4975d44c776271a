"""Shared fixtures: a real store in a temporary folder, set up for Fiji, and small helpers."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Widgets are tested without a screen, whether or not pytest is run through `make test`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # On the common laptop screen (1366×768), not the platform's 800×600: windows fit the
    # screen they open on (ui/geometry.py).
    from tests.support.screens import LAPTOP, offscreen_platform

    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(LAPTOP)
from sqlalchemy import text

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_wire.certificates import new_code
from tests.support.secret_service import (
    keyring_backend,
    running_daemon,
    unavailable_reason,
    using_secret_service,
)

# A valid record of each kind (attendance also needs a session and a person: see Records).
VALID: dict[RecordKind, dict[str, Any]] = {
    RecordKind.PERSON: {"full_name": "Mere Tuilagi", "sex": "female", "agency": "Fiji Police"},
    RecordKind.TRAINING_SESSION: {
        "course_code": "HR_POLICING",
        "mode": "in_person",
        "start_date": "2025-03-03",
        "end_date": "2025-03-05",
        "location": "Suva",
    },
    RecordKind.ATTENDANCE: {"completed": True, "pre_score": 40, "post_score": 75.5},
    RecordKind.CAPABILITY_REPORT: {"capability_code": "SLTD", "searches": 120, "hits": 2},
    RecordKind.CONTACT: {
        "full_name": "Sione Fifita",
        "organisation": "Tonga Police",
        "org_type": "TCU",
        "contact_country": "TO",
        "emails": "sione@police.gov.to",
    },
    RecordKind.ENGAGEMENT: {"date": "2025-04-01", "kind": "meeting", "summary": "PTCN call"},
    RecordKind.MONTHLY_RETURN: {"state": "draft"},
    RecordKind.CERTIFICATE: {
        "holder_name": "Mere Tuilagi",
        "course_code": "HR_POLICING",
        "start_date": "2025-03-10",
        "end_date": "2025-03-12",
        "issued_on": "2025-03-12",
    },
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    """An opened store in a fresh folder, set up for Fiji (FJ)."""
    opened = Store.open(data_dir)
    with opened.write() as session:
        set_up_device(session, "FJ")
    yield opened
    opened.close()


class Records:
    """Create valid records (each in its own committed transaction) and read the outcome back."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._attendance: str | None = None
        self._months = (
            f"{y}-{m:02d}" for y, m in itertools.product(range(2020, 2026), range(1, 13))
        )

    def data(self, kind: RecordKind, /, **overrides: Any) -> dict[str, Any]:
        data = dict(VALID[kind])
        if kind in (RecordKind.CAPABILITY_REPORT, RecordKind.MONTHLY_RETURN):
            data["period"] = next(self._months)
        if kind is RecordKind.ATTENDANCE and "session_id" not in overrides:
            data["session_id"] = self.create(RecordKind.TRAINING_SESSION)
        if kind is RecordKind.ATTENDANCE and "person_id" not in overrides:
            data["person_id"] = self.create(RecordKind.PERSON)
        if kind is RecordKind.CERTIFICATE:
            data["code"] = new_code()  # its id is derived from it: one code, one record
            if "attendance_id" not in overrides:  # one attendance may have many (re-issued)
                self._attendance = self._attendance or self.create(RecordKind.ATTENDANCE)
                data["attendance_id"] = self._attendance
        data.update(overrides)
        return data

    def create(self, kind: RecordKind, /, **overrides: Any) -> str:
        data = self.data(kind, **overrides)
        with self.store.write() as session:
            return RecordService(session).create(kind, data).id

    def counts(self) -> dict[str, int]:
        """Rows in every record table and in the outbox (tombstones included)."""
        tables = [MODELS[k].__tablename__ for k in EDITABLE_KINDS] + ["outbox"]
        with self.store.read() as session:
            return {t: session.scalar(text(f"SELECT count(*) FROM {t}")) for t in tables}

    def outbox(self, record_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT kind, record_id, op, base_revision, changed_fields, payload FROM outbox"
        with self.store.read() as session:
            rows = session.execute(
                text(sql + (" WHERE record_id = :rid" if record_id else "") + " ORDER BY seq"),
                {"rid": record_id},
            )
            entries = [dict(r._mapping) for r in rows]
        for entry in entries:
            entry["changed_fields"] = json.loads(entry["changed_fields"])
            entry["payload"] = json.loads(entry["payload"])
        return entries

    def row(self, kind: RecordKind, record_id: str) -> dict[str, Any]:
        table = MODELS[kind].__tablename__
        with self.store.read() as session:
            row = session.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": record_id})
            return dict(row.one()._mapping)


@pytest.fixture
def records(store: Store) -> Records:
    return Records(store)


@pytest.fixture(autouse=True)
def core_words_as_they_were() -> Iterator[None]:
    """Each test leaves the core's words (i18n.catalogue) as it found them: the command line
    run in-process speaks its store's language from then on, and a French screen hands Qt's
    French over. Seen: a sync test's refusal worded in French after another test of the same
    process had spoken French."""
    before = catalogue.current_language()
    translator = catalogue.current_translator()
    yield
    catalogue.use(translator, before)


@pytest.fixture(scope="session", autouse=True)
def one_qapplication() -> Any:
    """One QApplication for the whole run. Report rendering makes a bare QGuiApplication when
    none exists (as the command line does); if a report test ran first, every later widget
    test would then abort, since widgets need a QApplication."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


# Why the run has no Secret Service of its own ("" when it has one): set by the process that
# starts the run, which xdist's workers inherit.
_NO_KEYRING = "BLUEPACIFIC_TEST_NO_KEYRING"
_DAEMON = pytest.StashKey[contextlib.ExitStack]()


def pytest_configure(config: pytest.Config) -> None:
    """The run's one Secret Service, started by the process that starts the run (xdist's
    controller, before its workers) and stopped once every worker has ended
    (support/secret_service.running_daemon says why not one per worker)."""
    if hasattr(config, "workerinput"):  # an xdist worker: the controller has started it
        return
    reason = unavailable_reason()
    if reason is None:
        daemon = contextlib.ExitStack()
        daemon.enter_context(running_daemon())
        config.stash[_DAEMON] = daemon
    os.environ[_NO_KEYRING] = reason or ""


def pytest_unconfigure(config: pytest.Config) -> None:
    if _DAEMON in config.stash:
        config.stash[_DAEMON].close()


@pytest.fixture(scope="session", autouse=True)
def secret_service_session() -> Iterator[str | None]:
    """`keyring` pointed at the run's own Secret Service before any test (pytest_configure).
    Yields why there is none, or None. In CI it must be there."""
    reason = os.environ.get(_NO_KEYRING, "the run's keyring was not started (pytest_configure)")
    if reason:
        assert not os.environ.get("CI"), f"CI must test with a real keyring: {reason}"
        yield reason
        return
    with using_secret_service():
        yield None


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's "fail" backend: what a headless Linux box without a Secret Service has."""
    import keyring.backends.fail

    with keyring_backend(keyring.backends.fail.Keyring()):
        yield


TEST_PASSPHRASE = "a test passphrase for the store"


@pytest.fixture(scope="session", autouse=True)
def store_passphrase() -> Iterator[None]:
    """Where a test takes the keyring away (keyring's "fail" backend), a new store's key is
    wrapped by a passphrase (store/keys.py): this one, as a user would type it."""
    from bluepacific_desktop.store import keys

    keys.set_passphrase_prompt(lambda _path, _choosing, _attempt: TEST_PASSPHRASE)
    yield
    keys.set_passphrase_prompt(None)


@pytest.fixture
def secret_service(secret_service_session: str | None) -> None:
    """For tests of the keyring itself: skipped only outside CI, with the reason."""
    if secret_service_session is not None:
        pytest.skip(secret_service_session)
