"""Folded text for searching names as people type them: no case, accents, macrons or ʻokina."""

from __future__ import annotations

import unicodedata

# The ʻokina (U+02BB) and what people type for it: apostrophes, quotes, backticks, accents.
GLOTTAL_MARKS = "ʻʼ'’‘`´"
_DROPPED = str.maketrans("", "", GLOTTAL_MARKS)


def fold(text: str | None) -> str:
    """“Tuʻipulotu  SĒMISI” → “tuipulotu semisi”: the one key every search box compares.

    Marks are dropped before decomposing (NFKD turns “´” into a space and a combining
    accent) and after (NFKD may produce “ʼ”); words keep their order and single spaces.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_DROPPED).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.translate(_DROPPED).split())
