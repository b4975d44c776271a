"""A Fijian store with a person who attended and was certified, a contact with an engagement,
and a month whose explanation names the person: the data the rights tests export and erase."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DATA_DIR_ENV
from bluepacific_desktop.store.models import MonthlyReturn
from bluepacific_desktop.workflows import certificates
from tests.certificates.conftest import HOLDER, course
from tests.reports.conftest import Built
from tests.support.logs import logging_kept

__all__ = ["HOLDER", "course"]

OCTOBER = datetime(2025, 10, 1, tzinfo=UTC)
CONTACT = "Tevita Fifita"
CONTACT_EMAIL = "tevita.fifita@police.example.to"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home"))
    with logging_kept():
        yield


@pytest.fixture
def held(course: Built) -> Built:
    """`course` with the holder's certificate issued, a contact, an engagement and a month."""
    certificates.issue_for_attendance(course.store, course.ids["a_holder"])
    course.create(
        RecordKind.CONTACT,
        "contact",
        full_name=CONTACT,
        organisation="Tonga Police",
        org_type="police",
        contact_country="TO",
        emails=[CONTACT_EMAIL],
        phones=["+6767712345"],
        languages=["en"],
        notes="Met in Apia",
    )
    course.create(
        RecordKind.ENGAGEMENT,
        "engagement",
        date="2025-09-10",
        time_zone="Pacific/Fiji",
        kind="meeting",
        summary="Joint planning of the border workshop",
        contact_ids=[course.ids["contact"]],
    )
    with course.store.write() as s:
        s.add(
            MonthlyReturn(
                id="00000000-0000-4000-8000-000000000001",
                country="FJ",
                created_at=OCTOBER,
                updated_at=OCTOBER,
                device_id="00000000-0000-4000-8000-000000000002",
                period="2025-09",
                time_zone="Pacific/Fiji",
                explanations=[f"HR_POLICING=Trainer replaced, {HOLDER} attended late"],
            )
        )
    return course


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """`run("person", "export", …)` on the fixture's data folder (tmp_path/data)."""

    def _run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--data-dir", str(tmp_path / "data"), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run
