"""The layers hold at run time: the core's modules load without Qt, and the import contracts
that `make lint` checks (pyproject.toml) are kept by the code as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"

# What the screens and the CLI share, and what a report needs before it is drawn: each must
# load on a machine (or in a command) where Qt is never imported.
QT_FREE = [
    "bluepacific_desktop.workflows",
    "bluepacific_desktop.workflows.training_queries",
    "bluepacific_desktop.workflows.session_drafts",
    "bluepacific_desktop.workflows.capability_month",
    "bluepacific_desktop.workflows.report_jobs",
    "bluepacific_desktop.workflows.country_clock",
    "bluepacific_desktop.reports.meta",
    "bluepacific_desktop.cli.report_cmd",
]


def _env() -> dict[str, str]:
    # This tree's src/ first: the venv's editable install may point at another checkout.
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(ROOT)])}


@pytest.mark.parametrize("module", QT_FREE)
def test_module_loads_without_qt(module: str) -> None:
    code = (
        f"import {module}, sys\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(' '.join(qt))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "", f"{module} loads Qt: {done.stdout.strip()}"


def test_import_contracts_are_kept() -> None:
    # import-linter is in the test extra: missing, this fails rather than skips.
    run = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    done = subprocess.run(
        [sys.executable, "-c", run, "--no-logo", "--no-cache"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize(
    ("path", "banned"),
    [
        ("src/bluepacific_desktop/workflows/probe.py", True),
        ("src/bluepacific_desktop/reports/figures/probe.py", True),
        ("src/bluepacific_desktop/cli/probe.py", True),
        ("src/bluepacific_desktop/reports/render/probe.py", False),
        ("src/bluepacific_desktop/ui/probe.py", False),
    ],
)
def test_ruff_bans_qt_outside_ui_and_rendering(path: str, banned: bool) -> None:
    # The file is not written: ruff reads it from stdin as if it stood at `path`, so the
    # per-file ignores of pyproject.toml apply as they would to a real module there.
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--select", "TID251", "--stdin-filename", path, "-"],
        cwd=ROOT,
        input='"""A probe."""\n\nimport PySide6.QtCore\n',
        capture_output=True,
        text=True,
    )
    assert ("TID251" in done.stdout) is banned, done.stdout + done.stderr
