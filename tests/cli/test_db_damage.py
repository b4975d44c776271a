"""A damaged page and a file that does not match the models: said as findings, never a crash,
and nothing written into or backed up from the damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import StoreDamaged
from bluepacific_desktop.store import backup as backup_module
from bluepacific_desktop.store.backup import list_backups
from bluepacific_desktop.store.services import RecordService
from tests.cli.conftest import Run, open_store
from tests.io.conftest import HEADER, session_row, write
from tests.support import store_file
from tests.support.damage import damage_table


def many_people(folder: Path, n: int = 300) -> None:
    """Enough people for the table to span many pages, one of which can then be damaged."""
    with open_store(folder) as store, store.write() as s:
        svc = RecordService(s)
        for i in range(n):
            name = f"Person {i:04d} " + "x" * 60
            svc.create(RecordKind.PERSON, {"full_name": name, "sex": "male"})


def backup_files(folder: Path) -> set[Path]:
    return set((folder / "backups").glob("*.sqlite3")) if (folder / "backups").is_dir() else set()


def test_check_reports_a_damaged_page_as_a_finding(fiji: Run, folder: Path, db_file: Path) -> None:
    many_people(folder)
    damage_table(db_file)
    result = fiji("db", "check")
    assert result.code == 1, result.err
    assert "The data file is damaged" in result.out
    assert "unexpected error" not in result.err and "Traceback" not in result.err


def test_a_damaged_store_takes_no_backup_and_no_write_and_names_the_good_backup(
    fiji: Run, folder: Path, db_file: Path
) -> None:
    many_people(folder)
    made = fiji("db", "backup")
    assert made.code == 0, made.err
    good = Path(made.out.removeprefix("Backup written to ").strip())
    damage_table(db_file)
    before = db_file.read_bytes()

    refused = fiji("db", "backup")
    assert refused.code == 1
    assert "is damaged" in refused.err and str(good) in refused.err
    assert backup_files(folder) == {good}
    assert not list((folder / "backups").glob(".*.part"))

    with open_store(folder) as store:
        assert isinstance(store.read_only, StoreDamaged)
        with pytest.raises(StoreDamaged), store.write() as s:
            RecordService(s).create(RecordKind.PERSON, {"full_name": "Not Saved", "sex": "male"})
    assert db_file.read_bytes() == before

    listed = fiji("db", "backups")
    assert listed.code == 0
    line = next(x for x in listed.out.splitlines() if str(good) in x)
    assert " verified " in line and "not verified" not in line

    # The way out the message gives: restoring that backup over the damaged file.
    restored = fiji("db", "restore", str(good))
    assert restored.code == 0, restored.err
    kept = Path(restored.out.split("kept at ")[1].strip())
    conn = store_file.connect(kept)
    try:
        assert backup_module.damage_found(conn)  # the damaged file, kept for the support desk
    finally:
        conn.close()
    assert fiji("db", "check").code == 0
    with open_store(folder) as store:
        assert store.read_only is None


def test_a_read_meeting_a_damaged_page_says_so(fiji: Run, folder: Path, db_file: Path) -> None:
    many_people(folder)
    damage_table(db_file)
    # An export reads every row of the table (a count may be answered from an index alone).
    out = folder.parent / "people.csv"
    result = fiji("export", "person", "--format", "csv", "--output", str(out))
    assert result.code == 1
    assert "is damaged" in result.err and "unexpected error" not in result.err
    assert not out.exists()
    # A command that meets no damaged page still says the file is damaged, and what to do.
    status = fiji("status")
    assert status.code == 0 and "warning: " in status.err and "is damaged" in status.err


def test_a_copy_failing_the_integrity_check_is_not_kept(
    fiji: Run, folder: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many_people(folder)
    damage_table(db_file)
    real = backup_module.damage_found

    def quick_check_misses_it(conn: sqlite3.Connection, pragma: str = "quick_check") -> list[str]:
        # Damage the quick check does not see (it skips what integrity_check compares).
        return [] if pragma == "quick_check" else real(conn, pragma)

    monkeypatch.setattr(backup_module, "damage_found", quick_check_misses_it)
    result = fiji("db", "backup")
    assert result.code == 1
    assert "The backup was not kept" in result.err
    assert ".part" not in result.err.split("(")[0]
    assert backup_files(folder) == set()
    assert not [p for p in (folder / "backups").iterdir()]


def test_backups_list_which_passed_the_check(fiji: Run, folder: Path, db_file: Path) -> None:
    made = fiji("db", "backup")
    assert made.code == 0
    old = folder / "backups" / "bluepacific-manual-20240101T000000000000Z.sqlite3"
    old.write_bytes(Path(made.out.removeprefix("Backup written to ").strip()).read_bytes())
    found = {b.path.name: b.verified for b in list_backups(db_file)}
    assert found[old.name] is False
    assert sum(found.values()) == 1
    listed = fiji("db", "backups").out
    assert "not verified" in next(x for x in listed.splitlines() if old.name in x)


def drop(db_file: Path, *statements: str) -> None:
    conn = store_file.connect(db_file)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_finds_a_missing_column_and_table_and_other_commands_say_so(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    drop(db_file, "ALTER TABLE people DROP COLUMN agency", "DROP TABLE engagements")
    result = fiji("db", "check")
    assert result.code == 1
    assert "people lacks the column agency" in result.out
    assert "engagements is missing" in result.out
    for command in (
        ("export", "person", "--format", "csv", "--output", str(tmp_path / "p.csv")),
        ("status",),
    ):
        refused = fiji(*command)
        assert refused.code == 1, command
        assert "does not match this version of Blue Pacific" in refused.err
        assert "agency" in refused.err
    assert not (tmp_path / "p.csv").exists()


def test_import_commit_writes_nothing_into_a_damaged_file(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    many_people(folder)
    damage_table(db_file)
    before = db_file.read_bytes()
    sheet = write(tmp_path, "sheet.csv", [HEADER, *(session_row(f"Ana {i}") for i in range(20))])
    result = fiji("import", "attendance", str(sheet), "--commit")
    assert result.code == 1
    assert "is damaged" in result.err and "nothing can be saved" in result.err
    assert db_file.read_bytes() == before


def test_an_extra_column_is_a_finding_but_blocks_only_when_it_must_be_filled(
    fiji: Run, db_file: Path, tmp_path: Path
) -> None:
    drop(db_file, "ALTER TABLE people ADD COLUMN nickname TEXT")
    found = fiji("db", "check")
    assert found.code == 1 and "does not know: nickname" in found.out
    assert fiji("status").code == 0  # the app's own inserts leave a nullable column out
    drop(db_file, "ALTER TABLE contacts ADD COLUMN badge TEXT NOT NULL DEFAULT 'x'")
    assert fiji("status").code == 0
    conn = store_file.connect(db_file)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'nickname TEXT', 'nickname TEXT NOT NULL') "
        "WHERE name = 'people'"
    )
    conn.commit()
    conn.close()
    refused = fiji("status")
    assert refused.code == 1 and "does not know: nickname" in refused.err
