"""A sync process to be killed: opens the store, then runs SyncEngine until the queue is empty.

Run by test_sigkill.py as `python sync_child.py DATA_DIR HUB_URL TOKEN CA_FILE`; prints "ready"
once imported (before opening the store), "opened", a line per batch acknowledged ("push N")
and page pulled, and "done" when the sync completed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import engine
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress

# Small batches all along (the engine quadruples them on a quick link, up to 5,000): the kill
# lands between batches, in a push, in an answer being applied, in a batch being frozen ahead.
engine.MAX_BATCH = 40


def progress(p: SyncProgress) -> None:
    print(p.phase, p.changes_sent, flush=True)


def main(data_dir: str, url: str, token: str, ca_file: str) -> int:
    print("ready", flush=True)
    store = Store.open(Path(data_dir))
    print("opened", flush=True)
    options = ClientOptions(ca_bundle=ca_file, connect_timeout=5.0, stall_timeout=5.0)
    for _ in range(5):
        with HubClient(url, token, options) as client:
            report = SyncEngine(store, client, progress=progress).run()
        print(f"run {report.pushed} {report.error_code}", flush=True)
        if report.complete:
            print("done", flush=True)
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
