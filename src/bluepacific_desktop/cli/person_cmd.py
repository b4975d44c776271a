"""`person`: people's rights over their data — export everything held about one person or
contact (JSON and PDF, both readable by their owner only), erase one (reports/person_data.py,
store/erasure.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import RecordNotFound
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.reports import person_data
from bluepacific_desktop.store import erasure
from bluepacific_desktop.store.models import Contact, Person
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.store import Store


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
    er = sub.add_parser(
        "erase",
        help=translate(
            "CliHelp",
            "replace a person's or contact's name and contact details, here and on every copy",
        ),
        description=translate(
            "CliHelp",
            "The record stays, nameless, so the counts still add up; the erase reaches the hub "
            "at the next sync and every device after it, and no older edit can undo it.",
        ),
    )
    er.add_argument("record_id", metavar="ID")
    er.add_argument(
        "--keep-sex",
        action="store_true",
        help=translate("CliHelp", "keep the person's sex (the figures by sex stay as they are)"),
    )
    er.add_argument(
        "--keep-agency",
        action="store_true",
        help=translate("CliHelp", "keep the person's agency (a contact's organisation)"),
    )
    er.add_argument(
        "--yes", action="store_true", help=translate("CliHelp", "yes, erase: it cannot be undone")
    )
    er.set_defaults(run=run_erase)


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


def _kind_of(store: Store, record_id: str) -> RecordKind:
    with store.read() as session:
        if session.get(Person, record_id) is not None:
            return RecordKind.PERSON
        if session.get(Contact, record_id) is not None:
            return RecordKind.CONTACT
    raise RecordNotFound(RecordKind.PERSON.value, record_id)


def run_erase(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        kind = _kind_of(store, args.record_id)
        if not args.yes:
            with store.read() as session:
                name = session.get(MODELS[kind], args.record_id).full_name  # type: ignore[union-attr]
            raise CommandFailed(
                fill(
                    translate(
                        "PersonCommand",
                        "Erasing replaces the name and contact details of %1 on every copy "
                        "and cannot be undone; %2. Add --yes to erase.",
                    ),
                    name,
                    kept_words(kind, args.keep_sex, args.keep_agency),
                )
            )
        with store.write() as session:
            done = erasure.erase(
                session,
                kind,
                args.record_id,
                keep_sex=args.keep_sex,
                keep_agency=args.keep_agency,
            )
    say(
        fill(
            translate(
                "PersonCommand",
                "Erased: the record is now “%1”; the erase goes to the hub at the next sync.",
            ),
            done.placeholder,
        )
    )
    return 0


def kept_words(kind: RecordKind, keep_sex: bool, keep_agency: bool) -> str:
    if kind is RecordKind.CONTACT:
        return (
            translate("PersonCommand", "the organisation, its type, role and country are kept")
            if keep_agency
            else translate("PersonCommand", "the organisation type, role and country are kept")
        )
    if keep_sex and keep_agency:
        return translate("PersonCommand", "sex and agency are kept")
    if keep_sex:
        return translate("PersonCommand", "sex is kept, the agency is erased")
    if keep_agency:
        return translate("PersonCommand", "the agency is kept, sex becomes “not stated”")
    return translate("PersonCommand", "sex becomes “not stated” and the agency is erased")
