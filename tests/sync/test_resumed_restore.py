"""A restore (a new laptop's first pull) cut off mid-way resumes after the last page it stored:
through a real TCP cut (tests/support/faultproxy.py) at about 30 %, 60 % and 90 % of the bytes,
no stored page is asked for again, and the end state is an uncut restore's."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.sync import state
from bluepacific_desktop.sync.client import ClientOptions
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress, SyncReport
from bluepacific_desktop.sync.incoming import REFERENCE_MODELS
from tests.support.faultproxy import Fault, FaultProxy
from tests.sync.conftest import Device, DeviceFactory, SyncHub

PAGE = 20
OPTIONS = ClientOptions(connect_timeout=5.0, stall_timeout=5.0)


def _seed(make_device: DeviceFactory) -> int:
    """A Fijian hub with a few hundred records of several kinds; how many the pull brings."""
    pusher = make_device("FJ")
    for i in range(240):
        pusher.create(K.PERSON, full_name=f"Officer {i} {uuid.uuid4().hex}")
    for _ in range(30):
        pusher.create(K.ATTENDANCE)  # with its session and its person
    for i in range(20):
        pusher.create(K.CONTACT, full_name=f"Contact {i}")
    report = pusher.sync()
    assert report.complete, report
    return report.pushed


def _pull(device: Device, url: str | None = None, **kwargs: Any) -> SyncReport:
    with device.client(OPTIONS, url=url) as client:
        return SyncEngine(device.store, client, pull_page=PAGE, **kwargs).run()


def _pull_cursors(running: SyncHub, since: int) -> list[int]:
    """The cursors of the pull pages the hub served after the `since`th request it saw."""
    return [
        int(parse_qs(query)["cursor"][0])
        for path, query in running.seen.queries[since:]
        if path.endswith("/sync/pull")
    ]


def _contents(device: Device) -> tuple[int, set[tuple[str, str, int]]]:
    """The cursor and every record (kind, id, revision) a device holds."""
    with device.store.read() as session:
        held = {
            (kind.value, row.id, row.revision or 0)
            for kind, model in MODELS.items()
            for row in session.scalars(select(model))
        }
        # Reference rows are keyed by code and carry no revision: counted, never past a cursor.
        held |= {
            (kind, str(code), 0)
            for kind, model in REFERENCE_MODELS.items()
            for code in session.scalars(select(model.code))  # type: ignore[attr-defined]
        }
        return state.cursor(session), held


def _held(device: Device) -> int:
    return len(_contents(device)[1])


def test_a_restore_cut_at_30_60_and_90_percent_resumes_each_time_without_a_page_twice(
    make_device: DeviceFactory, running: SyncHub
) -> None:
    _seed(make_device)
    host, port = running.base_url.removeprefix("https://").split(":")

    # The uncut restore, for its pages and the bytes on the link at the end of each.
    uncut = make_device("FJ")
    with FaultProxy((host, int(port))) as proxy:
        with uncut.client(OPTIONS, url=proxy.url) as client:
            client.health()
        start = proxy.bytes_down  # a connection's TLS handshake and health probe
    with FaultProxy((host, int(port))) as proxy:
        since = len(running.seen.queries)
        ends: list[tuple[int, int]] = []  # (records received, bytes on the link) after a page
        assert _pull(
            uncut, proxy.url, progress=lambda p: ends.append((p.received, proxy.bytes_down))
        ).complete
    pages = _pull_cursors(running, since)
    assert len(pages) >= 15
    records = _held(uncut)
    on_link = [start] + [b for _r, b in ends]
    received = [0] + [r for r, _b in ends]

    # Three connections cut (TCP RST) in the middle of the page that crosses 30 %, 60 % and
    # 90 % of the records, wherever the run before stopped.
    laptop = make_device("FJ")
    cuts: list[int] = []
    plan = lambda n: Fault(reset_after_download=cuts[n - 1]) if n <= 3 else Fault()  # noqa: E731
    asked: list[list[int]] = []
    stored_at_cut: list[int] = []
    fractions: list[float] = []
    with FaultProxy((host, int(port)), plan=plan) as proxy:
        for target in (0.3, 0.6, 0.9):
            stored = pages.index(_contents(laptop)[0]) if cuts else 0
            t = next(i for i, r in enumerate(received) if r >= target * records)
            cuts.append(start + (on_link[t - 1] + on_link[t]) // 2 - on_link[stored])
            since = len(running.seen.queries)
            report = _pull(laptop, proxy.url)
            assert report.error_key == "link_cut", report
            asked.append(_pull_cursors(running, since))
            cursor, held = _contents(laptop)
            stored_at_cut.append(cursor)
            fractions.append(len(held) / records)
            # What is stored is whole pages, each with its cursor: nothing past the cursor.
            assert all(revision <= cursor for _kind, _id, revision in held)
        since = len(running.seen.queries)
        report = _pull(laptop, proxy.url)
        assert report.complete and report.error_code is None, report
        asked.append(_pull_cursors(running, since))
        assert proxy.connections == 4

    assert fractions[0] == pytest.approx(0.3, abs=0.12)
    assert fractions[1] == pytest.approx(0.6, abs=0.15)
    assert fractions[2] == pytest.approx(0.9, abs=0.15)
    for run in range(3):
        # The next run starts at the cursor stored at the cut, never from zero ...
        assert asked[run + 1][0] == stored_at_cut[run] > 0
        # ... and asks for none of the pages stored before it: only the one cut in flight
        # (served, never received whole) is asked for again.
        stored_pages = [c for c in asked[run] if c < stored_at_cut[run]]
        assert set(stored_pages).isdisjoint(c for later in asked[run + 1 :] for c in later)
    every = [c for run in asked for c in run]
    assert sorted(set(every)) == pages
    assert len(every) - len(pages) <= 3  # at most the page in flight at each cut
    assert _contents(laptop) == _contents(uncut)


def test_a_page_and_its_cursor_are_stored_in_one_transaction(
    make_device: DeviceFactory, running: SyncHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(make_device)
    uncut = make_device("FJ")
    assert _pull(uncut).complete
    laptop = make_device("FJ")
    calls: list[int] = []
    real = state.set_cursor

    def failing_third(session: Any, value: int) -> None:
        calls.append(value)
        if len(calls) == 3:
            raise OSError("disk full")  # after the page's records, before the commit
        real(session, value)

    monkeypatch.setattr(state, "set_cursor", failing_third)
    report = _pull(laptop)
    assert report.error_code == "local_problem", report
    cursor, held = _contents(laptop)
    assert cursor == calls[1]  # the second page's
    assert held and all(revision <= cursor for _k, _i, revision in held)
    monkeypatch.setattr(state, "set_cursor", real)

    since = len(running.seen.queries)
    assert _pull(laptop).complete
    assert _pull_cursors(running, since)[0] == calls[1]
    assert _contents(laptop) == _contents(uncut)


def test_a_restore_tells_its_progress_in_records_and_the_time_left(
    make_device: DeviceFactory,
) -> None:
    _seed(make_device)
    laptop = make_device("FJ")
    seen: list[SyncProgress] = []
    assert _pull(laptop, progress=seen.append).complete
    pulls = [p for p in seen if p.phase == "pull"]
    total = _held(laptop)
    assert len(pulls) >= 15
    assert all(p.pull_total == total for p in pulls)
    assert [p.received for p in pulls] == sorted({p.received for p in pulls})
    assert pulls[-1].received == total and pulls[-1].seconds_left == 0.0
    assert all(p.seconds_left is not None and p.seconds_left > 0 for p in pulls[:-1])
    # Each page's kinds come with it (stored already): the screens refresh as they arrive.
    assert {K.PERSON.value, K.ATTENDANCE.value} <= set().union(*(p.kinds for p in pulls))
