"""Every screen and editor is usable on 1366×768 and 1280×720 laptops at 100, 125 and 150 %.

Each case runs tests/support/fit_probe.py in its own process: QT_SCALE_FACTOR and the
offscreen screen's size must be set before the QApplication exists. The screen is the
laptop's height less its task bar (the offscreen platform has none). The probe opens every
screen, each tab, the month grid and each editor, and lists every window off the screen, the
status bar not shown whole, and every button, label, field or list past the window's side or
cut off. At 150 % (a 853×480 window on 1280×720) a screen may scroll up and down inside the
window, as long as nothing has to be scrolled sideways.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.screens import TASK_BAR, offscreen_platform, write_screen

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, scale: float) -> list[str]:
    screen = write_screen(tmp_path, width, height - TASK_BAR)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=offscreen_platform(screen),
        QT_SCALE_FACTOR=str(scale),
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        HOME=str(tmp_path / "home"),
    )
    args = [sys.executable, "-m", "tests.support.fit_probe", str(tmp_path / "data")]
    if scale >= 1.5:
        args.append("--screens-scroll")
    done = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    problems: list[str] = json.loads(done.stdout.strip().splitlines()[-1])["problems"]
    return problems


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_screen_fits(tmp_path: Path, width: int, height: int, scale: float) -> None:
    assert probe(tmp_path, width, height, scale) == []
