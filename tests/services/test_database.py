"""The open Database: opening, backups, restore, app_meta, checks, the change counter."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop import paths
from asn_desktop.db.backup import BACKUP_SUFFIX, verify_backup
from asn_desktop.db.errors import DatabaseMissing, NotAnAsnDatabase
from asn_desktop.db.models import AppMeta, Employee, OrgUnit, RankHistory, UnitHistory
from asn_desktop.db.schema import HEAD_REVISION
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import (
    AGENCY_CODE_KEY,
    Database,
    restore_database,
)
from asn_desktop.services.employees import EmployeeService, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.permissions import use_case

from .helpers import AHMAD, SITI, TODAY, change_seq, make_draft, row


def _employee_nips(path: Path) -> list[tuple[str, bool]]:
    """(nip, deleted) of every employee row, read without going through the program."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT nip, deleted_at IS NOT NULL FROM employee ORDER BY nip")
        return [(nip, bool(deleted)) for nip, deleted in rows]
    finally:
        conn.close()


def test_open_missing_file_without_create(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada" / "asn.sqlite"
    with pytest.raises(DatabaseMissing, match="tidak ditemukan"):
        Database.open(missing)
    assert not missing.exists()
    assert not missing.parent.exists()


def test_open_foreign_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "daftar.xlsx"
    other.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(NotAnAsnDatabase):
        Database.open(other)


def test_open_existing_database_reports_nothing_done(db: Database, db_path: Path) -> None:
    assert db.path == db_path
    assert db.where == str(db_path)
    assert (db.report.created, db.report.migrated_from, db.report.reference_loaded) == (
        False,
        None,
        False,
    )
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            HEAD_REVISION
        )


def test_backups_default_to_the_folder_under_asn_desktop_home(
    db: Database, db_path: Path, asn_home: Path
) -> None:
    assert db.backups is not None
    assert db.backups.folder == paths.backup_dir_for(db_path)
    assert db.backups.folder.is_relative_to(asn_home)


def test_backup_is_a_verified_copy(db: Database, db_path: Path) -> None:
    EmployeeService(db).create(make_draft(), today=TODAY)

    made = db.backup()

    assert made.reason == "manual"
    assert made.path.exists() and made.path.name.endswith(BACKUP_SUFFIX)
    assert made.path.parent == paths.backup_dir_for(db_path)
    assert verify_backup(made.path) == HEAD_REVISION
    assert _employee_nips(made.path) == [(AHMAD, False)]
    assert db.backups is not None and db.backups.list()[0].path == made.path


def test_daily_backup_once_a_day(db: Database) -> None:
    first = db.daily_backup_if_due()

    assert first is not None and first.reason == "daily"
    assert first.path.exists()
    assert db.daily_backup_if_due() is None
    assert db.backups is not None
    assert [b.reason for b in db.backups.list()] == ["daily"]


def test_manual_backup_does_not_count_as_daily(db: Database) -> None:
    db.backup()
    assert db.daily_backup_if_due() is not None


def test_restore_round_trip(db: Database, db_path: Path) -> None:
    employees = EmployeeService(db)
    ahmad = employees.create(make_draft(), today=TODAY)
    saved = db.backup()
    # Work after the backup that the restore must undo.
    employees.delete(ahmad, expected_revision=1)
    employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    db.close()

    safety = restore_database(db_path, saved.path)

    assert safety.reason == "pre-restore"
    assert safety.path.parent == paths.backup_dir_for(db_path)
    assert verify_backup(safety.path) == HEAD_REVISION
    assert _employee_nips(safety.path) == [(AHMAD, True), (SITI, False)]
    assert saved.path.exists()  # the backup itself is kept

    reopened = open_as(db_path)
    try:
        service = EmployeeService(reopened)
        assert service.get(ahmad).draft.nama == "Ahmad Sutisna"
        assert service.find_by_nip(SITI) is None
        assert service.count() == 1
        assert reopened.check().problems == []
        # Writing continues from the restored counter.
        assert change_seq(reopened) == 1
        service.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
        assert change_seq(reopened) == 2
    finally:
        reopened.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    EmployeeService(db).create(make_draft(), today=TODAY)
    db.close()
    bogus = tmp_path / "aplikasi-lain.sqlite"  # a SQLite file of another program
    conn = sqlite3.connect(bogus)
    conn.execute("CREATE TABLE employee (nip TEXT, deleted_at TEXT)")
    conn.close()
    before = _employee_nips(db_path)

    with pytest.raises(NotAnAsnDatabase):
        restore_database(db_path, bogus)

    assert _employee_nips(db_path) == before
    folder = paths.backup_dir_for(db_path)
    assert not folder.exists() or not any(folder.iterdir())  # no safety copy either


