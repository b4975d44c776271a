"""A list's sync column: an icon and a short word ("Sent", "Waiting", "Set aside", "Conflict"),
the whole sentence with a date in the chosen language as its tooltip; its header whole."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.outbox import Ack, acknowledge
from bluepacific_desktop.ui import geometry
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language

ACKED = datetime(2025, 3, 4, 5, 6, tzinfo=UTC)


def people_in_each_state(ctx: AppContext, records: Any) -> dict[str, str]:
    """One person per state, by name: sent (acknowledged), waiting, set aside, in conflict."""
    ids = {name: records.create(RecordKind.PERSON, full_name=name) for name in "ABCD"}
    with ctx.store.write() as session:
        seqs = session.scalars(select(OutboxEntry.seq).where(OutboxEntry.record_id == ids["A"]))
        acknowledge(session, [Ack(RecordKind.PERSON.value, ids["A"], 1, list(seqs))], ACKED)
        # What the sync engine does with a change the hub refused, or one changed there too.
        for name, state in (("C", OutboxState.SET_ASIDE), ("D", OutboxState.CONFLICT)):
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.record_id == ids[name])
                .values(state=state.value)
            )
    return ids


def people_window(qtbot: Any, ctx: AppContext) -> tuple[MainWindow, TrainingPage]:
    window = MainWindow(ctx, [lambda c, _s: TrainingPage(c)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages[0]
    assert isinstance(page, TrainingPage)
    page.tabs.setCurrentWidget(page.people)
    qtbot.waitUntil(lambda: page.people.model.rowCount() == 4)
    return window, page


def column_by_name(page: TrainingPage) -> dict[str, tuple[str, str, QPixmap]]:
    model = page.people.model
    sync = next(i for i, c in enumerate(model.columns) if c.key == "_sync")
    name = next(i for i, c in enumerate(model.columns) if c.key == "full_name")
    shown = {}
    for row in range(model.rowCount()):
        cell = model.index(row, sync)
        shown[model.index(row, name).data()] = (
            cell.data(),
            cell.data(Qt.ItemDataRole.ToolTipRole),
            cell.data(Qt.ItemDataRole.DecorationRole),
        )
    return shown


def test_a_short_word_an_icon_and_the_sentence_in_the_tooltip(
    qtbot: Any, ctx: AppContext, records: Any
) -> None:
    people_in_each_state(ctx, records)
    window, page = people_window(qtbot, ctx)
    shown = column_by_name(page)
    assert {n: w for n, (w, _t, _i) in shown.items()} == {
        "A": "Sent",
        "B": "Waiting",
        "C": "Set aside",
        "D": "Conflict",
    }
    when = QLocale().toString(
        ACKED.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat
    )
    assert shown["A"][1] == f"On the hub since {when}"
    assert "Sync screen" in shown["C"][1] and "refused" in shown["C"][1]
    assert "Decide" in shown["D"][1]
    icons = [i for _w, _t, i in shown.values()]
    assert all(isinstance(i, QPixmap) and not i.isNull() for i in icons)
    assert len({i.cacheKey() for i in icons}) == 4  # one icon per state
    # The word is whole in its column: the column is as wide as the widest word and its icon.
    header = page.people.table.horizontalHeader()
    sync = next(i for i, c in enumerate(page.people.model.columns) if c.key == "_sync")
    metrics = page.people.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(w) for w, _t, _i in shown.values())
    assert header.sectionSize(sync) >= widest + page.people.table.iconSize().width()
    window.close()


def test_french_words_and_a_french_date(qtbot: Any, ctx: AppContext, records: Any) -> None:
    people_in_each_state(ctx, records)
    app = QApplication.instance()
    install_language(app, "fr")  # type: ignore[arg-type]
    try:
        window, page = people_window(qtbot, ctx)
        page.people.reload()
        shown = column_by_name(page)
        assert [shown[n][0] for n in "ABCD"] == ["Envoyé", "En attente", "Mis de côté", "Conflit"]
        assert shown["A"][1].startswith("Sur le serveur depuis le ")
        assert "/2025" in shown["A"][1] or "2025" in shown["A"][1]
        for section in range(page.people.table.horizontalHeader().count()):
            header = page.people.table.horizontalHeader()
            assert header.sectionSize(section) >= geometry.header_text_width(header, section)
        window.close()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
