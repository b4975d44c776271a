"""One country cannot block another's sync: a squatted derived id, an oversized record."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.ids import natural_id
from tests.support.forged import queue_foreign
from tests.support.hubserver import change
from tests.sync.conftest import DeviceFactory, SyncHub, hub_records

MONTHS = ["2025-01", "2025-02", "2025-03"]


def test_fijis_months_sync_although_tonga_pushed_their_ids_first(
    running: SyncHub, make_device: DeviceFactory
) -> None:
    fiji = make_device("FJ")
    tonga = running.device("tonga-raw", "TO")  # a forged client, not the app
    for month in MONTHS:
        fields = {"capability_code": "SLTD", "period": month, "searches": 1}
        fijis = natural_id(K.CAPABILITY_REPORT, "FJ", fields)
        tonga.push(change("TO", fields, kind="capability_report", record_id=fijis))
    ids = [fiji.create(K.CAPABILITY_REPORT, period=m) for m in MONTHS]
    report = fiji.sync()
    assert report.refused == 0 and report.complete, report
    stored = hub_records(fiji.running, *ids)
    assert set(stored) == set(ids) and {r.country for r in stored.values()} == {"FJ"}


def test_an_oversized_contact_is_set_aside_with_the_hubs_reason_the_rest_syncs(
    make_device: DeviceFactory,
) -> None:
    fiji = make_device("FJ")
    before = fiji.create(K.CONTACT, full_name="Before")
    # As queued by an older version of the app (or a tampered file): past today's checks.
    fields = {
        "full_name": "Big",
        "organisation": "Police",
        "org_type": "TCU",
        "notes": "n" * 20_001,
    }
    big = queue_foreign(fiji.store, "FJ", kind=K.CONTACT, fields=fields)
    after = fiji.create(K.PERSON, full_name="After")
    report = fiji.sync()
    reason = (
        "the field 'notes' of this contact is 20,001 characters long; it may hold at most 20,000"
    )
    assert report.refused == 1 and report.refused_reasons == [reason], report
    (entry,) = fiji.outbox()
    assert entry.change_id == big and entry.state == "set_aside"
    assert entry.set_aside_reason == reason
    assert set(hub_records(fiji.running, before, after)) == {before, after}
