"""The `bluepacific-hub` command: serve, db upgrade, users (add, list, disable, enable, set-role,
reset-password, the console's second factor), devices (list, revoke, wipe), policies (settings
show|set require-encryption on|off), records squatted on
another country's ids, monthly returns (the year's grid, countries that skip national
approval), the regional figures (training, capabilities, engagements, contacts; printed or as
CSV/XLSX), the results framework's targets (XLSX export and import, the results table), the
audit log (list, export, purge) and the donor pack of a quarter (a PDF)."""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bluepacific_hub import accounts, audit, policy, ratelimit, squats, totp
from bluepacific_hub.audit_cli import add_audit_parser, audit_command
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.donor.cli import add_donor_parser, donor_pack_command
from bluepacific_hub.figures.cli import add_figures_parser, figures_command
from bluepacific_hub.migrate import upgrade
from bluepacific_hub.policy import PolicyName
from bluepacific_hub.reference import seed_reference_data
from bluepacific_hub.results.cli import add_targets_parser, targets_command
from bluepacific_hub.returns import set_exception, set_skip
from bluepacific_hub.returns_grid import (
    completeness_by_country,
    completeness_lines,
    grid_lines,
    project_countries,
    returns_grid,
)
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import Role, format_time, utc_now


class CliError(Exception):
    """A command that cannot be carried out; its message is the one line printed."""


