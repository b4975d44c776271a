"""Make a smaller ICU data library for the Linux bundle: the app is in English and French.

Qt links ICU on Linux; ICU's data library (libicudata.so.NN, 31 MB, 12 MB compressed) carries
collation, locale names, converters and break dictionaries for 800 locales. Qt only needs ICU for
locale-aware comparisons, case mapping and a few lookups in the app's languages, so this keeps the
core files and the root, English and French resources, and drops legacy code page converters,
transliterators, break rules and dictionaries, and every other locale. What ICU does not find it
takes from the root locale, so a missing item degrades (e.g. plain code-point sort), never fails.

    python packaging/trim_icu.py SRC/libicudata.so.73 OUT/libicudata.so.73

Needs icupkg (Debian: icu-devtools) and binutils (as, ld, nm, readelf). Used by the spec.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "fr")
# What Qt never asks ICU for: transliteration, break iteration (Qt has its own text
# boundaries), spelled-out numbers, measurement units, character names, spoofing checks, and
# the names of languages and currencies (QLocale takes them from its own CLDR tables; ICU is
# only asked for collation, case mapping and time-zone names, whose zone/ and region/ stay).
UNUSED_FOLDERS = {"translit", "brkitr", "rbnf", "unit", "lang", "curr"}
UNUSED_FILES = {"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"}
# Resource bundles whose names look like locales but are not.
NOT_LOCALES = {"res_index", "pool", "root"}
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")


def kept(item: str) -> bool:
    """Whether an item of the ICU package (e.g. `coll/fr_CA.res`, `ibm-943_P15A-2003.cnv`) stays."""
    folder, _, name = item.rpartition("/")
    base, _, ext = name.rpartition(".")
    if folder in UNUSED_FOLDERS or ext == "cnv" or name in UNUSED_FILES:
        return False
    if ext == "res" and base not in NOT_LOCALES and _LOCALE.fullmatch(base):
        return base.split("_")[0] in KEEP_LANGUAGES
    return True


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def _data_symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol holding the whole ICU package."""
    for line in _run("nm", "-D", "--defined-only", "--print-size", str(lib)).splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise RuntimeError(f"no icudtNN_dat symbol in {lib}")
    for line in _run("readelf", "-SW", str(lib)).splitlines():
        match = re.search(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if not match:
            continue
        start, offset, length = (int(match.group(i), 16) for i in (2, 3, 4))
        if start <= address < start + length and match.group(1) != "NULL":
            return name, address - start + offset, size
    raise RuntimeError(f"the ICU data symbol of {lib} is in no section")


def trim(src: Path, out: Path) -> tuple[int, int]:
    """Write the trimmed library to `out`; returns (items kept, items in the original)."""
    symbol, offset, size = _data_symbol(src)
    soname = src.name
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as tmp:
        work = Path(tmp)
        # icupkg takes the package name (icudt73l: version, little-endian) from the file name.
        package = f"{symbol.removesuffix('_dat')}{'l' if sys.byteorder == 'little' else 'b'}.dat"
        (work / "in").mkdir()
        (work / "out").mkdir()
        with src.open("rb") as f:
            f.seek(offset)
            (work / "in" / package).write_bytes(f.read(size))
        items = _run("icupkg", "-l", f"in/{package}", cwd=work).split()
        dropped = [item for item in items if not kept(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="ascii")
        # --ignore-deps: a few kept bundles name dropped ones (e.g. coll/de_.res -> coll/de.res);
        # ICU falls back to the root locale for them.
        _run(
            "icupkg", "--ignore-deps", "-r", "drop.txt", f"in/{package}", f"out/{package}", cwd=work
        )
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "out/{package}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        _run("as", "-o", "data.o", "data.s", cwd=work)
        _run("ld", "-shared", "-soname", soname, "-o", "lib.so", "data.o", cwd=work)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "lib.so", out)
    return len(items) - len(dropped), len(items)


def available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "as", "ld", "nm", "readelf"))


if __name__ == "__main__":
    kept_items, total = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: kept {kept_items} of {total} items -> {sys.argv[2]}")
