"""The data file's passphrase on the command line, for a computer without a keyring: typed
unseen at a terminal (twice when it is chosen), or one line of standard input in a script."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.store import keys

MIN_LENGTH = 8


def _line() -> str:
    return sys.stdin.readline().rstrip("\n")


def ask(db_path: Path, choosing: bool, attempt: int) -> str | None:
    """keys.PassphrasePrompt for the command line; None (the store stays locked) on no answer."""
    if not sys.stdin.isatty():
        return _line() or None
    if attempt > 1:
        print(translate("Passphrase", "That passphrase is not the one of this data file."))
    if not choosing:
        return getpass.getpass(translate("Passphrase", "Passphrase of the data file: ")) or None
    print(
        translate(
            "Passphrase",
            "This computer has no keyring: choose a passphrase that locks the data file. It "
            "is asked at each start, and without it the records cannot be read.",
        )
    )
    while True:
        first = getpass.getpass(translate("Passphrase", "New passphrase: "))
        if not first:
            return None
        if len(first) < MIN_LENGTH:
            print(translate("Passphrase", "At least 8 characters, please."))
            continue
        if getpass.getpass(translate("Passphrase", "The same passphrase again: ")) == first:
            return first
        print(translate("Passphrase", "The two passphrases differ; try again."))


def install() -> None:
    keys.offer_passphrase_prompt(ask)
