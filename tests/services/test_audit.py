"""The audit trail: what each write records, and tampering by hand that it detects."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, RankEntry
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import OrgUnitService

from .helpers import AHMAD, TODAY, make_draft


def _trail(db: Database) -> list:
    return AuditService(db).entries(AuditQuery(newest_first=False))


def _write_some(db: Database) -> int:
    """Six changes by admin: a unit, an employee created, edited, a rank, deleted."""
    units = OrgUnitService(db)
    unit = units.create("BID-TI", "Bidang TI")
    units.rename(unit, "Bidang Teknologi Informasi", expected_revision=1)
    service = EmployeeService(db)
    employee_id = service.create(make_draft(), today=TODAY)
    record = service.get(employee_id)
    service.update(
        employee_id,
        dataclasses.replace(record.draft, email="ahmad@bandung.go.id"),
        expected_revision=record.revision,
        today=TODAY,
    )
    service.add_rank(
        employee_id, RankEntry(golongan_id=31, tmt=TODAY.replace(year=2015), sk_nomor="SK/9")
    )
    return employee_id


def test_each_write_records_who_what_and_before_after(db: Database) -> None:
    start = len(_trail(db))
    employee_id = _write_some(db)
    entries = _trail(db)[start:]
    summary = [(e.username, e.action, e.entity_type) for e in entries]
    assert summary == [
        ("admin", "create", "org_unit"),
        ("admin", "update", "org_unit"),
        ("admin", "create", "employee"),
        ("admin", "update", "employee"),
        ("admin", "create", "rank_history"),
        ("admin", "update", "employee"),  # the current golongan copied onto the employee
    ]
    assert entries[1].changes == {"nama": ["Bidang TI", "Bidang Teknologi Informasi"]}
    assert entries[3].changes == {"email": ["", "ahmad@bandung.go.id"]}
    assert entries[2].changes["nip"] == [None, AHMAD]
    employee_uuid = EmployeeService(db).get(employee_id).uuid
    assert {e.entity_uuid for e in entries[2:4]} == {employee_uuid}
    # The rank history is about the same person (the dossier finds it).
    assert entries[4].entity_uuid != employee_uuid
    assert (
        AuditService(db).entries(AuditQuery(subject_uuid=employee_uuid))[-1].seq == entries[2].seq
    )
    assert AuditService(db).verify() is None


def test_delete_is_recorded_as_delete(db: Database) -> None:
    service = EmployeeService(db)
    employee_id = service.create(make_draft(), today=TODAY)
    service.delete(employee_id, expected_revision=1)
    last = _trail(db)[-1]
    assert (last.action, last.entity_type) == ("delete", "employee")


def test_a_refused_write_records_nothing(db: Database) -> None:
    before = len(_trail(db))
    with pytest.raises(ValidationFailed):
        EmployeeService(db).create(make_draft(nama=""), today=TODAY)
    assert len(_trail(db)) == before


def test_saving_unchanged_values_records_nothing(db: Database) -> None:
    service = EmployeeService(db)
    employee_id = service.create(make_draft(), today=TODAY)
    before = len(_trail(db))
    record = service.get(employee_id)
    service.update(employee_id, record.draft, expected_revision=record.revision, today=TODAY)
    assert len(_trail(db)) == before


# -- tampering by hand -------------------------------------------------------------------


@pytest.fixture
def sealed(db_path: Path) -> Path:
    """A file with a trail of at least eight entries, closed."""
    db = open_as(db_path)
    try:
        _write_some(db)
        assert len(_trail(db)) >= 8
        assert AuditService(db).verify() is None
    finally:
        db.close()
    return db_path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _verdict(path: Path) -> tuple[int, str, str]:
    db = open_as(path)
    try:
        found = AuditService(db).verify()
    finally:
        db.close()
    assert found is not None, "the tampering went unnoticed"
    return found.seq, found.kind, found.message


def test_an_edited_entry_is_named(sealed: Path) -> None:
    _sql(sealed, "UPDATE audit_log SET username = 'orang-lain' WHERE seq = 6")
    assert _verdict(sealed)[:2] == (6, "edited")


def test_an_edited_change_value_is_named(sealed: Path) -> None:
    _sql(sealed, "UPDATE audit_log SET changes = replace(changes, 'ahmad@', 'budi@') WHERE seq = 7")
    seq, kind, message = _verdict(sealed)
    assert (seq, kind) == (7, "edited") and "#7" in message


def test_a_deleted_entry_is_named(sealed: Path) -> None:
    _sql(sealed, "DELETE FROM audit_log WHERE seq = 5")
    seq, kind, message = _verdict(sealed)
    assert (seq, kind) == (5, "deleted") and "#5" in message


def test_an_inserted_entry_is_named(sealed: Path) -> None:
    # Renumber the newer entries and slip a forged one in at #4 with a self-consistent hash.
    from datetime import UTC, datetime

    from asn_desktop.domain.jejak_audit import canonical_content, entry_hash

    conn = sqlite3.connect(sealed)
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq = 3").fetchone()[0]
    content = canonical_content(
        at=datetime(2026, 1, 1, tzinfo=UTC),
        username="penyusup",
        action="update",
        entity_type="employee",
        entity_uuid="",
        subject_uuid="",
        entity_label="",
        changes="{}",
        detail="",
    )
    forged = entry_hash(prev, content)
    conn.execute("UPDATE audit_log SET seq = -seq WHERE seq >= 4")
    conn.execute("UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0")
    conn.execute(
        "INSERT INTO audit_log (seq, at, username, action, entity_type, entity_uuid, "
        "subject_uuid, entity_label, changes, detail, prev_hash, hash) VALUES "
        "(4, '2026-01-01 00:00:00.000000', 'penyusup', 'update', 'employee', '', '', '', "
        f"'{{}}', '', '{prev}', '{forged}')"
    )
    conn.commit()
    conn.close()
    seq, kind, _message = _verdict(sealed)
    assert (seq, kind) == (4, "inserted")


def test_two_swapped_entries_are_named(sealed: Path) -> None:
    columns = (
        "at, username, action, entity_type, entity_uuid, subject_uuid, entity_label, changes, "
        "detail, prev_hash, hash"
    )
    _sql(
        sealed,
        f"CREATE TEMP TABLE a AS SELECT {columns} FROM audit_log WHERE seq = 5",
        f"CREATE TEMP TABLE b AS SELECT {columns} FROM audit_log WHERE seq = 6",
        "UPDATE audit_log SET (" + columns + f") = (SELECT {columns} FROM b) WHERE seq = 5",
        "UPDATE audit_log SET (" + columns + f") = (SELECT {columns} FROM a) WHERE seq = 6",
    )
    seq, kind, message = _verdict(sealed)
    assert (seq, kind) == (5, "reordered") and "#6" in message


def test_the_newest_entries_removed_are_named(sealed: Path) -> None:
    conn = sqlite3.connect(sealed)
    (last,) = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    conn.close()
    _sql(sealed, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    seq, kind, _message = _verdict(sealed)
    assert (seq, kind) == (last - 1, "truncated")


def test_an_untouched_trail_verifies(sealed: Path) -> None:
    db = open_as(sealed)
    try:
        assert AuditService(db).verify() is None
    finally:
        db.close()
