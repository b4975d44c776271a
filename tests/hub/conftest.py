"""Fixtures: a real hub on uvicorn over real HTTPS (trustme) on 127.0.0.1, SQLite and PostgreSQL."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bluepacific_hub.settings import HubSettings
from tests.support.hubserver import (  # noqa: F401  (re-exported for the hub tests)
    PASSWORD,
    Client,
    RunningHub,
    Tls,
    batch,
    change,
    make_tls,
    running_hub,
    serve,
)

POSTGRES_ENV = "BLUEPACIFIC_TEST_POSTGRES_URL"
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(POSTGRES_ENV) else [])


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.db'}"
        return
    admin_url = make_url(os.environ[POSTGRES_ENV])
    name = f"bp_hub_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """Drop a test database. FORCE ends our own lingering connections, but an autovacuum worker
    (the superuser's) may be on it for a moment, which this role may not end: wait and retry."""
    for attempt in range(40):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 39:
                raise
            time.sleep(0.25)


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    """A throwaway CA and a certificate for 127.0.0.1 / localhost."""
    return make_tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def settings(database_url: str) -> HubSettings:
    """Test settings: cheap Argon2, everything else as in production."""
    return HubSettings(database_url=database_url, argon2_time_cost=1, argon2_memory_kib=8192)


@pytest.fixture
def running(settings: HubSettings, tls: Tls) -> Iterator[RunningHub]:
    """The real hub over HTTPS on 127.0.0.1 with a fresh database."""
    with running_hub(settings, tls) as running:
        yield running
