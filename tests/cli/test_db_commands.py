"""`asn-desktop db ...`: init, upgrade, check, backup, restore, and the refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from accounts import add_test_users, open_as

from asn_desktop import paths
from asn_desktop.db import engine as engine_module
from asn_desktop.db import schema
from asn_desktop.db.engine import make_engine
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService

from .conftest import Run
from .helpers import BUDI, PEOPLE, add_person, populate


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_then_accepts_empty_and_refuses_filled(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "baru" / "asn.sqlite"
    result = run(
        "db", "init", "--db", target, "--agency-code", "diskominfo",
        "--agency-name", "Dinas  Komunikasi dan Informatika", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["created"] is True
    assert data["schema"] == schema.HEAD_REVISION
    assert (data["agency_code"], data["agency_name"]) == (
        "DISKOMINFO",
        "Dinas Komunikasi dan Informatika",
    )
    again = run("db", "init", "--db", target)
    assert again.code == 0
    assert "sudah ada dan masih kosong" in again.out

    db = Database.open(target)
    try:
        add_test_users(db)
        db.assume_user("admin")
        add_person(db, PEOPLE[0], {"SEKSI-JAR": _unit(db)})
    finally:
        db.close()
    before = _sha(target)
    refused = run("db", "init", "--db", target)
    assert refused.code == 1
    assert "sudah ada dan berisi 1 pegawai" in refused.reason
    assert _sha(target) == before


def _unit(db: Database) -> int:
    from asn_desktop.services.org_units import OrgUnitService

    return OrgUnitService(db).create("DINAS", "Dinas")


def test_backup_delete_restore_round_trip(run: Run, db_file: Path) -> None:
    ids = populate(db_file)
    check = run("db", "check", "--db", db_file)
    assert check.code == 0 and "tidak ada masalah" in check.out

    made = run("db", "backup", "--db", db_file, "--json")
    assert made.code == 0, made.err
    backup = Path(made.json()["backup"])
    assert backup.parent == paths.backup_dir_for(db_file)
    assert backup.is_file()

    db = open_as(db_file)
    try:
        service = EmployeeService(db)
        service.delete(ids[BUDI], expected_revision=service.get(ids[BUDI]).revision)
    finally:
        db.close()
    listed = run("employees", "list", "--db", db_file, "--json")
    assert BUDI not in [r["nip"] for r in listed.json()]

    restored = run("db", "restore", "--db", db_file, "--from", backup)
    assert restored.code == 0, restored.err
    safety = Path(restored.out.splitlines()[-1].split(": ", 1)[1])
    assert safety.is_file() and "pre-restore" in safety.name
    listed = run("employees", "list", "--db", db_file, "--json")
    assert BUDI in [r["nip"] for r in listed.json()]


def test_backup_to_chosen_file_refuses_to_overwrite(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "salinan.sqlite"
    result = run("db", "backup", "--db", db_file, "--out", out)
    assert result.code == 0, result.err
    assert str(out) in result.out
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    again = run("db", "backup", "--db", db_file, "--out", out)
    assert again.code == 1
    assert "sudah ada" in again.reason


def test_restore_refuses_a_file_that_is_not_a_backup(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "bukan.sqlite"
    junk.write_text("bukan cadangan")
    before = _sha(db_file)
    result = run("db", "restore", "--db", db_file, "--from", junk)
    assert result.code == 1
    assert "bukan berkas basis data SQLite" in result.reason
    assert _sha(db_file) == before


def test_upgrade_on_a_current_database_does_nothing(run: Run, db_file: Path) -> None:
    result = run("db", "upgrade", "--db", db_file)
    assert result.code == 0, result.err
    assert "sudah terbaru" in result.out and "tidak ada yang diubah" in result.out
    data = run("db", "upgrade", "--db", db_file, "--json").json()
    assert data["upgraded"] is False and data["backup"] is None
    assert data["to"] == schema.HEAD_REVISION


def test_upgrade_from_an_older_revision_reports_and_backs_up(run: Run, tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite"
    engine = make_engine(old)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    engine.dispose()
    result = run("db", "upgrade", "--db", old, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["upgraded"] is True
    assert (data["from"], data["to"]) == (schema.SCHEMA_REVISIONS[0], schema.HEAD_REVISION)
    assert Path(data["backup"]).is_file()
    assert Path(data["backup"]).parent == paths.backup_dir_for(old)


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback-journal"])
def test_newer_schema_is_refused_and_file_untouched(run: Run, db_file: Path, wal: bool) -> None:
    if wal:
        Database.open(db_file).close()  # as after normal use
    _set_revision(db_file, "9999_future")
    before = _sha(db_file)
    for command in (["db", "upgrade"], ["employees", "list"], ["db", "backup"]):
        result = run(*command, "--db", db_file)
        assert result.code == 1, command
        assert result.out == ""
        assert "lebih baru" in result.reason and "9999_future" in result.reason
    assert _sha(db_file) == before


def test_non_database_file_is_refused(run: Run, tmp_path: Path) -> None:
    notes = tmp_path / "catatan.sqlite"
    notes.write_text("ini catatan, bukan basis data\n" * 20)
    before = _sha(notes)
    for command in (["db", "check"], ["db", "init"], ["employees", "list", "--json"]):
        result = run(*command, "--db", notes)
        assert result.code == 1, command
        assert "bukan berkas basis data SQLite" in result.reason
    assert _sha(notes) == before


def test_missing_database_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("db", "check", "--db", tmp_path / "tidak-ada.sqlite", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "tidak ditemukan" in result.reason


def test_locked_database_gives_one_line(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run("db", "backup", "--db", db_file)
    finally:
        holder.close()
    assert result.code == 1
    assert "dikunci" in result.reason


def test_check_reports_each_problem_and_exits_1(run: Run, db_file: Path) -> None:
    populate(db_file)
    conn = sqlite3.connect(db_file)  # foreign keys are off in a plain sqlite3 connection
    with conn:
        conn.execute("UPDATE employee SET unit_id = 999 WHERE nip = ?", (BUDI,))
    conn.close()
    result = run("db", "check", "--db", db_file)
    assert result.code == 1
    assert "employee" in result.out and "org_unit" in result.out
    assert "1 masalah" in result.reason
    data = run("db", "check", "--db", db_file, "--json")
    assert data.code == 1
    assert data.json()["ok"] is False and len(data.json()["problems"]) == 1


def test_unreachable_postgres_is_one_line_without_password(run: Run) -> None:
    pytest.importorskip("psycopg")
    url = "postgresql+psycopg://clerk:rahasia@127.0.0.1:1/asn"
    result = run("employees", "list", "--db", url)
    assert result.code == 1
    assert "tidak bisa dihubungi" in result.reason
    assert "rahasia" not in result.err


def test_check_names_an_audit_row_edited_by_hand(run: Run, db_file: Path) -> None:
    """The issue's 'done when': a row edited with sqlite3 is reported by db check."""
    import sqlite3

    populate(db_file)
    healthy = run("db", "check", "--db", db_file)
    assert healthy.code == 0 and "rantai jejak audit" in healthy.out
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE audit_log SET username = 'bukan-saya' WHERE seq = 7")
    conn.commit()
    conn.close()
    broken = run("db", "check", "--db", db_file)
    assert broken.code == 1
    assert "Catatan audit #7 diubah di luar program" in broken.out
    data = run("db", "check", "--db", db_file, "--json").json()
    assert data["ok"] is False and any("#7" in p for p in data["problems"])
