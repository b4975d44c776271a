"""`init`: set the device's country and language (what the app's first start asks)."""

from __future__ import annotations

import argparse
import logging

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.store.device import LANGUAGES, device_zone, set_up_device

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "init",
        help=translate("CliHelp", "set up this computer for its country"),
        description=translate(
            "CliHelp",
            "Set up this computer for its country (one of the 11 Blue Pacific countries).",
        ),
    )
    p.add_argument(
        "--country", required=True, metavar="CC", help=translate("CliHelp", "country code, e.g. FJ")
    )
    p.add_argument(
        "--lang",
        default="en",
        choices=LANGUAGES,
        help=translate("CliHelp", "language (default: en)"),
    )
    p.add_argument(
        "--zone",
        metavar="ZONE",
        help=translate(
            "CliHelp",
            "this computer's time zone, one of the country's (e.g. Pacific/Kiritimati; "
            "default: the country's first); dates, months and deadlines here follow it",
        ),
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.write() as session:
        device = set_up_device(session, args.country, args.lang, args.zone)
        zone = device_zone(session)
    log.info("Device set up for %s (language %s)", device.country, args.lang)
    rules = device.rules
    french = catalogue.current_language() == "fr"
    name = (rules.country_name_fr if french else rules.country_name)(device.country)
    said = translate(
        "SetupCommand", "This computer is set up for %1 (%2), language %3, time zone %4."
    )
    say(fill(said, name, device.country, args.lang, zone))
    say(fill(translate("SetupCommand", "Device id: %1"), device.device_id))
    return 0
