"""`bluepacific-hub targets export|import|show`: the results framework's baselines and targets
as an XLSX file (with each row's actual and % achieved), an import of that file (a dry run
unless --commit; every problem listed, nothing written unless all rows are good) and the
results table printed. The command runs on the hub's own machine, as a regional admin would."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.figures.cli import table_lines
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.results.files import apply_import, export_bytes, plan_import
from bluepacific_hub.results.indicators import REGION
from bluepacific_hub.results.targets import places, results_table, target_years
from bluepacific_wire import Role, utc_now


def add_targets_parser(
    commands: Any, with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]
) -> None:
    targets = commands.add_parser(
        "targets", help="the results framework: baselines, targets and actuals"
    ).add_subparsers(dest="action", required=True)
    export = with_db(
        targets.add_parser(
            "export", help="write every target as an XLSX file, with its actual and % achieved"
        )
    )
    export.add_argument("file", type=Path, metavar="FILE.xlsx")
    export.add_argument(
        "--year", type=int, help="one year (default: every year with a target, or this year)"
    )
    load = with_db(
        targets.add_parser(
            "import", help="check an XLSX file of targets (a dry run) and, with --commit, set them"
        )
    )
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.add_argument("--commit", action="store_true", help="set the targets if every row is good")
    show = with_db(targets.add_parser("show", help="print the results table of a year"))
    show.add_argument("--year", type=int, help="the year (default: this year)")
    show.add_argument("--country", help=f"one country (default: the region, {REGION})")


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    country = value.strip().upper()
    if country not in places():
        raise ValueError(f"{value!r} is not one of the project's countries ({', '.join(places())})")
    return None if country == REGION else country


def targets_command(args: argparse.Namespace, session: Session) -> None:
    by = audit.command_line()
    if args.action == "show":
        year = Filters(args.year or utc_now().year).year  # the figures' range check
        print("\n".join(table_lines(results_table(session, year, _country(args.country)))))
    elif args.action == "export":
        years = [Filters(args.year).year] if args.year else target_years(session)
        years = years or [utc_now().year]
        data = export_bytes(session, years)
        args.file.write_bytes(data)
        audit.record(
            session,
            audit.Action.FIGURES_EXPORTED,
            args.file.name,
            by=by,
            details={"table": "targets", "years": years, "format": "xlsx"},
        )
        print(f"wrote the targets of {', '.join(map(str, years))} to {args.file}")
    else:
        plan = plan_import(session, args.file)
        if not plan.ok:
            count = len(plan.problems)
            raise ValueError(
                f"{plan.name}: {count} problem{'' if count == 1 else 's'}, nothing was imported:\n"
                + "\n".join(f"  {p}" for p in plan.problems)
            )
        changes = f"{len(plan.yearly)} yearly and {len(plan.project)} life-of-project targets"
        if not args.commit:
            print(f"{plan.name}: {plan.rows} rows, all good: {changes} would be set "
                  "(give --commit to set them)")  # fmt: skip
            return
        apply_import(session, plan, by, Role.REGIONAL_ADMIN.value)
        print(f"{plan.name}: set {changes}")
