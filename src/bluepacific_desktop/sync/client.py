"""HTTPS client of the hub API: one requests.Session, stall timeouts, answers checked and typed."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
import urllib3

from bluepacific_desktop import __version__
from bluepacific_desktop.sync.address import normalise_hub_url
from bluepacific_desktop.sync.errors import (
    AccessRevoked,
    AccountDisabled,
    BatchKeyReused,
    CaptivePortal,
    ClientTooOld,
    HubBusy,
    HubProblem,
    LinkDown,
    LinkStalled,
    SecurityRefused,
    SyncError,
    WipeRequested,
)
from bluepacific_desktop.sync.tls import PinningAdapter, verify_path
from bluepacific_wire import (
    API_PREFIX,
    API_V2_PREFIX,
    CLIENT_HEADER,
    ENCRYPTION_REQUIRED_HEADER,
    REFUSAL_FIELD,
    SERVICE_NAME,
    STORE_ENCRYPTED_HEADER,
    WAITING_HEADER,
    AccessRefusal,
    ErrorCode,
    Health,
    LoginResponse,
    PullResponse,
    PushResponse,
    WireFormatError,
    decode_json,
    expand_pull_page,
    expand_push_response,
    gzip_bytes,
    parse_health,
    parse_login_response,
    parse_pull_response,
    parse_push_response,
    utc_now,
)
from bluepacific_wire.codec import (
    GZIP,
    IDENTITY,
    ZSTD,
    ZSTD_AVAILABLE,
    decompress,
    encoding_of,
    unzstd_bytes,
)

T = TypeVar("T")


@dataclass
class WireStats:
    """What crossed the link: request and response bytes as sent (compressed) and round trips."""

    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    clock_skew_s: float | None = None
    samples: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class ClientOptions:
    ca_bundle: str | None = None
    pins: frozenset[str] = frozenset()
    connect_timeout: float = 20.0
    # Stall timeout: the longest wait for the next byte, never a total. A 256 kbit/s satellite
    # link moves a large batch slowly but steadily, and must not be cut off for that.
    stall_timeout: float = 45.0
    # zstd with a hub that speaks it (bodies and answers); off, or without the library, the
    # app speaks gzip only, as before.
    zstd: bool = True
    # Whether the store is encrypted at rest, told to the hub with every request (its
    # require-encryption policy); None: not said.
    store_encrypted: bool | None = None


class HubClient:
    def __init__(
        self, hub_url: str, token: str | None = None, options: ClientOptions | None = None
    ):
        self.base = normalise_hub_url(hub_url)
        self.options = options or ClientOptions()
        self.token = token
        self.stats = WireStats()
        # The API versions the hub serves, as its health answer says (1 until it has said).
        self.api_versions: frozenset[int] = frozenset({1})
        self._verify = verify_path(self.options.ca_bundle)
        self.session = requests.Session()
        if self.options.pins:
            self.session.mount("https://", PinningAdapter(self.options.pins))
        self.session.headers[CLIENT_HEADER] = __version__
        self.zstd = self.options.zstd and ZSTD_AVAILABLE
        # Set here, never left to the HTTP library: answers are inflated by `_decoded`, which
        # knows these two codings and no other.
        self.session.headers["Accept-Encoding"] = "zstd, gzip" if self.zstd else "gzip"
        # Whether the hub reads zstd bodies: its Accept-Encoding header says so (on /health).
        self.hub_reads_zstd = False
        self.session.headers["User-Agent"] = f"bluepacific-desktop/{__version__}"
        if self.options.store_encrypted is not None:
            said = "yes" if self.options.store_encrypted else "no"
            self.session.headers[STORE_ENCRYPTED_HEADER] = said
        # The hub requires an encrypted store and this one is not, as its last answer to a
        # login or an authenticated call said; None until one came.
        self.encryption_required: bool | None = None

    def say_waiting(self, records: int) -> None:
        """Tell the hub, with each call from now on, how many records have changes not on it
        (the waiting header; the console's devices page shows the last count)."""
        self.session.headers[WAITING_HEADER] = str(max(0, records))

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- endpoints ---------------------------------------------------------------------------

    def health(self) -> Health:
        data = self._call("GET", "/health", auth=False)
        try:
            health = parse_health(data)
        except WireFormatError as exc:
            raise CaptivePortal(_PORTAL) from exc
        if health["service"] != SERVICE_NAME:
            raise CaptivePortal(_PORTAL)
        self.api_versions = frozenset(health.get("api_versions", [health["api_version"]]))
        return health

    def login(
        self,
        username: str,
        password: str,
        device_name: str,
        again: tuple[str, str] | None = None,
    ) -> LoginResponse:
        """`again`: the token this store holds and its device's id, when it has been a device:
        the hub signs that device in again when the token is that device's (an older hub
        ignores both and registers a new device)."""
        body = {"username": username, "password": password, "device_name": device_name}
        held = None
        if again is not None:
            token, body["device_id"] = again
            held = {"Authorization": f"Bearer {token}"}
        answer = self._call("POST", "/auth/login", body, False, held)
        return self._parsed(parse_login_response, answer)

    @property
    def body_encoding(self) -> str:
        """How to compress request bodies for this hub: zstd where both sides have it."""
        return ZSTD if self.zstd and self.hub_reads_zstd else GZIP

    def push(self, batch_id: str, body: bytes) -> PushResponse:
        """Send a batch (compressed, as `outgoing.build_batch` froze it); its answer in the v1
        shape whichever API version the hub answered in."""
        encoding = encoding_of(body)
        if encoding == ZSTD and self.body_encoding != ZSTD:
            # Frozen for a hub that read zstd then: the same JSON, in the coding it reads now.
            body, encoding = gzip_bytes(unzstd_bytes(body)), GZIP
        headers = {
            "Content-Encoding": encoding,
            "Content-Type": "application/json",
            "Idempotency-Key": batch_id,
        }
        if 2 not in self.api_versions:
            data = self._call("POST", "/sync/push", body, True, headers)
            return self._parsed(parse_push_response, data)
        data = self._call("POST", "/sync/push", body, True, headers, API_V2_PREFIX)
        # A compact answer names its changes by position: their ids are the batch's own.
        changes = decode_json(decompress(body, encoding))["changes"]
        ids = [(c["change_id"], c["record_id"]) for c in changes]
        return self._parsed(lambda value: expand_push_response(value, ids), data)

    def pull(self, cursor: int, limit: int, skip_own: bool = True) -> PullResponse:
        """A page in the v1 shape, whichever API version the hub answered in (the compact v2
        page names revisions as steps from `cursor`)."""
        own = "true" if skip_own else "false"
        query = f"/sync/pull?cursor={cursor}&limit={limit}&skip_own={own}"
        if 2 not in self.api_versions:
            return self._parsed(parse_pull_response, self._call("GET", query))
        data = self._call("GET", query, prefix=API_V2_PREFIX)
        return self._parsed(lambda value: expand_pull_page(value, cursor), data)

    # -- plumbing ----------------------------------------------------------------------------

    @staticmethod
    def _parsed(parse: Callable[[Any], T], data: Any) -> T:
        try:
            return parse(data)
        except WireFormatError as exc:
            raise HubProblem(
                f"The hub sent an answer this app cannot read ({exc}).", key="hub_answer_unreadable"
            ) from exc

    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        auth: bool = True,
        headers: dict[str, str] | None = None,
        prefix: str = API_PREFIX,
    ) -> Any:
        all_headers = dict(headers or {})
        if auth:
            if not self.token:
                raise AccessRevoked(
                    "This computer is not logged in to the hub. Log in first.", key="log_in_first"
                )
            all_headers["Authorization"] = f"Bearer {self.token}"
        if body is not None and not isinstance(body, bytes):
            body = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/json"
        sent_at = utc_now()
        try:
            resp = self.session.request(
                method,
                f"{self.base}{prefix}{path}",
                data=body,
                headers=all_headers,
                timeout=(self.options.connect_timeout, self.options.stall_timeout),
                verify=self._verify,
                stream=True,
                allow_redirects=False,
            )
            wire = resp.raw.read(decode_content=False)
            content = _decoded(resp, wire)
        except SyncError:
            raise
        except requests.exceptions.SSLError as exc:
            cause = exc.__context__ if isinstance(exc.__context__, SyncError) else None
            if cause is not None:
                raise cause from exc
            if not _certificate_refused(exc):
                # The link broke during the handshake or mid-answer (reset, closed early):
                # a link that failed, retried like any other, not a hub that cannot be trusted.
                raise LinkDown(
                    "No connection to the hub (the link is down or was cut). "
                    "Sync will try again later.",
                    key="link_cut",
                ) from exc
            why = _tls_why(exc)
            raise SecurityRefused(_tls_words(why), key=f"tls_{why}") from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise LinkDown(
                "The hub did not answer: there seems to be no link. Sync will try again later.",
                key="no_answer",
            ) from exc
        except (requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError) as exc:
            raise LinkStalled(
                f"The link stopped moving data for "
                f"{self.options.stall_timeout:.0f} seconds. Sync will try again "
                "and continue where it stopped.",
                seconds=round(self.options.stall_timeout),
            ) from exc
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            urllib3.exceptions.HTTPError,
        ) as exc:
            if _pin_error(exc) is not None:
                raise _pin_error(exc) from exc  # type: ignore[misc]
            raise LinkDown(
                "No connection to the hub (the link is down or was cut). "
                "Sync will try again later.",
                key="link_cut",
            ) from exc
        self._count(resp, body, wire, sent_at)
        if resp.status_code < 300 and (auth or path == "/auth/login"):
            required = resp.headers.get(ENCRYPTION_REQUIRED_HEADER, "").strip().lower()
            self.encryption_required = required == "yes"
        said = resp.headers.get("Accept-Encoding")
        if said is not None and "json" in resp.headers.get("Content-Type", ""):
            self.hub_reads_zstd = ZSTD in {c.split(";")[0].strip().lower() for c in said.split(",")}
        # Only an answer to this device's own token (a sync's call, or a sign-in again that
        # carried it), from a hub whose certificate was verified (and its key pinned, when pins
        # are set), can tell it to erase its data: never a plain-http address (allowed to this
        # computer only) nor a call without the token.
        trusted = "Authorization" in all_headers and self.base.startswith("https://")
        return self._decode(resp, content, trusted)

    def _count(self, resp: requests.Response, body: Any, wire: bytes, sent: datetime) -> None:
        self.stats.round_trips += 1
        self.stats.bytes_sent += len(body) if isinstance(body, bytes) else 0
        self.stats.bytes_received += len(wire)
        # The standard Date header (whole seconds) is plenty to see a clock minutes off.
        server_date = resp.headers.get("Date")
        if server_date:
            try:
                server_time = parsedate_to_datetime(server_date)
            except (TypeError, ValueError):
                return
            middle = sent + (utc_now() - sent) / 2
            self.stats.samples.append((middle - server_time).total_seconds())
            self.stats.clock_skew_s = sorted(self.stats.samples)[len(self.stats.samples) // 2]

    def _decode(self, resp: requests.Response, content: bytes, trusted: bool = False) -> Any:
        ctype = resp.headers.get("Content-Type", "")
        if resp.status_code == 511:  # RFC 6585 "Network Authentication Required": a portal
            raise CaptivePortal(_PORTAL)
        hint = retry_after(resp.headers.get("Retry-After"))
        if resp.status_code in (429, 503) and "json" not in ctype:
            # A front end's own answer (a reverse proxy shedding load): busy all the same.
            raise HubBusy(
                _busy_words(f"HTTP {resp.status_code}"), hint, why=f"HTTP {resp.status_code}"
            )
        if "json" not in ctype:
            if resp.status_code >= 500:
                raise HubProblem(
                    f"The hub had a problem (HTTP {resp.status_code}). Sync will try again later.",
                    key="hub_failed",
                    status=resp.status_code,
                )
            raise CaptivePortal(_PORTAL)
        try:
            data = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CaptivePortal(_PORTAL) from exc
        if resp.status_code < 300:
            return data
        raise _error_for(resp.status_code, data, hint, trusted)


def retry_after(value: str | None) -> float | None:
    """The Retry-After header in seconds: a number of seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        seconds = (when - utc_now()).total_seconds()
    if seconds != seconds:  # NaN: no usable hint
        return None
    return max(0.0, seconds)


def _busy_words(why: str) -> str:
    return f"The hub is busy ({why}). Sync waits and tries again."


def _decoded(resp: requests.Response, wire: bytes) -> bytes:
    """The body as sent (zstd or gzip usually), inflated here with a size limit against
    bombs; a coding this app did not ask for is an answer it cannot read."""
    encoding = resp.headers.get("Content-Encoding", IDENTITY).strip().lower() or IDENTITY
    try:
        return decompress(wire, encoding)
    except WireFormatError as exc:
        raise HubProblem(
            f"The hub's answer was damaged on the way ({exc}). Sync will try again.",
            key="answer_damaged",
        ) from exc


_PORTAL = (
    "The network answered, but not the hub: this looks like a hotel or airport login page "
    "(or a filter). Open a web browser to log in to that network, then sync again."
)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether the TLS error is this app refusing the hub's certificate (ssl's verification
    error somewhere in the chain), not a connection that broke on the way."""
    found = _in_chain(exc, ssl.SSLCertVerificationError)
    return found is not None or "certificate verify failed" in str(exc).lower()


def _tls_why(exc: Exception) -> str:
    """wrong_name, expired or untrusted: what the TLS library said, as a key."""
    text = str(exc).lower()
    if "hostname" in text or "match" in text:
        return "wrong_name"
    return "expired" if "expired" in text else "untrusted"


def _tls_words(why: str) -> str:
    why = {
        "wrong_name": "its certificate is for another name than the hub address",
        "expired": "its certificate has expired",
    }.get(why, "its certificate is not signed by an authority this app trusts")
    return (
        f"The hub could not be verified as genuine: {why}. Nothing was sent. Check the hub "
        "address, and the certificate authority file in Settings if your region uses one."
    )


E = TypeVar("E", bound=BaseException)


def _in_chain(exc: BaseException, kind: type[E]) -> E | None:
    """The first exception of `kind` in `exc`'s chain: its causes, contexts and the exceptions
    it carries as arguments (urllib3 wraps the TLS library's error in its own)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return seen
        for arg in getattr(seen, "args", ()):
            if isinstance(arg, BaseException):
                found = _in_chain(arg, kind)
                if found is not None:
                    return found
        seen = seen.__cause__ or seen.__context__
    return None


def _pin_error(exc: BaseException) -> SecurityRefused | None:
    return _in_chain(exc, SecurityRefused)


def _error_for(
    status: int, data: Any, hint: float | None = None, trusted: bool = False
) -> SyncError:
    code = data.get("error") if isinstance(data, dict) else None
    message = data.get("message") if isinstance(data, dict) else None
    words = str(message or f"HTTP {status}")
    if code == ErrorCode.BAD_CREDENTIALS:
        error = SyncError(
            "The hub did not accept this user name and password. Check them "
            "(they are case-sensitive) and try again."
        )
        error.retry = False
        error.code = "bad_credentials"
        return error
    if code == ErrorCode.TOO_MANY_ATTEMPTS:
        error = SyncError(
            "Too many wrong passwords: the hub refuses logins for this user for a "
            "few minutes. Wait, then try again."
        )
        error.retry = False
        error.code = "too_many_attempts"
        return error
    if status == 401:
        return _refused(data, code, trusted)
    if status == 426 or code == ErrorCode.CLIENT_TOO_OLD:
        return ClientTooOld(words, hub_says=words)
    if status in (429, 503) or code == ErrorCode.BATCH_IN_PROGRESS:
        # 409 batch_in_progress: another request of ours still holds this batch on the hub
        # (one abandoned after a stall); 429 and 503: the hub sheds load. Each says when to
        # come back; the engine waits that long and sends the same request again.
        return HubBusy(_busy_words(words), hint, why=words)
    if status >= 500:
        return HubProblem(
            f"The hub had a problem (HTTP {status}). Sync will try again later.",
            key="hub_failed",
            status=status,
        )
    if code == ErrorCode.IDEMPOTENCY_KEY_REUSED:
        return BatchKeyReused(f"The hub refused the request: {words}", hub_says=words)
    error = HubProblem(f"The hub refused the request: {words}", key="hub_refused", hub_says=words)
    error.retry = False
    return error


def _refused(data: Any, code: object, trusted: bool) -> SyncError:
    """A 401 in words: why the hub refuses this computer's token, when it says so."""
    reason = data.get(REFUSAL_FIELD) if isinstance(data, dict) else None
    if code == ErrorCode.WIPE_REQUESTED and trusted:
        return WipeRequested(
            "The regional team asked for this computer's Blue Pacific data to be erased.",
            key="wipe_requested",
        )
    if reason == AccessRefusal.USER_DISABLED:
        return AccountDisabled(
            "Your hub account was disabled by the regional team, so this computer cannot sync. "
            "Your changes not yet on the hub stay on this computer: you can still export them "
            "(bluepacific-desktop export, or logout --export FILE). Ask the regional team.",
            key="account_disabled",
        )
    if reason == AccessRefusal.REVOKED:
        return AccessRevoked(
            "The regional team withdrew this computer's access to the hub, so it cannot sync. "
            "Your records stay on this computer. Log in again, or ask the regional team why.",
            key="access_withdrawn",
        )
    return AccessRevoked(
        "The hub no longer accepts this computer's access (it was withdrawn "
        "or has expired). Log in again."
    )
