"""`report`: a report of the local records as a PDF or a CSV file."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.io.files import write_csv
from bluepacific_desktop.reports.figures.periods import resolve
from bluepacific_desktop.workflows.country_clock import today_there
from bluepacific_desktop.workflows.report_jobs import KINDS, ReportRequest, prepare


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "report",
        help=translate(
            "CliHelp", "write a report (training, capabilities, contacts, quarterly) as PDF or CSV"
        ),
        description=translate(
            "CliHelp",
            "Compute a report from the records on this computer and save it as a PDF "
            "(to print or send) or a CSV table (for Excel). Dates follow the country's own "
            "calendar. Without a period, the current quarter is used.",
        ),
    )
    p.add_argument("kind", choices=KINDS, help=translate("CliHelp", "which report"))
    p.add_argument(
        "--quarter", metavar="YYYYQn", help=translate("CliHelp", "a calendar quarter, e.g. 2025Q3")
    )
    p.add_argument(
        "--from", dest="start", metavar="DATE", help=translate("CliHelp", "first day, YYYY-MM-DD")
    )
    p.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CliHelp", "last day, YYYY-MM-DD")
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "--pdf", type=Path, metavar="FILE", help=translate("CliHelp", "write a PDF file")
    )
    out.add_argument(
        "--csv", type=Path, metavar="FILE", help=translate("CliHelp", "write a CSV file (UTF-8)")
    )
    p.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=translate("CliHelp", "PDF language (default: the messages' language)"),
    )
    p.add_argument(
        "--page",
        choices=("a4", "letter"),
        default="a4",
        help=translate("CliHelp", "PDF paper size"),
    )
    p.add_argument(
        "--country",
        metavar="CC",
        help=translate(
            "CliHelp", "contacts report only: list the contacts of one country (e.g. TO)"
        ),
    )
    p.set_defaults(run=run)


def _check_target(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(
            fill(translate("Cli", "The folder %1 does not exist; nothing was written."), folder)
        )


def run(args: argparse.Namespace) -> int:
    target: Path = args.pdf or args.csv
    _check_target(target)
    if args.country and args.kind != "contacts":
        raise CommandFailed(
            translate("ReportCommand", "--country is for the contacts report only.")
        )
    with open_existing(args) as store:
        period = resolve(
            quarter_text=args.quarter,
            from_text=args.start,
            to_text=args.end,
            today=today_there(store),
        )
        language = args.lang or current_language()
        request = ReportRequest(args.kind, period, language, args.page, args.country)
        prepared = prepare(store, request)
    if args.csv:
        count = write_csv(args.csv, *prepared.table)
        wrote = translate("ReportCommand", "Wrote %1 (%n rows, %2).", None, count)
        say(fill(wrote, args.csv, period.label))
        return 0
    # Imported here: only PDF output loads Qt.
    from bluepacific_desktop.reports.render.report import render_pdf

    pages = render_pdf(prepared.figures, prepared.meta, args.pdf)
    wrote = translate("ReportCommand", "Wrote %1 (%n pages, %2).", None, pages)
    say(fill(wrote, args.pdf, period.label))
    return 0
