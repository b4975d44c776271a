"""Entry point of `bluepacific-desktop`: global options, the commands, exit codes.

Exit codes: 0 done; 1 the command could not do its job (one line on stderr says why);
2 the command line itself is wrong (argparse's usage message); 130 interrupted.
With no command, the app's window opens.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from pathlib import Path

from bluepacific_desktop import __version__, paths
from bluepacific_desktop.cli import argparse_words
from bluepacific_desktop.domain.errors import BluePacificError, ValidationError
from bluepacific_desktop.i18n import catalogue as i18n
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.errors import said
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.logging_setup import setup_logging

log = logging.getLogger("bluepacific_desktop.cli")

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUG = 70  # sysexits EX_SOFTWARE: our fault, not the user's
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    # The commands (and SQLAlchemy with them) load here, not at import: opening the window
    # needs none of them, and every tenth of a second of start-up shows.
    from bluepacific_desktop.cli import (
        certificates_cmd,
        db_cmd,
        demo_cmd,
        export_cmd,
        import_cmd,
        person_cmd,
        report_cmd,
        returns_cmd,
        setup_cmd,
        sheets_cmd,
        status_cmd,
        sync_cmd,
    )

    parser = argparse.ArgumentParser(
        prog="bluepacific-desktop",
        description=translate(
            "CliHelp",
            "Project Blue Pacific records: training, INTERPOL capability use and "
            "regional contacts, offline first. With no command, the app's window opens.",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=fill(
            translate(
                "CliHelp", "folder of the data file (default: $%1, else the user's data folder)"
            ),
            paths.DATA_DIR_ENV,
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=argparse_words.version_help(),
    )
    parser.add_argument(
        "--lang",
        dest="messages_language",  # `init --lang` is the computer's, this one the messages'
        choices=("en", "fr"),
        help=translate(
            "CliHelp",
            "the language of the messages (default: the one chosen for this computer, else "
            "the system's)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CliHelp", "open the app with sample data and a local hub"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        setup_cmd,
        status_cmd,
        db_cmd,
        demo_cmd,
        sync_cmd,
        import_cmd,
        report_cmd,
        export_cmd,
        returns_cmd,
        certificates_cmd,
        person_cmd,
        sheets_cmd,
    ):
        module.register(commands)
    return parser


def _gui(data_dir: Path, demo: bool) -> int:
    # No garbage collection while the window starts: the imports make some 80,000 objects
    # that live as long as the app, hardly any garbage, and the collections kept walking
    # them (to the dashboard over 100,000 people: 1.01 s → 0.83 s, medians of 8 starts).
    # ui/startup.py collects once and turns it back on when the screens are built; the first
    # start's full path has it on at once.
    gc.disable()
    try:
        if not demo:
            # Imported here so that no command of the command line ever loads Qt.
            from bluepacific_desktop.ui.startup import run_quick

            code = run_quick(data_dir)
            if code is not None:
                return code
    finally:
        gc.enable()
    from bluepacific_desktop.ui.app import run_gui

    return run_gui(data_dir, demo)


def _only_global_options(argv: list[str] | None) -> argparse.Namespace | None:
    """The window is asked for (no command): its options, without loading every command."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--demo", action="store_true")
    pre.add_argument("--lang")  # the window speaks the language chosen in Settings
    known, rest = pre.parse_known_args(sys.argv[1:] if argv is None else argv)
    return None if rest else known


def _messages_language(argv: list[str]) -> str:
    """--lang among the global options (before the command: `init --lang` and `report --lang`
    are other choices), else the language chosen for the data folder's computer, else the
    system's. Read by hand, as argparse's own words depend on it."""
    lang = folder = None
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name in ("--lang", "--data-dir"):
            value = value if equals else next(words, "")
            lang, folder = (value, folder) if name == "--lang" else (lang, value)
        elif not word.startswith("-"):
            break  # the command: what follows is its own
    if lang in i18n.LANGUAGES:
        return lang
    return i18n.device_language(paths.data_dir(folder)) or i18n.system_language()


def _log_failure(exc: BaseException) -> None:
    """Error kind and field codes only: messages can quote what the user typed."""
    if isinstance(exc, ValidationError):
        log.warning("Refused: %s", [(p.field, p.code) for p in exc.problems])
    else:
        log.warning("Failed: %s", type(exc).__name__)


