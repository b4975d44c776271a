"""`db upgrade`, `db backup`, `db restore` and `db check` on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.check import CHECKS
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.types import utcnow
from tests.cli.conftest import Run, open_store
from tests.support import store_file


def add_person(folder: Path, name: str) -> str:
    with open_store(folder) as store, store.write() as s:
        return RecordService(s).create(RecordKind.PERSON, {"full_name": name, "sex": "male"}).id


def names_in(path: Path) -> set[str]:
    conn = store_file.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT full_name FROM people")}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_reports_from_and_to(run: Run) -> None:
    head = migrate.head_revision()
    first = run("db", "upgrade")
    assert first.code == 0
    assert f"from schema none to {head}" in first.out
    again = run("db", "upgrade")
    assert again.code == 0
    assert f"already at the newest schema ({head})" in again.out


def test_backup_and_restore_round_trip(fiji: Run, folder: Path, tmp_path: Path) -> None:
    add_person(folder, "Sione Before")
    backup = tmp_path / "saved.sqlite3"
    made = fiji("db", "backup", "--output", str(backup))
    assert made.code == 0, made.err
    assert backup.is_file() and str(backup) in made.out
    add_person(folder, "Tēvita After")

    restored = fiji("db", "restore", str(backup))
    assert restored.code == 0, restored.err
    with open_store(folder) as store, store.read() as s:
        now = set(s.scalars(text("SELECT full_name FROM people")))
    assert now == {"Sione Before"}
    kept = Path(restored.out.split("kept at ")[1].strip())
    assert kept.is_file()
    assert names_in(kept) == {"Sione Before", "Tēvita After"}
    assert fiji("db", "check").code == 0


def test_backup_default_path_and_no_overwrite(fiji: Run, folder: Path, tmp_path: Path) -> None:
    made = fiji("db", "backup")
    assert made.code == 0
    written = Path(made.out.removeprefix("Backup written to ").strip())
    assert written.parent == folder / "backups" and written.is_file()
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("keep me")
    refused = fiji("db", "backup", "--output", str(taken))
    assert refused.code == 1 and "already exists" in refused.err
    assert taken.read_text() == "keep me"


def test_backup_needs_a_data_file(run: Run, folder: Path) -> None:
    result = run("db", "backup")
    assert result.code == 1 and "no data file" in result.err
    assert not (folder / "bluepacific.sqlite3").exists()


def test_restore_refuses_a_non_backup_and_changes_nothing(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    add_person(folder, "Mele Stays")
    before = digest(db_file)
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 50)
    other_db = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other_db)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    for bad in (junk, other_db, tmp_path / "missing.sqlite3"):
        result = fiji("db", "restore", str(bad))
        assert result.code == 1, bad
        assert result.err.count("\n") == 1
        assert "backup" in result.err
        assert digest(db_file) == before
    assert not list((folder / "backups").glob("*before-restore*"))
    assert names_in(db_file) == {"Mele Stays"}


def test_restore_refuses_a_backup_from_a_newer_version(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "newer.sqlite3"
    assert fiji("db", "backup", "--output", str(backup)).code == 0
    conn = store_file.connect(backup, store=db_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db_file)
    result = fiji("db", "restore", str(backup))
    assert result.code == 1 and "newer version" in result.err
    assert digest(db_file) == before


def test_check_passes_on_a_good_store(fiji: Run, folder: Path) -> None:
    add_person(folder, "Ana Good")
    result = fiji("db", "check")
    assert result.code == 0, result.out
    assert f"All {len(CHECKS)} checks passed" in result.out


def raw(db_file: Path, sql: str, *params: object) -> None:
    conn = store_file.connect(db_file)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_check_finds_an_unsynced_record_without_outbox_entry(
    fiji: Run, folder: Path, db_file: Path
) -> None:
    pid = add_person(folder, "Losa Lost")
    raw(db_file, "DELETE FROM outbox WHERE record_id = ?", pid)
    result = fiji("db", "check")
    assert result.code == 1
    assert "1 person record was never sent to the hub and has no queued change" in result.out
    assert pid in result.out
    assert "Losa" not in result.out  # ids, not names
    assert "1 problem" in result.err


def test_check_finds_an_outbox_entry_without_record(fiji: Run, folder: Path, db_file: Path) -> None:
    pid = add_person(folder, "Gone Person")
    raw(db_file, "DELETE FROM people WHERE id = ?", pid)
    result = fiji("db", "check")
    assert result.code == 1
    assert "1 queued change refers to a person that does not exist" in result.out


def test_check_finds_confirmed_record_with_pending_change(
    fiji: Run, folder: Path, db_file: Path
) -> None:
    pid = add_person(folder, "Sala Confirmed")
    raw(
        db_file,
        "UPDATE people SET confirmed_at = ?, revision = 3 WHERE id = ?",
        utcnow().replace(tzinfo=None).isoformat(" "),
        pid,
    )
    result = fiji("db", "check")
    assert result.code == 1
    assert "marked as confirmed by the hub while a change" in result.out


def test_check_finds_dangling_attendance(fiji: Run, folder: Path, db_file: Path) -> None:
    with open_store(folder) as store, store.write() as s:
        svc = RecordService(s)
        person = svc.create(RecordKind.PERSON, {"full_name": "Pita Gone", "sex": "male"})
        session = svc.create(
            RecordKind.TRAINING_SESSION,
            {
                "course_code": "HR_POLICING",
                "mode": "online",
                "start_date": "2025-01-06",
                "end_date": "2025-01-06",
                "trainer_ids": [person.id],
            },
        )
        svc.create(RecordKind.ATTENDANCE, {"session_id": session.id, "person_id": person.id})
    raw(db_file, "UPDATE people SET deleted = 1 WHERE id = ?", person.id)
    result = fiji("db", "check")
    assert result.code == 1
    assert "1 attendance row names a person who is missing or deleted" in result.out
    assert "1 training session lists a trainer who is missing or deleted" in result.out


def test_check_needs_a_data_file(run: Run) -> None:
    result = run("db", "check")
    assert result.code == 1 and "no data file" in result.err
