"""Offscreen screens of a given size, for Qt's offscreen platform (its own default is 800×600).

The offscreen platform has no task bar: its available area is the whole screen, so a test of
a laptop screen takes the task bar off the screen's height itself (`TASK_BAR`).
"""

from __future__ import annotations

import json
from pathlib import Path

LAPTOP = Path(__file__).with_name("laptop-1366x768.json")  # the GUI tests' screen
TASK_BAR = 40  # Windows 10/11's task bar at 100 %, in device pixels


def offscreen_platform(config: Path) -> str:
    """The QT_QPA_PLATFORM value for the offscreen platform with the screens of `config`."""
    return f"offscreen:configfile={config}"


def write_screen(folder: Path, width: int, height: int) -> Path:
    """A config of one screen of width×height device pixels, 96 dpi (100 %)."""
    screen = {"name": f"laptop-{width}x{height}", "x": 0, "y": 0, "width": width}
    screen |= {"height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path
