"""The submit step's ticks on screen: a training session of a month whose return declared its
sessions complete cannot be saved, and the editor says why and who can send the month back."""

from __future__ import annotations

from typing import Any

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.store.models import TrainingSession
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.workflows.returns import transition
from tests.conftest import VALID


def test_the_session_editor_says_why_a_declared_month_is_locked(qtbot: Any, store: Store) -> None:
    with store.write() as session:
        data = {
            **VALID[RecordKind.TRAINING_SESSION],
            "start_date": "2025-03-10",
            "end_date": "2025-03-11",
        }
        sid = RecordService(session).create(RecordKind.TRAINING_SESSION, data).id
    transition(store, "2025-03", ReturnAction.NIL, sessions_complete=True)
    ctx = AppContext(store)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_session(sid)
    editor = page.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.form.location.text() == "Suva")
    editor.form.location.setText("Nadi")
    editor.save()
    problem = editor.form.errors.labels["start_date"]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "training sessions declared complete" in problem.text()
    assert "the national approver or the regional team sends it back" in problem.text()
    with store.read() as session:
        kept = session.get(TrainingSession, sid)
        assert kept is not None and kept.location == "Suva"
    editor.close()
    ctx.background.wait()
