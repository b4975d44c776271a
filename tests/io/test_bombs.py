"""Workbooks built to overload the computer are refused fast and small, before any reader runs.

Each bomb is small on disk and made here; they are read in one child process that reports
each refusal's time and the process's peak memory (VmHWM), so the bound is measured as a
user's laptop would live it.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from bluepacific_desktop.io.importing import FileRefused
from bluepacific_desktop.io.importing.archive import MAX_ROWS
from bluepacific_desktop.io.importing.tables import read_tables

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    '"worksheets/sheet1.xml"/></Relationships>'
)
_HEADER = ["Name", "Sex", "Agency", "Course", "Start date"]


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    cells = "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(_HEADER))
    return f'<row r="1">{cells}</row>'


def _xlsx(path: Path, rows: str, header: str | None = None) -> Path:
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><sheetData>'
        f"{_header_row() if header is None else header}{rows}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CT)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}" '
        f'office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def _ods(path: Path, rows: str) -> Path:
    header = "".join(_ods_cell(h) for h in _HEADER)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
        'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Liste">'
        f"<table:table-row>{header}</table:table-row>{rows}</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", content)
    return path


def _declare_size(path: Path, member: str, size: int) -> None:
    """Rewrites the unpacked size the zip declares for `member`, in both of its headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        local = book.getinfo(member).header_offset
    struct.pack_into("<I", data, local + 22, size)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == member.encode():
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 46)
    path.write_bytes(bytes(data))


def _bombs(folder: Path) -> dict[str, Path]:
    """Small files that would cost minutes and gigabytes to a reader that trusted them."""
    huge_text = "A" * (5 * 1024 * 1024)
    many_rows = "".join(
        f'<row r="{n}">{_cell(f"A{n}", "x")}</row>' for n in range(2, MAX_ROWS + 10)
    )
    # Within every size limit, but with no column this app knows: refused once its first lines
    # are read, never after reading its 800,000 cells (numbers, the cheapest to write).
    row = "".join(f'<c r="{chr(65 + i)}{{n}}"><v>{i}</v></c>' for i in range(20))
    unknown = "".join(f'<row r="{n}">' + row.format(n=n) + "</row>" for n in range(1, 40_001))
    bombs = {
        "no known headers": _xlsx(folder / "unknown.xlsx", unknown, header=""),
        # One cell of 5 MB (the reported one was 1 GB): refused as soon as it passes 4 MB.
        "huge cell": _xlsx(folder / "cell.xlsx", f'<row r="2">{_cell("A2", huge_text)}</row>'),
        # The same with a zip that says the sheet is 2,000 bytes: counting catches the lie.
        "lying header": _xlsx(folder / "lie.xlsx", f'<row r="2">{_cell("A2", huge_text)}</row>'),
        # A zip that says it unpacks past the cap: refused before any byte is unpacked.
        "declared size": _xlsx(
            folder / "declared.xlsx", '<row r="2">' + _cell("A2", "x") + "</row>"
        ),
        # Real rows past the row cap.
        "many rows": _xlsx(folder / "rows.xlsx", many_rows),
        # One cell far down and one far right: a reader allocates every cell in between.
        "far cell": _xlsx(
            folder / "far.xlsx", f'<row r="1048576">{_cell("XFD1048576", "x")}</row>'
        ),
        "tall sheet": _xlsx(
            folder / "tall.xlsx", f'<row r="5000000">{_cell("A5000000", "x")}</row>'
        ),
        # The same with the reference after another attribute, as the format allows.
        "far cell, other order": _xlsx(
            folder / "order.xlsx",
            '<row r="2"><c t="inlineStr" r="XFD1048576"><is><t>x</t></is></c></row>',
        ),
        # The same in a namespace prefix, which the reader reads as well.
        "far cell, prefixed": _xlsx(
            folder / "prefixed.xlsx",
            '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="2">'
            '<x:c r="XFD1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>',
        ),
        # Cells without references: each follows the previous one, 2,000 to the right.
        "unnumbered cells": _xlsx(
            folder / "unnumbered.xlsx",
            "<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * 2000 + "</row>",
        ),
        # LibreOffice's own shorthand: one row “repeated” five million times.
        "repeated rows": _ods(
            folder / "rows.ods",
            '<table:table-row table:number-rows-repeated="5000000">'
            f"{_ods_cell('x')}</table:table-row>",
        ),
        "repeated columns": _ods(
            folder / "wide.ods",
            '<table:table-row table:number-rows-repeated="1000">'
            f"{_ods_cell('x', 16000)}</table:table-row>",
        ),
        "huge ods cell": _ods(
            folder / "cell.ods",
            f"<table:table-row>{_ods_cell(huge_text)}</table:table-row>",
        ),
    }
    _declare_size(bombs["lying header"], "xl/worksheets/sheet1.xml", 2000)
    _declare_size(bombs["declared size"], "xl/worksheets/sheet1.xml", 1_000_000_000)
    return bombs


