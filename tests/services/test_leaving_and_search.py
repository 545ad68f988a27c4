"""Leaving the agency (kept, not deleted), the active/nonactive filter, deletion with a
reason, and searching the name as the register prints it (titles included)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import select

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.services.database import Database
from asn_desktop.services.employees import (
    EmployeeQuery,
    EmployeeService,
    LeavingEntry,
    masa_kerja_text,
    usia_text,
)
from asn_desktop.services.errors import PermissionDenied, StaleRecord, ValidationFailed

from .helpers import TODAY, Register, make_draft

PENSIUN = LeavingEntry("pensiun", date(2026, 4, 1), "Mencapai BUP", "800/PENS/2026")


def _search(db: Database, **query: Any) -> list[int]:
    return EmployeeService(db).search_ids(EmployeeQuery(**query))


def _revision(db: Database, employee_id: int) -> int:
    return EmployeeService(db).get(employee_id).revision


def test_a_retirement_keeps_the_person_under_nonaktif(
    register_db: Database, register: Register
) -> None:
    employees = EmployeeService(register_db)
    siti = register.people["siti"]
    before = employees.count()
    employees.record_leaving(siti, PENSIUN, expected_revision=_revision(register_db, siti))

    assert siti not in _search(register_db)
    assert _search(register_db, keadaan="nonaktif") == [siti]
    assert siti in _search(register_db, keadaan="semua")
    assert employees.count() == before - 1
    record = employees.get(siti)
    assert (record.keluar, record.keluar_tanggal) == ("pensiun", date(2026, 4, 1))
    assert record.keluar_jenis_label == "Pensiun"
    assert record.draft.kedudukan_hukum == "99"
    row = employees.rows([siti])[siti]
    assert (row.keluar, row.kedudukan_hukum, row.kedudukan_hukum_nama) == (
        "pensiun",
        "99",
        "Pensiun",
    )


def test_a_transfer_out_keeps_the_kedudukan_and_needs_the_destination(
    register_db: Database, register: Register
) -> None:
    employees = EmployeeService(register_db)
    budi = register.people["budi"]
    mutasi = LeavingEntry("mutasi_keluar", date(2026, 10, 1), "Pindah", "821/MUT/2026")
    with pytest.raises(ValidationFailed) as caught:
        employees.record_leaving(budi, mutasi, expected_revision=_revision(register_db, budi))
    assert [p.field for p in caught.value.problems] == ["instansi_tujuan"]
    assert employees.get(budi).keluar == ""

    mutasi = LeavingEntry(
        "mutasi_keluar", date(2026, 10, 1), "Pindah", "821/MUT/2026", None, "Pemkot Cimahi"
    )
    employees.record_leaving(budi, mutasi, expected_revision=_revision(register_db, budi))
    record = employees.get(budi)
    assert (record.keluar_instansi, record.draft.kedudukan_hukum) == ("Pemkot Cimahi", "01")


@pytest.mark.parametrize(
    ("entry", "fields"),
    [
        (LeavingEntry("hilang", date(2026, 1, 1), "x", "1"), ["jenis"]),
        (LeavingEntry("pensiun", None, "x", "1"), ["tanggal"]),
        (LeavingEntry("pensiun", date(1980, 1, 1), "x", "1"), ["tanggal"]),
        (LeavingEntry("pensiun", date(2030, 1, 1), "x", "1"), ["tanggal"]),
        (LeavingEntry("pensiun", date(2026, 1, 1), "  ", "1"), ["alasan"]),
        (LeavingEntry("pensiun", date(2026, 1, 1), "x", ""), ["sk_nomor"]),
        (LeavingEntry("pensiun", date(2026, 1, 1), "a\x1b[31m", "1"), ["alasan"]),
        (LeavingEntry("pensiun", date(2026, 1, 1), "x" * 100_000, "1"), ["alasan"]),
        (LeavingEntry("aps", date(2026, 1, 1), "x", "1" * 101), ["sk_nomor"]),
    ],
)
def test_bad_leaving_names_the_field_and_saves_nothing(
    register_db: Database, register: Register, entry: LeavingEntry, fields: list[str]
) -> None:
    employees = EmployeeService(register_db)
    ahmad = register.people["ahmad"]
    revision = _revision(register_db, ahmad)
    with pytest.raises(ValidationFailed) as caught:
        employees.record_leaving(ahmad, entry, expected_revision=revision, today=TODAY)
    assert [p.field for p in caught.value.problems] == fields
    assert _revision(register_db, ahmad) == revision
    assert employees.get(ahmad).keluar == ""


def test_a_death_needs_no_decree_number(register_db: Database, register: Register) -> None:
    employees = EmployeeService(register_db)
    dewi = register.people["dewi"]
    entry = LeavingEntry("meninggal", date(2026, 8, 17), "Sakit", "")
    employees.record_leaving(dewi, entry, expected_revision=_revision(register_db, dewi))
    assert employees.get(dewi).draft.kedudukan_hukum == "66"


def test_leaving_twice_or_with_a_stale_revision_is_refused(
    register_db: Database, register: Register
) -> None:
    employees = EmployeeService(register_db)
    ahmad = register.people["ahmad"]
    revision = _revision(register_db, ahmad)
    employees.record_leaving(ahmad, PENSIUN, expected_revision=revision)
    with pytest.raises(StaleRecord):
        employees.record_leaving(ahmad, PENSIUN, expected_revision=revision)
    with pytest.raises(ValidationFailed, match="sudah tercatat keluar"):
        employees.record_leaving(ahmad, PENSIUN, expected_revision=_revision(register_db, ahmad))


def test_cancelling_a_leaving_restores_the_kedudukan_and_audits_the_reason(
    register_db: Database, register: Register
) -> None:
    employees = EmployeeService(register_db)
    ahmad = register.people["ahmad"]
    employees.record_leaving(ahmad, PENSIUN, expected_revision=_revision(register_db, ahmad))
    with pytest.raises(ValidationFailed):
        employees.cancel_leaving(ahmad, expected_revision=_revision(register_db, ahmad), reason="")
    employees.cancel_leaving(
        ahmad, expected_revision=_revision(register_db, ahmad), reason="Salah orang"
    )
    record = employees.get(ahmad)
    assert (record.keluar, record.keluar_tanggal, record.draft.kedudukan_hukum) == ("", None, "01")
    assert ahmad in _search(register_db)
    with register_db.reading() as session:
        details = session.scalars(select(AuditEntry.detail)).all()
    assert any("Salah orang" in d for d in details)


def test_deleting_keeps_the_reason_in_the_audit(register_db: Database, register: Register) -> None:
    employees = EmployeeService(register_db)
    budi = register.people["budi"]
    employees.delete(
        budi, expected_revision=_revision(register_db, budi), reason="Dobel dari impor"
    )
    with register_db.reading() as session:
        entry = session.execute(
            select(AuditEntry.action, AuditEntry.detail).order_by(AuditEntry.seq.desc())
        ).all()
    assert ("delete", "Alasan: Dobel dari impor") in entry


def test_the_viewer_reads_leavers_and_cannot_record_or_cancel(
    register_db: Database, register: Register, tmp_path: Path
) -> None:
    ahmad = register.people["ahmad"]
    path = tmp_path / "register.sqlite"  # where register_db is
    revision = _revision(register_db, ahmad)
    viewer = open_as(path, "viewer")
    try:
        service = EmployeeService(viewer)
        with pytest.raises(PermissionDenied):
            service.record_leaving(ahmad, PENSIUN, expected_revision=revision)
        with pytest.raises(PermissionDenied):
            service.cancel_leaving(ahmad, expected_revision=revision, reason="x")
        assert service.search_ids(EmployeeQuery(keadaan="nonaktif")) == []
    finally:
        viewer.close()


def test_unknown_keadaan_is_refused(register_db: Database) -> None:
    with pytest.raises(ValueError, match="keadaan"):
        _search(register_db, keadaan="pensiun")


# -- the name as printed ------------------------------------------------------------------


@pytest.fixture
def titled(register_db: Database) -> dict[str, int]:
    employees = EmployeeService(register_db)
    people = {
        "nurul": make_draft("197204182000032001", "Nurul Hikmah", gelar_depan="Hj."),
        "agus": make_draft("197808082005011003", "Agus Kurniawan", gelar_belakang="S.H."),
        "rina": make_draft("199001012015032002", "Rina Marlina", gelar_belakang="S.Kom., M.T."),
    }
    return {key: employees.create(draft, today=TODAY) for key, draft in people.items()}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("hj. nurul", {"nurul"}),
        ("HJ NURUL", {"nurul"}),
        ("s.kom", {"rina"}),
        ("skom", {"rina"}),
        ("Agus Kurniawan, S.H.", {"agus"}),
        ("kurniawan sh", {"agus"}),
        ("rina mt", {"rina"}),
        ("nurul s.h.", set()),
    ],
)
def test_search_matches_the_name_as_printed(
    register_db: Database, titled: dict[str, int], text: str, who: set[str]
) -> None:
    found = set(_search(register_db, search=text, keadaan="semua"))
    assert found & set(titled.values()) == {titled[k] for k in who}


def test_a_changed_title_is_found_at_once(register_db: Database, titled: dict[str, int]) -> None:
    employees = EmployeeService(register_db)
    record = employees.get(titled["agus"])
    draft = record.draft.__class__(**{**record.draft.__dict__, "gelar_depan": "Dr."})
    employees.update(titled["agus"], draft, expected_revision=record.revision, today=TODAY)
    assert _search(register_db, search="dr. agus") == [titled["agus"]]


def test_age_and_service_texts() -> None:
    from asn_desktop.services.employees import EmployeeRow

    row = EmployeeRow(
        1, "x", "n", "", "", "", "PNS", tanggal_lahir=date(1985, 3, 15), tmt_cpns=date(2010, 1, 1)
    )
    assert usia_text(row, date(2026, 3, 14)) == "40 th 11 bl"
    assert usia_text(row, date(2026, 3, 15)) == "41 th 0 bl"
    assert masa_kerja_text(row, date(2026, 12, 2)) == "16 th 11 bl"
    left = EmployeeRow(
        1,
        "x",
        "n",
        "",
        "",
        "",
        "PNS",
        tmt_cpns=date(2010, 1, 1),
        keluar="aps",
        keluar_tanggal=date(2020, 1, 1),
    )
    assert masa_kerja_text(left, date(2026, 12, 2)) == "10 th 0 bl"
