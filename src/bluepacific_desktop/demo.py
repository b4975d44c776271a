"""Demo mode: a throwaway store with sample data and, when the hub is installed, a local hub.

The hub runs in this process on loopback (plain HTTP is allowed only there), with a demo user
for the device's country; the token stays in memory, never in the user's keyring.
"""

from __future__ import annotations

import logging
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bluepacific_desktop.store import demo_data
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account

log = logging.getLogger(__name__)

DEMO_COUNTRY = "FJ"
DEMO_USER = "demo-focal-point"


@dataclass
class DemoHub:
    url: str
    token: str
    _server: Any
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)


def prepare_store(data_dir: Path, size: int = 200, language: str = "en") -> None:
    with Store.open(data_dir) as store:
        with store.write() as session:
            set_up_device(session, DEMO_COUNTRY, language)
        demo_data.generate(store, size)


def start_hub(folder: Path, store: Store) -> DemoHub | None:
    """Start a local hub and log the store in to it; None when the hub is not installed."""
    try:
        import uvicorn

        from bluepacific_hub import accounts
        from bluepacific_hub.app import create_app
        from bluepacific_hub.settings import HubSettings
    except ImportError:
        log.info("Demo without a hub: the hub's packages are not installed")
        return None
    settings = HubSettings(
        database_url=f"sqlite:///{folder / 'demo-hub.sqlite3'}",
        argon2_time_cost=1,
        argon2_memory_kib=8192,
    )
    app = create_app(settings)
    password = secrets.token_urlsafe(16)
    hub = app.state.hub
    with hub.sessions() as session, session.begin():
        accounts.add_user(session, hub.passwords, DEMO_USER, password, DEMO_COUNTRY, "focal_point")
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    token = account.login(store, url, DEMO_USER, password, save=False)
    return DemoHub(url, token, server, thread)
