"""Why a sync stopped, in words a police officer understands, and whether retrying may help."""

from __future__ import annotations

from typing import Any

from bluepacific_desktop.domain.errors import BluePacificError


class SyncError(BluePacificError):
    """Base of every sync failure. `retry` says whether trying again later can help."""

    retry = True
    code = "sync_error"


class LinkDown(SyncError):
    code = "no_link"


class CaptivePortal(LinkDown):
    code = "captive_portal"


class LinkStalled(LinkDown):
    code = "stalled"


class HubBusy(SyncError):
    """The hub (or its front end) asks this computer to come back later: 409
    `batch_in_progress`, 429 or 503. `retry_after` is its hint in seconds, when it gave one."""

    code = "hub_busy"

    def __init__(
        self, message: str, retry_after: float | None = None, key: str = "", **params: Any
    ) -> None:
        super().__init__(message, key=key, **params)
        self.retry_after = retry_after


class HubStillBusy(HubBusy):
    """The hub stayed busy through every wait one sync run allows: this run ends here, and a
    later one (automatic sync, or the user's next Sync now) continues where it stopped."""


class HubProblem(SyncError):
    code = "hub_problem"


class BatchKeyReused(HubProblem):
    """The hub holds this batch_id for another device (this computer logged in again since it
    sent the batch), so it will not replay it: the same changes must go under a new batch_id."""

    retry = False
    code = "batch_key_reused"


class Cancelled(SyncError):
    retry = False
    code = "cancelled"

    def __init__(
        self,
        message: str = (
            "Sync was cancelled. Nothing is lost: it continues where it stopped next time."
        ),
    ) -> None:
        super().__init__(message)


class SecurityRefused(SyncError):
    """TLS or address checks failed: retrying the same thing will not help."""

    retry = False
    code = "insecure"


class NotLoggedIn(SyncError):
    retry = False
    code = "not_logged_in"


class AccessRevoked(SyncError):
    retry = False
    code = "access_revoked"


class AccountDisabled(AccessRevoked):
    """The person's hub account was disabled: nothing syncs, what waits stays here (and can
    be exported)."""

    code = "account_disabled"


class WipeRequested(SyncError):
    """The hub, verified over HTTPS and answering this device's own token, says the regional
    team asked for this computer's data to be erased (sync/wipe.py does it)."""

    retry = False
    code = "wipe_requested"


class ClientTooOld(SyncError):
    retry = False
    code = "client_too_old"


class KeyringUnavailable(SyncError):
    retry = False
    code = "no_keyring"


class ChangesWaiting(SyncError):
    retry = False
    code = "changes_waiting"


class LocalProblem(SyncError):
    """This computer, not the link or the hub, stopped the sync (the data file, a bug)."""

    retry = False
    code = "local_problem"
