"""The sync run itself: pages, batches, delete-versus-edit, cancel, a client too old."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import engine, state
from bluepacific_desktop.sync.client import HubClient
from bluepacific_desktop.sync.conflicts import Keep, list_conflicts, resolve
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress
from bluepacific_hub.models import Batch
from bluepacific_wire import PushResponse
from tests.support.hubserver import Tls
from tests.sync.conftest import Device, DeviceFactory, hub_records, hub_versions, start_hub


def test_many_batches_and_pages_land_exactly_once(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_device("FJ"), make_device("FJ")
    people = [a.create(K.PERSON, full_name=f"Officer {n}") for n in range(23)]
    with a.store.write() as session:
        set_setting(session, state.BATCH_SIZE, "2")  # as a slow link would have left it
    monkeypatch.setattr(engine, "MIN_BATCH", 2)
    steps: list[SyncProgress] = []
    report = SyncEngine(a.store, a.client(), progress=steps.append).run()
    assert report.complete and report.pushed == 23, report
    with a.running.hub.sessions() as session:
        batches = session.query(Batch).count()
    assert batches == 3  # 2, 8, then the last 13 (the size quadruples on a quick link)
    assert [s.changes_sent for s in steps if s.phase == "push"] == [2, 10, 23]
    assert all(hub_versions(a.running, p) == 1 for p in people)

    monkeypatch.setattr(engine, "PULL_PAGE", 5)  # B pulls in many small pages
    monkeypatch.setattr(engine, "PULL_PAGE_V2", 5)
    report = b.sync()
    assert report.complete, report
    assert set(people) <= b.ids(K.PERSON)
    with b.store.read() as session:
        cursor = state.cursor(session)
    assert cursor == max(r.revision for r in hub_records(a.running, *people).values())
    assert b.sync().pulled == 0  # nothing new: the cursor holds


def _deleted_there_edited_here(make_device: DeviceFactory) -> tuple[Device, Device, str]:
    a, b = make_device("FJ"), make_device("FJ")
    person = a.create(K.PERSON, full_name="Deleted or not", rank="Constable")
    assert a.sync().complete and b.sync().complete
    a.delete(K.PERSON, person)
    assert a.sync().complete
    b.update(K.PERSON, person, rank="Sergeant")
    report = b.sync()
    assert report.conflicts == 1, report
    with b.store.read() as session:
        (view,) = list_conflicts(session)
    assert view.fields == ["rank"] and view.mine == {"rank": "Sergeant"}
    assert b.fields(K.PERSON, person)["deleted"] is False  # type: ignore[index]
    return a, b, person


def test_deleted_on_one_device_edited_on_another_keep_theirs(
    make_device: DeviceFactory,
) -> None:
    a, b, person = _deleted_there_edited_here(make_device)
    with b.store.write() as session:
        resolve(session, list_conflicts(session)[0].id, Keep.THEIRS)
    assert b.fields(K.PERSON, person)["deleted"] is True  # type: ignore[index]
    assert b.sync().complete and a.sync().complete
    assert a.fields(K.PERSON, person) == b.fields(K.PERSON, person)
    assert hub_records(a.running, person)[person].deleted


def test_deleted_on_one_device_edited_on_another_keep_mine(
    make_device: DeviceFactory,
) -> None:
    a, b, person = _deleted_there_edited_here(make_device)
    with b.store.write() as session:
        resolve(session, list_conflicts(session)[0].id, Keep.MINE)
    assert b.sync().complete and a.sync().complete
    assert a.fields(K.PERSON, person) == b.fields(K.PERSON, person)
    restored = a.fields(K.PERSON, person)
    assert restored is not None and restored["rank"] == "Sergeant"
    # Keeping my edit of a record deleted elsewhere brings it back, on the hub and on A.
    assert restored["deleted"] is False
    assert hub_records(a.running, person)[person].deleted is False


def test_cancel_stops_before_sending(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    device.create(K.PERSON)
    cancel = threading.Event()
    cancel.set()
    with device.client() as client:
        report = SyncEngine(device.store, client, cancel=cancel).run()
    assert report.error_code == "cancelled" and "Nothing is lost" in (report.error or "")
    assert len(device.outbox()) == 1
    assert device.sync().complete


def test_a_client_too_old_is_told_to_update(
    make_device: DeviceFactory, tls: Tls, tmp_path: Path
) -> None:
    device = make_device("FJ")
    device.create(K.PERSON)
    newer, stop = start_hub(
        f"sqlite:///{tmp_path / 'newer.db'}",
        tls,
        min_client_version="9.0.0",
        current_desktop_version="9.1.0",
    )
    try:
        with device.client(url=newer.base_url) as client:
            report = device.sync(client)
    finally:
        stop()
    assert report.error_code == "client_too_old", report
    assert "install the update (version 9.1.0)" in (report.error or "")
    assert len(device.outbox()) == 1


def test_progress_counts_records_and_reaches_its_end(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    edited = device.create(K.PERSON, full_name="Edited three times")
    device.update(K.PERSON, edited, rank="Constable")
    device.update(K.PERSON, edited, rank="Sergeant")
    for n in range(4):
        device.create(K.PERSON, full_name=f"Officer {n}")
    steps: list[SyncProgress] = []
    with device.client() as client:
        report = SyncEngine(device.store, client, progress=steps.append).run()
    assert report.complete and report.pushed == 5, report
    pushed = [(s.changes_sent, s.changes_total) for s in steps if s.phase == "push"]
    # One unit throughout: five records, whatever the number of edits behind each.
    assert pushed and pushed[-1] == (5, 5), pushed
    assert all(total == 5 for _sent, total in pushed), pushed
    assert (steps[-1].changes_sent, steps[-1].changes_total) == (5, 5)


class LosesATable(HubClient):
    """The real client; once the hub has answered a push, the local table the answer is
    applied to is gone (a real SQLite error follows, no stand-in)."""

    store: Store

    def push(self, batch_id: str, gzip_body: bytes) -> PushResponse:
        answer = super().push(batch_id, gzip_body)
        with self.store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE people")
        return answer


def test_a_database_error_during_sync_is_kept_as_the_last_error(
    make_device: DeviceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    device = make_device("FJ")
    device.create(K.PERSON, full_name="Mere Tuilagi")
    plain = device.client()
    client = LosesATable(plain.base, plain.token, plain.options)
    plain.close()
    client.store = device.store
    with client, caplog.at_level(logging.ERROR, logger="bluepacific_desktop.sync.engine"):
        report = SyncEngine(device.store, client).run()
    assert report.error_code == "local_problem" and not report.retryable, report
    assert "no such table: people" in (report.error or "") and "Nothing is lost" in (
        report.error or ""
    )
    with device.store.read() as session:
        last = state.last_error(session)
    assert last is not None and last.code == "local_problem", last
    assert len(device.outbox()) == 1  # still queued: the batch goes again once fixed
    (logged,) = [r for r in caplog.records if r.name == "bluepacific_desktop.sync.engine"]
    text = logged.getMessage()
    assert "OperationalError" in text and "apply_results" in text  # the frames, for us
    assert "Mere Tuilagi" not in text
