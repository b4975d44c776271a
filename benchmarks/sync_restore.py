"""Benchmark: a new laptop restored from the hub over the simulated satellite link.

Two restores, each from its own hub (`bluepacific-hub serve` in its own process, HTTPS, SQLite),
through the same link as sync_slow_link.py (its `slow_link`: 256 kbit/s each way, 600 ms round
trip unless told otherwise):

* country: a new laptop of Fiji's focal point; the hub holds 50,000 of Fiji's records (people,
  training sessions, attendances, monthly capability reports, contacts);
* region: a regional admin's new laptop; the hub holds 11 countries × 20,000 records.

`--scale 0.1` makes both ten times smaller. The hub is filled beforehand by direct pushes of
5,000 changes (not through the link, not timed). Each restore is timed from the login to the end
of the sync, twice in the same run: first the baseline — the app as before issue 17's pull
work (API v1 pages of 500 records, gzip) — then the app as it is (API v2 compact pages, zstd).

Printed for each: wall, bytes on the wire (the proxy's count, TLS and HTTP included), pages,
the information floor and wall ÷ floor (target ≤ 1.3). The information floor = the pages' records
as v1 JSON compressed as hard as the usual tools can (sync_slow_link.hardest, page by page) ÷
bandwidth + (1 TLS handshake + the login + ceil(records ÷ the largest page)) × round trip.

Run: .venv/bin/python benchmarks/sync_restore.py [--scale 1.0] [--only country|region]
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sync_slow_link as link
from tests.support.hubserver import make_tls

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.ids import natural_id
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.records import record_fields
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine
from bluepacific_wire import (
    MAX_CHANGES_PER_BATCH,
    PullResponse,
    encode_json,
    format_time,
    utc_now,
)
from bluepacific_wire.codec import zstd_bytes

TARGET = 1.3
COUNTRIES = ("FJ", "KI", "MH", "FM", "NR", "PW", "PG", "WS", "SB", "TO", "VU")
CAPABILITIES = ("I247", "NOM", "SLTD", "TDAWN", "SMV", "VESSELS", "IARMS", "EDISON", "AFIS", "DNA")
MONTHS = tuple(f"{y}-{m:02d}" for y in range(2000, 2026) for m in range(1, 13))
USERS = (
    ("seeder", "FJ", "regional_admin"),
    ("ana", "FJ", "focal_point"),
    ("regional", "FJ", "regional_admin"),
)


def templates() -> dict[RecordKind, dict[str, Any]]:
    """Every field of a session and a contact as the app's service layer fills them in (its
    defaults included), from records made in a scratch store."""
    made = {
        RecordKind.TRAINING_SESSION: {
            "course_code": "HR_POLICING",
            "mode": "in_person",
            "start_date": "2025-03-03",
            "end_date": "2025-03-07",
            "location": "Suva",
        },
        RecordKind.CONTACT: {
            "full_name": "Contact",
            "organisation": "Police",
            "org_type": "TCU",
            "contact_country": "FJ",
            "emails": "c@police.example",
        },
    }
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        with store.write() as session:
            set_up_device(session, "FJ")
            svc = RecordService(session)
            out = {kind: record_fields(kind, svc.create(kind, data)) for kind, data in made.items()}
        store.close()
    return out


def records_of(country: str, n: int) -> list[dict[str, Any]]:
    """n changes of new records of `country`: per 20, 1 session, 7 people with 7 attendances,
    1 monthly capability report, 2 contacts, 2 more people; attendances and reports under
    the ids their content derives (the hub refuses any other)."""
    out: list[dict[str, Any]] = []
    template = templates()
    session_id = ""
    reports = iter((c, m) for m in MONTHS for c in CAPABILITIES)

    def add(kind: RecordKind, fields: dict[str, Any], record_id: str | None = None) -> str:
        rid = record_id or str(uuid.uuid4())
        out.append(
            {
                "change_id": str(uuid.uuid4()),
                "kind": kind.value,
                "record_id": rid,
                "country": country,
                "op": "upsert",
                "base_revision": None,
                "changed_fields": sorted(fields),
                "fields": fields,
            }
        )
        return rid

    i = 0
    while len(out) < n:
        step = i % 20
        if step == 0:
            session_id = add(
                RecordKind.TRAINING_SESSION,
                {**template[RecordKind.TRAINING_SESSION], "location": f"Suva, room {i % 7}"},
            )
        elif step < 15 and step % 2:
            person = add(
                RecordKind.PERSON,
                {
                    "full_name": f"Trainee {country} {i}",
                    "sex": "female" if i % 3 else "male",
                    "agency": "Police Force",
                    "rank": "Constable",
                },
            )
            fields = {
                "session_id": session_id,
                "person_id": person,
                "completed": True,
                "pre_score": 40 + i % 50,
                "post_score": 50 + i % 50,
            }
            add(RecordKind.ATTENDANCE, fields, natural_id(RecordKind.ATTENDANCE, country, fields))
            i += 1
        elif step == 15:
            capability, month = next(reports)
            fields = {"capability_code": capability, "period": month, "searches": i, "hits": 2}
            rid = natural_id(RecordKind.CAPABILITY_REPORT, country, fields)
            add(RecordKind.CAPABILITY_REPORT, fields, rid)
        elif step in (16, 17):
            add(
                RecordKind.CONTACT,
                {
                    **template[RecordKind.CONTACT],
                    "full_name": f"Contact {country} {i}",
                    "contact_country": country,
                    "emails": [f"c{i}@police.example"],
                },
            )
        else:
            add(RecordKind.PERSON, {"full_name": f"Officer {i}", "sex": "male", "agency": "Police"})
        i += 1
    return out[:n]


def fill(url: str, ca_file: str, countries: tuple[str, ...], per_country: int) -> int:
    """Push the records straight to the hub (not timed); how many it holds after."""
    total = 0
    with HubClient(url, None, ClientOptions(ca_bundle=ca_file, stall_timeout=600)) as client:
        client.token = client.login("seeder", link.PASSWORD, "seeder")["token"]
        client.health()
        for country in countries:
            changes = records_of(country, per_country)
            for start in range(0, len(changes), MAX_CHANGES_PER_BATCH):
                batch_id = str(uuid.uuid4())
                body = {
                    "batch_id": batch_id,
                    "client_version": "0.1.0",
                    "device_time": format_time(utc_now()),
                    "changes": changes[start : start + MAX_CHANGES_PER_BATCH],
                }
                answer = client.push(batch_id, zstd_bytes(encode_json(body), level=3))
                applied = sum(r["status"] == "applied" for r in answer["results"])
                assert applied == len(body["changes"]), "the hub refused some records"
                total += applied
    return total


class V1Client(HubClient):
    """The app before issue 17's pull work: API v1 only (v1 pages), gzip."""

    def health(self) -> Any:
        answer = super().health()
        self.api_versions = frozenset({1})
        return answer


