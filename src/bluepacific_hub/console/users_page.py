"""The users page (/console/users, regional admins only): every user with their role, state,
devices and second factor; add a user, disable or enable one, change a role, reset a password
(a one-time temporary password shown once). Every change goes through accounts.py, which
stops the user's devices and console sessions where it should, and is logged with the
signed-in admin as the actor."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from fastapi import APIRouter
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub import accounts, totp
from bluepacific_hub.accounts import AccountError
from bluepacific_hub.audit import Actor
from bluepacific_hub.console import words
from bluepacific_hub.console.i18n import N_
from bluepacific_hub.console.i18n import words as i18n_words
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, admin_signed_in, checked_form
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import Device
from bluepacific_hub.returns_grid import project_countries
from bluepacific_wire import Role

router = APIRouter(include_in_schema=False)
USERS_PATH: Final = "/console/users"
REFUSED: Final = N_("The hub refused this: {reason}. Nothing was changed.")
NOT_YOURSELF: Final = N_("You cannot change your own account here.")
FACTOR_WORDS: Final = {
    totp.TotpState.NONE: N_("None"),
    totp.TotpState.PENDING: N_("Being set up"),
    totp.TotpState.ENABLED: N_("On"),
}


@dataclass(frozen=True)
class UserRow:
    username: str
    country: str
    role: Role
    active: bool
    devices: int  # not revoked
    factor: totp.TotpState


@dataclass(frozen=True)
class Done:
    """What a change did, for the page that follows it: a temporary password shown once."""

    username: str
    password: str
    devices_revoked: int
    added: bool = False


def _rows(hub: Hub) -> list[UserRow]:
    with hub.sessions() as session:
        counted = session.execute(
            select(Device.user_id, func.count(Device.id))
            .where(Device.revoked_at.is_(None))
            .group_by(Device.user_id)
        )
        live = {user_id: count for user_id, count in counted}
        return [
            UserRow(
                u.username,
                u.country,
                Role(u.role),
                u.active,
                int(live.get(u.id, 0)),
                totp.state(session, u),
            )
            for u in accounts.list_users(session)
        ]


async def _page(
    request: Request,
    viewer: Viewer,
    status: int = 200,
    error: str | None = None,
    done: Done | None = None,
) -> Response:
    rows = await run_in_threadpool(_rows, get_hub(request))
    return render(
        "users.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=USERS_PATH,
        viewer=viewer,
        section="users",
        status=status,
        rows=rows,
        roles=list(Role),
        countries=project_countries(),
        factor_words=FACTOR_WORDS,
        w=words,
        error=error,
        done=done,
    )


@router.get(USERS_PATH)
async def users(request: Request) -> Response:
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    return await _page(request, viewer)


def temporary_password() -> str:
    """A password to give the person once, by phone or in person: 15 characters of an
    alphabet without look-alikes (75 bits), in groups of five."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(15))
    return "-".join(raw[i : i + 5] for i in range(0, 15, 5))


Change = Callable[[Session], Done | None]
MakeChange = Callable[[Hub, dict[str, str], Actor], Change]


def _run(hub: Hub, change: Change) -> Done | None:
    with hub.sessions() as session, session.begin():
        return change(session)


async def _change(request: Request, make: MakeChange) -> Response:
    """Check the admin and the form's CSRF token, then make the change in one transaction
    (password hashing included, off the event loop): the page of its temporary password, or
    back to the list. An admin may not change their own account here (disabling or demoting
    themselves would lock the region out; their own password is `bluepacific-hub`'s)."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    _ = i18n_words(viewer.language)
    if accounts.normalise_username(form.get("username", "")) == viewer.username:
        return await _page(request, viewer, 409, error=_(NOT_YOURSELF))
    hub = get_hub(request)
    try:
        done = await run_in_threadpool(_run, hub, make(hub, form, actor(viewer, request)))
    except AccountError as exc:
        return await _page(request, viewer, 409, error=_(REFUSED, reason=str(exc)))
    if done is None:
        return RedirectResponse(USERS_PATH, status_code=303)
    return await _page(request, viewer, done=done)


def _add(hub: Hub, form: dict[str, str], by: Actor) -> Change:
    password = temporary_password()

    def change(session: Session) -> Done | None:
        user = accounts.add_user(
            session,
            hub.passwords,
            form.get("username", ""),
            password,
            form.get("country", ""),
            form.get("role", ""),
            by=by,
        )
        return Done(user.username, password, 0, added=True)

    return change


def _set_active(hub: Hub, form: dict[str, str], by: Actor) -> Change:
    def change(session: Session) -> Done | None:
        # Disabled: every device of theirs is refused at its next request, every console
        # session of theirs ends at its next page (both check the user's `active`).
        accounts.set_active(session, form.get("username", ""), form.get("active") == "1", by=by)
        return None

    return change


def _set_role(hub: Hub, form: dict[str, str], by: Actor) -> Change:
    def change(session: Session) -> Done | None:
        accounts.set_role(session, form.get("username", ""), form.get("role", ""), by=by)
        return None

    return change


def _reset(hub: Hub, form: dict[str, str], by: Actor) -> Change:
    password = temporary_password()

    def change(session: Session) -> Done | None:
        user, revoked = accounts.reset_password(
            session, hub.passwords, form.get("username", ""), password, by=by
        )
        return Done(user.username, password, revoked)

    return change


@router.post(USERS_PATH + "/add")
async def add(request: Request) -> Response:
    """A new user with a temporary password, shown once."""
    return await _change(request, _add)


@router.post(USERS_PATH + "/active")
async def set_active(request: Request) -> Response:
    """Disable (their devices stop at once) or enable a user."""
    return await _change(request, _set_active)


@router.post(USERS_PATH + "/role")
async def set_role(request: Request) -> Response:
    """Another role (their devices sign in again under it)."""
    return await _change(request, _set_role)


@router.post(USERS_PATH + "/password")
async def reset_password(request: Request) -> Response:
    """A temporary password, shown once (their devices and sessions are signed out)."""
    return await _change(request, _reset)
