"""At start, offer back what an editor held when Blue Pacific last stopped (power cut, crash).

The drafts are read off the GUI thread; the newest is offered first ("You were recording the
session «Firearms tracing, Suva» when Blue Pacific closed. Open it again?"). Declined, it is
dropped and the next one is offered; opened, its editor shows what was typed, and the other
drafts wait for the next start.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from bluepacific_desktop.ui.confirm import Role, choose
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp
from bluepacific_desktop.ui.unsaved import open_editors
from bluepacific_desktop.workflows.drafts import Draft, drop_draft, saved_drafts

if TYPE_CHECKING:
    from bluepacific_desktop.ui.main_window import MainWindow

# Test-only hooks, for the test that kills the app mid-typing (tests/ui/test_drafts_process.py):
# a process under test can neither be typed into nor answer a message box. Unset, nothing
# changes. TYPE_ENV names a JSON file {"editor": …, "state": …}: at start, that editor opens as
# new and is filled in as if typed. REPORT_ENV names a file: the offer is taken without
# asking, and the reopened editor's fields are written there as JSON.
TYPE_ENV = "BLUEPACIFIC_TEST_TYPE_DRAFT"
REPORT_ENV = "BLUEPACIFIC_TEST_DRAFT_REPORT"


def offer_question(draft: Draft) -> str:
    """One whole sentence per editor (never built from fragments)."""
    questions = {
        "session": QCoreApplication.translate(
            "DraftOffer",
            "You were recording the session «%1» when Blue Pacific closed. Open it again?",
        ),
        "person": QCoreApplication.translate(
            "DraftOffer",
            "You were recording the person «%1» when Blue Pacific closed. Open it again?",
        ),
        "contact": QCoreApplication.translate(
            "DraftOffer",
            "You were recording the contact «%1» when Blue Pacific closed. Open it again?",
        ),
        "engagement": QCoreApplication.translate(
            "DraftOffer",
            "You were recording the engagement «%1» when Blue Pacific closed. Open it again?",
        ),
        "month": QCoreApplication.translate(
            "DraftOffer",
            "You were recording the capability counts of %1 when Blue Pacific closed. "
            "Open them again?",
        ),
    }
    default = QCoreApplication.translate(
        "DraftOffer", "You were recording «%1» when Blue Pacific closed. Open it again?"
    )
    return questions.get(draft.editor, default).replace("%1", draft.title or "…")


def offer_drafts(window: MainWindow) -> None:
    """Read the drafts in the background, then offer them one by one."""
    ctx = window.ctx
    ReadOp(
        window, ctx, lambda job: saved_drafts(job.store), lambda d: _offer(window, d), None
    ).run()


def _offer(window: MainWindow, drafts: list[Draft]) -> None:
    if not drafts:
        return
    draft, rest = drafts[0], drafts[1:]
    report = os.environ.get(REPORT_ENV)
    if report or _ask(window, draft):
        _open(window, draft)
        if report:
            _write_report(window, Path(report))
        return
    store = window.ctx.store

    def work(_job: Job) -> Changed[None]:
        drop_draft(store, draft.key)
        return Changed.of(None, ())

    WriteOp(window, window.ctx, work, lambda _r: _offer(window, rest), None).run()


def _ask(window: MainWindow, draft: Draft) -> bool:
    # Opening again is the default: discarding loses the typing.
    reopen = choose(
        window,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DraftOffer", "Unsaved work"),
        offer_question(draft),
        [
            (QCoreApplication.translate("DraftOffer", "&Open it again"), Role.AcceptRole),
            (QCoreApplication.translate("DraftOffer", "&Discard it"), Role.DestructiveRole),
        ],
        safe=0,
    )
    return reopen == 0


def _open(window: MainWindow, draft: Draft) -> None:
    for row, page in enumerate(window.pages):
        if page.open_draft(draft):
            window.nav.blockSignals(True)  # the screen switch must not ask about this editor
            window.nav.setCurrentRow(row)
            window.nav.blockSignals(False)
            window.stack.setCurrentIndex(row)
            return


def _write_report(window: MainWindow, path: Path) -> None:
    editors = open_editors(window)
    if editors:
        state = editors[-1].state()
    else:
        editor = getattr(window.current_page(), "editor", None)
        state = editor.state() if editor is not None else {}
    path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def type_test_draft(window: MainWindow) -> None:
    """Test-only (TYPE_ENV): open a new editor and fill it in as if typed."""
    path = os.environ.get(TYPE_ENV)
    if not path:
        return
    wanted = json.loads(Path(path).read_text(encoding="utf-8"))
    draft = Draft("", str(wanted["editor"]), None, "", dict(wanted["state"]))
    _open(window, draft)
    for editor in open_editors(window):
        editor.guard.kept = None  # typed, not restored: the timer keeps it as a new draft


def after_start(window: MainWindow) -> None:
    """Called once the main window shows; the offer comes at the event loop's next turn, and
    not at all if the window is gone by then (the window is the timer's context)."""
    if os.environ.get(TYPE_ENV):
        QTimer.singleShot(0, window, lambda: type_test_draft(window))
    else:
        QTimer.singleShot(0, window, lambda: offer_drafts(window))
