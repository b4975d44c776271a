"""`init`: set the device's country and language (what the app's first start asks)."""

from __future__ import annotations

import argparse
import logging

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.store.device import LANGUAGES, device_zone, set_up_device

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "init",
        help="set up this computer for its country",
        description="Set up this computer for its country (one of the 11 Blue Pacific countries).",
    )
    p.add_argument("--country", required=True, metavar="CC", help="country code, e.g. FJ")
    p.add_argument("--lang", default="en", choices=LANGUAGES, help="language (default: en)")
    p.add_argument(
        "--zone",
        metavar="ZONE",
        help="this computer's time zone, one of the country's (e.g. Pacific/Kiritimati; "
        "default: the country's first); dates, months and deadlines here follow it",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.write() as session:
        device = set_up_device(session, args.country, args.lang, args.zone)
        name = device.rules.country_name(device.country)
        zone = device_zone(session)
    log.info("Device set up for %s (language %s)", device.country, args.lang)
    say(
        f"This computer is set up for {name} ({device.country}), language {args.lang}, "
        f"time zone {zone}."
    )
    say(f"Device id: {device.device_id}")
    return 0
