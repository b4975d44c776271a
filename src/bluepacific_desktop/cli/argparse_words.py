"""argparse's own words ("usage:", "error:", "unrecognized arguments", the help's headings) in
the messages' language.

argparse asks gettext for each of its texts by its English (`argparse._`, looked up when
used). gettext would need `.mo` files in a locale folder; the app's words are in
its Qt catalogue instead, so `speak()` hands argparse a lookup into that catalogue. The texts
are written out here so that lupdate collects them like every other; one argparse does not
know stays English. Only the texts a user of this command line can meet are listed: the
others are argparse's complaints about a parser built wrong (our bug, never shown)."""

from __future__ import annotations

import argparse

from bluepacific_desktop.i18n.catalogue import current_language, translate


def _words() -> dict[str, str]:
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("Argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "Argparse", "one of the arguments %s is required"
        ),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
        "can't open '%(filename)s': %(error)s": translate(
            "Argparse", "can't open '%(filename)s': %(error)s"
        ),
    }


def _gettext(message: str) -> str:
    if current_language() == "en":
        return message
    return _words().get(message, message)


def speak() -> None:
    """From now on argparse says its words in the messages' language (catalogue.load)."""
    argparse._ = _gettext  # type: ignore[attr-defined]


def version_help() -> str:
    """The help of --version (argparse's own default is not asked of gettext)."""
    return translate("Argparse", "show program's version number and exit")
