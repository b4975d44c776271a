"""Every local change reaches the hub exactly once, whatever the link does on the way.

The desktop's SyncEngine talks to the real hub (HTTPS, SQLite file) through FaultProxy. Each
test queues a few hundred changes, pushed in several batches (the batch size starts at 50), and
breaks the link part-way through the queue. After retries (fast backoff) the hub must hold every
local record once, with the same fields and revision, and each change must be applied once.
"""

from __future__ import annotations

import json
import ssl
import threading
import time

import pytest

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.engine import SyncReport
from bluepacific_wire import SERVICE_NAME, format_time, utc_now
from tests.support.faultproxy import Fault, FaultProxy, http_response
from tests.support.hubserver import Tls
from tests.sync_faults.conftest import (
    RestartableHub,
    Workload,
    assert_exactly_once,
    hub_rows,
    sync_once,
    sync_with_retries,
)

CHANGES = 400
PORTAL = http_response(
    "200 OK",
    b"<!doctype html><html><body><h1>Welcome to Hotel Wifi</h1>"
    b"<form>Room number <input name=room></form></body></html>",
    "text/html; charset=utf-8",
    close=True,
)


def health_answer() -> bytes:
    body = {
        "service": SERVICE_NAME,
        "api_version": 1,
        "server_time": format_time(utc_now()),
        "min_client_version": "0.1.0",
        "current_desktop_version": "0.1.0",
    }
    return http_response("200 OK", json.dumps(body).encode(), "application/json")


