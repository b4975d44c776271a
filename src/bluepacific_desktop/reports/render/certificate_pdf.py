"""Training certificates as PDF pages: one landscape page each (A4 or Letter, English or
French), the holder's name as written, what was completed, where, by whom, and the
verification code with a QR code of the hub's verify address. Drawn with QPainter on the
report machinery's PDF writer; written only once whole, through files.replacing_path."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

import segno
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from bluepacific_desktop.files import replacing_path
from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.reports.render.pages import DPI, PAGE_SIZES, pdf_page_count
from bluepacific_desktop.reports.render.qt import Formats, ensure_qt_app, translating
from bluepacific_wire.certificates import printed_code

LANGUAGES = ("en", "fr")
NAVY = QColor("#1f3a5f")
GREY = QColor("#444444")
# The QR code's side on paper: at 30 mm a version-3 code's modules are about 1 mm, which a
# phone reads from arm's length and a 150 dpi scan still resolves.
QR_MM = 30.0
QUIET_MODULES = 4  # the blank border a QR reader needs around the code


def _mm(value: float, dpi: int) -> float:
    return value * dpi / 25.4


def _font(pt: float, dpi: int, *, bold: bool = False, serif: bool = False) -> QFont:
    font = QFont("DejaVu Serif" if serif else "DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.Serif if serif else QFont.StyleHint.SansSerif)
    # Pixel sizes: the painter's units are the writer's dots, whatever the device's dpi.
    font.setPixelSize(max(1, round(pt * dpi / 72)))
    font.setBold(bold)
    return font


def _fitted(text: str, pt: float, width: float, dpi: int, *, bold: bool, serif: bool) -> QFont:
    """The font at `pt`, or smaller (down to half) until `text` fits on one line of `width`;
    a name longer still wraps."""
    size = pt
    while size > pt / 2:
        font = _font(size, dpi, bold=bold, serif=serif)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            return font
        size *= 0.92
    return _font(pt / 2, dpi, bold=bold, serif=serif)


def _dates(sheet: CertificateSheet, fmt: Formats) -> str:
    start, end = fmt.day(sheet.start_date), fmt.day(sheet.end_date)
    place = sheet.location
    if sheet.start_date == sheet.end_date:
        if place:
            return QCoreApplication.translate("Report", "on {day} in {place}").format(
                day=start, place=place
            )
        return QCoreApplication.translate("Report", "on {day}").format(day=start)
    if place:
        return QCoreApplication.translate("Report", "from {start} to {end} in {place}").format(
            start=start, end=end, place=place
        )
    return QCoreApplication.translate("Report", "from {start} to {end}").format(
        start=start, end=end
    )


def _qr_path(url: str, side: float) -> QPainterPath:
    """The QR code of `url` as one filled path (runs of dark modules merged into rectangles),
    `side` wide with its quiet zone: sharp at any zoom, and no seams between modules."""
    matrix = segno.make(url, error="m").matrix
    count = len(matrix) + 2 * QUIET_MODULES
    module = side / count
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, line in enumerate(matrix):
        col = 0
        while col < len(line):
            if not line[col]:
                col += 1
                continue
            start = col
            while col < len(line) and line[col]:
                col += 1
            path.addRect(
                QRectF(
                    (start + QUIET_MODULES) * module,
                    (row + QUIET_MODULES) * module,
                    (col - start) * module,
                    module,
                )
            )
    return path


def _line(
    painter: QPainter, rect: QRectF, font: QFont, text: str, color: QColor, draw: bool
) -> float:
    """Draw `text` centred in `rect` from its top, wrapping (or only measure it when not
    `draw`); returns the height it takes."""
    painter.setFont(font)
    painter.setPen(color)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    used = painter.boundingRect(rect, flags, text)
    if draw:
        painter.drawText(rect, flags, text)
    return used.height()


def _paint_middle(
    painter: QPainter, body: QRectF, top: float, sheet: CertificateSheet, fmt: Formats, draw: bool
) -> float:
    """The certificate's words from `top` down, centred; returns where they end."""
    dpi = DPI
    lang = fmt.language
    width = body.width()
    y = top

    def put(text: str, font: QFont, color: QColor = GREY, gap_mm: float = 3.0) -> None:
        nonlocal y
        area = QRectF(body.left(), y, width, body.height())
        y += _line(painter, area, font, text, color, draw) + _mm(gap_mm, dpi)

    put(
        QCoreApplication.translate("Report", "Project Blue Pacific · {country}").format(
            country=sheet.country(lang)
        ),
        _font(11, dpi),
        gap_mm=6,
    )
    put(
        QCoreApplication.translate("Report", "Certificate of training"),
        _font(30, dpi, bold=True, serif=True),
        NAVY,
        9,
    )
    put(
        QCoreApplication.translate("Report", "This is to certify that"),
        _font(13, dpi, serif=True),
        gap_mm=3,
    )
    name = _fitted(sheet.holder_name, 34, width, dpi, bold=True, serif=True)
    put(sheet.holder_name, name, QColor("#000000"), 3)
    if draw:
        painter.setPen(QPen(NAVY, _mm(0.4, dpi)))
        middle = body.center().x()
        painter.drawLine(QPointF(middle - width * 0.3, y), QPointF(middle + width * 0.3, y))
    y += _mm(6, dpi)
    put(
        QCoreApplication.translate("Report", "has completed the course"),
        _font(13, dpi, serif=True),
        gap_mm=2,
    )
    course = sheet.course(lang)
    put(course, _fitted(course, 20, width, dpi, bold=True, serif=False), NAVY, 3)
    put(_dates(sheet, fmt), _font(13, dpi, serif=True), gap_mm=6)
    if sheet.organiser:
        put(
            QCoreApplication.translate("Report", "Organised by {organiser}").format(
                organiser=sheet.organiser
            ),
            _font(11, dpi),
        )
    if sheet.trainers:
        put(
            QCoreApplication.translate("Report", "Trainers: {names}").format(
                names=", ".join(sheet.trainers)
            ),
            _font(11, dpi),
        )
    if sheet.expires_on is not None:
        put(
            QCoreApplication.translate("Report", "Valid until {day}").format(
                day=fmt.day(sheet.expires_on)
            ),
            _font(11, dpi),
        )
    return y


