"""Renders the first page of each report to PNG (docs/screenshots/report-KIND-LANG.png).

Sample data for Fiji (demo_data, fixed seed) in a temporary folder, the last complete quarter;
each PDF is made as `bluepacific-desktop report` makes it, then its first page is rasterised
with poppler's pdftoppm at 60 dpi.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/report_screenshots.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from bluepacific_desktop.reports.figures import capabilities, contacts, quarterly, training
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import (
    Period,
    country_today,
    previous_quarter,
    quarter_of,
)
from bluepacific_desktop.reports.meta import Figures, ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store import demo_data
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SHOTS = [
    ("training", "en"),
    ("training", "fr"),
    ("capabilities", "en"),
    ("contacts", "en"),
    ("quarterly", "en"),
    ("quarterly", "fr"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "data") as store:
        with store.write() as s:
            set_up_device(s, "FJ", "en")
        demo_data.generate(store, 600, seed=2024)
        with store.read() as s:
            country = report_country(s)
            last = previous_quarter(quarter_of(country_today(country.zone)))
            year = Period(
                previous_quarter(previous_quarter(previous_quarter(last))).start, last.end
            )
            figures: dict[str, Figures] = {
                "training": training.training_summary(s, country.code, year),
                "capabilities": capabilities.capability_usage(s, country.code, last),
                "contacts": contacts.contact_directory(s, country.code, last),
                "quarterly": quarterly.quarterly_summary(s, country.code, last),
            }
        for kind, lang in SHOTS:
            period = year if kind == "training" else last
            pdf = Path(tmp) / f"{kind}-{lang}.pdf"
            render_pdf(figures[kind], ReportMeta(country, period, utcnow(), lang), pdf)
            target = OUT / f"report-{kind}-{lang}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(f"{target}.png")


if __name__ == "__main__":
    main()