def _run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DatabaseError, OperationalError

    from bluepacific_desktop.cli.common import CommandFailed, store_damaged
    from bluepacific_desktop.files import write_failure
    from bluepacific_desktop.store.engine import is_damage

    try:
        code = args.run(args)
        assert isinstance(code, int)
        return code
    except CommandFailed as exc:
        _log_failure(exc)
        print(f"bluepacific-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except BluePacificError as exc:
        _log_failure(exc)
        message = " ".join(said(exc).split())  # one line, whatever the message holds
        print(f"bluepacific-desktop: {message}", file=sys.stderr)
        return EXIT_FAILED
    except OperationalError as exc:
        _log_failure(exc)
        orig = exc.orig if exc.orig is not None else exc
        failure = write_failure(orig, args.resolved_data_dir, of_store=True)
        if failure is not None:  # the disk filled up during the command
            print(f"bluepacific-desktop: {said(failure)}", file=sys.stderr)
            return EXIT_FAILED
        # SQLite's own words (locked, I/O error) carry no personal data.
        unusable = translate(
            "Cli", "the data file could not be used (%1). Nothing was changed by the failed step."
        )
        print(f"bluepacific-desktop: {fill(unusable, exc.orig)}", file=sys.stderr)
        return EXIT_FAILED
    except DatabaseError as exc:
        if not is_damage(exc):
            return _bug(exc)
        # Not a disk's refusal but SQLite reading garbage: a damaged page met on the way.
        _log_failure(exc)
        damaged = store_damaged(args.resolved_data_dir, exc)
        print(f"bluepacific-desktop: {' '.join(said(damaged).split())}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        log.warning("Interrupted")
        interrupted = translate("Cli", "interrupted; completed steps are saved.")
        print(f"bluepacific-desktop: {interrupted}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`status | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:
        _log_failure(exc)
        print(f"bluepacific-desktop: {exc.strerror or exc}: {exc.filename}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        return _bug(exc)


def _bug(exc: Exception) -> int:
    # A bug: the traceback goes to the log (frames only, not the message, which can hold
    # SQL parameters), one line to the user.
    log.error(
        "Unexpected %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__))
    )
    unexpected = translate("Cli", "unexpected error (%1); details are in the log file.")
    print(f"bluepacific-desktop: {fill(unexpected, type(exc).__name__)}", file=sys.stderr)
    return EXIT_BUG


def main(argv: list[str] | None = None) -> int:
    window = _only_global_options(argv)
    if window is None:
        from bluepacific_desktop.cli import passphrase

        # Before the language is read from the store: a store without a keyring asks first.
        passphrase.install()
    if window is not None:
        data_dir = paths.data_dir(window.data_dir)
        try:
            setup_logging(data_dir)
        except OSError as exc:
            print(f"bluepacific-desktop: cannot write the log ({exc.strerror}).", file=sys.stderr)
        log.info("Starting the app (demo=%s)", window.demo)
        return _gui(data_dir, window.demo)
    # The messages (argparse's help and errors too) speak the language chosen for this computer
    # unless --lang says otherwise; known before the parser is built, as its help is worded then.
    i18n.load(_messages_language(sys.argv[1:] if argv is None else argv))
    argparse_words.speak()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.demo and args.command is not None:
        parser.print_usage(sys.stderr)
        demo = translate("Cli", "--demo opens the app; it takes no command.")
        print(f"bluepacific-desktop: {demo}", file=sys.stderr)
        return EXIT_USAGE
    args.resolved_data_dir = paths.data_dir(args.data_dir)
    try:
        setup_logging(args.resolved_data_dir)
    except OSError as exc:
        no_log = fill(translate("Cli", "cannot write the log (%1)."), exc.strerror)
        print(f"bluepacific-desktop: {no_log}", file=sys.stderr)
    if args.command is None:
        log.info("Starting the app (demo=%s)", args.demo)
        return _gui(args.resolved_data_dir, args.demo)
    log.info("Command %s %s", args.command, getattr(args, "db_command", None) or "")
    return _run(args)


if __name__ == "__main__":
    raise SystemExit(main())
