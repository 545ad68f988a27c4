"""The bulk path: stamped, audited, all or nothing, permission-checked, generic."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from asn_desktop.db.access_models import AppUser, AuditEntry
from asn_desktop.db.models import AppMeta, Employee, OrgUnit, RankHistory
from asn_desktop.services import audit, bulk
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.bulk import BulkService, BulkWriter, Subject, employee_subject
from asn_desktop.services.database import (
    AGENCY_CODE_KEY,
    CHANGE_SEQ_KEY,
    Database,
    reserve_change_seqs,
)
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import PermissionDenied

from .helpers import AHMAD, HIDAYAT, SITI, TODAY, change_seq, make_draft

DETAIL = "Impor uji"


def _units(n: int, prefix: str = "U") -> list[dict[str, Any]]:
    return [{"kode": f"{prefix}.{i:03d}", "nama": f"Unit {prefix} {i}"} for i in range(n)]


def _employee(nip: str, nama: str, **extra: Any) -> dict[str, Any]:
    return {
        "nip": nip,
        "nama": nama,
        "tanggal_lahir": date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])),
        "jenis_kelamin": "P" if nip[14] == "2" else "L",
        "status_kepegawaian": "PNS",
        "tempat_lahir": "Bandung",
        "tmt_cpns": date(int(nip[8:12]), int(nip[12:14]), 1),
        **extra,
    }


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _trail(db: Database) -> list[audit.AuditRow]:
    return AuditService(db).entries(AuditQuery(newest_first=False))


def _state(db: Database) -> tuple[int, int, int, int, str]:
    with db.reading() as session:
        head = session.scalar(select(AppMeta.value).where(AppMeta.key == audit.AUDIT_HEAD_KEY))
    return (
        _count(db, "org_unit"),
        _count(db, "employee"),
        _count(db, "audit_log"),
        change_seq(db),
        head or "",
    )


# -- stamping ------------------------------------------------------------------------------


def test_rows_are_stamped_like_a_service_write(db: Database) -> None:
    db.set_agency("DISKOMINFO", "Dinas Komunikasi dan Informatika")
    start = change_seq(db)
    rows = _units(5)
    rows[0]["uuid"] = "3f6c1e0a-8d4b-4c55-9a51-0d2f0f0e7a11"  # brought along: kept

    written = BulkService(db).run(lambda w: w.insert(OrgUnit, rows), action_detail=DETAIL)

    assert written == 5
    with db.reading() as session:
        units = session.scalars(select(OrgUnit).order_by(OrgUnit.change_seq)).all()
    assert [u.change_seq for u in units] == list(range(start + 1, start + 6))
    assert change_seq(db) == start + 5  # one reservation, the counter at the last
    assert units[0].uuid == "3f6c1e0a-8d4b-4c55-9a51-0d2f0f0e7a11"
    assert len({u.uuid for u in units}) == 5 and all(len(u.uuid) == 36 for u in units)
    for unit in units:
        assert unit.revision == 1
        assert unit.updated_by == "admin"
        assert unit.origin_agency == "DISKOMINFO"
        assert unit.deleted_at is None and unit.updated_at is not None
    # The caller reads the UUIDs back from its dicts.
    assert [r["uuid"] for r in rows] == [u.uuid for u in units]


def test_the_agency_set_in_the_run_is_the_origin_of_what_follows(db: Database) -> None:
    def fill(w: BulkWriter) -> None:
        w.set_meta(AGENCY_CODE_KEY, "BKPSDM")
        w.insert(OrgUnit, _units(2))

    BulkService(db).run(fill, action_detail=DETAIL)
    with db.reading() as session:
        assert set(session.scalars(select(OrgUnit.origin_agency))) == {"BKPSDM"}
    entry = [e for e in _trail(db) if e.entity_type == "agency"][-1]
    assert entry.action == "update"
    assert entry.changes == {"agency_code": [None, "BKPSDM"]}
    assert entry.detail == DETAIL


# -- audit ---------------------------------------------------------------------------------


def test_one_create_entry_per_row_labelled_as_the_capture_labels_it(db: Database) -> None:
    """The bulk path's entries say what the automatic capture of an ORM create says."""
    by_service = EmployeeService(db).create(make_draft(AHMAD, "Ahmad Sutisna"), today=TODAY)
    captured = _trail(db)[-1]
    start = len(_trail(db))

    def fill(w: BulkWriter) -> int:
        (emp_id,) = w.reserve_ids(Employee, 1)
        person = _employee(SITI, "Siti Rahmawati", id=emp_id)
        w.insert(Employee, [person])
        rank = {"employee_id": emp_id, "golongan_id": 31, "tmt": date(2015, 3, 1)}
        w.insert(RankHistory, [rank], subjects={emp_id: employee_subject(person)})
        return emp_id

    emp_id = BulkService(db).run(fill, action_detail=DETAIL)
    entries = _trail(db)[start:]
    assert [(e.action, e.entity_type, e.username) for e in entries] == [
        ("create", "employee", "admin"),
        ("create", "rank_history", "admin"),
    ]
    person, rank = entries
    with db.reading() as session:
        employee = session.get(Employee, emp_id)
        assert employee is not None
        assert audit.describe(employee) == (person.entity_label, employee.uuid)
        assert person.entity_uuid == employee.uuid
        ahmad = session.get(Employee, by_service)
        assert ahmad is not None
        history = session.scalars(
            select(RankHistory).where(RankHistory.employee_id == emp_id)
        ).one()
        assert rank.entity_uuid == history.uuid
        assert audit.describe(history) == (rank.entity_label, employee.uuid)
    assert person.entity_label == "Siti Rahmawati (NIP 19900220 201503 2 001)"
    assert person.detail == DETAIL
    # The same fields as the capture records for a new employee, as after-values only.
    assert set(person.changes) == set(captured.changes)
    assert all(before is None for before, _after in person.changes.values())
    assert person.changes["tanggal_lahir"] == [None, "1990-02-20"]
    assert person.changes["kedudukan_hukum"] == [None, "01"]  # a column default, too
    assert not set(person.changes) & audit._NOT_AUDITED
    assert rank.changes == {
        "golongan_id": [None, 31],
        "tmt": [None, "2015-03-01"],
        "masa_kerja_tahun": [None, 0],  # column defaults, as the capture records them
        "masa_kerja_bulan": [None, 0],
    }
    assert AuditService(db).verify() is None


