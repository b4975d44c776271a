"""The service's validation problems in the UI language, chosen by their code."""

from __future__ import annotations

from PySide6.QtCore import QObject

from bluepacific_desktop.domain.errors import FieldProblem


class _Words(QObject):
    def words(self, problem: FieldProblem) -> str:
        known = {
            "not_a_number": self.tr(
                "Not a number: type digits only (1,000 or 1 000 mean a thousand)."
            ),
            "not_whole": self.tr("A count must be a whole number."),
            "number_out_of_range": self.tr("A count cannot be negative."),
            "number_too_large": self.tr("This number is too large."),
            "metric_not_applicable": self.tr("This count does not apply to this capability."),
            "too_long": self.tr("This text is too long."),
            "month_out_of_range": self.tr(
                "Reports cover months from January 1990 up to the current month."
            ),
            "month_already_reported": self.tr(
                "This month already has a report for this capability: reopen the month."
            ),
        }
        # Codes without a translation here keep the service's own (English) words.
        return known.get(problem.code, problem.message)


def problem_words(problem: FieldProblem) -> str:
    return _Words().words(problem)
