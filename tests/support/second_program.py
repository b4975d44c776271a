"""A second program with the data file open, for the restore tests: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A second program with the store open: it says "ready", then saves a person for each line it
# reads ("Name"), and closes the store at the end of its input.
HOLDER = """
import sys
from pathlib import Path
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

with Store.open(Path(sys.argv[1])) as store:
    print("ready", flush=True)
    for line in sys.stdin:
        with store.write() as s:
            RecordService(s).create(RecordKind.PERSON, {"full_name": line.strip(), "sex": "female"})
        print("saved", flush=True)
print("closed", flush=True)
"""


@contextmanager
def holding(folder: Path) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
