"""Refusing hubs that cannot be verified — wrong name, untrusted or expired certificate, plain
http, a key that does not match its pin — also when REQUESTS_CA_BUNDLE names an attacker's CA."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.errors import CaptivePortal, SecurityRefused
from bluepacific_desktop.sync.tls import PinMismatch, spki_sha256
from bluepacific_hub.accounts import list_devices
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.hubserver import Tls
from tests.sync.conftest import FAST, DeviceFactory, SyncHub, write_tls

NOW = datetime.now(UTC)

# name of the case → (who signs, names on the certificate, expired?, the words expected)
CASES = {
    "wrong_name": ("test", ("hub.example.org",), False, "for another name than the hub address"),
    "untrusted": ("attacker", ("127.0.0.1",), False, "not signed by an authority this app trusts"),
    "expired": ("test", ("127.0.0.1",), True, "its certificate has expired"),
}


@pytest.fixture(scope="module")
def attacker_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def attacker_bundle(tmp_path_factory: pytest.TempPathFactory, attacker_ca: trustme.CA) -> str:
    path = tmp_path_factory.mktemp("attacker") / "attacker-ca.pem"
    attacker_ca.cert_pem.write_to_path(str(path))
    return str(path)


def _bad_tls(folder: Path, case: str, test_ca: trustme.CA, attacker_ca: trustme.CA) -> Tls:
    signer, names, expired, _ = CASES[case]
    ca = test_ca if signer == "test" else attacker_ca
    dates = (
        {"not_before": NOW - timedelta(days=30), "not_after": NOW - timedelta(days=1)}
        if expired
        else {}
    )
    return write_tls(folder / case, ca, ca.issue_cert(*names, **dates))


@pytest.mark.parametrize("env_names_attacker", [False, True], ids=["plain-env", "attacker-env"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_unverifiable_hub_is_refused_with_the_reason(
    case: str,
    env_names_attacker: bool,
    make_device: DeviceFactory,
    running: SyncHub,
    serve_also,  # type: ignore[no-untyped-def]
    test_ca: trustme.CA,
    attacker_ca: trustme.CA,
    attacker_bundle: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if env_names_attacker:
        # These machines set both; requests would let them replace `verify` silently.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", attacker_bundle)
        monkeypatch.setenv("CURL_CA_BUNDLE", attacker_bundle)
    bad_url = serve_also(_bad_tls(tmp_path, case, test_ca, attacker_ca))
    words = CASES[case][3]

    # Logging in: refused during the handshake, before any request reached the hub.
    device = make_device("FJ", login=False)
    with pytest.raises(SecurityRefused) as refused:
        account.login(
            device.store,
            bad_url,
            device.username,
            "correct horse battery",
            save=False,
            ca_bundle=running.tls.ca_file,
        )
    assert words in str(refused.value) and "Nothing was sent" in str(refused.value)
    assert running.seen.paths == []
    with device.store.read() as session:
        assert state.hub_settings(session).url in (None, "")

    # A logged-in device whose link is hijacked: the sync stops, nothing queued is lost.
    device.login()
    device.create(K.PERSON)
    seen = len(running.seen.paths)
    with device.client(url=bad_url) as client:
        report = device.sync(client)
    assert report.error_code == "insecure" and words in (report.error or ""), report
    assert len(running.seen.paths) == seen
    assert [e.state for e in device.outbox()] == ["pending"]


def test_the_apps_own_ca_bundle_wins_over_the_environment(
    make_device: DeviceFactory,
    running: SyncHub,
    serve_also,  # type: ignore[no-untyped-def]
    attacker_ca: trustme.CA,
    attacker_bundle: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", attacker_bundle)
    monkeypatch.setenv("CURL_CA_BUNDLE", attacker_bundle)
    # The genuine hub (signed by the app's CA) still works although the environment says
    # to trust only the attacker.
    device = make_device("FJ")
    device.create(K.PERSON)
    assert device.sync().complete
    # An attacker's certificate for the right name is refused with the app's bundle and with
    # the app's default (certifi) alike, though the environment names the attacker's CA.
    forged = serve_also(
        write_tls(tmp_path / "forged", attacker_ca, attacker_ca.issue_cert("127.0.0.1"))
    )
    for bundle in (running.tls.ca_file, None):
        with (
            HubClient(forged, None, ClientOptions(ca_bundle=bundle)) as client,
            pytest.raises(SecurityRefused, match="not signed by an authority"),
        ):
            client.health()


@pytest.mark.parametrize(
    "url", ["http://hub.example.org", "http://192.0.2.10:8080/", "http://10.1.2.3"]
)
def test_plain_http_is_refused_except_to_loopback(
    url: str, make_device: DeviceFactory, running: SyncHub
) -> None:
    # 192.0.2.0/24 and hub.example.org are never routed: a refusal cannot come from a network.
    with pytest.raises(SecurityRefused, match=r"not secure \(http\)\. Only https://"):
        HubClient(url, "token")
    device = make_device("FJ", login=False)
    with pytest.raises(SecurityRefused, match="not secure"):
        account.login(device.store, url, device.username, "whatever", save=False)
    with device.store.read() as session:
        assert state.hub_settings(session).url in (None, "")
    assert running.seen.paths == []
    # Loopback is this computer: plain http is allowed there (a hub during development).
    assert HubClient("http://127.0.0.1:9", "t").base == "http://127.0.0.1:9"
    assert HubClient("http://localhost:9/", "t").base == "http://localhost:9"


def test_missing_ca_bundle_file_is_refused() -> None:
    with pytest.raises(SecurityRefused, match="does not exist"):
        HubClient("https://127.0.0.1:9", "t", ClientOptions(ca_bundle="/nonexistent/ca.pem"))


def _pin_of(cert_file: str) -> str:
    cert = x509.load_pem_x509_certificate(Path(cert_file).read_bytes())
    return spki_sha256(cert.public_bytes(Encoding.DER))


def test_a_matching_pin_works(make_device: DeviceFactory, running: SyncHub) -> None:
    pin = _pin_of(running.tls.cert_file)
    device = make_device("FJ", login=False)
    device.login(pins=frozenset({pin, "another-backup-pin"}))
    with device.store.read() as session:
        assert state.hub_settings(session).pins == {pin, "another-backup-pin"}
    person = device.create(K.PERSON)
    with device.client() as client:
        assert client.options.pins  # the client built from Settings pins the key
        report = device.sync(client)
    assert report.complete, report
    assert device.record(K.PERSON, person).confirmed_at is not None


def test_a_wrong_pin_is_refused_before_any_request_byte(
    make_device: DeviceFactory, running: SyncHub, test_ca: trustme.CA
) -> None:
    # The certificate is valid (the app trusts its CA) but its key is not the pinned one.
    other_key_pin = _pin_of_leaf(test_ca.issue_cert("127.0.0.1"))
    device = make_device("FJ", login=False)
    with pytest.raises(PinMismatch) as refused:
        device.login(pins=frozenset({other_key_pin}))
    assert "different key than the one pinned" in str(refused.value)
    assert "nothing was sent" in str(refused.value)
    assert running.seen.paths == []  # not even the health probe reached the hub
    with running.hub.sessions() as session:
        assert list_devices(session) == []

    # Logged in earlier, pin changed since: sync stops at the handshake, nothing sent.
    device.login()
    device.create(K.PERSON)
    seen = len(running.seen.paths)
    options = ClientOptions(
        ca_bundle=running.tls.ca_file, pins=frozenset({other_key_pin}), stall_timeout=5
    )
    with HubClient(running.base_url, device.token, options) as client:
        report = device.sync(client)
    assert report.error_code == "insecure" and "pinned" in (report.error or ""), report
    assert len(running.seen.paths) == seen
    assert len(device.outbox()) == 1


def _pin_of_leaf(leaf: trustme.LeafCert) -> str:
    pem = leaf.cert_chain_pems[0].bytes()
    return spki_sha256(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER))


def _snapshot(device) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    with device.store.read() as session:
        cursor = state.cursor(session)
    outbox = [(e.change_id, e.state, e.base_revision) for e in device.outbox()]
    people = {rid: device.fields(K.PERSON, rid) for rid in device.ids(K.PERSON)}
    confirmed = {rid: device.record(K.PERSON, rid).confirmed_at for rid in people}
    return cursor, outbox, people, confirmed


PORTAL_PAGE = (
    b"<!doctype html><html><head><title>Welcome to Hotel WiFi</title></head>"
    b"<body><form action='/login'>Room number <input name=room></form></body></html>"
)


def _http(status: str, ctype: bytes, body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n"
        b"Connection: close\r\n\r\n%s" % (status.encode(), ctype, extra, len(body), body)
    )


PORTALS = {
    "html-200": _http("200 OK", b"text/html; charset=utf-8", PORTAL_PAGE),
    "redirect-302": _http(
        "302 Found", b"text/html", PORTAL_PAGE, b"Location: http://login.hotel.example/\r\n"
    ),
    # RFC 6585: "Network Authentication Required", the status meant for captive portals.
    "rfc6585-511": _http("511 Network Authentication Required", b"text/html", PORTAL_PAGE),
    "json-not-the-hub": _http("200 OK", b"application/json", b'{"status": "ok"}'),
}


@pytest.mark.parametrize("portal", sorted(PORTALS))
def test_captive_portal_is_recognised_and_changes_nothing(
    portal: str, make_device: DeviceFactory, running: SyncHub
) -> None:
    device = make_device("FJ")
    device.create(K.PERSON)
    assert device.sync().complete
    device.create(K.PERSON, full_name="Waiting")
    before = _snapshot(device)
    # The portal intercepts the connection with a certificate the app trusts (the worst case:
    # a company filter with its own CA installed) and answers with its own page.
    portal_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    portal_tls.load_cert_chain(running.tls.cert_file, running.tls.key_file)
    response = PORTALS[portal]
    host, port = running.base_url.removeprefix("https://").split(":")
    plan = lambda _n: Fault(canned_response=response)  # noqa: E731
    with (
        FaultProxy((host, int(port)), plan=plan, tls_context=portal_tls) as proxy,
        device.client(FAST, url=proxy.url) as client,
    ):
        with pytest.raises(CaptivePortal, match="login page"):
            client.health()
        report = device.sync(client)
    assert report.error_code == "captive_portal", report
    assert "login page" in (report.error or "") and "web browser" in (report.error or "")
    assert _snapshot(device) == before
    with device.store.read() as session:
        assert state.last_error(session).code == "captive_portal"  # type: ignore[union-attr]
    assert device.sync().complete  # the real hub, once the portal is gone


def test_a_handshake_cut_by_the_link_is_a_broken_link_not_an_untrusted_hub() -> None:
    # Seen in the fault tests: a connection reset during the TLS handshake was reported as
    # "not signed by an authority this app trusts", and the sync gave up instead of retrying.
    import socket
    import threading

    from bluepacific_desktop.sync.errors import LinkDown

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def cut_every_handshake() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.recv(4096)  # the ClientHello; a fatal TLS alert, then the link drops
            conn.sendall(bytes.fromhex("15030300020250"))
            conn.close()

    threading.Thread(target=cut_every_handshake, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{listener.getsockname()[1]}"
        with HubClient(url, None, ClientOptions()) as client, pytest.raises(LinkDown) as cut:
            client.health()
        assert cut.value.key == "link_cut"
    finally:
        listener.close()
