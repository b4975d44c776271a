"""Reading a certificate PDF as a person with a phone would: the page rendered to an image by
poppler (pdftoppm), its QR code decoded by zbar (zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools (zbarimg) or poppler-utils (pdftoppm) is not installed",
)


def page_png(pdf: Path, page: int = 1, dpi: int = 150) -> Path:
    """The page rendered to a PNG beside the PDF."""
    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return stem.with_suffix(".png")


def qr_codes(png: Path) -> list[str]:
    """Every QR code zbar finds in the image (none: an empty list)."""
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=False
    )
    # zbarimg exits 4 when it finds no symbol.
    assert out.returncode in (0, 4), out.stderr
    return [line for line in out.stdout.splitlines() if line]
