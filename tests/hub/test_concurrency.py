"""Many pushes at once: gap-safe pulls, exactly-once versions, and the push deadline (503)."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bluepacific_hub import accounts
from bluepacific_hub.models import AppliedChange, Batch, Record, RecordVersion
from bluepacific_hub.push import apply_batch
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import encode_gzip_json, utc_now
from tests.support.hubserver import Client, RunningHub, Tls, batch, change, running_hub


def _versions(running: RunningHub) -> int:
    with running.hub.sessions() as session:
        return session.scalar(select(func.count()).select_from(RecordVersion)) or 0


def _push_slowly(client: Client, body: dict[str, Any]) -> requests.Response:
    """A push with time for a big batch on a busy test machine (push_raw waits 10 s)."""
    headers = {**client.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"}
    return client.running.session().post(
        client.running.url("/sync/push"), data=encode_gzip_json(body), headers=headers, timeout=120
    )


def _identity(running: RunningHub, client: Client) -> accounts.DeviceIdentity:
    with running.hub.sessions() as session, session.begin():
        identity = accounts.authenticate(session, client.token, lifetime=running.hub.token_lifetime)
    assert identity is not None
    return identity


def test_a_pull_never_skips_a_push_that_commits_late(running: RunningHub) -> None:
    """A slow push holds its block of revisions until it commits; a quicker push started
    after it gets the next block only then, so a pull in between sees neither and its cursor
    skips nothing."""
    suva = running.device("ana", "FJ")
    nadi = running.device("jone", "FJ")
    slow = change("FJ", {"full_name": "Slow"})
    quick = change("FJ", {"full_name": "Quick"})
    cursor = suva.pull_all()[-1]["revision"]
    with running.hub.sessions() as held, ThreadPoolExecutor(1) as pool:
        held.begin()
        results = apply_batch(held, _identity(running, suva), [slow], utc_now())
        assert results[0]["status"] == "applied"  # its revision is taken, not committed
        pushing = pool.submit(nadi.push, quick)
        time.sleep(1.0)
        assert not pushing.done()  # the quick push waits for the slow one's commit
        between = suva.pull(cursor)
        assert between["changes"] == [] and between["next_cursor"] == cursor
        held.commit()
        quick_result = pushing.result(timeout=30)["results"][0]
    assert quick_result["status"] == "applied"
    assert quick_result["revision"] > results[0]["revision"]
    after = [e["record_id"] for e in suva.pull_all(between["next_cursor"])]
    assert after == [slow["record_id"], quick["record_id"]]


def test_two_batches_creating_one_record_at_once_both_apply(running: RunningHub) -> None:
    """The later of two batches creating the same record (an id derived from what it is)
    meets the other's row on the unique key when it writes: it is decided again, not a 500."""
    suva = running.device("ana", "FJ")
    nadi = running.device("jone", "FJ")
    record_id = str(uuid.uuid4())
    first = change("FJ", {"full_name": "Sione", "rank": "Sergeant"}, record_id=record_id)
    second = change("FJ", {"full_name": "Sione", "notes": "met in Nadi"}, record_id=record_id)
    with running.hub.sessions() as held, ThreadPoolExecutor(1) as pool:
        held.begin()
        assert apply_batch(held, _identity(running, suva), [first], utc_now())[0]["status"] == (
            "applied"
        )
        pushing = pool.submit(nadi.push, second)
        time.sleep(1.0)
        held.commit()
        result = pushing.result(timeout=30)["results"][0]
    assert result["status"] == "applied"
    with running.hub.sessions() as session:
        stored = session.get(Record, record_id)
    assert stored is not None and stored.revision == result["revision"]
    assert stored.fields == {"full_name": "Sione", "rank": "Sergeant", "notes": "met in Nadi"}


