"""The devices page (/console/devices, regional admins only): every device with its user,
country, app version, last sync and clock skew, those unused for N days marked (and a filter
for them), Revoke behind a confirmation page (its next sync is refused, 401), and Wipe behind
another (its next sync is told to erase the laptop's data; the page shows when it was told)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub import accounts, policy
from bluepacific_hub.accounts import AccountError, DeviceState, device_state
from bluepacific_hub.audit import Actor
from bluepacific_hub.console import words
from bluepacific_hub.console.i18n import N_
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, admin_signed_in, checked_form, error_page
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import Device
from bluepacific_hub.policy import PolicyName
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)
DEVICES_PATH: Final = "/console/devices"
DEFAULT_IDLE_DAYS: Final = 14
MAX_IDLE_DAYS: Final = 3650
# A clock this far off (either way) is shown as a problem: records are dated by the laptop.
SKEW_WARNING_S: Final = 120

STATE_WORDS: Final = {
    DeviceState.ACTIVE: N_("Active"),
    DeviceState.REVOKED: N_("Revoked"),
    DeviceState.EXPIRED: N_("Expired"),
    DeviceState.USER_DISABLED: N_("User disabled"),
    DeviceState.WIPE_REQUESTED: N_("Wipe requested"),
    DeviceState.WIPED: N_("Wiped"),
}
# A device already marked (or told) is not offered Wipe again.
WIPE_MARKED: Final = frozenset({DeviceState.WIPE_REQUESTED, DeviceState.WIPED})


@dataclass(frozen=True)
class DeviceRow:
    """One device as the page shows it."""

    id: str
    name: str
    username: str
    country: str
    role: str
    version: str | None
    last_sync: datetime | None
    skew_s: int | None
    state: DeviceState
    idle: bool  # not used for the days asked
    wipe_requested_at: datetime | None = None
    wiped_at: datetime | None = None  # when the hub told the laptop to erase its data
    encrypted: bool | None = None  # its store, as it last said (None: never said)
    waiting: int | None = None  # records with changes not on the hub, as it last said
    waiting_at: datetime | None = None

    @property
    def skew_off(self) -> bool:
        return self.skew_s is not None and abs(self.skew_s) >= SKEW_WARNING_S


def _encryption_required(hub: Hub) -> bool:
    with hub.sessions() as session:
        return policy.is_on(session, PolicyName.REQUIRE_ENCRYPTION)


def _rows(hub: Hub, idle_days: int) -> list[DeviceRow]:
    now = utc_now()
    cutoff = now - timedelta(days=idle_days)
    with hub.sessions() as session:
        return [
            DeviceRow(
                device.id,
                device.name,
                user.username,
                device.country,
                device.role,
                device.client_version,
                device.last_seen_at,
                device.clock_skew_s,
                device_state(device, user, now),
                device.last_seen_at is None or device.last_seen_at < cutoff,
                device.wipe_requested_at,
                device.wiped_at,
                device.store_encrypted,
                device.reported_waiting,
                device.reported_waiting_at,
            )
            for device, user in accounts.list_devices(session)
        ]


def _idle_days(request: Request) -> int | None:
    asked = request.query_params.get("idle_days", "")
    if not asked:
        return DEFAULT_IDLE_DAYS
    if not asked.isdigit() or not 1 <= int(asked) <= MAX_IDLE_DAYS:
        return None
    return int(asked)


def skew_words(seconds: int | None) -> str:
    """A clock skew in words the page shows (sign: the device's clock ahead or behind)."""
    if seconds is None:
        return "—"
    size = abs(seconds)
    text = (
        f"{size} s" if size < 120 else f"{size // 60} min" if size < 7200 else f"{size // 3600} h"
    )
    return ("+" if seconds > 0 else "−") + text if seconds else "0 s"


@router.get(DEVICES_PATH)
async def devices(request: Request) -> Response:
    """Every device, newest first; `?idle_days=N` marks those not used for N days, and
    `&only_idle=1` shows only them."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    idle_days = _idle_days(request)
    if idle_days is None:
        return error_page(request, 400, viewer)
    only_idle = request.query_params.get("only_idle") == "1"
    rows = await run_in_threadpool(_rows, get_hub(request), idle_days)
    required = await run_in_threadpool(_encryption_required, get_hub(request))
    shown = [r for r in rows if r.idle] if only_idle else rows
    return render(
        "devices.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=DEVICES_PATH,
        viewer=viewer,
        section="devices",
        rows=shown,
        total=len(rows),
        idle_count=sum(1 for r in rows if r.idle),
        idle_days=idle_days,
        only_idle=only_idle,
        w=words,
        state_words=STATE_WORDS,
        skew_words=skew_words,
        active=DeviceState.ACTIVE,
        wipe_marked=WIPE_MARKED,
        encryption_required=required,
        unencrypted=sum(
            1 for r in rows if r.encrypted is not True and r.state is DeviceState.ACTIVE
        ),
    )


def _one(hub: Hub, device_id: str) -> DeviceRow | None:
    return next((r for r in _rows(hub, DEFAULT_IDLE_DAYS) if r.id == device_id), None)


def _revoke_address(device_id: str) -> str:
    return f"{DEVICES_PATH}/{device_id}/revoke"


def _is_device_id(value: str) -> bool:
    return 0 < len(value) <= 36 and all(c in "0123456789abcdef-" for c in value)


@router.get(DEVICES_PATH + "/{device_id}/revoke")
async def revoke_page(request: Request, device_id: str) -> Response:
    """Are you sure? The device, and the form that revokes it."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    row = None
    if _is_device_id(device_id):
        row = await run_in_threadpool(_one, get_hub(request), device_id)
    if row is None:
        return error_page(request, 404, viewer)
    return _confirm(viewer, row)


def _confirm(viewer: Viewer, row: DeviceRow) -> Response:
    return render(
        "revoke.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=_revoke_address(row.id),
        viewer=viewer,
        section="devices",
        row=row,
        w=words,
        state_words=STATE_WORDS,
        active=DeviceState.ACTIVE,
    )


def _revoke(hub: Hub, device_id: str, by: Actor) -> Device:
    with hub.sessions() as session, session.begin():
        return accounts.revoke_device(session, device_id, by=by)


@router.post(DEVICES_PATH + "/{device_id}/revoke")
async def revoke(request: Request, device_id: str) -> Response:
    """Revoke the device's token at once (logged, by the signed-in admin)."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    if not _is_device_id(device_id):
        return error_page(request, 404, viewer)
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    try:
        await run_in_threadpool(_revoke, get_hub(request), device_id, actor(viewer, request))
    except AccountError:
        return error_page(request, 404, viewer)
    return RedirectResponse(DEVICES_PATH, status_code=303)


def _wipe_address(device_id: str) -> str:
    return f"{DEVICES_PATH}/{device_id}/wipe"


@router.get(DEVICES_PATH + "/{device_id}/wipe")
async def wipe_page(request: Request, device_id: str) -> Response:
    """Are you sure? The device, what a wipe does, and the form that asks for it."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    row = None
    if _is_device_id(device_id):
        row = await run_in_threadpool(_one, get_hub(request), device_id)
    if row is None:
        return error_page(request, 404, viewer)
    return render(
        "wipe.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=_wipe_address(row.id),
        viewer=viewer,
        section="devices",
        row=row,
        w=words,
        state_words=STATE_WORDS,
        wipe_marked=WIPE_MARKED,
    )


def _wipe(hub: Hub, device_id: str, by: Actor) -> Device:
    with hub.sessions() as session, session.begin():
        return accounts.request_wipe(session, device_id, by=by)


@router.post(DEVICES_PATH + "/{device_id}/wipe")
async def wipe(request: Request, device_id: str) -> Response:
    """Mark the device for wiping (logged, by the signed-in admin): told at its next call."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    if not _is_device_id(device_id):
        return error_page(request, 404, viewer)
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    try:
        await run_in_threadpool(_wipe, get_hub(request), device_id, actor(viewer, request))
    except AccountError:
        return error_page(request, 404, viewer)
    return RedirectResponse(DEVICES_PATH, status_code=303)


def _set_required(hub: Hub, on: bool, by: Actor) -> None:
    with hub.sessions() as session, session.begin():
        policy.set_policy(session, PolicyName.REQUIRE_ENCRYPTION, on, by=by)


@router.post(DEVICES_PATH + "/require-encryption")
async def require_encryption(request: Request) -> Response:
    """Turn the require-encryption policy on (`value=on`) or off (logged, by the admin)."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    value = form.get("value")
    if value not in (policy.ON, policy.OFF):
        return error_page(request, 400, viewer)
    await run_in_threadpool(
        _set_required, get_hub(request), value == policy.ON, actor(viewer, request)
    )
    return RedirectResponse(DEVICES_PATH, status_code=303)
