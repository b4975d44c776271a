"""With every text 40 % longer (a pseudo-locale built at test time), no label, button, group
title, tab, screen name or column header is cut off on a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.translations import install_language
from tests.support.clipping import clipped_texts, pseudo, pseudo_qm
from tests.support.screen_walk import walk


def test_the_pseudo_locale_keeps_placeholders_and_is_40_percent_longer() -> None:
    assert pseudo("Save") == "[Ŝàvé~~]"
    text = pseudo("&Save %1 of %n changes")
    assert "&" in text and "%1" in text and "%n" in text
    # The words (placeholders aside) are 40 % longer: 16 letters become 23.
    assert len(text) - len("&%1%n") >= 1.4 * len("Save  of  changes")
    assert pseudo("Notices\nrequested").count("\n") == 1


@pytest.fixture
def pseudo_language(tmp_path: Path) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    translator = QTranslator(app)
    assert translator.load(str(pseudo_qm(tmp_path)))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)
    install_language(app, "en")


def test_no_text_is_cut_off_when_every_text_is_longer(
    qtbot: Any, tmp_path: Path, pseudo_language: None
) -> None:
    prepare_demo(tmp_path / "data", size=30)
    with Store.open(tmp_path / "data") as store:
        ctx = AppContext(store)
        window = MainWindow(ctx, default_pages())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.nav.item(0).text().startswith("[")  # the pseudo-locale is in use
        found: list[str] = []
        for name, top in walk(window):
            found += [f"{name}: {p}" for p in clipped_texts(top)]
        window.sync.shutdown()
        window.close()
        ctx.background.wait()
    assert found == [], "\n".join(found)
