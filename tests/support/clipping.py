"""A pseudo-locale whose every text is 40 % longer, and the check for text cut off on screen.

`pseudo_qm` builds, at test time, a .qm from the sources listed in
resources/translations/bluepacific_fr.ts with each text accented and lengthened
("Save" → "[Ŝàvé~~]"), keeping its %1, %n, & shortcuts and line breaks. `clipped_texts`
lists every label, button, check box, group title, tab, list item and column header of a
window whose text is wider than the room it has (or elided).
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from bluepacific_desktop.ui import geometry

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations" / "bluepacific_fr.ts"
ACCENTS = str.maketrans("aceinouyACEINOUYsSzZ", "àçéîñöûÿÀÇÉÎÑÖÛŸŝŜžŽ")
KEEP = re.compile(r"(%n|%L?\d|&&|&|\n|<[^>]+>)")  # placeholders, shortcuts, breaks, markup


def pseudo(text: str) -> str:
    """`text` accented, bracketed and padded with '~' to 140 % of its length (each line)."""
    if not text.strip():
        return text
    lines = []
    for line in text.split("\n"):
        parts = KEEP.split(line)
        shown = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
        visible = len(KEEP.sub("", line))
        pad = max(1, math.ceil(visible * 1.4) - visible)  # the brackets come on top
        lines.append(f"[{shown}{'~' * pad}]")
    return "\n".join(lines)


def pseudo_qm(folder: Path) -> Path:
    """The pseudo-locale's .qm, built with lrelease from our sources."""
    tree = ET.parse(SOURCES)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "bluepacific_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "bluepacific_pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _wide(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in _plain(text).split("\n")), default=0)


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return None
    room = label.contentsRect().width() - 2 * max(0, label.margin()) - max(0, label.indent())
    if label.wordWrap():
        # A wrapping label may take more lines, not more width: it needs the height for them.
        if label.heightForWidth(label.width()) > label.height() + 1:
            return f"wraps onto more lines than its {label.height()} px show"
        return None
    if _wide(label.fontMetrics(), text) > room:
        return f"{_wide(label.fontMetrics(), text)} px of text in {room} px"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        needed = button.sizeHint().width()
        if needed > button.width() + 1:
            return f"needs {needed} px, has {button.width()} px"
    return None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    if _wide(box.fontMetrics(), box.title()) > min(title.width(), box.width() - 8):
        return f"title {_wide(box.fontMetrics(), box.title())} px in {title.width()} px"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if bar.tabRect(index).width() + 1 < bar.tabSizeHint(index).width():
            found.append(f"tab {bar.tabText(index)!r} elided")
    return found


def _header(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    visible = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionViewportPosition(section) >= visible:
            continue  # scrolled off to the right: the header is whole once scrolled to
        if header.sectionSize(section) + 1 < geometry.header_text_width(header, section):
            text = model.headerData(section, header.orientation())
            found.append(f"column {text!r} header cut ({header.sectionSize(section)} px)")
    return found


def _list(view: QListWidget) -> list[str]:
    found = []
    room = view.viewport().width()
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        needed = _wide(view.fontMetrics(), item.text()) + view.iconSize().width()
        if needed > min(rect.width(), room):
            found.append(f"item {item.text()!r} cut ({needed} px in {min(rect.width(), room)})")
    return found


def clipped_texts(top: QWidget) -> list[str]:
    """What in `top` (its visible widgets, not those of other windows) shows text cut off."""
    found: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        problem: str | None = None
        many: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            many = _tabs(widget)
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            many = _header(widget)
        elif isinstance(widget, QListWidget):
            many = _list(widget)
        if problem:
            many.append(problem)
        name = f"{type(widget).__name__} {_short(widget)}"
        found += [f"{name}: {p}" for p in many]
    return found


def _short(widget: QWidget) -> str:
    text = getattr(widget, "text", None) or getattr(widget, "title", None)
    words = text() if callable(text) else ""
    return repr((widget.accessibleName() or words or widget.objectName())[:50])
