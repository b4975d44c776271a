"""Fills a Qt .ts file from the JSON files translators edit (source text → translation).

`make translations` runs lupdate (to collect every string of the sources), then this script,
then lrelease. Keys are the English source text, or "Context|source" where the same English
needs different translations in two places; a plural (%n) takes a list [singular, plural].
Run: python scripts/fill_translations.py TS_FILE JSON_DIR
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

# French puts a space before : ; ? ! and inside « », a no-break one so that a line never
# starts with the sign (a thin one before ; ? !, as French printers do). Translators type an
# ordinary space; it is made no-break here.
_WIDE = re.compile(r"(?<=«) | (?=[:»])")
_THIN = re.compile(r" (?=[;?!])")


def french_typography(text: str) -> str:
    return _THIN.sub("\u202f", _WIDE.sub("\u00a0", text))


def load_mappings(folder: Path) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def fill(ts_path: Path, mapping: dict[str, Any]) -> list[str]:
    tree = ET.parse(ts_path)
    french = ts_path.stem.endswith("_fr")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            value = mapping.get(f"{name}|{source}", mapping.get(source))
            if value is None:
                # lupdate's guesses from the same text elsewhere stay "unfinished": missing too.
                guessed = translation.get("type") == "unfinished"
                if guessed or not "".join(translation.itertext()).strip():
                    missing.append(f"{name}|{source}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            forms = value if isinstance(value, list) else [value]
            if french:
                forms = [french_typography(form) for form in forms]
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms if len(forms) > 1 else forms * 2:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    ts_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    missing = fill(ts_path, load_mappings(folder))
    for key in missing:
        print(f"untranslated: {key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
