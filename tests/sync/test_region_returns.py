"""A regional admin's desktop shows every country's months (issue 13), over the real hub (HTTPS
on loopback): a Fiji and a Tonga focal point submit months, a regional admin's laptop (Samoa,
the PTCCC) syncs and sees both countries' states, each read in its own calendar, with the
rates counted by hand; `returns list --all-countries` prints them, in English and French; a
Fiji focal point's laptop refuses it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.workflows import returns as returns_module
from bluepacific_desktop.workflows.region_returns import (
    NotRegionalAdmin,
    region_returns,
)
from bluepacific_desktop.workflows.returns import transition
from bluepacific_hub import audit
from bluepacific_hub.returns import set_skip
from bluepacific_wire import utc_now
from tests.support.logs import logging_kept
from tests.sync.conftest import Device, DeviceFactory


def _synced(device: Device) -> None:
    report = device.sync()
    assert report.complete and report.error is None, report


def _submit_at(
    monkeypatch: pytest.MonkeyPatch, device: Device, period: str, at: datetime, action: A
) -> None:
    """The month moved on a laptop whose clock said `at` (offline then; synced later): the
    person's time decides on time or late."""
    with monkeypatch.context() as m:
        m.setattr(returns_module, "utcnow", lambda: at)
        transition(device.store, period, action)


