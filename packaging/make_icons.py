"""Renders resources/icons/bluepacific.svg into a 256 px PNG, the Windows .ico and macOS .icns.

    .venv/bin/python packaging/make_icons.py

Both hold PNG images (Windows Vista+ and macOS 10.7+ read PNG entries), written here by hand so
no image tool is needed. The results are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "bluepacific.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(images)
    for size, data in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data for size, data in images.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    (SVG.parent / "bluepacific-256.png").write_bytes(png(renderer, 256))
    (HERE / "windows" / "bluepacific.ico").write_bytes(
        ico({size: png(renderer, size) for size in ICO_SIZES})
    )
    (HERE / "macos" / "bluepacific.icns").write_bytes(
        icns({size: png(renderer, size) for size in ICNS_TYPES})
    )
    del app


if __name__ == "__main__":
    main()
