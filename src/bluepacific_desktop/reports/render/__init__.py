"""PDF rendering of the reports with Qt (QtGui only: QTextDocument, QPainter, QPdfWriter)."""
