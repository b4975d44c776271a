"""`import attendance|contacts FILE`: a dry run by default; `--commit` writes all rows or none."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.io.importing import ImportKind, run_import


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "import",
        help="import an attendance sheet or a contact list (CSV or Excel .xlsx)",
        description="Without --commit, a dry run: shows what would be created and every "
        "refused row. With --commit, writes everything in one go, or nothing if a row is "
        "refused.",
    )
    p.add_argument("what", choices=[k.value for k in ImportKind], help="what the file holds")
    p.add_argument("file", type=Path, help="the .csv or .xlsx file")
    p.add_argument("--commit", action="store_true", help="write the records (all or nothing)")
    p.add_argument(
        "--session",
        metavar="ID",
        help="attendance: the existing training session the sheet is for "
        "(otherwise the sheet's course and date columns say)",
    )
    p.add_argument("--json", action="store_true", help="print JSON with stable keys")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    kind = ImportKind(args.what)
    if args.session and kind is not ImportKind.ATTENDANCE:
        print("bluepacific-desktop: --session applies to attendance sheets only.", file=sys.stderr)
        return 2
    with open_store(args) as store:
        plan = run_import(store, kind, args.file, commit=args.commit, session_id=args.session)
    if args.json:
        say(json.dumps(plan.to_json(), indent=2, ensure_ascii=False))
    else:
        for line in plan.lines():
            say(line)
    if plan.refused:
        written = "nothing was written" if args.commit else "nothing would be written"
        print(
            f"bluepacific-desktop: {len(plan.refused)} row(s) refused; {written}.",
            file=sys.stderr,
        )
        return 1
    return 0
