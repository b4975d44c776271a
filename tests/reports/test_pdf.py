"""PDF reports read back with pdftotext: figures, headings in both languages, pages, sizes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bluepacific_desktop.reports.figures.capabilities import capability_usage
from bluepacific_desktop.reports.figures.contacts import contact_directory
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import Period, parse_quarter
from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from bluepacific_desktop.reports.figures.training import training_summary
from bluepacific_desktop.reports.meta import Figures, ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from tests.reports.conftest import Built
from tests.reports.pdf import info, needs_poppler, pages, text_of

pytestmark = needs_poppler
Q3 = parse_quarter("2025Q3")
# 23:30 on 30 September in Fiji (UTC+12).
MADE = datetime(2025, 9, 30, 11, 30, tzinfo=UTC)


def _render(scenario: Built, figures: Figures, path: Path, lang: str, page: str = "a4") -> str:
    with scenario.store.read() as s:
        country = report_country(s)
    render_pdf(figures, ReportMeta(country, Q3, MADE, lang, page), path)
    return text_of(path)


def test_training_pdf_in_english_and_french(scenario: Built, tmp_path: Path) -> None:
    with scenario.store.read() as s:
        summary = training_summary(s, "FJ", Q3)
    en = _render(scenario, summary, tmp_path / "t-en.pdf", "en")
    for expected in [
        "Training summary",
        "Fiji",
        "2025Q3 (1 Jul 2025 – 30 Sep 2025)",
        "Generated 30 Sep 2025 23:30 (Pacific/Fiji, UTC+12:00)",
        "Key figures",
        "Female share 40.0%",
        "Completion rate 85.7%",  # 6 of 7
        "Mean pre-test 48.0",
        "Mean post-test 70.0",
        "Mean improvement 22.0",
        "People trained by sex per quarter",
        "By course",
        "Human rights in",  # the course name wraps in its column
        "Page 1 of",
    ]:
        assert expected in en, expected
    fr = _render(scenario, summary, tmp_path / "t-fr.pdf", "fr")
    for expected in [
        "Bilan des formations",
        "Fidji",
        "Produit le 30 sept. 2025 23:30 (Pacific/Fiji, UTC+12:00)",
        "Chiffres clés",
        "Part des femmes 40,0 %",
        "Moyenne pré-test 48,0",
        "Progression moyenne 22,0",
        "Personnes formées par sexe et par trimestre",
        "Par cours",
        "Droits humains",
        "Page 1 sur",
    ]:
        assert expected in fr, expected
    assert "Training summary" not in fr


def test_capability_pdf(scenario: Built, tmp_path: Path) -> None:
    with scenario.store.read() as s:
        usage = capability_usage(s, "FJ", Q3)
    en = _render(scenario, usage, tmp_path / "c.pdf", "en")
    assert "INTERPOL capability usage" in en
    assert "Capability usage per month" in en
    assert "Stolen and Lost Travel Documents Searches 100 50 – 150" in en
    assert "Messages exchanged – – 300 300" in en
    fr = _render(scenario, usage, tmp_path / "c-fr.pdf", "fr")
    assert "Utilisation des capacités d'INTERPOL" in fr
    assert "Documents de voyage volés et perdus Recherches 100 50 – 150" in fr


def test_quarterly_summary_is_one_page_on_a4_and_letter(scenario: Built, tmp_path: Path) -> None:
    with scenario.store.read() as s:
        summary = quarterly_summary(s, "FJ", Q3)
    a4 = tmp_path / "q-a4.pdf"
    text = _render(scenario, summary, a4, "en", "a4")
    assert pages(a4) == 1
    assert info(a4)["Page size"].startswith("595 x 842")  # 210 × 297 mm
    for expected in [
        "Quarterly country summary, 2025Q3",
        "Figure 2025Q2 2025Q3 Change",
        "Sessions 1 3 +2",
        "People trained 1 5 +4",
        "Female share 0.0% 40.0% +40 pts",
        "Completion rate 100.0% 85.7% −14.3 pts",
        "Searches 40 150 +110",
        "Engagements 1 3 +2",
        "Page 1 of 1",
    ]:
        assert expected in text, expected
    letter = tmp_path / "q-letter.pdf"
    fr = _render(scenario, summary, letter, "fr", "letter")
    assert pages(letter) == 1
    assert info(letter)["Page size"].startswith("612 x 792")
    assert "Bilan trimestriel du pays, 2025Q3" in fr
    assert "Personnes formées 1 5 +4" in fr
    assert "3 · Coopération régionale" in fr


def test_contact_pdf_both_languages(scenario: Built, tmp_path: Path) -> None:
    with scenario.store.read() as s:
        directory = contact_directory(s, "FJ", Q3)
    en = _render(scenario, directory, tmp_path / "d.pdf", "en")
    assert "Regional contact directory" in en
    assert "Mere Tuilagi Head of NCB +679 701 2345 mere@police.gov.fj no 2" in en
    assert "Fiji Police Force — National Central Bureau (NCB)" in en
    assert "Gone Person" not in en
    fr = _render(scenario, directory, tmp_path / "d-fr.pdf", "fr")
    assert "Répertoire régional des contacts" in fr
    assert "Bureau central national (BCN)" in fr


def test_empty_period_renders(scenario: Built, tmp_path: Path) -> None:
    period = Period(parse_quarter("2024Q1").start, parse_quarter("2024Q1").end, "2024Q1")
    with scenario.store.read() as s:
        summary = training_summary(s, "FJ", period)
    text = _render(scenario, summary, tmp_path / "e.pdf", "en")
    assert "No training session started in this period." in text


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_failed_render_leaves_the_old_file(
    scenario: Built, tmp_path: Path, page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bluepacific_desktop.reports.render import pages as pages_module

    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(pages_module, "_draw_footer", broken)
    with scenario.store.read() as s:
        summary = training_summary(s, "FJ", Q3)
        country = report_country(s)
    with pytest.raises(RuntimeError):
        render_pdf(summary, ReportMeta(country, Q3, MADE, "en", page), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]
