"""`import attendance|contacts FILE`: a dry run by default; `--commit` writes all rows or none."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.cli.import_words import plan_lines
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill, number
from bluepacific_desktop.io.importing import ImportKind, run_import


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "import",
        help=translate(
            "CliHelp", "import an attendance sheet or a contact list (CSV or Excel .xlsx)"
        ),
        description=translate(
            "CliHelp",
            "Without --commit, a dry run: shows what would be created and every "
            "refused row. With --commit, writes everything in one go, or nothing if a row is "
            "refused.",
        ),
    )
    p.add_argument(
        "what",
        choices=[k.value for k in ImportKind],
        help=translate("CliHelp", "what the file holds"),
    )
    p.add_argument("file", type=Path, help=translate("CliHelp", "the .csv or .xlsx file"))
    p.add_argument(
        "--commit",
        action="store_true",
        help=translate("CliHelp", "write the records (all or nothing)"),
    )
    p.add_argument(
        "--session",
        metavar="ID",
        help=translate(
            "CliHelp",
            "attendance: the existing training session the sheet is for "
            "(otherwise the sheet's course and date columns say)",
        ),
    )
    p.add_argument(
        "--course",
        metavar="CODE",
        help=translate(
            "CliHelp",
            "attendance: the course meant by a course name the catalogue does not know "
            "(the dry run proposes the closest); remembered on this computer after --commit",
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print JSON with stable keys")
    )
    p.set_defaults(run=run)


class _Progress:
    """Rows checked, on one line of stderr rewritten in place, only when stderr is a terminal
    (as pip and calibre do): a script or a log file gets no progress noise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        checking = translate("ImportCommand", "Checking rows: %1 of %2 (%3 %)")
        self.stream.write("\r" + fill(checking, number(done), number(total), percent))
        self.stream.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    kind = ImportKind(args.what)
    for option, value in (("--session", args.session), ("--course", args.course)):
        if value and kind is not ImportKind.ATTENDANCE:
            only = translate("ImportCommand", "%1 applies to attendance sheets only.")
            print(f"bluepacific-desktop: {fill(only, option)}", file=sys.stderr)
            return 2
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        with open_store(args) as store:
            plan = run_import(
                store,
                kind,
                args.file,
                commit=args.commit,
                session_id=args.session,
                course=args.course,
                progress=progress,
            )
    finally:
        if progress is not None:
            progress.end()
    if args.json:
        say(json.dumps(plan.to_json(), indent=2, ensure_ascii=False))
    else:
        for line in plan_lines(plan):
            say(line)
    if plan.refused:
        refused = (
            translate(
                "ImportCommand", "%n rows refused; nothing was written.", None, len(plan.refused)
            )
            if args.commit
            else translate(
                "ImportCommand",
                "%n rows refused; nothing would be written.",
                None,
                len(plan.refused),
            )
        )
        print(f"bluepacific-desktop: {refused}", file=sys.stderr)
        return 1
    if plan.courses_to_choose:
        unsettled = (
            translate(
                "ImportCommand",
                "the course is not settled: choose it with --course CODE; nothing was written.",
            )
            if args.commit
            else translate(
                "ImportCommand",
                "the course is not settled: choose it with --course CODE; nothing would be "
                "written.",
            )
        )
        print(f"bluepacific-desktop: {unsettled}", file=sys.stderr)
        return 1
    return 0
