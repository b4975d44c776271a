"""The hub's settings: database, versions it accepts, login throttling, hashing cost, limits,
the console's sessions, the audit log's retention, who needs a second factor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from bluepacific_wire import MAX_COMPRESSED_BODY, MAX_DECODED_BODY

# Who must sign in to the console with a second factor (HubSettings.require_totp).
TOTP_FOR: Final = ("regional_admin", "everyone")


@dataclass(frozen=True)
class HubSettings:
    """Everything the running hub needs to know; built by the CLI or by tests."""

    database_url: str
    min_client_version: str = "0.1.0"
    current_desktop_version: str = "0.1.0"
    # Login throttling (ratelimit.py). Each (user, address) may try this many times in a row
    # without a success; after that it waits `login_backoff_first_s`, doubling with each
    # further attempt up to `login_backoff_max_s`. Other addresses are not held back.
    login_attempts_per_user_address: int = 5
    # One address may make this many attempts without a success, for all users together,
    # before it backs off the same way: generous, because a whole office often signs in
    # from behind one NAT address.
    login_attempts_per_address: int = 100
    login_backoff_first_s: float = 30.0
    login_backoff_max_s: float = 900.0
    # Attempts are forgotten after this long without another attempt from the same key.
    login_forget_s: float = 3600.0
    # The public certificate verify page (verify.py): each address may look up this many codes
    # in a row, then waits `verify_backoff_first_s`, doubling up to `verify_backoff_max_s`,
    # before each next one; forgotten after `login_forget_s` of quiet like sign-in attempts.
    verify_lookups_per_address: int = 30
    verify_backoff_first_s: float = 10.0
    verify_backoff_max_s: float = 600.0
    # Argon2 costs memory and a core per check: at most this many run at once per process,
    # this many more wait (for up to `password_check_wait_s`), the rest get 503 hub_busy.
    password_checks_at_once: int = 2
    password_checks_waiting: int = 8
    password_check_wait_s: float = 10.0
    # A device token stops working after this many days without use (each use renews it).
    token_idle_days: float = 90.0
    # Argon2id cost; tests lower it, production keeps argon2-cffi's defaults.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # A batch claimed longer ago than this is taken to be abandoned (hub killed mid-batch).
    batch_lease_s: float = 120.0
    # Every push is answered within this many seconds (503 hub_busy past it, work stopped):
    # below the desktop's 45 s stall timeout, so a resend never meets the abandoned request.
    push_deadline_s: float = 30.0
    # Batches applied at once per process (gate.py): more only share the core and all finish
    # late. This many more wait up to `push_wait_s`; the rest are told 503 hub_busy at once.
    pushes_at_once: int = 2
    pushes_waiting: int = 2
    push_wait_s: float = 3.0
    # A pull page stops before its JSON passes this many bytes (but holds one record at least).
    pull_page_bytes: int = 4 * 1024 * 1024
    # Request bodies, checked before the work of reading them: bytes on the wire, bytes once
    # gunzipped, and JSON values (each costs some 60 bytes of memory once parsed, so a small
    # body of `[{},{},...]` must not be parsed at all). A push of 2,000 changes of ten fields
    # holds 58,000 values; sign-in, open to anyone, needs a few hundred bytes.
    # zstd for request bodies and answers with clients that have it (compression.py); off,
    # the hub speaks gzip only, as hubs did before it.
    zstd: bool = True
    max_push_bytes: int = MAX_COMPRESSED_BODY
    max_push_inflated_bytes: int = MAX_DECODED_BODY
    max_push_values: int = 1_000_000
    max_login_bytes: int = 16 * 1024
    max_login_inflated_bytes: int = 64 * 1024
    max_login_values: int = 1_000
    # Unexpected errors: this many full tracebacks a minute reach the log, then one line each
    # (a stranger provoking the same 500 must not fill the disk).
    error_tracebacks_per_minute: int = 10
    # A monthly return is due this many days after its month ends, in the country's calendar
    # (bluepacific_wire/completeness.py): on time, late or missing.
    return_due_days: int = 15
    # Off (None) by default: this many days after a month's deadline its capability figures
    # cannot change any more ("entry period closed"), unless a regional admin granted the
    # country an exception (`bluepacific-hub returns exception CC --until DATE`).
    return_entry_closes_days: int | None = None
    # A console session (a signed-in browser) ends after this many minutes without a request.
    console_idle_minutes: float = 30.0
    # Audit events older than this many days are deleted at each hub start and by
    # `bluepacific-hub audit purge` (two years by default).
    audit_retention_days: int = 730
    # Who signs in to the console with a second factor (TOTP) besides their password:
    # "regional_admin" (the default: they manage users and see every country) or "everyone".
    require_totp: str = "regional_admin"

    def __post_init__(self) -> None:
        if self.require_totp not in TOTP_FOR:
            raise ValueError(f"require_totp must be one of {', '.join(TOTP_FOR)}")
