"""A submission whose answer is lost after the hub applied it: sent again, it is applied once,
the month's history holds one submission, and the laptop's record matches the hub's."""

from __future__ import annotations

import sqlite3

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.returns import get_return, return_id, transition
from tests.support.faultproxy import Fault, FaultProxy
from tests.sync_faults.conftest import RestartableHub, assert_exactly_once, sync_with_retries


def test_a_submission_whose_answer_was_lost(hub: RestartableHub, token: str, store: Store) -> None:
    with store.write() as session:
        data = {"capability_code": "SLTD", "period": "2025-03", "searches": 9, "hits": 1}
        RecordService(session).create(RecordKind.CAPABILITY_REPORT, data)
    transition(store, "2025-03", ReturnAction.SUBMIT)
    plan = {1: Fault(drop_reply_after_upload=200)}
    with FaultProxy(hub.address, plan=lambda n: plan.get(n, Fault())) as proxy:
        final, failed = sync_with_retries(store, proxy.url, token, hub.tls)
    assert final.complete, final.error
    assert failed, "the fault never hit"
    month = get_return(store, "2025-03")
    assert month.on_hub and month.steps == () and month.state == "submitted"
    assert [e.action for e in month.history] == [ReturnAction.SUBMIT]
    conn = sqlite3.connect(hub.db_file)
    try:
        events = conn.execute(
            "SELECT action FROM hub_return_event WHERE record_id = ?",
            (return_id("FJ", "2025-03"),),
        ).fetchall()
    finally:
        conn.close()
    assert events == [("submit",)]
    assert_exactly_once(store, hub.db_file)
