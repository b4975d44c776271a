"""`demo-data`: realistic sample records for the device's country, for demos and benchmarks."""

from __future__ import annotations

import argparse
import logging
import time

from bluepacific_desktop.cli.common import open_store, progress, say
from bluepacific_desktop.cli.kinds import kind_name
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import decimal, fill, number
from bluepacific_desktop.store import demo_data

log = logging.getLogger(__name__)


def _size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("DemoCommand", "“%1” is not a whole number"), text)
        ) from None
    if not 1 <= value <= demo_data.MAX_PEOPLE:
        raise argparse.ArgumentTypeError(
            fill(
                translate("DemoCommand", "%1 is out of range: choose between 1 and %2 people"),
                value,
                number(demo_data.MAX_PEOPLE),
            )
        )
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "demo-data",
        help=translate("CliHelp", "add realistic sample data for this computer's country"),
        description=translate(
            "CliHelp",
            "Add sample people, training sessions with attendance, monthly capability "
            "reports, contacts and engagements, all queued for sync like real records.",
        ),
    )
    p.add_argument(
        "--size",
        type=_size,
        default=demo_data.DEFAULT_SIZE,
        metavar="N",
        help=fill(
            translate("CliHelp", "number of people, 1 to %1 (default %2)"),
            demo_data.MAX_PEOPLE,
            demo_data.DEFAULT_SIZE,
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=demo_data.DEFAULT_SEED,
        help=translate(
            "CliHelp", "random seed: the same seed gives the same data (default %(default)s)"
        ),
    )
    p.set_defaults(run=run)


def _progress(kind: RecordKind, done: int, total: int) -> None:
    written = translate("DemoCommand", "%1: %2/%3")
    progress(fill(written, kind_name(kind.value), done, total))  # a counter: plain digits


def run(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    with open_store(args) as store:
        summary = demo_data.generate(store, args.size, args.seed, progress=_progress)
    elapsed = time.perf_counter() - start
    log.info("demo-data: %s in %.1f s", summary, elapsed)
    added = translate(
        "DemoCommand",
        "Added %1 people, %2 training sessions with %3 attendances, %4 capability reports, "
        "%5 contacts and %6 engagements in %7 s.",
    )
    counts = (
        summary.people,
        summary.training_sessions,
        summary.attendances,
        summary.capability_reports,
        summary.contacts,
        summary.engagements,
    )
    say(fill(added, *(number(n) for n in counts), decimal(elapsed)))
    return 0
