"""Every visible string of the UI and the PDF reports has a French translation, compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "bluepacific_fr.ts"
QM = ROOT / "resources" / "translations" / "bluepacific_fr.qm"


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else str(shutil.which(name))


def test_every_ui_string_has_a_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fr.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "src/bluepacific_desktop/ui"),
            str(ROOT / "src/bluepacific_desktop/reports/render"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(fresh).getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert untranslated == [], "run `make translations` and translate these"


def test_compiled_translation_matches_the_source(tmp_path: Path) -> None:
    out = tmp_path / "fr.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes(), "run `make translations` to recompile the .qm"
