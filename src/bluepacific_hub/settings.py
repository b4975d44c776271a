"""The hub's settings: database, versions it accepts, login throttling, hashing cost, limits."""

from __future__ import annotations

from dataclasses import dataclass

from bluepacific_wire import MAX_COMPRESSED_BODY, MAX_DECODED_BODY


@dataclass(frozen=True)
class HubSettings:
    """Everything the running hub needs to know; built by the CLI or by tests."""

    database_url: str
    min_client_version: str = "0.1.0"
    current_desktop_version: str = "0.1.0"
    # Login throttling: this many failures within `login_window_s` lock out for `lockout_s`.
    max_failures_per_username: int = 5
    max_failures_per_address: int = 20
    login_window_s: float = 900.0
    lockout_s: float = 300.0
    # Argon2id cost; tests lower it, production keeps argon2-cffi's defaults.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # A batch claimed longer ago than this is taken to be abandoned (hub killed mid-batch).
    batch_lease_s: float = 120.0
    # Request bodies, checked before the work of reading them: bytes on the wire, bytes once
    # gunzipped, and JSON values (each costs some 60 bytes of memory once parsed, so a small
    # body of `[{},{},...]` must not be parsed at all). A push of 2,000 changes of ten fields
    # holds 58,000 values; sign-in, open to anyone, needs a few hundred bytes.
    max_push_bytes: int = MAX_COMPRESSED_BODY
    max_push_inflated_bytes: int = MAX_DECODED_BODY
    max_push_values: int = 1_000_000
    max_login_bytes: int = 16 * 1024
    max_login_inflated_bytes: int = 64 * 1024
    max_login_values: int = 1_000
    # Unexpected errors: this many full tracebacks a minute reach the log, then one line each
    # (a stranger provoking the same 500 must not fill the disk).
    error_tracebacks_per_minute: int = 10
