"""services.backups: the backups as the restore dialog lists them, and the restore's entry."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn_desktop.db.backup import VERIFIED_MARK
from asn_desktop.db.schema import HEAD_REVISION
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.backups import (
    OTHER_FILE_LABEL,
    BackupInfo,
    check_backup,
    describe_file,
    list_backups,
    note_restore,
)
from asn_desktop.services.database import Database, restore_database
from asn_desktop.services.employees import EmployeeService

START = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
REASONS = ("daily", "pre-migration", "pre-restore", "pre-import", "manual")
LABELS = {
    "daily": "harian",
    "pre-migration": "sebelum pembaruan skema",
    "pre-restore": "sebelum pemulihan",
    "pre-import": "sebelum impor",
    "manual": "manual",
}


def make_backups(db: Database) -> list[Path]:
    """One backup of every kind, an hour apart, oldest first (daily)."""
    assert db.path is not None and db.backups is not None
    return [
        db.backups.create(db.path, reason, now=START + timedelta(hours=n)).path
        for n, reason in enumerate(REASONS)
    ]


def unmarked(path: Path) -> Path:
    """The same backup as one made before backups were verified (no mark in its name)."""
    plain = path.with_name(path.name.replace(VERIFIED_MARK, ""))
    path.rename(plain)
    return plain


def damage_a_page(path: Path, table: str = "org_unit") -> None:
    """Overwrite the root page of `table`: the file still opens and counts its employees,
    only a full integrity check notices."""
    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_lists_every_backup_newest_first_with_its_facts(register_db: Database) -> None:
    made = make_backups(register_db)
    employees = EmployeeService(register_db).count()
    assert employees > 0

    listed = list_backups(register_db)

    assert [b.path for b in listed] == list(reversed(made))
    assert [b.reason_label for b in listed] == [LABELS[r] for r in reversed(REASONS)]
    for info, reason, n in zip(listed, reversed(REASONS), range(4, -1, -1), strict=True):
        assert info.reason == reason
        assert info.created == START + timedelta(hours=n)
        assert info.created.tzinfo is not None
        assert info.size == info.path.stat().st_size > 0
        assert info.employees == employees
        assert info.schema_revision == HEAD_REVISION
        assert info.verified and info.verified_when_made and info.restorable
        assert not info.pending and info.problem == ""
    assert listed[0].name == made[-1].name


def test_looking_at_backups_never_writes_to_them(register_db: Database) -> None:
    made = make_backups(register_db)
    before = {p: (digest(p), p.stat().st_mtime_ns) for p in made}
    folder = made[0].parent
    names = sorted(p.name for p in folder.iterdir())

    list_backups(register_db)
    for info in list_backups(register_db, full_checks=False):
        check_backup(info)

    assert {p: (digest(p), p.stat().st_mtime_ns) for p in made} == before
    assert sorted(p.name for p in folder.iterdir()) == names  # no journal, wal or shm left


def test_a_backup_not_verified_when_made_is_checked_fully(register_db: Database) -> None:
    plain = unmarked(make_backups(register_db)[-1])

    quick = [b for b in list_backups(register_db, full_checks=False) if b.path == plain]
    assert len(quick) == 1
    assert quick[0].pending and not quick[0].verified and not quick[0].restorable
    assert quick[0].employees == EmployeeService(register_db).count()  # the facts are there

    checked = check_backup(quick[0])
    assert checked.verified and checked.fully_checked and checked.restorable
    assert not checked.pending
    assert (checked.reason, checked.created) == (quick[0].reason, quick[0].created)

    full = [b for b in list_backups(register_db) if b.path == plain]
    assert full[0].verified and full[0].fully_checked


def test_a_damaged_page_fails_the_full_check(register_db: Database) -> None:
    backups = make_backups(register_db)
    plain = unmarked(backups[-1])
    damage_a_page(plain)
    marked = backups[-2]
    damage_a_page(marked)

    listed = {b.path: b for b in list_backups(register_db)}

    assert not listed[plain].verified and not listed[plain].restorable
    assert listed[plain].problem.startswith(plain.name)
    # Verified when made, and its header and register still read: only the full check
    # (which the dialog runs before it asks) finds the damage.
    assert listed[marked].verified and not listed[marked].fully_checked
    rechecked = check_backup(listed[marked])
    assert not rechecked.verified and not rechecked.restorable
    assert rechecked.problem.startswith(marked.name)


def test_a_truncated_or_foreign_file_is_not_restorable(register_db: Database) -> None:
    newest = make_backups(register_db)[-1]
    data = newest.read_bytes()
    newest.write_bytes(data[: len(data) // 2])

    info = list_backups(register_db)[0]
    assert info.path == newest
    assert not info.verified and not info.restorable
    assert info.employees is None and info.problem

    other = newest.parent / "catatan.sqlite"
    other.write_bytes(b"bukan basis data " * 100)
    foreign = describe_file(other)
    assert foreign.reason == "" and foreign.reason_label == OTHER_FILE_LABEL
    assert not foreign.verified and "bukan berkas basis data SQLite" in foreign.problem


def test_a_file_elsewhere_is_fully_checked(register_db: Database, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "salinan.sqlite"
    copy.parent.mkdir()
    copy.write_bytes(make_backups(register_db)[-1].read_bytes())
    info = describe_file(copy)
    assert info.verified and info.fully_checked and info.restorable
    assert info.reason_label == OTHER_FILE_LABEL
    assert info.created.tzinfo is not None

    # Named like a backup: keeps its date and reason.
    newest = list_backups(register_db)[0]
    assert describe_file(newest.path).reason_label == "manual"
    assert describe_file(newest.path).created == newest.created


def test_note_restore_records_in_the_restored_database(register_db: Database) -> None:
    assert register_db.path is not None and register_db.backups is not None
    database, folder = register_db.path, register_db.backups.folder
    make_backups(register_db)
    chosen: BackupInfo = list_backups(register_db)[-1]  # the oldest (daily)
    register_db.close()

    safety = restore_database(database, chosen.path, backup_dir=folder)
    # The RESTORE check was made against the database before it was replaced; the restored
    # one is told who did it even if it has no such account.
    assert note_restore(database, "admin", chosen, safety=safety.path, backup_dir=folder) == ""

    restored = Database.open(database, backup_dir=folder)
    try:
        entries = AuditService(restored).entries(AuditQuery(action="restore_backup"))
        assert [(e.username, e.entity_label) for e in entries] == [("admin", chosen.name)]
        assert safety.path.name in entries[0].detail
        assert AuditService(restored).verify() is None
    finally:
        restored.close()
