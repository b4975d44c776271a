"""Renders the main screens as a 1366×768 laptop at 125 % shows them, in English and French,
into docs/screenshots/at-125/ (offscreen, no display needed).

Run: .venv/bin/python scripts/fit_screenshots.py
Each language runs in its own process: the scale and the screen's size are set before Qt
starts. The screen is 1366×728 device pixels (768 less a 40 px task bar), 1093×582 at 125 %.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "at-125"


def shoot(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from bluepacific_desktop.store.store import Store
    from bluepacific_desktop.ui.app import default_pages, prepare_demo
    from bluepacific_desktop.ui.context import AppContext
    from bluepacific_desktop.ui.main_window import MainWindow
    from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
    from bluepacific_desktop.ui.pages.training import TrainingPage
    from bluepacific_desktop.ui.translations import install_language

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        prepare_demo(Path(folder), size=40)
        with Store.open(Path(folder)) as store:
            install_language(app, language)
            ctx = AppContext(store)
            window = MainWindow(ctx, default_pages())
            window.show()

            def settle() -> None:
                for _ in range(3):
                    ctx.background.wait()
                    app.processEvents()

            for row, page in enumerate(window.pages):
                window.nav.setCurrentRow(row)
                settle()
                name = type(page).__name__.removesuffix("Page").lower()
                window.grab().save(str(OUT / f"{name}-{language}.png"))
                if isinstance(page, CapabilitiesPage):
                    page.new_record()
                    settle()
                    window.grab().save(str(OUT / f"capabilities-month-{language}.png"))
                    page.editor.model.dirty = False
                    page.editor.cancel()
                if isinstance(page, TrainingPage):
                    page.tabs.setCurrentWidget(page.people)
                    settle()
                    window.grab().save(str(OUT / f"training-people-{language}.png"))
                    page.open_session(None)
                    settle()
                    assert page.editor is not None
                    page.editor.grab().save(str(OUT / f"session-editor-{language}.png"))
                    page.editor.guard.forget()
                    page.editor.mark_clean()
                    page.editor.reject()
                    page.tabs.setCurrentWidget(page.sessions)
            window.sync.shutdown()
            window.close()
            ctx.background.wait()


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728}
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = dict(os.environ)
        env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.25")
        for language in ("en", "fr"):
            subprocess.run([sys.executable, __file__, language], env=env, check=True)


if __name__ == "__main__":
    main()
