"""Reading a donor pack back as its reader would: its text (poppler's pdftotext) and its pages'
size (pdfinfo)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

# PDF points: A4 is 210 × 297 mm, Letter 8.5 × 11 inches.
SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


def pdf_text(path: Path) -> str:
    """The text in reading order with the table's columns kept apart, no-break spaces plain."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.replace("\u00a0", " ")


def page_size(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert match, info.stdout
    return float(match.group(1)), float(match.group(2))


def figure(text: str, label: str) -> str:
    """The value printed after `label` in the pack's key figures (a percentage without the
    space French puts before its sign: pdftotext keeps it or not, as the glyphs fall)."""
    match = re.search(re.escape(label) + r" {2,}(\S+(?: %)?)", text)
    assert match, f"{label!r} is not in the pack"
    return match.group(1).replace(" ", "")


def summary_of(text: str) -> str:
    """The regional summary: the pages before the first country's page."""
    return text.split("\f")[0]
