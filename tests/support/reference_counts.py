"""Releases more references to None than a fresh process holds, the ways PySide6 6.12.0 does
it all day (table repaints, empty cells read, translations), then says the program lived on.
Prints a JSON line: the references None held of its own (its reserve aside) and how many
releases each way was given. Run by tests/ui/test_references.py in a process of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.immortal import RESERVE
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.training.people_view import PeopleView
from bluepacific_desktop.ui.translations import install_language


def held() -> int:
    """None's references, its reserve aside: where it would stand without immortal.keep()."""
    return sys.getrefcount(None) % RESERVE


def main(data: Path) -> None:
    app = QApplication(sys.argv[:1])
    install_language(app, "fr")
    with Store.open(data) as store:
        view = PeopleView(store)
        view.resize(1000, 500)
        view.show()
        view.reload()
        app.processEvents()
        own = held()
        times = own + 10_000  # each way alone would have brought None's count to zero
        given = {"empty cells": times, "translations": times, "repaints": 2_000}
        for _ in range(given["repaints"]):
            view.table.viewport().repaint()
        cell = view.model.index(0, 0)
        for _ in range(times):
            cell.data(6)  # FontRole: a role our models leave empty
            QModelIndex().data()
        for _ in range(times):
            QCoreApplication.translate("SettingsPage", "Settings")
        view.close()
    print(json.dumps({"None held": own, "given": given, "alive": True}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