def test_restore_with_explicit_backup_dir(db: Database, db_path: Path, tmp_path: Path) -> None:
    saved = db.backup()
    db.close()
    folder = tmp_path / "elsewhere"
    safety = restore_database(db_path, saved.path, backup_dir=folder)
    assert safety.path.parent == folder


def test_meta_and_set_meta(db: Database) -> None:
    assert db.meta("tidak_ada") == ""
    assert db.meta("tidak_ada", "bawaan") == "bawaan"
    assert db.agency_code == ""

    db.set_meta(AGENCY_CODE_KEY, "3273-DISKOMINFO")
    db.set_meta("agency_name", "Dinas Komunikasi dan Informatika")
    assert db.agency_code == "3273-DISKOMINFO"
    assert db.meta("agency_name") == "Dinas Komunikasi dan Informatika"

    db.set_meta(AGENCY_CODE_KEY, "3273-BKPSDM")  # overwrite, not a second row
    assert db.meta(AGENCY_CODE_KEY) == "3273-BKPSDM"
    with db.reading() as session:
        assert session.get(AppMeta, AGENCY_CODE_KEY) is not None


class _HalfWrite:
    """A use case that writes, flushes, then fails."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.EDIT)
    def run(self) -> None:
        with self.db.unit_of_work() as session:
            session.add(AppMeta(key="setengah", value="jadi"))
            session.flush()
            raise RuntimeError("gagal")


def test_unit_of_work_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError, match="gagal"):
        _HalfWrite(db).run()
    assert db.meta("setengah", "tidak ada") == "tidak ada"


def test_unit_of_work_outside_a_declared_use_case_is_refused(db: Database) -> None:
    with pytest.raises(RuntimeError, match="outside a declared use case"), db.unit_of_work():
        pass


def test_check_on_healthy_database(db: Database) -> None:
    assert db.check().problems == []


def test_change_seq_strictly_increases_across_use_cases(db: Database) -> None:
    org = OrgUnitService(db)
    employees = EmployeeService(db)
    seen: list[int] = []

    def note(model: type, row_id: int) -> None:
        # The row a use case wrote carries a number newer than any before it; a use case
        # may stamp more rows after it (a history entry also changes the employee row).
        value = row(db, model, row_id).change_seq
        assert (seen[-1] if seen else 0) < value <= change_seq(db)
        seen.append(value)

    assert change_seq(db) == 0
    unit = org.create("DINAS", "Dinas Komunikasi dan Informatika")
    note(OrgUnit, unit)
    ahmad = employees.create(make_draft(), today=TODAY)
    note(Employee, ahmad)
    rank = employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/2010"))
    note(RankHistory, rank)
    placement = employees.add_unit(ahmad, UnitEntry(unit, date(2010, 1, 1), "862/2010"))
    note(UnitHistory, placement)
    record = employees.get(ahmad)
    employees.update(
        ahmad,
        make_draft(telepon="022-4234567"),
        expected_revision=record.revision,
        today=TODAY,
    )
    note(Employee, ahmad)
    employees.remove_history("pangkat", rank)
    note(RankHistory, rank)
    employees.delete(ahmad, expected_revision=employees.get(ahmad).revision)
    note(Employee, ahmad)
    siti = employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    note(Employee, siti)

    assert seen == sorted(set(seen))
    # The last use case holds the newest number of the whole database.
    assert change_seq(db) == seen[-1]


def test_a_use_case_takes_the_write_lock_up_front(db: Database) -> None:
    """Writes BEGIN IMMEDIATE (a competing writer waits), reads a plain BEGIN."""
    from sqlalchemy import event, text

    statements: list[str] = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_rest: statements.append(statement),
    )
    OrgUnitService(db).create("DINAS", "Dinas Uji")
    first_write = next(
        i for i, sql in enumerate(statements) if sql.startswith(("INSERT", "UPDATE"))
    )
    begins = [sql for sql in statements[:first_write] if sql.startswith("BEGIN")]
    # The permission check reads (BEGIN), then the use case's transaction writes.
    assert begins[-1] == "BEGIN IMMEDIATE"
    statements.clear()
    with db.reading() as session:
        session.execute(text("SELECT 1"))
    assert statements[0] == "BEGIN"


def test_the_counter_and_the_chain_head_cannot_be_set_by_hand(db: Database) -> None:
    from asn_desktop.services.audit import AUDIT_HEAD_KEY, AuditService
    from asn_desktop.services.database import CHANGE_SEQ_KEY

    for key in (CHANGE_SEQ_KEY, AUDIT_HEAD_KEY):
        with pytest.raises(ValueError, match="kept by the write path"):
            db.set_meta(key, "0")
    assert AuditService(db).verify() is None
