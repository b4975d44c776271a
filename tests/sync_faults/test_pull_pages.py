"""A device that pushed many changes learns in one page that nothing else is new."""

from __future__ import annotations

from bluepacific_desktop.store.store import Store
from tests.support.faultproxy import FaultProxy
from tests.sync_faults.conftest import (
    RestartableHub,
    Workload,
    client_for,
    local_records,
    sync_once,
)


def test_own_echoes_cost_no_pull_pages(
    hub: RestartableHub, token: str, store: Store, workload: Workload
) -> None:
    workload.add(1200)
    with FaultProxy(hub.address) as proxy:
        first = sync_once(store, proxy.url, token, hub.tls)
        assert first.complete, first.error
        with client_for(proxy.url, token, hub.tls) as client:
            own_skipped = client.pull(0, 500, skip_own=True)
            everything = []
            cursor, more = 0, True
            while more:
                page = client.pull(cursor, 500, skip_own=False)
                everything.extend(page["changes"])
                cursor, more = page["next_cursor"], page["has_more"]
    # Only the reference data (not 1200 own echoes): one page, and the cursor at the end.
    assert not own_skipped["has_more"]
    assert {c["kind"] for c in own_skipped["changes"]} <= {
        "ref_country",
        "ref_capability",
        "ref_course",
        "ref_org_type",
        "ref_contact_role",
    }
    assert own_skipped["next_cursor"] == cursor == max(c["revision"] for c in everything)
    assert len(everything) == len(own_skipped["changes"]) + len(local_records(store))
    # The sync itself: health, pushes, and one pull page.
    pushes = first.round_trips - 2
    assert first.round_trips == 1 + pushes + 1
