"""Every visible string of the UI and the PDF reports has a French translation, compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tokenize
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
            str(ROOT / "src/bluepacific_desktop/i18n"),
            str(ROOT / "src/bluepacific_desktop/cli"),
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


EN_TS = ROOT / "resources" / "translations" / "bluepacific_en.ts"
EN_QM = ROOT / "resources" / "translations" / "bluepacific_en.qm"


def test_no_text_counts_with_an_s_in_brackets() -> None:
    # Seen before: "1 change(s) waiting". A count goes through %n and the plural forms.
    shown_by = [
        ROOT / "src/bluepacific_desktop" / part for part in ("ui", "reports", "cli", "i18n")
    ]
    found = []
    for folder in shown_by:
        for path in folder.rglob("*.py"):
            with path.open("rb") as source:
                for token in tokenize.tokenize(source.readline):
                    if token.type == tokenize.STRING and re.search(r"[a-z]\(s\)", token.string):
                        found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert found == []


def test_english_plurals_have_both_forms_compiled(tmp_path: Path) -> None:
    messages = list(ET.parse(EN_TS).getroot().iter("message"))
    assert len(messages) >= 15
    for m in messages:
        forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), m.findtext("source")
        assert not any("(s)" in form for form in forms), forms
    out = tmp_path / "en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(EN_TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == EN_QM.read_bytes(), "run `make translations` to recompile the .qm"


def test_one_and_three_read_right_in_both_languages(qtbot: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from bluepacific_desktop.ui.translations import install_language

    app = QApplication.instance()

    def waiting(n: int) -> str:
        return QCoreApplication.translate("SyncStatusWidget", "%Ln changes waiting", "", n)

    try:
        install_language(app, "en")  # type: ignore[arg-type]
        assert (waiting(1), waiting(3)) == ("1 change waiting", "3 changes waiting")
        install_language(app, "fr")  # type: ignore[arg-type]
        assert waiting(1) == "1 modification en attente"
        assert waiting(3) == "3 modifications en attente"
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def typography_problems(text: str) -> list[str]:
    """French typography: a no-break space (a narrow one before ; ? !) before : ; ? ! and the
    closing guillemet, and after the opening one, never a plain space that lets the sign wrap to
    the next line alone; guillemets for quotes."""
    found = []
    text = text.replace(";;", "")  # between the file types of a file dialog's filter
    for match in re.finditer(r"[;?!»]|(?<=\S) ?:(?=\s|$)", text):
        sign = match.group().strip()
        before = text[match.start() - 1] if match.group() == sign else " "
        if before not in "\u00a0\u202f":
            found.append(f"{before!r} before {sign}")
    found += [f"{after!r} after «" for after in re.findall(r"«(.?)", text) if after != "\u00a0"]
    if re.search(r"[\"“”]", text):
        found.append("English quotes")
    return found


def test_french_texts_follow_french_typography() -> None:
    # Seen before: "Nom :" with a plain space, which lets the colon wrap alone.
    assert typography_problems("Nom : x") == ["' ' before :"]
    assert typography_problems("«\u00a0x »") == ["' ' before »"]
    assert typography_problems("Nom\u00a0: «\u00a0x\u00a0» ?") == ["' ' before ?"]
    assert typography_problems("Fichiers (*.csv);;Tous (*)") == []
    bad = []
    for context in ET.parse(TS).getroot().iter("context"):
        for m in context.iter("message"):
            translation = m.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            bad += [(m.findtext("source"), p) for f in forms for p in typography_problems(f)]
    assert bad == []


def test_a_hit_and_a_search_have_one_french_name_each() -> None:
    """INTERPOL's counts are named alike on every screen, report and message, as on the hub's
    console: a hit is a « concordance », a search a « recherche ». Seen before: hits were
    « résultats positifs » (the capability screen's word for success stories), « correspondances »
    and « réponses positives », searches « consultations » in the reports."""
    checked, bad = 0, []
    for context in ET.parse(TS).getroot().iter("context"):
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            translation = m.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for english, french in ((r"\bhits?\b", "concordance"), (r"\bsearches\b", "recherche")):
                if re.search(english, source, re.IGNORECASE):
                    checked += 1
                    bad += [(source, f) for f in forms if french not in f.lower()]
    assert checked >= 15 and bad == []
