"""`sheets`: print a session's sign-in sheet as a PDF (to print and sign) and as an XLSX
template (to fill on a laptop); the filled sheet comes back through `import`
(workflows/sign_in_sheets.py, io/importing/sign_in.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.domain.sheet_codes import printed_session_code
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.io.sheet_template import write_template
from bluepacific_desktop.workflows.sign_in_sheets import sign_in_sheet


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "sheets",
        help=translate("CliHelp", "sign-in sheets: print a session's sheet to sign"),
        description=translate(
            "CliHelp",
            "A sign-in sheet lists a session's registered attendees with their row ids and has "
            "blank rows for walk-ins; its session code on every page brings the filled sheet "
            "back to the session with `import`.",
        ),
    )
    sub = p.add_subparsers(dest="sheets_command", metavar="ACTION", required=True)
    pr = sub.add_parser(
        "print", help=translate("CliHelp", "a session's sign-in sheet as a PDF and/or XLSX")
    )
    pr.add_argument("session_id", metavar="SESSION_ID")
    pr.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=translate("CliHelp", "the sheet's language (default: the messages' language)"),
    )
    pr.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=translate("CliHelp", "paper size")
    )
    pr.add_argument(
        "--pdf", type=Path, metavar="FILE", help=translate("CliHelp", "write a PDF file")
    )
    pr.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE",
        help=translate("CliHelp", "write an Excel template to fill"),
    )
    pr.set_defaults(run=run_print)


def _check_target(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(
            fill(translate("Cli", "The folder %1 does not exist; nothing was written."), folder)
        )


def run_print(args: argparse.Namespace) -> int:
    if args.pdf is None and args.xlsx is None:
        raise CommandFailed(translate("SheetsCommand", "Say where to write it: --pdf or --xlsx."))
    for target in (args.pdf, args.xlsx):
        if target is not None:
            _check_target(target)
    language = args.lang or current_language()
    with open_existing(args) as store:
        sheet = sign_in_sheet(store, args.session_id)
    if args.xlsx is not None:
        write_template(sheet, args.xlsx, language)
        say(fill(translate("SheetsCommand", "Wrote %1."), args.xlsx))
    if args.pdf is not None:
        # Imported here: only PDF output loads Qt.
        from bluepacific_desktop.reports.render.sign_in_pdf import write_sign_in_pdf

        pages = write_sign_in_pdf(sheet, args.pdf, language, args.paper)
        say(fill(translate("SheetsCommand", "Wrote %1 (%n pages).", None, pages), args.pdf))
    say(
        fill(
            translate("SheetsCommand", "Session code %1, %2 registered attendees."),
            printed_session_code(sheet.code),
            len(sheet.rows),
        )
    )
    return 0