def _cli(device: Device, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    with logging_kept():
        code = main(["--data-dir", str(device.store.path.parent), *args])
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.fixture
def region(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> tuple[Device, Device, Device]:
    """Fiji: March 2025 submitted on time (10 April), April a nil return late (1 June);
    Tonga: March submitted on 15 April at 11:30 UTC, still the 15th in Fiji (+12) but the 16th
    in Tongatapu (+13), so late in Tonga's calendar; then the regional admin's laptop (Samoa)
    syncs."""
    fiji = make_device("FJ")
    tonga = make_device("TO")
    regional = make_device("WS", "regional_admin")
    fiji.create(K.CAPABILITY_REPORT, period="2025-03", searches=120, hits=2)
    _submit_at(monkeypatch, fiji, "2025-03", datetime(2025, 4, 10, tzinfo=UTC), A.SUBMIT)
    _submit_at(monkeypatch, fiji, "2025-04", datetime(2025, 6, 1, tzinfo=UTC), A.NIL)
    tonga.create(K.CAPABILITY_REPORT, period="2025-03", searches=40, hits=1)
    _submit_at(monkeypatch, tonga, "2025-03", datetime(2025, 4, 15, 11, 30, tzinfo=UTC), A.SUBMIT)
    _synced(fiji)
    _synced(tonga)
    with regional.running.hub.sessions() as session, session.begin():
        set_skip(session, "TO", True, utc_now(), by=audit.HUB)
    _synced(regional)
    return fiji, tonga, regional


def test_the_regional_admin_sees_every_countrys_months_and_rates(
    region: tuple[Device, Device, Device],
) -> None:
    _, _, regional = region
    seen = region_returns(regional.store, 2025)
    codes = [c.code for c in seen.countries]
    assert codes[0] == "WS" and sorted(codes) == sorted(
        ["FJ", "KI", "MH", "FM", "NR", "PW", "PG", "WS", "SB", "TO", "VU"]
    )  # this laptop's country first, then all eleven
    countries = {c.code: c for c in seen.countries}
    fiji = {m.period: m for m in countries["FJ"].months}
    assert len(fiji) == 12
    assert (fiji["2025-03"].state, fiji["2025-03"].timeliness.value) == ("submitted", "on_time")
    assert (fiji["2025-04"].state, fiji["2025-04"].nil) == ("submitted", True)
    assert fiji["2025-04"].timeliness.value == "late"
    assert fiji["2025-05"].exists is False and fiji["2025-05"].timeliness.value == "missing"
    tonga = {m.period: m for m in countries["TO"].months}
    march = tonga["2025-03"]
    assert (march.state, march.timeliness.value) == ("submitted", "late")
    # In Tonga's own calendar: due on 15 April, in the zone of the laptop that submitted it.
    assert march.zone == "Pacific/Tongatapu" and march.due_day == date(2025, 4, 15)
    # Each country's hub settings reach the regional admin: Tonga skips national approval.
    assert march.next_action is A.ACCEPT and fiji["2025-03"].next_action is A.APPROVE
    # A month nobody moved is read in that country's first zone.
    kiribati = {m.period: m for m in countries["KI"].months}
    assert kiribati["2025-03"].zone == "Pacific/Tarawa"
    assert kiribati["2025-03"].timeliness.value == "missing"

    f = countries["FJ"].figures
    assert (f.expected, f.received, f.on_time, f.late, f.missing, f.nil, f.accepted) == (
        12, 2, 1, 1, 10, 1, 0,
    )  # fmt: skip
    t = countries["TO"].figures
    assert (t.expected, t.received, t.on_time, t.late, t.missing) == (12, 1, 0, 1, 11)
    assert countries["VU"].figures.missing == 12
    r = seen.figures  # 11 countries × 12 months; 3 received, 1 on time
    assert (r.expected, r.received, r.on_time, r.late, r.missing, r.nil) == (
        132, 3, 1, 2, 129, 1,
    )  # fmt: skip
    assert r.reporting_rate == pytest.approx(3 / 132)
    assert r.on_time_rate == pytest.approx(1 / 132)
    assert f.reporting_rate == pytest.approx(2 / 12) and f.on_time_rate == pytest.approx(1 / 12)


def _row(out: str, first: str) -> list[str]:
    (line,) = [line for line in out.splitlines() if line.split("\t")[0] == first]
    return line.split("\t")


def test_returns_list_all_countries_prints_the_table_in_english_and_french(
    region: tuple[Device, Device, Device], capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, regional = region
    code, out, err = _cli(
        regional, capsys, "--lang", "en", "returns", "list", "--all-countries", "--year", "2025"
    )
    assert code == 0, err
    header = out.splitlines()[0].split("\t")
    assert header[:2] == ["Country", "2025-01"] and header[-3:] == [
        "2025-12",
        "Reporting rate",
        "On-time rate",
    ]
    fiji = _row(out, "Fiji")
    assert fiji[3:6] == ["submitted, on time", "nil return (submitted), late", "draft, missing"]
    assert fiji[-2:] == ["16.7%", "8.3%"]
    assert _row(out, "Tonga")[3:5] == ["submitted, late", "draft, missing"]
    assert _row(out, "Tonga")[-2:] == ["8.3%", "0.0%"]
    assert _row(out, "Region")[-2:] == ["2.3%", "0.8%"]
    assert (
        "Fiji: Expected 12, received 2 (1 nil), on time 1, late 1, missing 10, accepted 0." in out
    )
    assert out.splitlines()[1].startswith("Samoa\t")  # this laptop's country first

    code, out, err = _cli(
        regional, capsys, "--lang", "fr", "returns", "list", "--all-countries", "--year", "2025"
    )
    assert code == 0, err
    assert out.splitlines()[0].split("\t")[0] == "Pays"
    fidji = _row(out, "Fidji")
    assert fidji[3] == "soumis, à temps"
    assert fidji[-2:] == ["16,7\u00a0%", "8,3\u00a0%"]
    assert _row(out, "Région")[-2:] == ["2,3\u00a0%", "0,8\u00a0%"]


def test_a_focal_points_laptop_refuses_all_countries(
    region: tuple[Device, Device, Device], capsys: pytest.CaptureFixture[str]
) -> None:
    fiji, _, _ = region
    with pytest.raises(NotRegionalAdmin):
        region_returns(fiji.store, 2025)
    code, out, err = _cli(fiji, capsys, "--lang", "en", "returns", "list", "--all-countries")
    assert code == 1 and out == ""
    assert "only a regional admin's computer holds every country" in err
    code, _, err = _cli(fiji, capsys, "--lang", "fr", "returns", "list", "--all-countries")
    assert code == 1 and "seul l’ordinateur d’un administrateur régional" in err
