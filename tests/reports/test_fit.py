"""Every report's words stay inside the printable area, in both languages and on both papers."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.capabilities import capability_usage
from bluepacific_desktop.reports.figures.contacts import contact_directory
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from bluepacific_desktop.reports.figures.training import training_summary
from bluepacific_desktop.reports.meta import Figures, ReportMeta
from bluepacific_desktop.reports.render.pages import MARGINS_MM
from bluepacific_desktop.reports.render.report import render_pdf
from tests.reports.conftest import build_scenario, open_store
from tests.reports.pdf import needs_poppler

pytestmark = needs_poppler
Q3 = parse_quarter("2025Q3")
MADE = datetime(2025, 9, 30, 11, 30, tzinfo=UTC)
REPORTS = ("training", "capabilities", "contacts", "quarterly")
LANGUAGES = ("en", "fr")
PAPERS = ("a4", "letter")
_POINTS_PER_MM = 72 / 25.4
# pdftotext's boxes are rounded and a glyph's advance may pass its ink by a hair.
_SLACK_PT = 1.0
_NS = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    page: int
    width: float  # of the page, in points
    height: float
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words_of(pdf: Path) -> list[Word]:
    """Every word of the PDF with its box, from one run of `pdftotext -bbox`."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = []
    for number, page in enumerate(ET.fromstring(out).iter(f"{_NS}page"), start=1):
        w, h = float(page.attrib["width"]), float(page.attrib["height"])
        for word in page.iter(f"{_NS}word"):
            box = [float(word.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(number, w, h, word.text or "", *box))
    return words


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Path]:
    """The four reports in both languages on both papers, each rendered once.

    The scenario of the other report tests, plus a contact whose name, role, organisation and
    e-mail are long: the columns most likely to push a table past the margin.
    """
    folder = tmp_path_factory.mktemp("fit")
    store = open_store(folder / "store")
    built = build_scenario(store)
    built.create(
        RecordKind.CONTACT,
        "LONG",
        full_name="Mele Tuʻipulotu-Fakatoumafi Vainikolo Kaufusi",
        organisation="Transnational Crime Unit of the Royal Solomon Islands Police Force",
        org_type="TCU",
        contact_country="SB",
        role="HEAD_NCB",
        phones="+677 749 1234, +677 749 5678",
        emails="mele.tuipulotu-fakatoumafi@transnational-crime.police.gov.sb",
    )
    with store.read() as s:
        country = report_country(s)
        figures: dict[str, Figures] = {
            "training": training_summary(s, "FJ", Q3),
            "capabilities": capability_usage(s, "FJ", Q3),
            "contacts": contact_directory(s, "FJ", Q3),
            "quarterly": quarterly_summary(s, "FJ", Q3),
        }
    out = {}
    for kind in REPORTS:
        for lang in LANGUAGES:
            for paper in PAPERS:
                path = folder / f"{kind}-{lang}-{paper}.pdf"
                render_pdf(figures[kind], ReportMeta(country, Q3, MADE, lang, paper), path)
                out[kind, lang, paper] = path
    store.close()
    return out


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", REPORTS)
def test_every_word_is_inside_the_printable_area(
    pdfs: dict[tuple[str, str, str], Path], kind: str, lang: str, paper: str
) -> None:
    words = words_of(pdfs[kind, lang, paper])
    assert words
    left = MARGINS_MM.left() * _POINTS_PER_MM - _SLACK_PT
    outside = [
        f"page {w.page}: {w.text!r} {w.x_min:.0f}–{w.x_max:.0f} pt of {w.width:.0f}"
        for w in words
        if w.x_min < left or w.x_max > w.width - MARGINS_MM.right() * _POINTS_PER_MM + _SLACK_PT
    ]
    assert not outside, outside
