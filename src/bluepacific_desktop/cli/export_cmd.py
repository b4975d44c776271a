"""`export`: every live record of one kind to a CSV (for Excel) or JSON file."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.cli.kinds import kind_name
from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.io.export import FORMATS, export_records


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "export",
        help=translate("CliHelp", "export records of one kind to CSV or JSON"),
        description=translate(
            "CliHelp",
            "Write every record of one kind kept on this computer (deleted ones "
            "left out) to a file: CSV in UTF-8 with a byte-order mark, so Excel shows accents "
            "right, or JSON.",
        ),
    )
    p.add_argument(
        "kind",
        choices=[k.value for k in EDITABLE_KINDS],
        help=translate("CliHelp", "which records"),
    )
    p.add_argument(
        "--format", choices=FORMATS, required=True, help=translate("CliHelp", "csv or json")
    )
    p.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CliHelp", "file to write"),
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = args.output.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(
            fill(translate("Cli", "The folder %1 does not exist; nothing was written."), folder)
        )
    with open_existing(args) as store:
        count = export_records(store, RecordKind(args.kind), args.format, args.output)
    wrote = translate("ExportCommand", "Wrote %n %1 records to %2.", None, count)
    say(fill(wrote, kind_name(args.kind), args.output))
    return 0
