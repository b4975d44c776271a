"""PDF rendering of the reports with Qt (QtGui only: QTextDocument, QPainter, QPdfWriter)."""

from bluepacific_desktop import immortal

# Before any Qt: PySide6 6.12.0 releases references to None it never took (immortal.py).
immortal.keep()