def test_concurrent_pushes_of_several_countries_apply_each_change_once(
    settings: HubSettings, tls: Tls
) -> None:
    """16 pushes at once from 12 devices of 4 countries: new records, disjoint edits of one
    shared record per country, two devices creating the same derived record, and resends of
    a batch's changes under a new batch_id (a login again): all 200, one version per change.
    The gate is opened to all 16, so that they meet in the database."""
    wide = dataclasses.replace(settings, pushes_at_once=16, pushes_waiting=0)
    with running_hub(wide, tls) as running:
        _several_countries_at_once(running)


def _several_countries_at_once(running: RunningHub) -> None:
    countries = ["FJ", "TO", "WS", "VU"]
    devices = [running.device(f"user{i}", countries[i % 4]) for i in range(12)]
    shared: dict[str, tuple[str, int]] = {}
    for country, device in zip(countries, devices, strict=False):
        c = change(country, {"title": f"Course {country}"}, kind="training_session")
        shared[country] = (c["record_id"], device.push(c)["results"][0]["revision"])
    before = _versions(running)
    same_id = str(uuid.uuid4())
    bodies: list[tuple[Client, dict[str, Any]]] = []
    for i, device in enumerate(devices):
        record_id, base = shared[device.country]
        edits = [change(device.country, {"n": i * 100 + j}) for j in range(40)]
        edits.append(
            change(
                device.country,
                {f"note_{i}": "x"},
                kind="training_session",
                record_id=record_id,
                base_revision=base,
            )
        )
        if device.country == "FJ":  # both create the same record (an id derived from it)
            edits.append(change("FJ", {"full_name": "Sione"}, record_id=same_id))
        bodies.append((device, batch(*edits)))
    for device, body in bodies[:4]:
        bodies.append((device, batch(*body["changes"])))  # same changes, another batch_id
    with ThreadPoolExecutor(len(bodies)) as pool:
        answers = list(pool.map(lambda db: db[0].push_raw(db[1]), bodies))
    assert [r.status_code for r in answers] == [200] * len(bodies), [r.text for r in answers]
    results = [res for r in answers for res in r.json()["results"]]
    statuses = [res["status"] for res in results]
    assert statuses.count("applied") == len({res["change_id"] for res in results})
    assert set(statuses) == {"applied", "duplicate"}
    by_change: dict[str, set[int]] = {}
    for res in results:
        by_change.setdefault(res["change_id"], set()).add(res["revision"])
    assert all(len(revisions) == 1 for revisions in by_change.values())  # dup = same revision
    with running.hub.sessions() as session:
        applied = session.scalar(select(func.count()).select_from(AppliedChange))
        per_change = session.execute(
            select(RecordVersion.change_id, func.count())
            .where(RecordVersion.change_id.in_(list(by_change)))
            .group_by(RecordVersion.change_id)
        ).all()
        sione = session.get(Record, same_id)
    assert _versions(running) - before == len(by_change)
    assert applied == len(by_change) + len(shared)
    assert {n for _, n in per_change} == {1} and len(per_change) == len(by_change)
    assert sione is not None and sione.fields == {"full_name": "Sione"}
    admin = running.device("admin", "FJ", role="regional_admin")
    pulled = admin.pull_all()
    revisions = [e["revision"] for e in pulled]
    assert len(revisions) == len(set(revisions)) and revisions == sorted(revisions)
    for country, (record_id, _) in shared.items():
        course = next(e for e in pulled if e["record_id"] == record_id)
        writers = [i for i, d in enumerate(devices) if d.country == country]
        assert set(course["fields"]) == {"title"} | {f"note_{i}" for i in writers}


