"""Revoke and wipe on the desktop, against the real hub over HTTPS and the real keyring
(gnome-keyring on the test D-Bus): a wipe the hub asks for erases the store, its -wal/-shm,
its backups (drafts live in the store) and every keyring entry for the hub and user; a revoked
device or a disabled user keeps everything and is told why; a hostile hub — plain http, or a
certificate the app does not trust — cannot make anything be erased."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
import trustme

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.backup import backup_to, default_backup_path
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.sync import account, credentials
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine
from bluepacific_desktop.workflows.drafts import Draft, keep_draft
from bluepacific_hub import audit
from bluepacific_hub.accounts import list_devices, request_wipe, set_active
from bluepacific_hub.models import Device as HubDevice
from bluepacific_wire import API_VERSION, SERVICE_NAME, format_time, utc_now
from tests.support.hubserver import Tls
from tests.sync.conftest import Device, DeviceFactory, SyncHub, write_tls


def _device_id(running: SyncHub, device: Device) -> str:
    with running.hub.sessions() as session:
        (found,) = [d.id for d, u in list_devices(session) if u.username == device.username]
        return found


def _mark_for_wipe(running: SyncHub, device: Device) -> None:
    with running.hub.sessions() as session, session.begin():
        request_wipe(session, _device_id(running, device), by=audit.HUB)


def _full_folder(device: Device) -> list[Path]:
    """A store with records, a draft, a backup and its -wal/-shm: what a wipe must erase."""
    device.create(K.PERSON, full_name="Mele Taufa")
    keep_draft(device.store, Draft("person:new", "person", None, "Mele", {"full_name": "Mele"}))
    backup_to(device.store.engine, default_backup_path(device.store.path))
    folder = device.store.path.parent
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "logs" not in p.parts)
    assert {p.name for p in files} >= {
        "bluepacific.sqlite3",
        "bluepacific.sqlite3-wal",
        "bluepacific.sqlite3-shm",
    }
    assert any(p.parent.name == "backups" for p in files)
    return files


def _sync_with_keyring(device: Device) -> object:
    with account.client_for(device.store) as client:  # the token from the keyring
        return SyncEngine(device.store, client).run()


def test_a_wipe_erases_the_store_its_backups_and_the_keyring_entries(
    make_device: DeviceFactory, running: SyncHub, secret_service: None
) -> None:
    device = make_device("TO", login=False)
    device.login(save=True)
    url = running.base_url
    folder = device.store.path.parent
    # Another entry of the app for this store (a key the encrypted store keeps there), and
    # one of another user, which must stay.
    keyring.set_password(credentials.SERVICE, f"store-key:{folder}", "raw key")
    keyring.set_password(credentials.SERVICE, f"someone-else@{url}", "their token")
    assert _sync_with_keyring(device).complete  # type: ignore[attr-defined]
    files = _full_folder(device)
    _mark_for_wipe(running, device)

    report = _sync_with_keyring(device)
    assert report.wiped and report.error_key == "wiped"  # type: ignore[attr-defined]
    assert "regional team's request" in report.error  # type: ignore[attr-defined]
    assert [p for p in files if p.exists()] == []
    assert not (folder / "backups").exists()
    assert credentials.load_token(url, device.username) is None
    assert keyring.get_password(credentials.SERVICE, f"store-key:{folder}") is None
    assert keyring.get_password(credentials.SERVICE, f"someone-else@{url}") == "their token"
    keyring.delete_password(credentials.SERVICE, f"someone-else@{url}")
    # The retired store refuses rather than creating an empty file in the old one's place.
    with pytest.raises(Exception, match="erased"), device.store.read() as session:
        waiting(session)
    assert not device.store.path.exists()
    with running.hub.sessions() as session:
        assert session.get(HubDevice, _device_id(running, device)).wiped_at is not None  # type: ignore[union-attr]


def test_a_revoked_device_and_a_disabled_user_keep_their_data_and_are_told_why(
    make_device: DeviceFactory, running: SyncHub
) -> None:
    device = make_device("FJ")
    assert device.sync().complete
    person = device.create(K.PERSON, full_name="Waiting Change")
    with running.hub.sessions() as session, session.begin():
        set_active(session, device.username, False, by=audit.HUB)
    report = device.sync()
    assert (report.error_code, report.error_key) == ("account_disabled", "account_disabled")
    assert "Your hub account was disabled" in (report.error or "") and not report.wiped
    assert device.store.path.exists() and device.record(K.PERSON, person) is not None
    assert len(device.outbox()) == 1  # the unsynced change is kept

    with running.hub.sessions() as session, session.begin():
        set_active(session, device.username, True, by=audit.HUB)
        from bluepacific_hub.accounts import revoke_device

        revoke_device(session, _device_id(running, device), by=audit.HUB)
    report = device.sync()
    assert (report.error_code, report.error_key) == ("access_revoked", "access_withdrawn")
    assert "withdrew this computer's access" in (report.error or "")
    assert not report.wiped and len(device.outbox()) == 1


class _FakeHub(BaseHTTPRequestHandler):
    """A plain-http "hub" on loopback that answers every token with the wipe code."""

    def do_GET(self) -> None:
        if self.path.endswith("/health"):
            self._answer(200, {
                "service": SERVICE_NAME, "api_version": API_VERSION, "api_versions": [1],
                "server_time": format_time(utc_now()), "min_client_version": "0.1.0",
                "current_desktop_version": "0.1.0",
            })  # fmt: skip
            return
        self._answer(401, {"error": "wipe_requested", "message": "wipe", "reason": "wipe"})

    do_POST = do_GET

    def _answer(self, status: int, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def plain_http_hub() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_plain_http_server_answering_the_wipe_code_erases_nothing(
    make_device: DeviceFactory, plain_http_hub: str
) -> None:
    device = make_device("WS")
    files = _full_folder(device)
    assert device.token is not None
    with HubClient(plain_http_hub, device.token, ClientOptions(stall_timeout=5.0)) as client:
        report = SyncEngine(device.store, client).run()
    assert not report.wiped and report.error_code == "access_revoked"
    assert [p for p in files if not p.exists()] == []
    assert len(device.ids(K.PERSON)) == 1


def test_a_hub_with_a_certificate_the_app_does_not_trust_erases_nothing(
    make_device: DeviceFactory,
    running: SyncHub,
    serve_also: object,
    tmp_path: Path,
) -> None:
    device = make_device("VU")
    files = _full_folder(device)
    _mark_for_wipe(running, device)  # the real hub would say wipe: only its own TLS counts
    impostor = trustme.CA()
    tls: Tls = write_tls(tmp_path / "impostor", impostor, impostor.issue_cert("127.0.0.1"))
    url = serve_also(tls)  # type: ignore[operator]
    report = device.sync(device.client(url=url))
    assert not report.wiped and report.error_code == "insecure"
    assert [p for p in files if not p.exists()] == []
    with running.hub.sessions() as session:
        assert session.get(HubDevice, _device_id(running, device)).wiped_at is None  # type: ignore[union-attr]
