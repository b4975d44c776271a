"""The hub's settings: database, versions it accepts, login throttling and hashing cost."""

from __future__ import annotations

from dataclasses import dataclass


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
    # Every push is answered within this many seconds (503 hub_busy past it, work stopped):
    # below the desktop's 45 s stall timeout, so a resend never meets the abandoned request.
    push_deadline_s: float = 30.0
    # A pull page stops before its JSON passes this many bytes (but holds one record at least).
    pull_page_bytes: int = 4 * 1024 * 1024
