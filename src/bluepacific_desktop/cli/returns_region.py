"""`returns list --all-countries`: a regional admin's table of every project country × the months
of a year (each month's state in words, as `returns list` says them), the countries' reporting
and on-time rates and the region's figures (workflows/region_returns.py)."""

from __future__ import annotations

import argparse
import json

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import decimal, fill, number
from bluepacific_desktop.i18n.returns_words import in_a_line, state_name, timeliness_words
from bluepacific_desktop.workflows.region_returns import (
    NotRegionalAdmin,
    RegionReturns,
    region_returns,
)
from bluepacific_desktop.workflows.returns import MonthReturn, current_period
from bluepacific_wire.completeness import Completeness, Timeliness


def rate_words(rate: float | None) -> str:
    """ "75.0%" (75,0 % in French); "–" when nothing was expected yet."""
    if rate is None:
        return "–"
    value = decimal(rate * 100, 1)
    return f"{value}\u00a0%" if current_language() == "fr" else f"{value}%"


def cell_words(month: MonthReturn) -> str:
    """ "submitted, late": the month's state and timeliness, as `returns list` says them."""
    words = in_a_line(state_name(month.state, month.nil))
    if month.timeliness is not Timeliness.NOT_DUE:
        words += ", " + in_a_line(timeliness_words(month.timeliness))
    return words


def _counts(c: Completeness) -> str:
    summary = translate(
        "ReturnsCommand",
        "Expected %1, received %2 (%3 nil), on time %4, late %5, missing %6, accepted %7.",
    )
    counts = (c.expected, c.received, c.nil, c.on_time, c.late, c.missing, c.accepted)
    return fill(summary, *(number(n) for n in counts))


def _json(region: RegionReturns) -> str:
    def figures(c: Completeness) -> dict[str, object]:
        return {
            "expected": c.expected,
            "received": c.received,
            "on_time": c.on_time,
            "late": c.late,
            "missing": c.missing,
            "nil": c.nil,
            "accepted": c.accepted,
            "reporting_rate": c.reporting_rate,
            "on_time_rate": c.on_time_rate,
        }

    out = {
        "year": region.year,
        "countries": [
            {
                "country": c.code,
                "months": [
                    {
                        "month": m.period,
                        "state": m.state.value,
                        "nil": m.nil,
                        "timeliness": m.timeliness.value,
                        "due": m.due_day.isoformat() if m.due_day else None,
                    }
                    for m in c.months
                ],
                **figures(c.figures),
            }
            for c in region.countries
        ],
        "region": figures(region.figures),
    }
    return json.dumps(out, ensure_ascii=False, indent=2)


def run_region_list(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        year = args.year if args.year is not None else int(current_period(store)[:4])
        try:
            region = region_returns(store, year)
        except NotRegionalAdmin as exc:
            raise CommandFailed(
                translate(
                    "ReturnsCommand",
                    "--all-countries: only a regional admin's computer holds every country's "
                    "monthly returns; this computer's hub account sees its own country only "
                    "(use `returns list`).",
                )
            ) from exc
    if args.json:
        say(_json(region))
        return 0
    language = current_language()
    periods = [f"{year:04d}-{m:02d}" for m in range(1, 13)]
    header = [
        translate("ReturnsCommand", "Country"),
        *periods,
        translate("ReturnsCommand", "Reporting rate"),
        translate("ReturnsCommand", "On-time rate"),
    ]
    say("\t".join(header))
    for c in region.countries:
        by_period = {m.period: m for m in c.months}
        cells = [cell_words(by_period[p]) if p in by_period else "-" for p in periods]
        rates = [rate_words(c.figures.reporting_rate), rate_words(c.figures.on_time_rate)]
        say("\t".join([c.name(language), *cells, *rates]))
    region_name = translate("ReturnsCommand", "Region")
    f = region.figures
    say(
        "\t".join(
            [region_name, *([""] * 12), rate_words(f.reporting_rate), rate_words(f.on_time_rate)]
        )
    )
    say("")
    line = translate("ReturnsCommand", "%1: %2")
    for c in region.countries:
        say(fill(line, c.name(language), _counts(c.figures)))
    say(fill(line, region_name, _counts(f)))
    return 0