_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from bluepacific_desktop.io.importing import FileRefused
    from bluepacific_desktop.io.importing.headers import find_header
    from bluepacific_desktop.io.importing.tables import read_tables

    results = {}
    for what, path in json.loads(sys.argv[1]).items():
        started = time.perf_counter()
        try:  # as an import reads it: the file, then its headers, then its rows
            find_header(read_tables(Path(path)), ("name", "course"), "attendance sheet")
            said = None
        except FileRefused as exc:
            said = str(exc)
        results[what] = {"seconds": time.perf_counter() - started, "refused": said}
    # The high-water mark of this process's own memory: ru_maxrss would keep the parent's,
    # recorded across the exec.
    status = Path("/proc/self/status")
    if status.exists():
        peak = next(
            int(line.split()[1]) * 1024
            for line in status.read_text().splitlines() if line.startswith("VmHWM:")
        )
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"results": results, "peak": peak}))
    """
)


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _bombs(tmp_path_factory.mktemp("bombs"))


@pytest.mark.timing
def test_zip_bombs_are_refused_within_5_s_and_300_mb(bombs: dict[str, Path]) -> None:
    assert all(p.stat().st_size < 4_000_000 for p in bombs.values())  # small on disk
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps({k: str(p) for k, p in bombs.items()})],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]  # a reader that aborts the process fails here
    report = json.loads(run.stdout)
    for what, result in report["results"].items():
        assert result["refused"], f"{what} was read, not refused"
        assert result["seconds"] < 5, (what, result)
        said = result["refused"]
        assert any(w in said for w in ("Nothing was imported", "damaged", "no column")), said
    assert report["peak"] < 300 * 1024 * 1024, report


@pytest.mark.parametrize(
    ("what", "says"),
    [
        ("huge cell", "holds more than"),
        ("declared size", "unpacks to 1,000 MB, more than 250 MB"),
        ("many rows", f"rows, more than {MAX_ROWS:,}"),
        ("far cell", "rows, more than"),
        ("far cell, other order", "rows, more than"),
        ("far cell, prefixed", "rows, more than"),
        ("unnumbered cells", "columns, more than"),
        ("repeated rows", "5,000,001 rows"),
        ("repeated columns", "16,000 columns"),
        ("huge ods cell", "holds more than"),
        ("lying header", "damaged"),
    ],
)
def test_each_refusal_names_its_cause(bombs: dict[str, Path], what: str, says: str) -> None:
    path = bombs[what]
    with pytest.raises(FileRefused, match=says):
        read_tables(path)


def test_a_huge_shared_string_is_refused_but_a_large_picture_is_not(tmp_path: Path) -> None:
    strings = tmp_path / "strings.xlsx"
    _xlsx(strings, "")
    with zipfile.ZipFile(strings, "a", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/sharedStrings.xml", "<sst><si><t>" + "A" * 5_000_000 + "</t></si></sst>")
    with pytest.raises(FileRefused, match="holds more than"):
        read_tables(strings)
    picture = tmp_path / "logo.xlsx"
    _xlsx(picture, '<row r="2">' + _cell("A2", "Ana Vake") + "</row>")
    with zipfile.ZipFile(picture, "a", zipfile.ZIP_STORED) as book:
        book.writestr("xl/media/image1.png", bytes(range(256)) * 20_000)  # 5 MB, no “>” rows
    (table,) = read_tables(picture)
    assert table.rows[1] == (2, ["Ana Vake", "", "", "", ""])
