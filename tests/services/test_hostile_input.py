"""Hostile text, dates and numbers through every writing use case, on a real SQLite file:
refused with a message naming the field, and nothing written (no row, no change counter)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import String, Text

from asn_desktop.db import models
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import OrgUnitService

from .helpers import TODAY, Register, change_seq, make_draft, row

HUGE = "x" * 100_000
TERMINAL_ATTACK = "\x1b]0;pwned\x07\x1b[2J"
RTL = "800/\u202eKP/2020"
SURROGATE = "SK \ud800"
FAR_FUTURE = date(9999, 12, 31)
ANCIENT = date(1, 1, 1)


def refused(caught: pytest.ExceptionInfo[ValidationFailed], field: str, words: str) -> None:
    fields = [p.field for p in caught.value.problems]
    assert fields == [field], caught.value.problems
    assert words in caught.value.problems[0].message
    # The whole message is safe to print: no character of the hostile value comes back.
    assert "\x1b" not in str(caught.value) and "\u202e" not in str(caught.value)


# -- the employee's identity ----------------------------------------------------------------

EMPLOYEE_CASES = [
    ({"gelar_depan": HUGE}, "gelar_depan", "Gelar depan terlalu panjang: 100000 karakter"),
    ({"gelar_depan": "Dr." + TERMINAL_ATTACK}, "gelar_depan", "U+001B (ESC) pada posisi 4"),
    ({"gelar_belakang": "S.T.\x00"}, "gelar_belakang", "U+0000 (NUL) pada posisi 5"),
    ({"tempat_lahir": "Band\u202eung"}, "tempat_lahir", "pengatur arah teks U+202E"),
    ({"tempat_lahir": "Bandung" + SURROGATE}, "tempat_lahir", "karakter rusak U+D800"),
    ({"email": "a" * 200 + "@bandung.go.id"}, "email", "Alamat email terlalu panjang"),
    ({"email": "a\x1b@bandung.go.id"}, "email", "Alamat email berisi karakter kendali"),
    ({"alamat": HUGE}, "alamat", "Alamat terlalu panjang: 100000 karakter; maksimal 500."),
    ({"alamat": "Jl. Braga " + TERMINAL_ATTACK}, "alamat", "Alamat berisi karakter kendali"),
    ({"telepon": "022\x07"}, "telepon", "U+0007 (BEL)"),
    ({"nik": "3273\x00011503850001"}, "nik", "NIK berisi karakter kendali U+0000"),
    ({"nama": "Ahmad" + TERMINAL_ATTACK}, "nama", "Nama berisi karakter kendali"),
    ({"tmt_pns": FAR_FUTURE}, "tmt_pns", "TMT PNS 31-12-9999 terlalu jauh ke depan"),
    ({"tmt_pns": ANCIENT}, "tmt_pns", "TMT PNS 01-01-0001 terlalu awal"),
    ({"tmt_cpns": FAR_FUTURE}, "tmt_cpns", "TMT CPNS 31-12-9999 terlalu jauh ke depan"),
]
EMPLOYEE_IDS = [
    "gelar-huge", "gelar-esc", "gelar-nul", "tempat-rtl", "tempat-surrogate", "email-long",
    "email-esc", "alamat-huge", "alamat-esc", "telepon-bel", "nik-nul", "nama-esc",
    "tmt-pns-9999", "tmt-pns-0001", "tmt-cpns-9999",
]  # fmt: skip


@pytest.mark.parametrize(("changes", "field", "words"), EMPLOYEE_CASES, ids=EMPLOYEE_IDS)
def test_create_refuses_hostile_input_and_writes_nothing(
    db: Database,
    employees: EmployeeService,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        employees.create(make_draft(**changes), today=TODAY)

    refused(caught, field, words)
    assert employees.count() == 0
    assert change_seq(db) == 0


@pytest.mark.parametrize(("changes", "field", "words"), EMPLOYEE_CASES, ids=EMPLOYEE_IDS)
def test_update_refuses_hostile_input_and_changes_nothing(
    register_db: Database,
    register: Register,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    employees = EmployeeService(register_db)
    ahmad = register.people["ahmad"]
    before = employees.get(ahmad)
    seq = change_seq(register_db)

    with pytest.raises(ValidationFailed) as caught:
        employees.update(
            ahmad,
            dataclasses.replace(before.draft, **changes),
            expected_revision=before.revision,
            today=TODAY,
        )

    refused(caught, field, words)
    after = employees.get(ahmad)
    assert (after.revision, after.draft) == (before.revision, before.draft)
    assert change_seq(register_db) == seq


def test_a_multi_line_address_is_kept_with_lf_line_ends(employees: EmployeeService) -> None:
    employee_id = employees.create(make_draft(alamat="Jl. Asia Afrika 1\r\nBandung"), today=TODAY)
    assert employees.get(employee_id).draft.alamat == "Jl. Asia Afrika 1\nBandung"


# -- the histories ------------------------------------------------------------------------


@pytest.fixture
def ahmad(employees: EmployeeService) -> int:
    return employees.create(make_draft(), today=TODAY)


@pytest.fixture
def unit_id(db: Database) -> int:
    return OrgUnitService(db).create("DINAS", "Dinas Komunikasi dan Informatika")


def _entry(kind: str, unit_id: int, **changes: Any) -> RankEntry | PositionEntry | UnitEntry:
    tmt = date(2015, 1, 1)
    if kind == "pangkat":
        return dataclasses.replace(RankEntry(31, tmt, "813/001"), **changes)
    if kind == "jabatan":
        position = PositionEntry("PELAKSANA", "Pengadministrasi Umum", tmt, "821/1")
        return dataclasses.replace(position, **changes)
    return dataclasses.replace(UnitEntry(unit_id, tmt, "800/1"), **changes)


def _add(employees: EmployeeService, kind: str, employee_id: int, entry: Any) -> int:
    add = {"pangkat": employees.add_rank, "jabatan": employees.add_position}
    return add.get(kind, employees.add_unit)(employee_id, entry)


DECREE_CASES = [
    ({"tmt": FAR_FUTURE}, "tmt", "TMT 31-12-9999 terlalu jauh ke depan"),
    ({"tmt": ANCIENT}, "tmt", "TMT 01-01-0001 terlalu awal"),  # and before birth: one message
    ({"sk_tanggal": FAR_FUTURE}, "sk_tanggal", "Tanggal SK 31-12-9999 terlalu jauh ke depan"),
    ({"sk_tanggal": ANCIENT}, "sk_tanggal", "Tanggal SK 01-01-0001 terlalu awal"),
    ({"sk_nomor": "813\x00001"}, "sk_nomor", "Nomor SK berisi karakter kendali U+0000"),
    ({"sk_nomor": RTL}, "sk_nomor", "pengatur arah teks U+202E"),
    ({"sk_nomor": "813/\n001"}, "sk_nomor", "Nomor SK harus satu baris"),
    ({"sk_nomor": HUGE}, "sk_nomor", "Nomor SK terlalu panjang: 100000 karakter; maksimal 100"),
    ({"keterangan": HUGE}, "keterangan", "Keterangan terlalu panjang: 100000 karakter"),
    ({"keterangan": TERMINAL_ATTACK}, "keterangan", "Keterangan berisi karakter kendali"),
    ({"keterangan": SURROGATE}, "keterangan", "Keterangan berisi karakter rusak"),
]
DECREE_IDS = [
    "tmt-9999", "tmt-0001", "sk-date-9999", "sk-date-0001", "sk-nul", "sk-rtl", "sk-newline",
    "sk-huge", "keterangan-huge", "keterangan-esc", "keterangan-surrogate",
]  # fmt: skip
RANK_CASES = [
    ({"masa_kerja_tahun": -1}, "masa_kerja_tahun", "Masa kerja (tahun) -1 di luar batas"),
    ({"masa_kerja_tahun": 61}, "masa_kerja_tahun", "isi 0 sampai 60"),
    ({"masa_kerja_bulan": -5}, "masa_kerja_bulan", "Masa kerja (bulan) -5 di luar batas"),
    ({"masa_kerja_bulan": 12}, "masa_kerja_bulan", "isi 0 sampai 11"),
    ({"jenis_kp": "101" + TERMINAL_ATTACK}, "jenis_kp", "Jenis kenaikan pangkat terlalu panjang"),
]
POSITION_CASES = [
    ({"jabatan_nama": HUGE}, "jabatan_nama", "Nama jabatan terlalu panjang: 100000 karakter"),
    ({"jabatan_nama": "Analis" + TERMINAL_ATTACK}, "jabatan_nama", "Nama jabatan berisi"),
    ({"eselon": "\x1b["}, "eselon", "Eselon berisi karakter kendali U+001B"),
    ({"eselon": "IV.a"}, "eselon", "Eselon terlalu panjang: 4 karakter; maksimal 2."),
    ({"jenis_penugasan": "PLT\x00"}, "jenis_penugasan", "Jenis penugasan berisi"),
    ({"unit_nama": "Bidang \u202eAplikasi"}, "unit_nama", "Nama unit berisi karakter pengatur"),
    ({"ref_jabatan_id": HUGE}, "ref_jabatan_id", "Kode jabatan SIASN terlalu panjang"),
]


@pytest.mark.parametrize("kind", ["pangkat", "jabatan", "unit"])
@pytest.mark.parametrize(("changes", "field", "words"), DECREE_CASES, ids=DECREE_IDS)
def test_history_entries_refuse_hostile_decrees(
    db: Database,
    employees: EmployeeService,
    ahmad: int,
    unit_id: int,
    kind: str,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        _add(employees, kind, ahmad, _entry(kind, unit_id, **changes))
    refused(caught, field, words)
    assert employees.histories(ahmad)[kind] == []
    assert change_seq(db) == seq


@pytest.mark.parametrize(
    ("kind", "changes", "field", "words"),
    [("pangkat", *case) for case in RANK_CASES] + [("jabatan", *case) for case in POSITION_CASES],
)
def test_history_entries_refuse_hostile_fields_of_their_own(
    db: Database,
    employees: EmployeeService,
    ahmad: int,
    unit_id: int,
    kind: str,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        _add(employees, kind, ahmad, _entry(kind, unit_id, **changes))
    refused(caught, field, words)
    assert employees.histories(ahmad)[kind] == []
    assert change_seq(db) == seq


def test_a_rank_dated_9999_does_not_become_the_current_golongan(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/001"))
    with pytest.raises(ValidationFailed):
        employees.add_rank(ahmad, RankEntry(34, FAR_FUTURE, "823/999"))
    employee = row(db, models.Employee, ahmad)
    assert (employee.golongan_id, employee.tmt_golongan) == (31, date(2010, 1, 1))

    # Within the bounds is fine: a decree may take effect, and be signed, up to a year
    # ahead, masa kerja up to 60 years 11 months, and notes may span lines.
    ahead = date.today() + timedelta(days=300)
    keterangan = "baris satu\nbaris dua\tdengan tab"
    entry = RankEntry(32, ahead, "823/1", ahead, "101", 60, 11, keterangan)
    employees.add_rank(ahmad, entry)
    assert employees.histories(ahmad)["pangkat"][0].keterangan == keterangan
    # Entered ahead, it becomes the current golongan on its TMT, not before.
    assert row(db, models.Employee, ahmad).golongan_id == 31
    assert employees.apply_due_histories(today=ahead) == 1
    assert row(db, models.Employee, ahmad).golongan_id == 32


# -- the unit tree and the agency -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kode", "nama", "field", "words"),
    [
        ("D" * 41, "Dinas", "kode", "Kode unit terlalu panjang: 41 karakter; maksimal 40."),
        ("DINAS\x1b[2J", "Dinas", "kode", "Kode unit berisi karakter kendali U+001B"),
        ("DINAS", HUGE, "nama", "Nama unit terlalu panjang: 100000 karakter; maksimal 200."),
        ("DINAS", "Dinas" + TERMINAL_ATTACK, "nama", "Nama unit berisi karakter kendali"),
        ("DINAS", "Dinas \u202eKominfo", "nama", "Nama unit berisi karakter pengatur"),
    ],
)
def test_units_refuse_hostile_codes_and_names(
    db: Database, kode: str, nama: str, field: str, words: str
) -> None:
    units = OrgUnitService(db)
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        units.create(kode, nama)
    refused(caught, field, words)
    assert units.tree() == []

    existing = units.create("DINAS", "Dinas Komunikasi")
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        units.rename(existing, nama, kode, expected_revision=1)
    refused(caught, field, words)
    assert [(u.kode, u.nama) for u in units.tree()] == [("DINAS", "Dinas Komunikasi")]
    assert change_seq(db) == seq


@pytest.mark.parametrize(
    ("code", "name", "field", "words"),
    [
        ("DISKOMINFO", HUGE, "nama", "Nama instansi terlalu panjang: 100000 karakter"),
        ("DISKOMINFO", "Dinas\x00", "nama", "Nama instansi berisi karakter kendali U+0000"),
        ("DISKOMINFO", "Dinas \u202eKominfo", "nama", "Nama instansi berisi karakter pengatur"),
        ("D" * 100, "Dinas", "kode", "Kode instansi terlalu panjang"),
        ("DIS\x1bKOMINFO", "Dinas", "kode", "Kode instansi berisi karakter kendali"),
    ],
)
def test_agency_refuses_hostile_code_and_name(
    db: Database, code: str, name: str, field: str, words: str
) -> None:
    db.set_agency("DISKOMINFO", "Dinas Komunikasi dan Informatika")
    with pytest.raises(ValidationFailed) as caught:
        db.set_agency(code, name)
    refused(caught, field, words)
    assert (db.agency_code, db.agency_name) == ("DISKOMINFO", "Dinas Komunikasi dan Informatika")


# -- the policy table matches the columns ---------------------------------------------------


def test_text_rules_match_the_column_lengths() -> None:
    from asn_desktop.domain import TEXT_FIELDS

    # Code columns are checked against their lists; the exchange columns are not typed in.
    skipped = {"jenis_kelamin", "status_kepegawaian", "kedudukan_hukum", "jenis_jabatan"}
    skipped |= {"path", "uuid", "updated_by", "origin_agency"}
    skipped |= {"nama_sebelumnya"}  # a unit's former names: written by rename, not typed in
    # Derived by the services (search form of the name) or codes from a fixed list.
    skipped |= {"nama_cari", "keluar", "kedudukan_sebelum_keluar"}
    renamed = {
        (models.OrgUnit, "kode"): "unit_kode",
        (models.OrgUnit, "nama"): "unit_nama",
        (models.Employee, "keluar_alasan"): "keterangan",
        (models.Employee, "keluar_sk_nomor"): "sk_nomor",
        (models.Employee, "keluar_instansi"): "instansi_nama",
        (models.RankHistory, "penurunan_alasan"): "keterangan",
    }
    checked = 0
    for model in (
        models.Employee,
        models.RankHistory,
        models.PositionHistory,
        models.UnitHistory,
        models.OrgUnit,
    ):
        for column in model.__table__.columns:
            if not isinstance(column.type, String) or column.name in skipped:
                continue
            where = f"{model.__name__}.{column.name}"
            key = renamed.get((model, column.name), column.name)
            assert key in TEXT_FIELDS, f"{where} has no input rule"
            if isinstance(column.type, Text):  # no length in the schema: a sane limit
                assert TEXT_FIELDS[key].multiline, where
            else:
                assert TEXT_FIELDS[key].max_length == column.type.length, where
            checked += 1
    assert checked >= 25
    agency = models.OrgUnit.__table__.c.origin_agency.type
    assert isinstance(agency, String)
    assert TEXT_FIELDS["instansi_kode"].max_length == agency.length
