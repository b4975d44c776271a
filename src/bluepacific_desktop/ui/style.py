"""How the screens look where it carries meaning: the one red of error texts, and the one style
of headings (level 1: the screen's title above it; level 2: a part of a screen, which is also
how every group box's title looks)."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QLabel

# Dark enough to read on white (about 7:1), the same red wherever a problem is shown.
ERROR_COLOR: Final = "#b00020"
ERROR_STYLE: Final = f"color: {ERROR_COLOR};"

# How much larger than the body text each heading level is (relative, so 125 % and 150 %
# display scaling and the user's own font size scale headings too).
HEADING_SCALE: Final = {1: 1.5, 2: 1.0}

# Level 2 for the titles of the group boxes that divide a screen (the window's style sheet:
# the boxes' contents keep the body font).
SECTION_STYLE: Final = "QGroupBox { font-weight: bold; }"


def make_heading(label: QLabel, level: int = 1) -> QLabel:
    """Give `label` the heading style of `level` (1 or 2); returned for chaining."""
    font = label.font()
    size = font.pointSizeF()
    if size > 0:  # a font sized in pixels keeps its size, still bold
        font.setPointSizeF(size * HEADING_SCALE[level])
    font.setBold(True)
    label.setFont(font)
    label.setProperty("heading", level)  # what tests and style checks look for
    return label