def portal_context(tls: Tls) -> ssl.SSLContext:
    """The TLS side of a canned answer: a certificate the client trusts (from the test CA), as
    a network that intercepts with a trusted certificate (a company proxy) would have."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tls.cert_file, tls.key_file)
    return ctx


def first_run_broke_mid_queue(failed: list[SyncReport], codes: set[str]) -> None:
    assert failed, "the fault never hit"
    assert {r.error_code for r in failed} <= codes, [r.error for r in failed]
    # Part of the queue got through before the fault, the rest was still waiting.
    assert any(r.pushed > 0 for r in failed) or failed[0].pushed == 0 < len(failed) - 1
    assert all(r.waiting > 0 for r in failed)


def test_latency_and_bandwidth_cap(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(CHANGES)
    with FaultProxy(hub.address, one_way_delay_s=0.02, bandwidth_bps=2_000_000) as proxy:
        report = sync_once(store, proxy.url, token, hub.tls)
        assert proxy.bytes_up > report.bytes_sent and proxy.bytes_down > report.bytes_received
    assert report.complete, report.error
    assert report.round_trips >= 5  # health, several pushes, pulls
    assert_exactly_once(store, hub.db_file)


@pytest.mark.parametrize("cut_at", [9_000, 16_000])
def test_connection_reset_mid_request(
    hub: RestartableHub, token: str, store: Store, workload: Workload, cut_at: int
) -> None:
    workload.add(CHANGES)
    plan = {1: Fault(reset_after_upload=cut_at), 2: Fault(reset_after_upload=cut_at // 3)}
    with FaultProxy(hub.address, plan=lambda n: plan.get(n, Fault())) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link"})
    assert_exactly_once(store, hub.db_file)


# Bytes down, measured: TLS and /health end near 1,650; the four pushes' compact answers (API
# v2: a few hundred bytes each) near 2,300, 2,750, 3,200 and 3,650; the pull page after them.
# Each connection is cut past its handshake: a cut inside it reads as a certificate problem.
@pytest.mark.parametrize("cut_at", [2_500, 3_000])
def test_connection_reset_mid_response(
    hub: RestartableHub, token: str, store: Store, workload: Workload, cut_at: int
) -> None:
    workload.add(CHANGES)
    plan = {1: Fault(reset_after_download=cut_at), 2: Fault(reset_after_download=cut_at - 500)}
    with FaultProxy(hub.address, plan=lambda n: plan.get(n, Fault())) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link", "hub_problem"})
    assert_exactly_once(store, hub.db_file)


def test_reply_lost_after_the_hub_committed(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(CHANGES)
    # Each of the first three connections loses the answer to the request that takes its
    # upload past the threshold: the hub applied that batch, the desktop never heard.
    plan = {n: Fault(drop_reply_after_upload=4_000 * n) for n in (1, 2, 3)}
    with FaultProxy(hub.address, plan=lambda n: plan.get(n, Fault())) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link"})
    assert len(failed) == 3
    # The resent batches were answered from the hub's stored answers (duplicate-free).
    assert final.duplicates == 0
    assert_exactly_once(store, hub.db_file)


def test_captive_portal_answers_html_200(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(CHANGES)
    plan = {
        1: Fault(reset_after_download=2_500),  # the link drops mid-queue...
        2: Fault(canned_response=PORTAL),  # ...and comes back behind a hotel login page
        3: Fault(canned_responses=(health_answer(), PORTAL)),  # a portal that lets /health by
    }
    with FaultProxy(
        hub.address, plan=lambda n: plan.get(n, Fault()), tls_context=portal_context(hub.tls)
    ) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link", "captive_portal"})
    assert [r.error_code for r in failed[1:]] == ["captive_portal", "captive_portal"]
    assert "login page" in (failed[1].error or "")
    assert_exactly_once(store, hub.db_file)


def test_front_end_answers_502(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    status = "502 Bad Gateway"
    workload.add(CHANGES)
    html = http_response(status, b"<html><body>upstream error</body></html>", "text/html")
    as_json = http_response(
        status, b'{"error": "internal_error", "message": "try later"}', "application/json"
    )
    plan = {
        1: Fault(reset_after_upload=10_000),
        2: Fault(canned_response=html),  # on the health probe
        3: Fault(canned_responses=(health_answer(), html)),  # on a push
        4: Fault(canned_responses=(health_answer(), as_json)),
    }
    with FaultProxy(
        hub.address, plan=lambda n: plan.get(n, Fault()), tls_context=portal_context(hub.tls)
    ) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link", "hub_problem"})
    assert [r.error_code for r in failed[1:]] == ["hub_problem"] * 3
    assert_exactly_once(store, hub.db_file)


def test_stalled_link_is_abandoned_and_resumed(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(CHANGES)
    plan = {1: Fault(stall_after_upload=12_000)}
    with FaultProxy(hub.address, plan=lambda n: plan.get(n, Fault())) as proxy:
        started = time.monotonic()
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls, stall_timeout=1.0)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"stalled"})
    assert time.monotonic() - started < 20
    assert_exactly_once(store, hub.db_file)


def test_hub_restarts_mid_sync(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(CHANGES)
    restarted = threading.Event()

    def restart_when_half_done() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if len(hub_rows(hub.db_file)["applied"]) >= 60:
                break
            time.sleep(0.005)
        hub.stop()
        time.sleep(0.3)  # down for a moment: connections are refused
        hub.start()
        restarted.set()

    with FaultProxy(hub.address, one_way_delay_s=0.02) as proxy:
        restarter = threading.Thread(target=restart_when_half_done)
        restarter.start()
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
        restarter.join()
        if not failed:  # the sync finished before the stop: run once more through the restart
            final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert restarted.is_set()
    assert final.complete, final.error
    assert failed, "the restart never hit the sync"
    assert_exactly_once(store, hub.db_file)


def test_front_end_answering_503_is_waited_out_within_the_run(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    # 503 is a front end shedding load (no Retry-After here): the run waits and sends the
    # same request again on a new connection, instead of ending as it did for a 502.
    workload.add(CHANGES)
    html = http_response(
        "503 Service Unavailable", b"<html><body>overloaded</body></html>", "text/html"
    )
    plan = {
        1: Fault(reset_after_upload=10_000),
        2: Fault(canned_response=html),  # on the health probe
        3: Fault(canned_responses=(health_answer(), html)),  # on the push after the probe
    }
    with FaultProxy(
        hub.address, plan=lambda n: plan.get(n, Fault()), tls_context=portal_context(hub.tls)
    ) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    first_run_broke_mid_queue(failed, {"no_link"})
    assert len(failed) == 1 and final.busy_waits == 2
    assert_exactly_once(store, hub.db_file)
