"""`bluepacific-hub figures training|capabilities|engagements|contacts`: a regional figures
table for a year or quarter, printed tab-separated or written as CSV or XLSX (a file written
goes to the audit log). The command runs on the hub's own machine, so it sees every country
(as a regional admin would)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.figures.export import write_csv, write_xlsx
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.tables import TABLES, Table
from bluepacific_wire import utc_now


def add_figures_parser(
    commands: Any, with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]
) -> None:
    figures = with_db(commands.add_parser("figures", help="regional figures of a year or quarter"))
    figures.add_argument("table", choices=list(TABLES), help="which figures")
    figures.set_defaults(action="figures")  # the hub's _run reads every command's action
    figures.add_argument("--year", type=int, help="the year (default: this year)")
    figures.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="one quarter of it")
    figures.add_argument("--country", help="one country's figures (e.g. FJ)")
    figures.add_argument("--course", help="training: one course code")
    figures.add_argument("--capability", help="capabilities: one capability code")
    out = figures.add_mutually_exclusive_group()
    out.add_argument("--csv", type=Path, metavar="FILE", help="write a CSV file instead")
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="write an XLSX file instead")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def table_lines(table: Table) -> list[str]:
    return ["\t".join(table.headers), *("\t".join(_cell(v) for v in row) for row in table.rows)]


def figures_command(args: argparse.Namespace, session: Session, countries: Sequence[str]) -> None:
    country = args.country.strip().upper() if args.country else None
    if country is not None and country not in countries:
        raise ValueError(
            f"{args.country!r} is not one of the project's countries ({', '.join(countries)})"
        )
    filters = Filters(
        args.year or utc_now().year,
        args.quarter,
        country,
        args.course.strip() if args.course else None,
        args.capability.strip() if args.capability else None,
    )
    table = TABLES[args.table](session, filters)
    count = f"{len(table.rows)} row{'' if len(table.rows) == 1 else 's'}"
    if not (args.csv or args.xlsx):
        print("\n".join(table_lines(table)))
        return
    path: Path = args.csv or args.xlsx
    if args.csv:
        write_csv(path, table)
    else:
        write_xlsx(path, [table])
    audit.record(
        session,
        audit.Action.FIGURES_EXPORTED,
        path.name,
        by=audit.command_line(),
        country=country,
        details={
            "table": args.table,
            "period": filters.label,
            "format": "csv" if args.csv else "xlsx",
            "rows": len(table.rows),
        },
    )
    print(f"wrote {args.table} figures of {filters.label} ({count}) to {path}")
