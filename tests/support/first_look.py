"""A real quick start (ui/startup.run_quick) over a data folder, watched: what the window's first
look at the to-do list said and whether any screen existed then, what the dashboard said once
built, and the screen shown at the end; printed as JSON. Items named on the command line are
pressed on the first look. Run by tests/ui/test_quick_start.py in a process of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.ui import startup
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.dashboard_todo import Item, ToDoBox


def _texts(box: ToDoBox) -> list[str]:
    return [button.text() for button in box.buttons.values()]


def main(data: Path, press: list[Item]) -> None:
    seen: dict[str, Any] = {}
    shown = MainWindow.show_first_look

    def first_look(window: MainWindow, todo: Any) -> Any:
        box = shown(window, todo)
        if isinstance(box, ToDoBox):
            seen["screens then"] = len(window.pages)
            seen["first"] = _texts(box)
            for item in press:  # before the screens exist: remembered
                box.buttons[item].click()
        return box

    def watch(page: Any) -> None:
        window = page.window()

        def leave() -> None:
            todo = getattr(page, "todo", None)
            seen["dashboard"] = _texts(todo) if isinstance(todo, ToDoBox) else None
            seen["after"] = type(window.current_page()).__name__
            window.close()
            QApplication.quit()

        signal = getattr(page, "todo_shown", None)
        if signal is None:
            QTimer.singleShot(0, leave)
        else:
            signal.connect(lambda: QTimer.singleShot(0, leave))

    MainWindow.show_first_look = first_look  # type: ignore[method-assign]
    startup._watch_dashboard = watch
    startup.run_quick(data)
    print(json.dumps(seen))


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Item(name) for name in sys.argv[2:]])
