"""Renders current screenshots of the app into docs/screenshots/ (offscreen, no display needed).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.translations import install_language

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prepare_demo(Path(tmp), size=200)
        with Store.open(Path(tmp)) as store:
            for language in ("en", "fr"):
                install_language(app, language)
                window = MainWindow(AppContext(store), default_pages())
                window.resize(1366, 768)
                window.show()
                app.processEvents()
                window.grab().save(str(OUT / f"main-window-{language}.png"))
                window.sync.shutdown()
                window.close()
            install_language(app, "en")
            dialog = FirstStartDialog([("FJ", "Fiji"), ("VU", "Vanuatu")])
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / "first-start-en.png"))
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
