"""`certificates`: print a session's training certificates (or one attendance's) as a PDF,
revoke or re-issue one by its code, and verify a code against this computer's records
(workflows/certificates.py; works offline, the codes reach the hub at the next sync)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import day_name, fill
from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.workflows import certificates
from bluepacific_wire.certificates import printed_code


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "certificates",
        help=translate("CliHelp", "training certificates: print, revoke, re-issue, verify"),
        description=translate(
            "CliHelp",
            "A certificate is issued for each attendance marked completed with its certificate "
            "issued. Its verification code and QR code lead to the hub's public verify page.",
        ),
    )
    sub = p.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)
    pr = sub.add_parser(
        "print", help=translate("CliHelp", "a session's certificates, one page each, as a PDF")
    )
    pr.add_argument("session_id", metavar="SESSION_ID")
    pr.add_argument(
        "--attendance",
        metavar="ATTENDANCE_ID",
        help=translate("CliHelp", "only this attendance's certificate"),
    )
    pr.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=translate("CliHelp", "PDF language (default: the messages' language)"),
    )
    pr.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=translate("CliHelp", "paper size")
    )
    pr.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        required=True,
        help=translate("CliHelp", "write a PDF file"),
    )
    pr.set_defaults(run=run_print)
    rv = sub.add_parser(
        "revoke", help=translate("CliHelp", "revoke a certificate: the verify page then says so")
    )
    rv.add_argument("code", metavar="CODE")
    rv.add_argument("--reason", required=True, help=translate("CliHelp", "why it is revoked"))
    rv.set_defaults(run=run_revoke)
    ri = sub.add_parser(
        "reissue",
        help=translate(
            "CliHelp", "revoke a certificate and issue a new one from the records as they are now"
        ),
    )
    ri.add_argument("code", metavar="CODE")
    ri.add_argument("--reason", help=translate("CliHelp", "why (default: re-issued)"))
    ri.set_defaults(run=run_reissue)
    vf = sub.add_parser(
        "verify", help=translate("CliHelp", "check a code against this computer's records")
    )
    vf.add_argument("code", metavar="CODE")
    vf.set_defaults(run=run_verify)


def _check_target(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CommandFailed(
            fill(translate("Cli", "The folder %1 does not exist; nothing was written."), folder)
        )


def _no_code(code: str) -> CommandFailed:
    return CommandFailed(
        fill(
            translate("CertificatesCommand", "No certificate on this computer has the code %1."),
            code,
        )
    )


def run_print(args: argparse.Namespace) -> int:
    _check_target(args.pdf)
    with open_existing(args) as store:
        try:
            if args.attendance:
                sheets = [
                    certificates.issue_for_attendance(store, args.attendance, args.session_id)
                ]
            else:
                sheets = certificates.issue_for_session(store, args.session_id)
        except certificates.NothingToCertify:
            raise CommandFailed(
                translate(
                    "CertificatesCommand",
                    "No attendance of this session is marked completed with a certificate "
                    "issued; nothing was written.",
                )
            ) from None
    # Imported here: only PDF output loads Qt.
    from bluepacific_desktop.reports.render.certificate_pdf import write_certificates_pdf

    pages = write_certificates_pdf(sheets, args.pdf, args.lang or current_language(), args.paper)
    say(
        fill(translate("CertificatesCommand", "Wrote %1 (%n certificates).", None, pages), args.pdf)
    )
    if not sheets[0].verify_url:
        say(
            translate(
                "CertificatesCommand",
                "No hub address is set on this computer: the certificates carry their codes "
                "without a QR code.",
            )
        )
    return 0


def _describe(sheet: CertificateSheet) -> str:
    language = current_language()
    state = (
        fill(translate("CertificatesCommand", "revoked (%1)"), sheet.revoke_reason or "")
        if sheet.revoked
        else translate("CertificatesCommand", "valid")
    )
    return fill(
        translate("CertificatesCommand", "%1: %2, %3, %4 – %5, %6"),
        printed_code(sheet.code),
        state,
        sheet.holder_name,
        day_name(sheet.start_date),
        day_name(sheet.end_date),
        sheet.course(language),
    )


def run_revoke(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        raise CommandFailed(translate("CertificatesCommand", "Say why with --reason."))
    with open_existing(args) as store:
        sheet = certificates.revoke(store, args.code, args.reason.strip())
    if sheet is None:
        raise _no_code(args.code)
    say(_describe(sheet))
    return 0


def run_reissue(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        sheet = certificates.reissue(store, args.code, (args.reason or "").strip() or None)
    if sheet is None:
        raise _no_code(args.code)
    say(
        fill(
            translate("CertificatesCommand", "%1 is revoked; the new certificate is %2."),
            args.code,
            printed_code(sheet.code),
        )
    )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        sheet = certificates.find(store, args.code)
    if sheet is None:
        raise _no_code(args.code)
    say(_describe(sheet))
    return 0
