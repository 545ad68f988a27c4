"""The demo writes like any client of the services: accounts, audit trail, change counter."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.db.backup import copy_database
from asn_desktop.demo import generate_demo
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services.users import DEMO_PASSWORDS, UserService

from .conftest import MakeDb, rows, scalar

TODAY = date(2026, 11, 27)
EXCHANGED = ("org_unit", "employee", "rank_history", "position_history", "unit_history")
# Written by the same run (asn_desktop.demo.appraisals; test_appraisals_demo checks them).
APPRAISAL = ("capaian_organisasi", "skp", "skp_rhk", "skp_indikator", "skp_perilaku",
             "evaluasi", "evaluasi_rhk", "evaluasi_indikator", "evaluasi_perilaku",
             "evaluasi_versi")  # fmt: skip
# And the competency data (asn_desktop.demo.trainings and .competency; test_demo_competency).
COMPETENCY = ("pelatihan", "peserta_pelatihan", "tugas_belajar", "anggaran_pelatihan",
              "kompetensi_teknis", "standar_kompetensi", "asesmen", "asesmen_nilai",
              "skm")  # fmt: skip
WRITTEN = EXCHANGED + APPRAISAL + COMPETENCY
DETAIL = "Data demo (seed 3)"


def test_one_audit_entry_per_created_record_and_the_chain_verifies(make_db: MakeDb) -> None:
    db = make_db()
    before = scalar(db, "SELECT count(*) FROM audit_log")
    summary = generate_demo(db, employees=120, seed=3, today=TODAY)

    created = Counter(
        dict(rows(db, "SELECT entity_type, count(*) FROM audit_log WHERE action = 'create' "
                      f"AND detail = '{DETAIL}' GROUP BY 1"))
    )  # fmt: skip
    assert created == {t: scalar(db, f"SELECT count(*) FROM {t}") for t in WRITTEN}
    assert summary.audit_entries == scalar(db, "SELECT count(*) FROM audit_log") - before
    # Each record once, under its own UUID; the two agency facts besides.
    for table in EXCHANGED:
        missing = scalar(
            db,
            f"""SELECT count(*) FROM {table} t WHERE (SELECT count(*) FROM audit_log a
                WHERE a.entity_uuid = t.uuid AND a.action = 'create') != 1""",
        )
        assert missing == 0, table
    agency = "SELECT entity_label, changes FROM audit_log WHERE entity_type = 'agency'"
    assert sorted(rows(db, agency)) == [
        ("Kode instansi", '{"agency_code":[null,"DISKOMINFO"]}'),
        ("Nama instansi", '{"agency_name":[null,"Dinas Komunikasi dan Informatika Kota Bandung"]}'),
    ]
    # Histories are about their employee, by name and NIP, as the dossier expects.
    wrong_subject = scalar(
        db,
        """SELECT count(*) FROM rank_history r JOIN employee e ON e.id = r.employee_id
           JOIN audit_log a ON a.entity_uuid = r.uuid
           WHERE a.subject_uuid != e.uuid OR a.entity_label NOT LIKE e.nama || ' (NIP %'""",
    )
    assert wrong_subject == 0
    assert scalar(db, "SELECT count(*) FROM audit_log WHERE changes LIKE '%change_seq%'") == 0
    assert AuditService(db).verify() is None


def test_the_change_counter_is_the_highest_change_seq(make_db: MakeDb) -> None:
    db = make_db()
    generate_demo(db, employees=40, today=TODAY)
    union = " UNION ALL ".join(f"SELECT change_seq FROM {t}" for t in WRITTEN)
    seqs = [r[0] for r in rows(db, union)]
    counter = scalar(db, "SELECT value FROM app_meta WHERE key = 'change_seq'")
    assert int(counter) == max(seqs)
    assert len(set(seqs)) == len(seqs) and min(seqs) >= 1


def test_a_database_without_accounts_gets_the_demo_accounts(
    bare_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    copy_database(bare_template, path)
    db = Database.open(path)
    try:
        assert not db.has_users()
        generate_demo(db, employees=15, today=TODAY)
        assert db.user is not None and db.user.username == "admin"
        users = UserService(db)
        assert [(u.username, u.role.value) for u in users.accounts()] == [
            ("admin", "admin"),
            ("operator", "operator"),
            ("viewer", "viewer"),
        ]
        assert {r[0] for r in rows(db, "SELECT DISTINCT updated_by FROM employee")} == {"admin"}
        signed = users.sign_in("operator", DEMO_PASSWORDS["operator"])
        assert not signed.must_change_password
        assert AuditService(db).verify() is None
    finally:
        db.close()


def test_written_as_the_signed_in_user_who_must_be_allowed_to_import(make_db: MakeDb) -> None:
    viewer = make_db("viewer")
    before = scalar(viewer, "SELECT count(*) FROM audit_log")
    with pytest.raises(PermissionDenied, match="mengimpor"):
        generate_demo(viewer, employees=10, today=TODAY)
    assert scalar(viewer, "SELECT count(*) FROM employee") == 0
    assert scalar(viewer, "SELECT count(*) FROM org_unit") == 0
    assert scalar(viewer, "SELECT count(*) FROM audit_log") == before

    operator = make_db("operator")
    generate_demo(operator, employees=10, today=TODAY)
    assert rows(operator, "SELECT DISTINCT updated_by FROM employee") == [("operator",)]
    assert rows(
        operator, "SELECT DISTINCT username FROM audit_log WHERE detail LIKE 'Data demo%'"
    ) == [("operator",)]


def test_bad_agency_codes_are_refused_before_anything_is_written(make_db: MakeDb) -> None:
    db = make_db()
    with pytest.raises(ValueError, match="wajib"):
        generate_demo(db, employees=5, agency_code="  ")
    with pytest.raises(ValueError, match="tidak sah"):
        generate_demo(db, employees=5, agency_code="dinas kota!")
    assert scalar(db, "SELECT count(*) FROM org_unit") == 0


def test_another_agency_gets_a_generic_profile(make_db: MakeDb) -> None:
    db = make_db()
    generate_demo(db, employees=30, agency_code="bkd-x", today=TODAY)
    assert db.agency_code == "BKD-X"
    assert scalar(db, "SELECT nama FROM org_unit WHERE parent_id IS NULL") == (
        "Perangkat Daerah BKD-X Kota Bandung"
    )
    assert rows(db, "SELECT DISTINCT origin_agency FROM employee") == [("BKD-X",)]
