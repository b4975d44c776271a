"""The region of tests/hub/figures/pushed.py (Fiji and Tonga, counted by hand) with one
training of one woman in each of the nine other countries, all pushed through the real push
path: the figures page then has the project's eleven countries."""

from __future__ import annotations

from bluepacific_hub.returns_grid import project_countries
from tests.hub.figures.pushed import _applied, _attendance, _person, _session, fill_region
from tests.support.hubserver import Client, RunningHub

# Each other country's one session (2025Q3) and one woman trained.
OTHER_COURSE = "FOR"
OTHER_DAY = "2025-08-12"


def fill_eleven(running: RunningHub) -> tuple[Client, Client]:
    """fill_region's Fiji and Tonga devices; the nine other countries pushed too."""
    fiji, tonga = fill_region(running)
    for country in project_countries():
        if country in ("FJ", "TO"):
            continue
        device = running.device(f"fp-{country.lower()}", country)
        pid, person = _person(country, "female")
        sid, session = _session(country, OTHER_COURSE, OTHER_DAY)
        _applied(device, person, session)
        _applied(device, _attendance(country, sid, pid, completed=True))
    return fiji, tonga
