"""The donor pack from the command line on a hub filled through the real push path (SQLite and
PostgreSQL): the region's totals as pushed (the hand counts of tests/hub/figures/pushed.py), the
completeness of the quarter's returns, a page per country with its name, English and French,
A4 and Letter, and the audit log's entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.console.terms import NOT_OURS
from bluepacific_hub.console.words import country_name
from bluepacific_hub.returns_grid import project_countries
from tests.hub.donor.readback import SIZES, figure, page_size, pdf_text, summary_of
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub, run_hub_cli
from tests.support.returns import push_return, return_fields


def fill_quarter(running: RunningHub) -> None:
    """The region of pushed.py, and two of Fiji's 2025Q1 months submitted on 1 April 2025:
    March on time, January late; every other month of the eleven countries still a draft."""
    fiji, _tonga = fill_region(running)
    for period in ("2025-01", "2025-03"):
        result = push_return(fiji, "FJ", return_fields(period, "submitted", "draft", "submit"))
        assert result["status"] == "applied", result


@pytest.mark.parametrize(("lang", "paper"), [("en", "a4"), ("fr", "letter")])
def test_the_pack_of_a_quarter_reads_back(
    running: RunningHub,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    lang: str,
    paper: str,
) -> None:
    fill_quarter(running)
    out_file = tmp_path / "pack.pdf"
    code, out, err = run_hub_cli(
        capsys, "donor-pack", "--database", running.database_url, "--quarter", "2025q1",
        "--lang", lang, "--paper", paper, "-o", str(out_file),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "2025Q1" in out and str(out_file) in out
    width, height = page_size(out_file)
    assert (round(width), round(height)) == tuple(round(v) for v in SIZES[paper])
    text = pdf_text(out_file)
    pages = text.rstrip("\f").split("\f")
    summary = summary_of(text)
    en = lang == "en"
    labels = (
        ("Training sessions held", "People trained (unique)", "Women", "Men", "Female share",
         "Database searches", "Hits", "Engagements", "Reporting rate", "On-time rate")
        if en else
        ("Sessions de formation tenues", "Personnes formées (distinctes)", "Femmes", "Hommes",
         "Part des femmes", "Recherches dans les bases", "Concordances", "Échanges",
         "Taux de rapport", "Taux à temps")
    )  # fmt: skip
    got = [figure(summary, label) for label in labels]
    # Q1 2025: FJ INV and CYB, TO INV (3 sessions); Fiji's two women and a man, Tonga's
    # woman (the deleted attendance counts nowhere); searches 100 + 50 + 20 + 7, hits 3 + 1;
    # engagements FJ 2 + TO 1; returns: 2 received of 33 expected, 1 on time.
    assert got == ["3", "4", "3", "1", "75%", "177", "4", "3", "6%", "3%"]
    title = "Blue Pacific project: donor pack, 2025Q1" if en else "dossier des bailleurs, 2025Q1"
    assert title in pages[0]
    countries = project_countries()
    assert len(countries) == 11
    # A page per country after the summary, each opening with the country's name.
    country_pages = [p for p in pages if any(p.lstrip().startswith(country_name(c, lang))
                                             for c in countries)]  # fmt: skip
    assert len(country_pages) >= 11
    for c in countries:
        name = country_name(c, lang)
        assert name in summary, name
        assert any(p.lstrip().startswith(f"{name} ({c}), 2025Q1") for p in pages), name
    assert ("Fidji" in summary) is not en  # the French names in the French pack
    fiji = next(p for p in pages if p.lstrip().startswith(country_name("FJ", lang)))
    assert figure(fiji, labels[0]) == "2" and figure(fiji, labels[5]) == "170"
    # Every column's heading is whole: no word split over two lines by a narrow column.
    for word in (("Missing", "Expected", "Received", "Completion") if en
                 else ("Manquant", "Attendus", "Concordances", "d’achèvement")):  # fmt: skip
        assert word in text, word

    # Engagement kinds by the desktop's names, never their codes; the French pack in the
    # desktop's French only (console/terms.py).
    assert ("Meetings" if en else "Réunions") in fiji and "meeting" not in text
    if not en:
        lowered = text.lower()
        assert [w for w in ("Capability", "Hits", "Engagements", "Meetings") if w in text] == []
        assert [w for w in NOT_OURS if w in lowered] == []

    with running.hub.sessions() as session:
        (event,) = audit.list_events(session, AuditFilter(action=Action.DONOR_PACK_GENERATED))
    assert event.details["quarter"] == "2025Q1" and event.details["via"] == "cli"
    assert event.details["lang"] == lang and event.details["paper"] == paper
    assert event.details["countries"] == countries and event.country is None


def test_a_quarter_the_pack_cannot_read_is_refused(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "pack.pdf"
    code, _out, err = run_hub_cli(
        capsys, "donor-pack", "--database", running.database_url, "--quarter", "2025Q5",
        "-o", str(out_file),
    )  # fmt: skip
    assert code == 1 and "give one such as 2026Q3" in err
    assert not out_file.exists()
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.DONOR_PACK_GENERATED)) == []