@contextmanager
def _write_lock_held(database_url: str) -> Iterator[None]:
    """Another writer holding the lock every push needs: the revision counter's row on
    PostgreSQL, the database's write lock on SQLite."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        conn = sqlite3.connect(url.database, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    engine = create_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT value FROM hub_counter WHERE name = 'revision' FOR UPDATE"))
            yield
    finally:
        engine.dispose()


@pytest.mark.timing
def test_a_push_past_its_deadline_is_503_hub_busy_and_its_resend_applies_once(
    settings: HubSettings, tls: Tls
) -> None:
    """The hub answers within push_deadline_s even when it cannot get the lock it needs,
    stops the work, records nothing, and the same batch sent again applies once."""
    quick = dataclasses.replace(settings, push_deadline_s=1.0)
    with running_hub(quick, tls) as running:
        client = running.device("ana", "FJ")
        client.pull()  # the device's first use is recorded before the lock is taken
        body = batch(*(change("FJ", {"n": i}) for i in range(20)))
        before = _versions(running)
        with _write_lock_held(running.database_url):
            started = time.monotonic()
            refused = client.push_raw(body)
            elapsed = time.monotonic() - started
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"] == "hub_busy"
        assert refused.headers["Retry-After"] == "5"
        assert elapsed < 5.0
        assert _versions(running) == before
        with running.hub.sessions() as session:
            assert session.get(Batch, body["batch_id"]) is None  # not left claimed
        first = client.push_raw(body)
        assert first.status_code == 200, first.text
        assert [r["status"] for r in first.json()["results"]] == ["applied"] * 20
        again = client.push_raw(body)
        assert again.status_code == 200 and again.content == first.content
        assert _versions(running) == before + 20


# Timed: 600 changes against a 5 ms deadline (run alone, after the parallel part).
@pytest.mark.timing
def test_a_big_batch_past_a_tiny_deadline_stops_and_applies_once_when_resent(
    settings: HubSettings, tls: Tls
) -> None:
    """The work itself is stopped at the deadline (not only lock waits): nothing of the batch
    is recorded, and a hub with time enough then applies it once."""
    body = batch(
        *(change("FJ", {"full_name": f"Person {i}", "notes": "x" * 200}) for i in range(600))
    )
    tiny = dataclasses.replace(settings, push_deadline_s=0.005)  # 600 changes take longer
    with running_hub(tiny, tls) as hurried:
        client = hurried.device("ana", "FJ")
        before = _versions(hurried)
        refused = _push_slowly(client, body)
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"] == "hub_busy" and refused.headers["Retry-After"] == "5"
        assert _versions(hurried) == before
    with running_hub(settings, tls) as patient:
        token = client.token
        again = _push_slowly(Client(patient, token, "FJ"), body)
        assert again.status_code == 200, again.text
        assert {r["status"] for r in again.json()["results"]} == {"applied"}
        assert _versions(patient) == before + 600


def test_pushes_past_the_gate_are_told_busy_at_once_and_their_resends_apply_once(
    settings: HubSettings, tls: Tls
) -> None:
    """One batch at work and none waiting: of six at once, those that find the gate full are
    answered 503 hub_busy quickly, without work, and sent again they apply once."""
    gated = dataclasses.replace(settings, pushes_at_once=1, pushes_waiting=0, push_wait_s=0.01)
    with running_hub(gated, tls) as running:
        clients = [running.device(f"fp{i}", "FJ") for i in range(6)]
        bodies = [
            batch(*(change("FJ", {"full_name": f"Person {n}.{i}"}) for i in range(400)))
            for n in range(6)
        ]
        before = _versions(running)

        def timed(pair: tuple[Client, dict[str, Any]]) -> tuple[requests.Response, float]:
            start = time.monotonic()
            answer = _push_slowly(*pair)
            return answer, time.monotonic() - start

        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(timed, zip(clients, bodies, strict=True)))
        codes = [a.status_code for a, _ in answers]
        assert set(codes) == {200, 503}, codes
        busy = [(a, s) for a, s in answers if a.status_code == 503]
        assert all(a.json()["error"] == "hub_busy" and a.headers["Retry-After"] for a, _ in busy)
        # Refused before any work: sooner than the batch that was applied last.
        assert max(s for _, s in busy) < max(s for a, s in answers if a.status_code == 200)
        assert _versions(running) == before + 400 * codes.count(200)
        for (answer, _), client, body in zip(answers, clients, bodies, strict=True):
            if answer.status_code == 503:
                again = _push_slowly(client, body)
                assert again.status_code == 200, again.text
        assert _versions(running) == before + 400 * 6
