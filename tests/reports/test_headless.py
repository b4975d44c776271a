"""A report from the command line on a machine with no display (a server, an SSH session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_report_pdf_without_a_display_or_qt_platform(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    cli = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(tmp_path)]
    subprocess.run([*cli, "init", "--country", "FJ"], env=env, check=True, capture_output=True)
    done = subprocess.run(
        [*cli, "report", "training", "--pdf", str(tmp_path / "t.pdf")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
