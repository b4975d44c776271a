"""The questions a month's action asks: a comment (required to send back or reopen), and the
submit checks' problems all at once, with an explanation for each unusual figure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.returns import MonthProblem
from bluepacific_desktop.i18n.returns_words import problem_text
from bluepacific_desktop.ui.pages.returns.submit_dialog import CompleteTicks
from bluepacific_wire.returns import COMMENT_CHARS


class CommentDialog(QDialog):
    """A comment for the month's history; Cancel is the default, and OK waits for words when
    the action needs them."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        question: str,
        ok_text: str,
        required: bool,
        declare: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        label = QLabel(question)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Comment"))
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok = QPushButton(ok_text)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setDefault(True)
        self.ok.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        # A nil return states, as a submission does, whether sessions and engagements are complete.
        self.ticks = CompleteTicks() if declare else None
        if self.ticks is not None:
            layout.addWidget(self.ticks)
        layout.addWidget(buttons)
        self.resize(480, 320 if declare else 260)
        self._check()

    def comment(self) -> str:
        return self.text.toPlainText().strip()

    def complete(self) -> tuple[bool, bool]:
        return self.ticks.complete() if self.ticks is not None else (False, False)

    def _check(self) -> None:
        size = len(self.text.toPlainText())
        if size > COMMENT_CHARS:
            self.hint.setText(
                self.tr("At most %1 characters (now %2).")
                .replace("%1", str(COMMENT_CHARS))
                .replace("%2", str(size))
            )
        elif self.required and not self.comment():
            self.hint.setText(self.tr("A comment is required: say why."))
        else:
            self.hint.setText("")
        self.ok.setEnabled(size <= COMMENT_CHARS and (bool(self.comment()) or not self.required))


class ProblemsDialog(QDialog):
    """Every problem the submit checks found. When all are unusual figures, one explanation
    per capability submits the month; otherwise the figures must be corrected first."""

    def __init__(self, parent: QWidget, month: str, problems: list[MonthProblem]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 was not submitted").replace("%1", month))
        self.explainable = all(p.explainable for p in problems)
        lead = (
            self.tr(
                "%n figures of %1 are far from the usual ones. If they are right, say why "
                "for each capability, and submit again.",
                "",
                len(problems),
            )
            if self.explainable
            else self.tr(
                "%n problems stop %1 from being submitted. Correct the figures on the "
                "Capabilities screen, then submit again.",
                "",
                len(problems),
            )
        )
        heading = QLabel(lead.replace("%1", month))
        heading.setWordWrap(True)
        listing = QLabel("\n".join(f"• {problem_text(p)}" for p in problems))
        listing.setWordWrap(True)
        listing.setAccessibleName(self.tr("Problems"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(listing)
        self.fields: dict[str, QLineEdit] = {}
        buttons = QDialogButtonBox()
        if self.explainable:
            form = QFormLayout()
            for code in sorted({p.capability for p in problems}):
                field = QLineEdit()
                field.setAccessibleName(self.tr("Why, for %1").replace("%1", code))
                field.textChanged.connect(self._check)
                form.addRow(self.tr("Why, for %1:").replace("%1", code), field)
                self.fields[code] = field
            layout.addLayout(form)
            self.ok: QPushButton | None = QPushButton(self.tr("Submit with these explanations"))
            self.ok.setAutoDefault(False)
            buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Cancel"))
        else:
            self.ok = None
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            cancel.setText(self.tr("Close"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)
        self._check()

    def explanations(self) -> dict[str, str]:
        return {code: f.text().strip() for code, f in self.fields.items()}

    def _check(self) -> None:
        if self.ok is not None:
            self.ok.setEnabled(all(self.explanations().values()))
