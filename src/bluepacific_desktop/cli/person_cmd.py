"""`person`: people's rights over their data — export everything held about one person or
contact (JSON and PDF, both readable by their owner only), erase one (reports/person_data.py,
store/erasure.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.reports import person_data


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "person",
        help=translate("CliHelp", "a person's or contact's data: export everything, erase"),
        description=translate(
            "CliHelp",
            "People's rights over their data: everything this computer holds about one person "
            "or contact, as a JSON file and a PDF; or their name and contact details erased "
            "everywhere the record went. ID is the person's or the contact's id.",
        ),
    )
    sub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    ex = sub.add_parser(
        "export",
        help=translate("CliHelp", "everything held about one person or contact, JSON and PDF"),
    )
    ex.add_argument("record_id", metavar="ID")
    ex.add_argument(
        "--json", type=Path, metavar="FILE", help=translate("CliHelp", "write a JSON file")
    )
    ex.add_argument(
        "--pdf", type=Path, metavar="FILE", help=translate("CliHelp", "write a PDF file")
    )
    ex.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=translate("CliHelp", "PDF language (default: the messages' language)"),
    )
    ex.set_defaults(run=run_export)


def _check_target(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(
            fill(translate("Cli", "The folder %1 does not exist; nothing was written."), folder)
        )


def run_export(args: argparse.Namespace) -> int:
    targets = [t for t in (args.json, args.pdf) if t is not None]
    if not targets:
        raise CommandFailed(translate("PersonCommand", "Say where to write with --json or --pdf."))
    for target in targets:
        _check_target(target)
    with open_existing(args) as store:
        data = person_data.person_data(store, args.record_id)
    if args.json is not None:
        person_data.write_json(data, args.json)
        say(fill(translate("PersonCommand", "Wrote %1."), args.json))
    if args.pdf is not None:
        # Imported here: only PDF output loads Qt.
        from bluepacific_desktop.reports.render.person_pdf import write_person_pdf

        pages = write_person_pdf(data, args.pdf, args.lang or current_language())
        say(fill(translate("PersonCommand", "Wrote %1 (%n pages).", None, pages), args.pdf))
    say(
        translate(
            "PersonCommand",
            "These files contain personal data: give them only to the person they are about.",
        )
    )
    return 0