@dataclass
class Restore:
    wall: float
    login: float  # of the wall, the login's
    wire: int
    down: int
    pages: int
    records: int
    page_records: list[bytes]  # each page's records as v1 JSON


def restore(
    folder: Path, port: int, ca_file: str, username: str, args: argparse.Namespace, v1: bool
) -> Restore:
    """A new laptop's store, logged in through the link and synced to the end."""
    store = Store.open(folder)
    with store.write() as session:
        set_up_device(session, "FJ")
    proxy = link.slow_link(port, args.one_way_delay, args.bandwidth)
    options = ClientOptions(ca_bundle=ca_file, zstd=not v1, stall_timeout=120)
    pages: list[bytes] = []
    try:
        started = time.monotonic()
        token = account.login(
            store, proxy.url, username, link.PASSWORD, ca_bundle=ca_file, save=False
        )
        signed_in = time.monotonic() - started
        client = (V1Client if v1 else HubClient)(proxy.url, token, options)
        original = client.pull

        def pull(cursor: int, limit: int, skip_own: bool = True) -> PullResponse:
            page = original(cursor, limit, skip_own)
            pages.append(encode_json(page["changes"]))
            return page

        client.pull = pull  # type: ignore[method-assign]
        engine = SyncEngine(store, client, pull_page=500 if v1 else None)
        report = engine.run()
        wall = time.monotonic() - started
        client.close()
        assert report.error_code is None, report.error
    finally:
        proxy.close()
        store.close()
    return Restore(
        wall,
        signed_in,
        proxy.bytes_up + proxy.bytes_down,
        proxy.bytes_down,
        len(pages),
        report.pulled,
        pages,
    )