KEEP_ALIVE_S = 75  # as nginx's default keepalive_timeout


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bluepacific-hub", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--database", required=True, help="SQLAlchemy URL, e.g. sqlite:///hub.db")
        return p

    serve = with_db(commands.add_parser("serve", help="run the hub (upgrades the database)"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", help="TLS certificate chain (PEM)")
    serve.add_argument("--key", help="TLS private key (PEM)")
    serve.add_argument("--min-client-version", default="0.1.0")
    serve.add_argument("--current-desktop-version", default="0.1.0")
    serve.add_argument(
        "--token-idle-days",
        type=float,
        default=HubSettings.token_idle_days,
        help="a device token stops working after this many days without use (default 90)",
    )
    serve.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change one of the hub's limits (repeatable; docs/deploying-the-hub.md lists them)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="behind a reverse proxy: the proxy's addresses (comma-separated), whose "
        "X-Forwarded-For is trusted as the client's address (for the per-address login limits)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (more than 1 needs PostgreSQL; see docs/deploying-the-hub.md)",
    )

    db = commands.add_parser("db", help="database maintenance").add_subparsers(
        dest="action", required=True
    )
    with_db(db.add_parser("upgrade", help="bring the schema and reference data up to date"))

    user = commands.add_parser("user", help="hub users").add_subparsers(
        dest="action", required=True
    )
    add = with_db(user.add_parser("add", help="add a user (password read from stdin)"))
    add.add_argument("--username", required=True)
    add.add_argument("--country", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    with_db(user.add_parser("list", help="list users"))
    for action, words in (
        ("disable", "refuse the user's sign-ins; every device of theirs stops at once"),
        ("enable", "let a disabled user sign in again (their devices that were not revoked too)"),
    ):
        with_db(user.add_parser(action, help=words)).add_argument("username")
    set_role = with_db(
        user.add_parser("set-role", help="change a user's role (their devices sign in again)")
    )
    set_role.add_argument("username")
    set_role.add_argument("role", choices=[r.value for r in Role])
    reset = with_db(
        user.add_parser(
            "reset-password",
            help="set a new password (read from stdin); the user's devices sign in again",
        )
    )
    reset.add_argument("username")
    for action, words in (
        (
            "totp-enrol",
            "give the user a new second factor for the console: prints its secret, otpauth:// "
            "URI and 10 recovery codes, once; it works after a first code (totp-confirm)",
        ),
        ("totp-confirm", "turn an enrolled second factor on with a first code (on stdin)"),
        ("totp-disable", "remove the user's second factor and recovery codes (a lost phone)"),
    ):
        with_db(user.add_parser(action, help=words)).add_argument("username")

    device = commands.add_parser("device", help="signed-in devices").add_subparsers(
        dest="action", required=True
    )
    with_db(device.add_parser("list", help="list devices"))
    revoke = with_db(device.add_parser("revoke", help="withdraw a device's access at once"))
    revoke.add_argument("device_id")
    wipe = with_db(
        device.add_parser(
            "wipe", help="have a (lost) laptop erase its data at its next sync, then refuse it"
        )
    )
    wipe.add_argument("device_id")

    policies = commands.add_parser(
        "settings", help="hub-wide policies set at run time (require-encryption)"
    ).add_subparsers(dest="action", required=True)
    with_db(policies.add_parser("show", help="print every policy and whether it is on"))
    setting = with_db(policies.add_parser("set", help="turn a policy on or off"))
    setting.add_argument("name", choices=[p.value for p in PolicyName])
    setting.add_argument("value", choices=[policy.ON, policy.OFF])

    records = commands.add_parser("records", help="synced records").add_subparsers(
        dest="action", required=True
    )
    squatted = with_db(
        records.add_parser(
            "squatted",
            help="list records on another country's derived id (pushed before the hub checked)",
        )
    )
    squatted.add_argument(
        "--remove", action="store_true", help="delete them, so their rightful country can sync"
    )
    hub_returns = commands.add_parser("returns", help="monthly returns").add_subparsers(
        dest="action", required=True
    )
    grid = with_db(
        hub_returns.add_parser("grid", help="the 11 countries × 12 months of a year, by state")
    )
    grid.add_argument("--year", type=int, required=True)
    grid.add_argument("--json", action="store_true", help="print JSON: country → 12 states")
    complete = with_db(
        hub_returns.add_parser(
            "completeness",
            help="each country's year: expected, received, on time, late, missing, nil, accepted",
        )
    )
    complete.add_argument("--year", type=int, required=True)
    complete.add_argument(
        "--due-days",
        type=int,
        default=HubSettings.return_due_days,
        help=f"days after the month's end a return is due (default {HubSettings.return_due_days})",
    )
    skip = with_db(
        hub_returns.add_parser(
            "skip-approval",
            help="a country without a national approver: the regional team accepts its "
            "submitted months directly (or 'off' to require approval again)",
        )
    )
    skip.add_argument("country")
    skip.add_argument("setting", choices=["on", "off"])
    exception = with_db(
        hub_returns.add_parser(
            "exception",
            help="keep a country's months open for entry until a date, although their entry "
            "period closed (return_entry_closes_days); --end withdraws it",
        )
    )
    exception.add_argument("country")
    until = exception.add_mutually_exclusive_group(required=True)
    until.add_argument("--until", metavar="YYYY-MM-DD", help="open until the end of this day (UTC)")
    until.add_argument("--end", action="store_true", help="withdraw the exception")
    add_figures_parser(commands, with_db)
    add_targets_parser(commands, with_db)
    add_audit_parser(commands, with_db)
    add_donor_parser(commands, with_db)
    return parser


def _returns_command(args: argparse.Namespace, session: Session) -> None:
    """returns grid | completeness | skip-approval | exception."""
    if args.action == "grid":
        grid = returns_grid(session, args.year)
        print(json.dumps(grid, indent=2) if args.json else "\n".join(grid_lines(grid)))
        return
    if args.action == "completeness":
        if not 1 <= args.due_days <= 366:
            raise CliError("--due-days must be between 1 and 366")
        figures = completeness_by_country(session, args.year, utc_now(), args.due_days)
        print("\n".join(completeness_lines(figures)))
        return
    country = args.country.strip().upper()
    if country not in project_countries():
        raise CliError(f"{args.country!r} is not one of the project's countries")
    if args.action == "exception":
        _exception(args, session, country)
        return
    set_skip(session, country, args.setting == "on", utc_now(), by=audit.command_line())
    words = (
        "accepted by the regional team once submitted"
        if args.setting == "on"
        else "approved by the national approver before the regional team accepts them"
    )
    print(f"the months of {country} are now {words}")


def _exception(args: argparse.Namespace, session: Session, country: str) -> None:
    if args.end:
        set_exception(session, country, None, utc_now(), by=audit.command_line())
        print(f"the exception of {country} is withdrawn: its closed months are closed again")
        return
    try:
        day = date.fromisoformat(args.until)
    except ValueError as exc:
        raise CliError(f"--until {args.until!r}: write the day as YYYY-MM-DD") from exc
    until = datetime.combine(day + timedelta(days=1), time(), UTC)
    set_exception(session, country, until, utc_now(), by=audit.command_line())
    print(f"the months of {country} stay open for entry until the end of {day} (UTC)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# What --set may change: the limits, not what the other options or the CLI itself set.
_NOT_SETTABLE = {"database_url", "min_client_version", "current_desktop_version"}


def _overrides(pairs: list[str]) -> dict[str, Any]:
    """`--set NAME=VALUE` pairs as HubSettings fields, each value of its field's type."""
    fields = {f.name: f for f in dataclasses.fields(HubSettings) if f.name not in _NOT_SETTABLE}
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in fields:
            raise CliError(
                f"--set {pair!r}: write NAME=VALUE with one of: {', '.join(sorted(fields))}"
            )
        default = fields[name].default
        kind: type[Any] = int if default is None else type(default)  # None: off, else days
        try:
            value = kind(text) if kind is not bool else text.lower() in ("1", "true", "yes")
        except ValueError as exc:
            raise CliError(f"--set {name}: {text!r} is not a {kind.__name__}") from exc
        if isinstance(value, int | float) and value < 0:
            raise CliError(f"--set {name}: cannot be negative")
        values[name] = value
    return values


def shared_among_workers(overrides: dict[str, Any], workers: int, cores: int) -> dict[str, Any]:
    """`overrides` with the push gate of one of `workers` processes on `cores` cores, unless
    set by hand: the gate is per process, and more batches at work than cores only make each
    of them slower (with 4 workers of 2 on 2 cores, the slowest push took 5.3 s, with 1: 3.5)."""
    if workers > 1 and "pushes_at_once" not in overrides:
        return {**overrides, "pushes_at_once": max(1, cores // workers)}
    return overrides


def _serve(args: argparse.Namespace) -> None:
    if bool(args.cert) != bool(args.key):
        raise CliError("--cert and --key go together")
    if not args.cert and not _is_loopback(args.host):
        raise CliError("plain HTTP is only allowed on a loopback address: give --cert and --key")
    if args.workers < 1:
        raise CliError("--workers must be 1 or more")
    try:
        backend = make_url(args.database).get_backend_name()
    except SQLAlchemyError as exc:
        raise CliError(f"cannot use database {args.database!r}: {exc}") from exc
    if args.workers > 1 and backend == "sqlite":
        # SQLite lets one writer at a time into the file: several processes would only queue
        # behind its lock and fail with "database is locked" under load.
        raise CliError(
            "--workers above 1 needs a PostgreSQL database; SQLite serves one process "
            "(the default, right for a small office)"
        )
    import uvicorn

    from bluepacific_hub.app import create_app
    from bluepacific_hub.asgi import IMPORT_STRING, settings_to_env

    overrides = shared_among_workers(_overrides(args.set), args.workers, os.cpu_count() or 1)
    settings = HubSettings(
        database_url=args.database,
        min_client_version=args.min_client_version,
        current_desktop_version=args.current_desktop_version,
        token_idle_days=args.token_idle_days,
        **overrides,
    )
    app = create_app(settings)
    target: Any = app
    if args.workers > 1:
        # The app built here has upgraded the database, once, before any worker starts; the
        # workers build their own from the same settings (see bluepacific_hub.asgi).
        app.state.hub.engine.dispose()
        os.environ.update(settings_to_env(settings))
        target = IMPORT_STRING
    uvicorn.run(
        target,
        factory=args.workers > 1,
        workers=args.workers if args.workers > 1 else None,
        host=args.host,
        port=args.port,
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        # Only a named proxy may say who the client is: anyone else could forge an address
        # to dodge the per-address login limits.
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips,
        server_header=False,
        # uvicorn closes idle connections after 5 s. Over a 256 kbit/s satellite link the gap
        # between an answer and the next request (the answer trickling in, the next batch
        # being prepared) is often longer: each close costs a new TLS handshake, and a
        # request sent just as the hub closes fails and stops the sync until the next retry.
        timeout_keep_alive=KEEP_ALIVE_S,
    )


def _read_password(what: str = "password") -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CliError(f"no {what} on standard input")
    return password


def _user_command(args: argparse.Namespace, session: Session) -> None:
    """user disable | enable | set-role | reset-password (add and list are in _run)."""
    by = audit.command_line()
    if args.action in ("disable", "enable"):
        user = accounts.set_active(session, args.username, args.action == "enable", by=by)
        effect = (
            "sign-ins refused, its devices stopped"
            if args.action == "disable"
            else "it may sign in again"
        )
        print(f"{args.action}d user {user.username} ({effect})")
    elif args.action == "set-role":
        user, revoked = accounts.set_role(session, args.username, args.role, by=by)
        print(f"user {user.username} is now {user.role} ({revoked} device(s) must sign in again)")
    elif args.action == "reset-password":
        password = _read_password()
        user, revoked = accounts.reset_password(
            session, Passwords(), args.username, password, by=by
        )
        ratelimit.forget_user(session, user.username)  # the waits of the old password go too
        print(f"new password for {user.username} ({revoked} device(s) must sign in again)")
    elif args.action.startswith("totp-"):
        _totp_command(args, session, by)


def _totp_command(args: argparse.Namespace, session: Session, by: audit.Actor) -> None:
    """user totp-enrol | totp-confirm | totp-disable."""
    user = accounts.find_user(session, args.username)
    if args.action == "totp-enrol":
        enrolment = totp.enrol(session, Passwords(), user, by=by)
        print(f"second factor for {user.username}, pending until a first code confirms it")
        print(f"secret: {enrolment.secret}")
        print(f"uri: {enrolment.uri}")
        print("recovery codes (each works once; they are not shown again):")
        print("\n".join(enrolment.recovery_codes))
    elif args.action == "totp-confirm":
        if not totp.confirm(session, user, _read_password("code"), by=by):
            raise CliError(f"that code does not confirm a pending second factor of {user.username}")
        print(f"the second factor of {user.username} is on")
    elif totp.disable(session, user, by=by):
        print(f"removed the second factor of {user.username}; they may enrol again")
    else:
        print(f"{user.username} had no second factor")


def _squatted(session: Session, remove: bool) -> None:
    found = list(squats.find_squats(session))
    for s in found:
        print(f"{s.record_id}\t{s.kind}\tpushed as {s.country}\tid of {s.owner}"
              f"\tby device {s.device_id or '-'}")  # fmt: skip
    owners = ", ".join(sorted({s.owner for s in found}))
    if not found:
        print("no record sits on another country's id")
    elif remove:
        squats.remove_squats(session, found)
        print(f"removed {len(found)} record(s); the devices of {owners} can now send their "
              "set-aside changes again (Sync screen: Send again)")  # fmt: skip
    else:
        print(f"{len(found)} record(s) sit on ids of {owners}; --remove deletes them")


def _run(args: argparse.Namespace) -> None:
    if args.command == "serve":
        _serve(args)
        return
    try:
        engine = make_engine(args.database)
    except SQLAlchemyError as exc:
        raise CliError(f"cannot use database {args.database!r}: {exc}") from exc
    sessions = make_sessions(engine)
    try:
        upgrade(engine)
        with sessions() as session, session.begin():
            if args.command == "db":
                changed = seed_reference_data(session)
                print(f"database is up to date ({changed} reference records changed)")
            elif (args.command, args.action) == ("user", "add"):
                password = _read_password()
                user = accounts.add_user(
                    session,
                    Passwords(),
                    args.username,
                    password,
                    args.country,
                    args.role,
                    by=audit.command_line(),
                )
                print(f"added user {user.username} ({user.role}, {user.country})")
            elif (args.command, args.action) == ("user", "list"):
                for user in accounts.list_users(session):
                    state = "active" if user.active else "disabled"
                    print(f"{user.username}\t{user.country}\t{user.role}\t{state}")
            elif args.command == "user":
                _user_command(args, session)
            elif (args.command, args.action) == ("device", "list"):
                now = utc_now()
                for device, owner in accounts.list_devices(session):
                    used = format_time(device.last_seen_at) if device.last_seen_at else "-"
                    state = accounts.device_state(device, owner, now)
                    wiped = f"\twiped on {format_time(device.wiped_at)}" if device.wiped_at else ""
                    print(
                        f"{device.id}\t{owner.username}\t{device.country}\t{device.name}"
                        f"\t{state}\tlast used {used}\tapp {device.client_version or '-'}"
                        f"\texpires {format_time(device.expires_at)}{wiped}"
                    )
            elif (args.command, args.action) == ("device", "revoke"):
                device = accounts.revoke_device(session, args.device_id, by=audit.command_line())
                print(f"revoked device {device.id} ({device.name})")
            elif (args.command, args.action) == ("device", "wipe"):
                device = accounts.request_wipe(session, args.device_id, by=audit.command_line())
                print(
                    f"device {device.id} ({device.name}) will erase its data at its next sync"
                    + (f" (told on {format_time(device.wiped_at)})" if device.wiped_at else "")
                )
            elif (args.command, args.action) == ("settings", "show"):
                for name in PolicyName:
                    print(f"{name}\t{policy.ON if policy.is_on(session, name) else policy.OFF}")
            elif (args.command, args.action) == ("settings", "set"):
                name, on = PolicyName(args.name), args.value == policy.ON
                changed = policy.set_policy(session, name, on, by=audit.command_line())
                print(f"{name} is {args.value}" + ("" if changed else " (it already was)"))
            elif (args.command, args.action) == ("records", "squatted"):
                _squatted(session, args.remove)
            elif args.command == "returns":
                _returns_command(args, session)
            elif args.command == "figures":
                figures_command(args, session, project_countries())
            elif args.command == "targets":
                targets_command(args, session)
            elif args.command == "audit":
                audit_command(args, session)
            elif args.command == "donor-pack":
                donor_pack_command(args, session, project_countries())
    except accounts.AccountError as exc:
        raise CliError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise CliError(
            f"database error: {exc.__class__.__name__}: {exc.args[0] if exc.args else ''}"
        ) from exc
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 with a one-line reason on stderr otherwise."""
    args = _parser().parse_args(argv)
    try:
        _run(args)
    except CliError as exc:
        print(f"bluepacific-hub: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"bluepacific-hub: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
