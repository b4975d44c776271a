"""A real Secret Service for the tests: gnome-keyring on the D-Bus session of dbus-run-session.

Started once for the whole run, before any test can touch `keyring`: if a test asked first,
D-Bus would start the system's gnome-keyring on its own, with no unlocked collection, and every
save would fail ("Prompt dismissed"). Its files live in a temporary home, so no real keyring is
ever touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

NAME = "org.freedesktop.secrets"


def _name_has_owner() -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as conn:
        reply = conn.send_and_get_reply(message_bus.NameHasOwner(NAME))
    return bool(reply.body[0])


def unavailable_reason() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session: run the tests under dbus-run-session (make pytest does)"
    if shutil.which("gnome-keyring-daemon") is None:
        return "gnome-keyring is not installed (apt-get install gnome-keyring)"
    if _name_has_owner():
        return "a Secret Service already runs on this D-Bus session (a desktop's own keyring)"
    return None


@contextmanager
def running_daemon() -> Iterator[None]:
    """Start gnome-keyring-daemon (secrets only, unlocked with a throwaway password) and wait
    until a secret can be saved in it; it is stopped and its files removed afterwards.

    Once per test run, by the process that starts the run (tests/conftest.py): with one daemon
    per xdist worker, the second waits in D-Bus's queue for the name and takes it over when
    the first worker ends, without any of the keys saved meanwhile, and the other worker's
    last tests find their stores locked."""
    import keyring.backends.SecretService

    home = Path(tempfile.mkdtemp(prefix="bp-keyring-"))
    (home / "run").mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    daemon = shutil.which("gnome-keyring-daemon")
    assert daemon is not None
    proc = subprocess.Popen(
        [daemon, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdin is not None
    proc.stdin.write(b"keyring test password")  # --unlock reads the password from stdin
    proc.stdin.close()
    try:
        deadline = time.monotonic() + 15
        while not _name_has_owner():  # ours, not one D-Bus would start by itself
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("gnome-keyring-daemon did not start")
            time.sleep(0.05)
        backend = keyring.backends.SecretService.Keyring()
        while True:  # the login collection is ready once a secret can be saved
            try:
                backend.set_password("bluepacific-test", "probe", "ok")
                backend.delete_password("bluepacific-test", "probe")
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(home, ignore_errors=True)


@contextmanager
def keyring_backend(backend: KeyringBackend) -> Iterator[None]:
    """`keyring` in this process pointed at `backend`, the one it had given back afterwards."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@contextmanager
def using_secret_service() -> Iterator[None]:
    """Point `keyring` in this process at the Secret Service (the run's daemon)."""
    import keyring.backends.SecretService

    with keyring_backend(keyring.backends.SecretService.Keyring()):
        yield
