"""Benchmark: 10,000 queued changes over a simulated satellite link (256 kbit/s, 600 ms RTT).

The real hub runs in its own process (`bluepacific-hub serve`, HTTPS with a throwaway CA, a
SQLite file); the desktop's SyncEngine pushes the store's outbox to it through FaultProxy,
which delays every byte by 300 ms each way and caps each direction at 256 kbit/s. The
changes (people, training sessions, attendances) are made through the service layer
beforehand and not timed.

Printed: wall time; bytes on the wire (as counted by the proxy, TLS and HTTP included, both
directions), beside issue 17's targets (≤ 600,000 in all, ≤ 60,000 down) and the figures before
it; round trips (HTTP requests, and TCP connections); two floors:

* the wire floor = wire bytes ÷ bandwidth + unavoidable round trips × RTT, where the
  unavoidable round trips are one TLS handshake per connection plus every request the sync
  made (health, each push, each pull page); wall ÷ wire floor (target ≤ 1.5). It adds up both
  directions, as a request/response protocol that waits for each answer cannot overlap them.
  It grows with the protocol's own bytes, so a bloated answer raises it too;
* the information floor = the batches' JSON bodies compressed as hard as possible (the
  smaller of zstd level 19 and xz -9e, body by body) ÷ bandwidth + (one TLS handshake + the
  requests the protocol cannot avoid: the health probe, ceil(changes ÷ MAX_CHANGES_PER_BATCH)
  pushes and one pull) × RTT; wall ÷ information floor (target ≤ 1.4). What has to cross,
  whatever the protocol.

Then the same kind of changes sent the naive way: one push per record, plain JSON without
gzip, over the same link. At 600 ms per round trip that takes hours for 10,000 records, so a
sample of --naive-sample records is timed and the total extrapolated linearly (said so in the
output). The ratio naive ÷ batched is printed last.

Run: .venv/bin/python benchmarks/sync_slow_link.py [--changes 10000] [--naive-sample 100]
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.support: the fault proxy and the test CA helper

from tests.support.faultproxy import FaultProxy  # noqa: E402
from tests.support.hubserver import make_tls  # noqa: E402

from bluepacific_desktop.domain.enums import RecordKind  # noqa: E402
from bluepacific_desktop.store.device import set_up_device  # noqa: E402
from bluepacific_desktop.store.models import OutboxEntry  # noqa: E402
from bluepacific_desktop.store.services import RecordService  # noqa: E402
from bluepacific_desktop.store.store import Store  # noqa: E402
from bluepacific_desktop.sync.client import ClientOptions, HubClient  # noqa: E402
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress  # noqa: E402
from bluepacific_desktop.sync.outgoing import _change  # noqa: E402
from bluepacific_wire import (  # noqa: E402
    API_PREFIX,
    CLIENT_HEADER,
    MAX_CHANGES_PER_BATCH,
    format_time,
    utc_now,
)
from bluepacific_wire.codec import decompress, encoding_of, zstd_bytes  # noqa: E402

TARGET = 1.5
INFORMATION_TARGET = 1.4
WIRE_TARGET, DOWN_TARGET = 600_000, 60_000
# The same benchmark before issue 17 (gzip, one result per change in every push answer).
BEFORE = {"wall": 52.5, "wire": 1_064_943, "up": 551_052, "down": 513_891}
PASSWORD = "benchmark password 1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_hub(
    folder: Path,
    ca_file: str,
    cert: str,
    key: str,
    users: tuple[tuple[str, str, str], ...] = (("ana", "FJ", "focal_point"),),
) -> tuple[subprocess.Popen[bytes], int]:
    """The hub in its own process on a free port, with `users` (username, country, role), each
    with PASSWORD."""
    tool = str(Path(sys.executable).parent / "bluepacific-hub")
    db = f"sqlite:///{folder / 'hub.db'}"
    for username, country, role in users:
        add = ["user", "add", "--database", db, "--username", username, "--country", country]
        subprocess.run(
            [tool, *add, "--role", role],
            input=PASSWORD.encode(),
            check=True,
            capture_output=True,
        )
    port = free_port()
    hub = subprocess.Popen(
        [tool, "serve", "--database", db, "--port", str(port), "--cert", cert, "--key", key],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(f"https://127.0.0.1:{port}{API_PREFIX}/health", verify=ca_file, timeout=2)
            return hub, port
        except requests.ConnectionError:
            if time.monotonic() > deadline or hub.poll() is not None:
                raise SystemExit("the hub did not start") from None
            time.sleep(0.1)


def make_changes(store: Store, n: int) -> None:
    """n new records: 1 session per 20 changes, the rest half people, half their attendances."""
    with store.write() as session:
        set_up_device(session, "FJ")
    made = 0
    sessions: list[str] = []
    while made < n:
        with store.write() as session:
            svc = RecordService(session)
            for _ in range(min(1000, n - made)):
                if made % 20 == 0 or not sessions:
                    sessions.append(
                        svc.create(
                            RecordKind.TRAINING_SESSION,
                            {
                                "course_code": "HR_POLICING",
                                "mode": "in_person",
                                "start_date": "2025-03-03",
                                "end_date": "2025-03-07",
                                "location": f"Suva, room {made % 7}",
                            },
                        ).id
                    )
                    made += 1
                elif made % 2:
                    last_person = svc.create(
                        RecordKind.PERSON,
                        {
                            "full_name": f"Trainee Number {made}",
                            "sex": "female" if made % 3 else "male",
                            "agency": "Fiji Police Force",
                            "rank": "Constable",
                        },
                    ).id
                    made += 1
                    svc.create(
                        RecordKind.ATTENDANCE,
                        {
                            "session_id": sessions[-1],
                            "person_id": last_person,
                            "completed": True,
                            "pre_score": 40 + made % 50,
                            "post_score": 50 + made % 50,
                        },
                    )
                    made += 1
                else:
                    svc.create(
                        RecordKind.PERSON,
                        {"full_name": f"Officer {made}", "sex": "male", "agency": "Fiji Police"},
                    )
                    made += 1


def slow_link(port: int, one_way_delay: float, bandwidth: float) -> FaultProxy:
    """The simulated satellite link to the hub on `port`: `one_way_delay` seconds each way,
    `bandwidth` bits per second in each direction."""
    return FaultProxy(("127.0.0.1", port), one_way_delay_s=one_way_delay, bandwidth_bps=bandwidth)


def add_link_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--one-way-delay", type=float, default=0.3)
    parser.add_argument("--bandwidth", type=float, default=256_000, help="bits per second")


def sample_changes(store: Store, n: int) -> list[dict[str, Any]]:
    """n changes shaped like the queued ones, with new ids (so the hub takes them as new).

    Attendances are left out: their ids derive from their session and person (the hub refuses
    any other), so a copy under a new id is not a record the app would ever send.
    """
    with store.read() as session:
        entries = (
            session.query(OutboxEntry)
            .where(OutboxEntry.kind != RecordKind.ATTENDANCE.value)
            .order_by(OutboxEntry.seq)
            .limit(n)
            .all()
        )
        out = []
        for entry in entries:
            change = _change([entry])
            change["change_id"] = str(uuid.uuid4())
            change["record_id"] = str(uuid.uuid4())
            out.append(change)
    return out


def naive_push(url: str, token: str, ca_file: str, changes: list[dict[str, Any]]) -> float:
    """One POST per change, plain JSON; returns the seconds taken."""
    session = requests.Session()
    session.trust_env = False
    session.verify = ca_file
    session.headers[CLIENT_HEADER] = "0.1.0"
    session.headers["Authorization"] = f"Bearer {token}"
    started = time.monotonic()
    for change in changes:
        body = {
            "batch_id": str(uuid.uuid4()),
            "client_version": "0.1.0",
            "device_time": format_time(utc_now()),
            "changes": [change],
        }
        r = session.post(
            f"{url}{API_PREFIX}/sync/push",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            timeout=60,
        )
        assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    took = time.monotonic() - started
    session.close()
    return took


def hardest(json_body: bytes) -> int:
    """The size of `json_body` compressed as hard as the usual tools can."""
    return min(
        len(zstd_bytes(json_body, level=19)),
        len(lzma.compress(json_body, preset=9 | lzma.PRESET_EXTREME)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--naive-sample", type=int, default=100)
    add_link_arguments(parser)
    parser.add_argument("--verbose", action="store_true", help="print each batch and page")
    args = parser.parse_args()
    rtt = 2 * args.one_way_delay
    rate = args.bandwidth / 8

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tls = make_tls(folder)
        hub, port = start_hub(folder, tls.ca_file, tls.cert_file, tls.key_file)
        try:
            store = Store.open(folder / "desktop")
            t = time.monotonic()
            make_changes(store, args.changes)
            with store.read() as session:
                queued = session.query(OutboxEntry).count()
            naive_changes = sample_changes(store, args.naive_sample)
            took_s = time.monotonic() - t
            print(f"queued {queued} changes through the service layer ({took_s:.1f} s, not timed)")
            direct = f"https://127.0.0.1:{port}"
            with HubClient(direct, None, ClientOptions(ca_bundle=tls.ca_file)) as c:
                token = c.login("ana", PASSWORD, "benchmark")["token"]

            # -- batched: the app's sync engine ------------------------------------------------
            proxy = slow_link(port, args.one_way_delay, args.bandwidth)
            client = HubClient(proxy.url, token, ClientOptions(ca_bundle=tls.ca_file))
            calls = {"push": 0, "pull": 0}
            in_calls = [0.0]
            bodies: dict[str, bytes] = {}  # batch_id → the batch's JSON, as the hub reads it
            for name in calls:
                original = getattr(client, name)

                def counted(*a: Any, _name: str = name, _f: Any = original, **kw: Any) -> Any:
                    calls[_name] += 1
                    if _name == "push":
                        bodies[a[0]] = decompress(a[1], encoding_of(a[1]))
                    started = time.monotonic()
                    try:
                        return _f(*a, **kw)
                    finally:
                        in_calls[0] += time.monotonic() - started

                setattr(client, name, counted)
            started = time.monotonic()

            def progress(p: SyncProgress) -> None:
                if args.verbose:
                    print(
                        f"  {time.monotonic() - started:7.1f} s {p.phase} {p.changes_sent} "
                        f"sent {p.bytes_sent} received {p.bytes_received}"
                    )

            report = SyncEngine(store, client, progress=progress).run()
            wall = time.monotonic() - started
            client.close()
            proxy.close()
            assert report.complete and report.waiting == 0, report.error
            assert report.pushed == queued, (report.pushed, queued)
            wire = proxy.bytes_up + proxy.bytes_down
            handshakes = proxy.connections
            requests_made = client.stats.round_trips
            floor = wire / rate + (handshakes + requests_made) * rtt
            print(
                f"link: {args.bandwidth / 1000:.0f} kbit/s each way, {rtt * 1000:.0f} ms round trip"
            )
            coding = "zstd" if client.body_encoding == "zstd" else "gzip"
            api = "v2" if 2 in client.api_versions else "v1"
            print(f"batched sync of {queued} changes ({coding}, API {api}, adaptive batches):")
            print(f"  wall time          {wall:8.1f} s  (before issue 17: {BEFORE['wall']} s)")
            print(
                f"  bytes on the wire  {wire:8d}  (up {proxy.bytes_up}, down {proxy.bytes_down}; "
                f"request/answer bodies {report.bytes_sent} / {report.bytes_received})"
            )
            wire_ok = "OK" if wire <= WIRE_TARGET and proxy.bytes_down <= DOWN_TARGET else "ABOVE"
            print(
                f"    targets <= {WIRE_TARGET} in all, <= {DOWN_TARGET} down: {wire_ok}; before "
                f"{BEFORE['wire']} (up {BEFORE['up']}, down {BEFORE['down']}): "
                f"{wire / BEFORE['wire']:.2f} of it, down {proxy.bytes_down / BEFORE['down']:.3f}"
            )
            print(
                f"  round trips        {requests_made:8d}  requests (health 1, pushes "
                f"{calls['push']}, pulls {calls['pull']}) over {handshakes} connection(s)"
            )
            print(
                f"  floor              {floor:8.1f} s  = {wire} B / {rate:.0f} B/s "
                f"+ ({handshakes} TLS handshake + {requests_made} requests) x {rtt:.1f} s"
            )
            ratio = wall / floor
            verdict = "OK" if ratio <= TARGET else "ABOVE TARGET"
            print(f"  wall / floor       {ratio:8.2f}  (target <= {TARGET}: {verdict})")
            raw = sum(len(b) for b in bodies.values())
            least = sum(hardest(b) for b in bodies.values())
            needed = 1 + math.ceil(queued / MAX_CHANGES_PER_BATCH) + 1  # health, pushes, pull
            information = least / rate + (1 + needed) * rtt
            print(
                f"  information floor  {information:8.1f} s  = {least} B ({len(bodies)} batch "
                f"bodies, {raw} B of JSON, at zstd -19 / xz -9e) / {rate:.0f} B/s "
                f"+ (1 TLS handshake + {needed} requests) x {rtt:.1f} s"
            )
            ratio = wall / information
            verdict = "OK" if ratio <= INFORMATION_TARGET else "ABOVE TARGET"
            print(
                f"  wall / information {ratio:8.2f}  (target <= {INFORMATION_TARGET}: {verdict}); "
                f"wire bytes / information bytes {wire / least:.2f}"
            )
            print(
                f"  (time inside push/pull calls {in_calls[0]:.1f} s, "
                f"the rest on this computer {wall - in_calls[0]:.1f} s)"
            )

            # -- naive: one request per record, plain JSON ----------------------------------------
            proxy = slow_link(port, args.one_way_delay, args.bandwidth)
            took = naive_push(proxy.url, token, tls.ca_file, naive_changes)
            n = len(naive_changes)
            naive_wire = proxy.bytes_up + proxy.bytes_down
            proxy.close()
            per_record = took / n
            naive_total = per_record * queued
            print("naive client (one push per record, plain JSON, no gzip):")
            print(
                f"  timed a sample of {n} records: {took:.1f} s ({per_record:.2f} s per record, "
                f"{naive_wire / n:.0f} wire bytes per record)"
            )
            print(
                f"  extrapolated linearly to {queued} records: {naive_total:8.0f} s "
                f"({naive_total / 3600:.1f} h) - an estimate, not measured"
            )
            print(f"  naive / batched    {naive_total / wall:8.1f}x  (target >= 100x)")
            store.close()
        finally:
            hub.terminate()
            try:
                hub.wait(30)
            except subprocess.TimeoutExpired:
                hub.kill()
                hub.wait(10)


if __name__ == "__main__":
    os.environ.pop("REQUESTS_CA_BUNDLE", None)
    main()
