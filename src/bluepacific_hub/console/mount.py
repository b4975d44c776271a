"""Puts the console into the hub's application: its static files, its routes, its headers."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from bluepacific_hub.console import (
    audit_page,
    devices_page,
    directory_page,
    donor_page,
    figures_page,
    home,
    login,
    results_page,
    return_page,
    review_page,
    second_factor,
    users_page,
)
from bluepacific_hub.console.headers import ConsoleHeaders
from bluepacific_hub.console.server_error import ConsoleErrors

STATIC_URL = "/console/static"


def install_console(app: FastAPI) -> None:
    """Mount the console under /console/ (the static files first: the 404 page is a catch-all
    after every other console address)."""
    static = resources.files("bluepacific_hub.console").joinpath("static")
    app.mount(STATIC_URL, StaticFiles(directory=str(static)), name="console-static")
    for module in (
        login,
        second_factor,
        home,
        return_page,
        review_page,
        devices_page,
        users_page,
        audit_page,
        donor_page,
        directory_page,
        figures_page,
        results_page,
    ):
        app.include_router(module.router)
    app.add_api_route(
        "/console/{rest:path}",
        home.not_found,
        methods=["GET", "POST"],
        include_in_schema=False,
    )
    # The error page inside the headers, so that it has them too.
    app.add_middleware(ConsoleErrors)
    app.add_middleware(ConsoleHeaders)
