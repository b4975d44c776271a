"""The to-do list read through SQLCipher's driver before SQLAlchemy is imported: it knows the
schema it reads, reads nothing from a file it does not know as it is, and imports no SQLAlchemy.
(That it equals the ORM's list in every state is tests/workflows/test_todo.py's `to_do_both`.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.schema_head import HEAD
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.todo_quick import quick_to_do
from tests.support.revisions import revisions, take_back


def test_the_head_it_knows_is_the_newest_migration() -> None:
    assert migrate.head_revision() == HEAD


def _set_up(folder: Path) -> None:
    with Store.open(folder) as store, store.write() as session:
        set_up_device(session, "FJ")


def test_a_store_of_another_revision_is_left_to_the_store(tmp_path: Path) -> None:
    _set_up(tmp_path)
    assert quick_to_do(tmp_path) is not None
    take_back(tmp_path / DB_FILENAME, revisions()[-2])
    assert quick_to_do(tmp_path) is None


def test_a_damaged_a_missing_or_a_new_store_gives_nothing(tmp_path: Path) -> None:
    assert quick_to_do(tmp_path) is None  # no file
    with Store.open(tmp_path):
        pass
    assert quick_to_do(tmp_path) is None  # not set up: no country
    _set_up(tmp_path)
    path = tmp_path / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[4096:8192] = bytes(4096)  # a page of zeros
    path.write_bytes(bytes(data))
    assert quick_to_do(tmp_path) is None


def test_it_imports_no_sqlalchemy() -> None:
    code = (
        "import sys, bluepacific_desktop.workflows.todo_quick, "
        "bluepacific_desktop.ui.pages.dashboard_todo; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