def _paint_one(painter: QPainter, page: QRectF, sheet: CertificateSheet, fmt: Formats) -> None:
    dpi = DPI
    lang = fmt.language
    # Frame: a heavy rule and a thin one inside it.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(NAVY, _mm(1.2, dpi)))
    outer = page.adjusted(_mm(10, dpi), _mm(10, dpi), -_mm(10, dpi), -_mm(10, dpi))
    painter.drawRect(outer)
    painter.setPen(QPen(NAVY, _mm(0.3, dpi)))
    painter.drawRect(outer.adjusted(_mm(2.5, dpi), _mm(2.5, dpi), -_mm(2.5, dpi), -_mm(2.5, dpi)))
    body = outer.adjusted(_mm(18, dpi), _mm(12, dpi), -_mm(18, dpi), -_mm(12, dpi))
    width = body.width()

    # The foot: who issued it and when on the left, the code and its QR code on the right.
    qr_side = _mm(QR_MM, dpi)
    foot_top = body.bottom() - qr_side
    # The words sit in the middle of the room above the foot (a long name or course takes more).
    used = _paint_middle(painter, body, 0, sheet, fmt, draw=False)
    top = body.top() + max(0.0, (foot_top - _mm(4, dpi) - body.top() - used) / 2)
    _paint_middle(painter, body, top, sheet, fmt, draw=True)

    line = _mm(9, dpi)
    painter.setFont(_font(11, dpi))
    painter.setPen(GREY)
    issued = QCoreApplication.translate("Report", "Issued by {country} on {day}").format(
        country=sheet.country(lang), day=fmt.day(sheet.issued_on)
    )
    bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    painter.drawText(
        QRectF(body.left(), body.bottom() - line * 2, width * 0.3, line * 2),
        bottom_left | Qt.TextFlag.TextWordWrap,
        issued,
    )
    text_right = body.right()
    if sheet.verify_url:
        painter.save()
        painter.translate(body.right() - qr_side, foot_top)
        painter.fillRect(QRectF(0, 0, qr_side, qr_side), QColor("#ffffff"))
        painter.fillPath(_qr_path(sheet.verify_url, qr_side), QColor("#000000"))
        painter.restore()
        text_right = body.right() - qr_side - _mm(1, dpi)
    block = QRectF(body.left() + width * 0.32, body.bottom() - line * 3, 0, line * 3)
    block.setRight(text_right)
    right = Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
    code_line = QCoreApplication.translate("Report", "Verification code: {code}").format(
        code=printed_code(sheet.code)
    )
    painter.setFont(_font(12, dpi, bold=True))
    painter.setPen(NAVY)
    if sheet.verify_url:
        painter.drawText(block, right | Qt.AlignmentFlag.AlignVCenter, code_line)
        painter.setFont(_font(9, dpi))
        painter.setPen(GREY)
        check = QCoreApplication.translate("Report", "Check it at {url}").format(
            url=sheet.verify_url
        )
        painter.drawText(block, right | Qt.AlignmentFlag.AlignBottom, check)
    else:
        painter.drawText(block, right | Qt.AlignmentFlag.AlignBottom, code_line)


def _layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Landscape,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_certificates(
    sheets: Sequence[CertificateSheet], device: QPagedPaintDevice, language: str
) -> int:
    """Paint one page per certificate on a device set up by the caller (landscape, no
    margins: the PDF writer here, or the GUI's printer); returns the page count."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    ensure_qt_app()
    with translating(language):
        fmt = Formats(language)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("The PDF file or the printer cannot be opened for painting")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            # The painter's scale is the device's own: a printer at 600 dpi draws as big.
            scale = device.logicalDpiY() / DPI
            painter.scale(scale, scale)
            rect = device.pageLayout().fullRectPixels(DPI)
            page = QRectF(0, 0, rect.width(), rect.height())
            for index, sheet in enumerate(sheets):
                if index:
                    device.newPage()
                _paint_one(painter, page, sheet, fmt)
        finally:
            finished = painter.end()
    if not finished:
        raise OSError(errno.EIO, "The PDF file or the printer could not finish the pages")
    return len(sheets)


def write_certificates_pdf(
    sheets: Sequence[CertificateSheet], path: Path, language: str, paper: str = "a4"
) -> int:
    """Write the certificates to `path` as one PDF (replaced only once whole); the page count."""
    if not sheets:
        raise ValueError("no certificate to write")
    if paper not in PAGE_SIZES:
        raise ValueError(f"unknown paper {paper!r}")
    ensure_qt_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setCreator("Blue Pacific Desktop")
    writer.setTitle(", ".join(printed_code(s.code) for s in sheets[:20]))
    writer.setPageLayout(_layout(paper))
    pages = paint_certificates(sheets, writer, language)
    del writer  # the writer finishes the file when it goes
    data = bytes(buffer.data().data())
    if pdf_page_count(data) != pages:
        raise OSError(errno.EIO, f"The PDF of {pages} pages could not be completed")
    with replacing_path(path) as tmp:
        tmp.write_bytes(data)
    return pages
