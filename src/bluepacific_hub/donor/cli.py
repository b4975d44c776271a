"""`bluepacific-hub donor-pack --quarter 2026Q3 [--lang fr] [--paper letter] -o FILE`: the donor
pack of a quarter for every country of the project (the command runs on the hub's own machine,
as a regional admin would), written to FILE; the audit log keeps that it was made."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.console.i18n import LANGUAGES
from bluepacific_hub.donor.pack import Asked, make_pack
from bluepacific_hub.donor.pdf import PAPERS
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import utc_now


def add_donor_parser(
    commands: Any, with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]
) -> None:
    pack = with_db(commands.add_parser("donor-pack", help="the donor pack of a quarter, a PDF"))
    pack.set_defaults(action="donor-pack")
    pack.add_argument("--quarter", required=True, help="the quarter, e.g. 2026Q3")
    pack.add_argument("--lang", choices=list(LANGUAGES), default="en", help="default: en")
    pack.add_argument("--paper", choices=list(PAPERS), default="a4", help="default: a4")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pack.add_argument(
        "--due-days",
        type=int,
        default=HubSettings.return_due_days,
        help=f"days after the month's end a return is due (default {HubSettings.return_due_days})",
    )


def donor_pack_command(
    args: argparse.Namespace, session: Session, countries: Sequence[str]
) -> None:
    if not 1 <= args.due_days <= 366:
        raise ValueError("--due-days must be between 1 and 366")
    asked = Asked(args.quarter.strip().upper(), args.lang, args.paper)
    pdf = make_pack(session, asked, countries, audit.command_line(), utc_now(), args.due_days)
    path: Path = args.output
    path.write_bytes(pdf)
    print(f"wrote the donor pack of {asked.quarter} ({len(pdf)} bytes) to {path}")