def scenario(name: str, countries: tuple[str, ...], per_country: int, args: Any) -> None:
    rtt = 2 * args.one_way_delay
    rate = args.bandwidth / 8
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tls = make_tls(folder)
        hub, port = link.start_hub(folder, tls.ca_file, tls.cert_file, tls.key_file, USERS)
        try:
            t = time.monotonic()
            held = fill(f"https://127.0.0.1:{port}", tls.ca_file, countries, per_country)
            print(
                f"{name}: the hub holds {held:,} records of {len(countries)} countr"
                f"{'y' if len(countries) == 1 else 'ies'} (filled in {time.monotonic() - t:.0f} s, "
                "not timed)"
            )
            username = "regional" if len(countries) > 1 else "ana"
            before = restore(folder / "baseline", port, tls.ca_file, username, args, v1=True)
            now = restore(folder / "now", port, tls.ca_file, username, args, v1=False)
        finally:
            hub.terminate()
            try:
                hub.wait(30)
            except subprocess.TimeoutExpired:
                hub.kill()
                hub.wait(10)
    assert now.records == before.records, (now.records, before.records)
    least = sum(link.hardest(page) for page in now.page_records if page != b"[]")
    requests = 1 + math.ceil(now.records / MAX_CHANGES_PER_BATCH)
    floor = least / rate + (1 + requests) * rtt
    print(f"  records pulled     {now.records:>10,}")
    print(
        f"  information floor  {floor:>10.1f} s  = {least:,} B (the pages' records as JSON at "
        f"zstd -19 / xz -9e) / {rate:.0f} B/s + (1 TLS handshake + login + "
        f"{requests - 1} pages) x {rtt:.1f} s"
    )
    print(f"  {'':18} {'baseline (v1, gzip)':>22} {'now (v2, zstd)':>18}")
    print(f"  {'wall':18} {before.wall:>20.1f} s {now.wall:>16.1f} s")
    print(f"  {'  of which login':18} {before.login:>20.1f} s {now.login:>16.1f} s")
    print(f"  {'bytes on the wire':18} {before.wire:>22,} {now.wire:>18,}")
    print(f"  {'  of which down':18} {before.down:>22,} {now.down:>18,}")
    print(f"  {'pages':18} {before.pages:>22} {now.pages:>18}")
    ratio = now.wall / floor
    verdict = "OK" if ratio <= TARGET else "ABOVE TARGET"
    print(
        f"  {'wall / floor':18} {before.wall / floor:>22.2f} {ratio:>18.2f}"
        f"  (target <= {TARGET}: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", choices=("country", "region"))
    link.add_link_arguments(parser)
    args = parser.parse_args()
    print(
        f"link: {args.bandwidth / 1000:.0f} kbit/s each way, "
        f"{2 * args.one_way_delay * 1000:.0f} ms round trip; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if args.only in (None, "country"):
        scenario("country", ("FJ",), round(50_000 * args.scale), args)
    if args.only in (None, "region"):
        scenario("region", COUNTRIES, round(20_000 * args.scale), args)


if __name__ == "__main__":
    os.environ.pop("REQUESTS_CA_BUNDLE", None)
    main()
