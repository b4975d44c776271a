"""A report comes out in its own language whatever order the GUI's and the report's
translators were installed in, and many thousand lookups through both do not abort Python 3.11
("deallocating None": PySide6 6.12.0's stray releases, bluepacific_desktop/immortal.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Each case in a process of its own: the order of installation is the point, and in the test
# session an earlier test has already installed both.
PRELUDE = (
    "import os, sys\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "from bluepacific_desktop.reports.render.qt import install_report_translator, translating\n"
    "from bluepacific_desktop.ui.translations import install_language\n"
    "app = QGuiApplication([])\n"
    "def report(language):\n"
    "    with translating(language):\n"
    "        return QCoreApplication.translate('Report', 'Generated {moment}')\n"
)


def _run(tmp_path: Path, body: str) -> None:
    script = tmp_path / "case.py"
    script.write_text(PRELUDE + body + "print('ok')\n")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_a_report_rendered_before_the_window_started_keeps_its_language(tmp_path: Path) -> None:
    # Seen in CI: a report rendered first (the report translator installed), then the GUI's
    # catalogue installed on top of it: every French report came out in English after that.
    _run(
        tmp_path,
        "install_report_translator()\n"
        "assert report('fr') == 'Produit le {moment}', report('fr')\n"
        "install_language(app, 'en')\n"
        "assert report('fr') == 'Produit le {moment}', report('fr')\n"
        "install_language(app, 'fr')\n"
        "assert report('en') == 'Generated {moment}', report('en')\n"
        "assert report('fr') == 'Produit le {moment}', report('fr')\n"
        # The window's own texts still follow the window's language.
        "assert QCoreApplication.translate('SettingsPage', 'Settings') == 'Paramètres'\n",
    )


def test_a_report_under_a_french_window_in_either_order(tmp_path: Path) -> None:
    _run(
        tmp_path,
        "install_language(app, 'fr')\n"
        "assert report('en') == 'Generated {moment}', report('en')\n"
        "install_report_translator()\n"
        "assert report('en') == 'Generated {moment}', report('en')\n"
        "assert report('fr') == 'Produit le {moment}', report('fr')\n",
    )


def test_none_keeps_its_references_with_both_translators(tmp_path: Path) -> None:
    # With the report translator asked first (installed after the window's), every text the
    # window asked for took one reference from None: some thousands of texts, then an abort.
    # More lookups than None holds of its own (its reserve aside): the program must live on.
    _run(
        tmp_path,
        "from bluepacific_desktop.immortal import RESERVE\n"
        "held = sys.getrefcount(None) % RESERVE  # None's own references, its reserve aside\n"
        "for first in ('window', 'report'):\n"
        "    if first == 'window':\n"
        "        install_language(app, 'fr')\n"
        "        install_report_translator()\n"
        "    else:\n"
        "        install_report_translator()\n"
        "        install_language(app, 'en')\n"
        "    for _ in range(held + 10_000):\n"
        "        QCoreApplication.translate('SettingsPage', 'Settings')\n"
        "        report('fr')\n",
    )
