"""The hub for uvicorn's worker processes: an import string whose factory reads the settings
that `bluepacific-hub serve --workers N` put in the environment before starting them."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping

from fastapi import FastAPI

from bluepacific_hub.app import create_app
from bluepacific_hub.settings import HubSettings

# Each worker is a fresh interpreter (uvicorn spawns them): the environment is the one channel
# from the parent that needs no file on disk. The URL may hold the database password, which
# the environment shows only to the same user, unlike the command line.
SETTINGS_ENV = "BLUEPACIFIC_HUB_SETTINGS"
# What uvicorn imports in every worker (with factory=True it calls it once per process).
IMPORT_STRING = "bluepacific_hub.asgi:worker_app"


def settings_to_env(settings: HubSettings) -> dict[str, str]:
    """The environment entries a worker needs to rebuild `settings` exactly."""
    return {SETTINGS_ENV: json.dumps(dataclasses.asdict(settings))}


def settings_from_env(environ: Mapping[str, str]) -> HubSettings:
    """The settings `settings_to_env` wrote; a clear error when the parent set none."""
    raw = environ.get(SETTINGS_ENV)
    if raw is None:
        raise RuntimeError(f"{SETTINGS_ENV} is not set: start workers with bluepacific-hub serve")
    return HubSettings(**json.loads(raw))


def worker_app() -> FastAPI:
    """One worker's application. The parent upgraded the database once before starting the
    workers, so none of them races the others to migrate it."""
    return create_app(settings_from_env(os.environ), prepare=False)
