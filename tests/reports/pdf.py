"""Reading produced PDFs back with poppler (pdftotext, pdfinfo), as a reader would see them."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def text_of(pdf: Path) -> str:
    """The PDF's text, one space for any run of spaces (French uses no-break spaces), with
    ligatures (ﬁ) as their letters."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"[ \u00a0\u202f]+", " ", unicodedata.normalize("NFKC", out))


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


def pages(pdf: Path) -> int:
    return int(info(pdf)["Pages"])
