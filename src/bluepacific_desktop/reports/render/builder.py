"""Builds a report's text: headings, paragraphs, tables whose header rows repeat, charts."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QBuffer
from PySide6.QtGui import QPdfWriter, QTextCursor, QTextDocument

from bluepacific_desktop.reports.render import charts
from bluepacific_desktop.reports.render.pages import DPI, body_font

# Qt's rich text knows a subset of CSS; these are the parts it honours.
_TABLE = (
    '<table width="{width}%" border="0.5" cellspacing="0" cellpadding="{padding}" '
    'style="border-collapse: collapse; border-color: #9aa5b1;">'
)
_HEAD_BG = "#dde7f0"
_GROUP_BG = "#f1f4f7"

_SMALL_PT = 6.5

Cell = str | tuple[str, str]  # text, or (text, "right" | "left" | "group")


def _two_lines(title: str) -> str:
    """A header on at most two unbreakable lines, split at the space nearest its middle.

    Qt's table layout sometimes breaks a bold header inside a word ("Attenda|nces"); with
    no-wrap lines the column is as wide as the longer half.
    """
    words = title.split()
    if len(words) < 2:
        return escape(title)
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(title) / 2))
    return f"{escape(' '.join(words[:cut]))}<br>{escape(' '.join(words[cut:]))}"


class Builder:
    def __init__(self) -> None:
        self.document = QTextDocument()
        # Lay out for the PDF's resolution from the first line on: table columns measured for
        # the screen's 96 dpi would break words once printed at 300.
        self._buffer = QBuffer()
        self._metrics = QPdfWriter(self._buffer)
        self._metrics.setResolution(DPI)
        self.document.documentLayout().setPaintDevice(self._metrics)
        self.document.setDefaultFont(body_font())
        self.document.setUndoRedoEnabled(False)  # no undo history to keep for 2,000 rows
        self.charts = charts.install(self.document)
        self.cursor = QTextCursor(self.document)
        self._first = True

    def _html(self, html: str) -> None:
        if not self._first:
            self.cursor.insertBlock()
        self._first = False
        self.cursor.insertHtml(html)

    def heading(self, text: str, level: int = 1) -> None:
        size = {1: "x-large", 2: "large", 3: "medium"}[level]
        self._html(
            f'<p style="font-size: {size}; font-weight: bold; color: #1f4e79; '
            f'margin-top: 8px">{escape(text)}</p>'
        )

    def paragraph(self, text: str, small: bool = False) -> None:
        style = ' style="font-size: small; color: #555555"' if small else ""
        self._html(f"<p{style}>{escape(text)}</p>")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        numeric_from: int = 1,
        widths: Sequence[int | None] | None = None,
        first_mm: float | None = None,
        padding: int = 5,
        width: int = 100,
        small: bool = False,
    ) -> None:
        """A table whose <thead> row Qt repeats at the top of every page it continues on.

        Columns from `numeric_from` on are right-aligned (figures line up by their digits).
        """
        parts = [_TABLE.format(padding=padding, width=width), "<thead><tr>"]
        for i, title in enumerate(headers):
            align = "right" if i >= numeric_from else "left"
            share = f' width="{widths[i]}%"' if widths and widths[i] else ""
            if i == 0 and first_mm:
                # An absolute width (in CSS pixels, 96 an inch, which Qt scales to the device):
                # Qt gives a percentage up when the other columns do not wrap.
                share = f' width="{round(first_mm / 25.4 * 96)}"'

            parts.append(
                f'<th bgcolor="{_HEAD_BG}" align="{align}"{share} style="white-space: nowrap">'
                f"{_two_lines(title)}</th>"
            )
        parts.append("</tr></thead><tbody>")
        span = len(headers)
        for row in rows:
            parts.append("<tr>")
            for i, cell in enumerate(row):
                text, kind = cell if isinstance(cell, tuple) else (cell, "")
                if kind == "group":
                    parts.append(
                        f'<td colspan="{span}" bgcolor="{_GROUP_BG}"><b>{escape(text)}</b></td>'
                    )
                    break
                align = kind or ("right" if i >= numeric_from else "left")
                parts.append(f'<td align="{align}">{escape(text)}</td>')
            parts.append("</tr>")
        parts.append("</tbody></table>")
        html = "".join(parts)
        # Wide tables in a smaller type, so that headers wrap between words, not inside them.
        self._html(f'<div style="font-size: {_SMALL_PT}pt">{html}</div>' if small else html)

    def chart_row(self, *items: charts.BarChart) -> None:
        """One chart, or several side by side, on a line of their own."""
        self._html("<p></p>")
        for item in items:
            charts.insert(self.cursor, self.charts, item)