def test_subjects_not_given_are_read_once_per_batch(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    emp_id = EmployeeService(db).create(make_draft(AHMAD, "Ahmad Sutisna"), today=TODAY)
    monkeypatch.setattr(bulk, "BATCH_ROWS", 4)
    ranks = [
        {"employee_id": emp_id, "golongan_id": 31 + i // 4, "tmt": date(2010 + i, 4, 1)}
        for i in range(10)
    ]
    start = len(_trail(db))
    BulkService(db).run(lambda w: w.insert(RankHistory, ranks), action_detail=DETAIL)
    entries = _trail(db)[start:]
    assert len(entries) == 10
    assert {e.entity_label for e in entries} == {"Ahmad Sutisna (NIP 19850315 201001 1 002)"}
    with db.reading() as session:
        uuid = session.scalar(select(Employee.uuid).where(Employee.id == emp_id))
    assert {e.changes["tmt"][1] for e in entries} == {f"{2010 + i}-04-01" for i in range(10)}
    assert all(e.entity_uuid for e in entries)
    with db.engine.connect() as conn:
        subjects = set(
            conn.execute(text(f"SELECT subject_uuid FROM audit_log WHERE seq > {start}")).scalars()
        )
    assert subjects == {uuid}
    assert AuditService(db).verify() is None


def test_batches_keep_the_counter_and_the_chain_whole(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BATCH_ROWS", 7)
    start = change_seq(db)

    def fill(w: BulkWriter) -> tuple[int, int]:
        w.insert(OrgUnit, _units(30, "A"))
        w.insert(OrgUnit, _units(5, "B"))
        return w.inserted["org_unit"], w.audited

    inserted, audited = BulkService(db).run(fill, action_detail=DETAIL)
    assert inserted == audited == 35
    with db.reading() as session:
        seqs = sorted(session.scalars(select(OrgUnit.change_seq)))
    assert seqs == list(range(start + 1, start + 36))
    assert change_seq(db) == max(seqs)
    assert AuditService(db).verify() is None


# -- all or nothing, permissions -------------------------------------------------------------


def test_a_failing_run_writes_nothing(db: Database) -> None:
    before = _state(db)

    def fill(w: BulkWriter) -> None:
        w.set_meta(AGENCY_CODE_KEY, "XYZ")
        w.insert(OrgUnit, _units(3))
        raise KeyboardInterrupt  # a cancel, or any error half-way

    with pytest.raises(KeyboardInterrupt):
        BulkService(db).run(fill, action_detail=DETAIL)
    assert _state(db) == before
    assert db.agency_code != "XYZ"


def test_a_viewer_is_refused_and_nothing_is_written(db_path: Path) -> None:
    viewer = open_as(db_path, "viewer")
    try:
        before = _state(viewer)
        called: list[BulkWriter] = []
        with pytest.raises(PermissionDenied, match="mengimpor data"):
            BulkService(viewer).run(called.append, action_detail=DETAIL)
        assert called == []
        assert _state(viewer) == before
    finally:
        viewer.close()


def test_an_operator_may_import(db_path: Path) -> None:
    operator = open_as(db_path, "operator")
    try:
        BulkService(operator).run(lambda w: w.insert(OrgUnit, _units(1)), action_detail=DETAIL)
        with operator.reading() as session:
            assert session.scalar(select(OrgUnit.updated_by)) == "operator"
    finally:
        operator.close()


def test_nobody_signed_in_is_refused(db: Database) -> None:
    db.sign_out()
    with pytest.raises(PermissionDenied, match="belum masuk"):
        BulkService(db).run(lambda w: w.insert(OrgUnit, _units(1)), action_detail=DETAIL)
    assert _count(db, "org_unit") == 0


# -- what the writer refuses ----------------------------------------------------------------


def test_the_writer_refuses_what_would_corrupt_the_bookkeeping(db: Database) -> None:
    kept: list[BulkWriter] = []

    def fill(w: BulkWriter) -> None:
        kept.append(w)
        with pytest.raises(TypeError, match="not an exchanged record"):
            w.insert(AppUser, [{"username": "x"}])
        with pytest.raises(TypeError, match="SELECTs only"):
            w.read(delete(OrgUnit))
        for key in (CHANGE_SEQ_KEY, audit.AUDIT_HEAD_KEY):
            with pytest.raises(ValueError, match="not set by hand"):
                w.set_meta(key, "0")
        with pytest.raises(ValueError, match="refer to no employee"):
            w.insert(RankHistory, [{"employee_id": 999, "golongan_id": 31, "tmt": TODAY}])

    BulkService(db).run(fill, action_detail=DETAIL)
    with pytest.raises(RuntimeError, match="run has ended"):
        kept[0].insert(OrgUnit, _units(1))


def test_reserved_ids_are_unused_and_refer_before_they_are_written(db: Database) -> None:
    existing = EmployeeService(db).create(make_draft(AHMAD, "Ahmad Sutisna"), today=TODAY)

    def fill(w: BulkWriter) -> list[int]:
        first = w.reserve_ids(OrgUnit, 3)
        second = w.reserve_ids(OrgUnit, 2)
        people = w.reserve_ids(Employee, 2)
        parent = first[0]
        rows = [
            {
                "id": unit_id,
                "kode": f"R.{unit_id}",
                "nama": "Unit",
                "parent_id": parent,
                "path": f"/{parent}/{unit_id}/",
            }
            for unit_id in first[1:] + second
        ]
        w.insert(OrgUnit, [{"id": parent, "kode": "R", "nama": "Induk", "path": f"/{parent}/"}])
        w.insert(OrgUnit, rows)
        w.insert(Employee, [_employee(SITI, "Siti Rahmawati", id=people[0])])
        return first + second + people

    ids = BulkService(db).run(fill, action_detail=DETAIL)
    assert ids[:5] == list(range(ids[0], ids[0] + 5))
    assert ids[5] == existing + 1
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    # The database goes on numbering after them.
    later = EmployeeService(db).create(make_draft(HIDAYAT, "Hidayat"), today=TODAY)
    assert later > ids[5]


def test_reserve_change_seqs_starts_the_counter(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(delete(AppMeta).where(AppMeta.key == CHANGE_SEQ_KEY))
    with Session(db.engine) as session, session.begin():
        assert reserve_change_seqs(session, 10) == 1
        assert reserve_change_seqs(session, 5) == 11
        with pytest.raises(ValueError):
            reserve_change_seqs(session, 0)
    assert change_seq(db) == 15


def test_subject_is_a_plain_value() -> None:
    assert Subject("A", "u") == Subject("A", "u")
    assert employee_subject({"nama": "X", "nip": "bukan-nip", "uuid": "u"}) == Subject(
        "X (NIP bukan-nip)", "u"
    )


def test_audit_entries_are_not_written_around_the_chain(db: Database) -> None:
    BulkService(db).run(lambda w: w.insert(OrgUnit, _units(3)), action_detail=DETAIL)
    with db.reading() as session:
        seqs = list(session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
    assert seqs == list(range(1, len(seqs) + 1))
    assert AuditService(db).verify() is None
