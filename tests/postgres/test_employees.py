"""The employee use cases on PostgreSQL (one database for the module; each test its own
people, identified by a serial number in their NIP, and its own units)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from typing import Any

import pytest

from asn_desktop.db.models import Employee
from asn_desktop.domain import EmployeeDraft, format_nip
from asn_desktop.services import employees as employees_module
from asn_desktop.services.database import (
    AGENCY_CODE_KEY,
    CHANGE_SEQ_KEY,
    Database,
    stamp_change,
)
from asn_desktop.services.employees import (
    EmployeeQuery,
    EmployeeService,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.reference import CodeOption, ReferenceService

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 27)
_serials = itertools.count(1)
_units = itertools.count(1)


def nip(born: date, sex: str = "L", tmt: str = "201001") -> str:
    """A valid, module-unique NIP: birth date, TMT CPNS (YYYYMM), sex digit, serial."""
    return f"{born:%Y%m%d}{tmt}{'1' if sex == 'L' else '2'}{next(_serials):03d}"


def draft(nama: str, born: date, sex: str = "L", **overrides: Any) -> EmployeeDraft:
    values: dict[str, Any] = {
        "nip": nip(born, sex),
        "nama": nama,
        "tanggal_lahir": born,
        "jenis_kelamin": sex,
    }
    values.update(overrides)
    return EmployeeDraft(**values)


def new_unit(db: Database, nama: str, parent: int | None = None) -> int:
    return OrgUnitService(db).create(f"U{next(_units):04d}", nama, parent)


def stored(db: Database, employee_id: int) -> Employee:
    with db.reading() as session:
        found = session.get(Employee, employee_id)
        assert found is not None
        session.expunge(found)
        return found


def change_seq(db: Database) -> int:
    return int(db.meta(CHANGE_SEQ_KEY, "0"))


@pytest.fixture
def service(pg_db: Database) -> EmployeeService:
    return EmployeeService(pg_db)


def test_create_and_get(pg_db: Database, service: EmployeeService) -> None:
    pg_db.set_meta(AGENCY_CODE_KEY, "3273-BKPSDM")
    pns = draft("Ahmad Sutisna", date(1985, 3, 15), gelar_depan="Dr.", gelar_belakang="S.T.")
    pppk = draft(
        "Dewi Lestari",
        date(1991, 5, 5),
        "P",
        nip=f"19910505202321{next(_serials):04d}",
        status_kepegawaian="PPPK",
    )

    pns_id = service.create(pns, today=TODAY)
    pppk_id = service.create(pppk, today=TODAY)

    record = service.get(pns_id)
    assert (record.draft.nip, record.draft.nama, record.revision) == (pns.nip, "Ahmad Sutisna", 1)
    assert record.draft.tmt_cpns == date(2010, 1, 1)
    assert record.updated_at.tzinfo is not None  # timestamptz on PostgreSQL
    assert stored(pg_db, pns_id).origin_agency == "3273-BKPSDM"
    assert service.get(pppk_id).draft.status_kepegawaian == "PPPK"
    found = service.find_by_nip(pns.nip)
    assert found is not None and found.id == pns_id
    assert service.rows([pns_id])[pns_id].nama_lengkap == "Dr. Ahmad Sutisna, S.T."


def test_invalid_and_duplicate_drafts_write_nothing(
    pg_db: Database, service: EmployeeService
) -> None:
    siti = draft("Siti Aminah", date(1990, 2, 20), "P")
    service.create(siti, today=TODAY)
    count, seq = service.count(), change_seq(pg_db)

    with pytest.raises(ValidationFailed, match="Siti Aminah"):
        service.create(dataclasses.replace(siti, nama="Sri Wahyuni"), today=TODAY)
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft("Budi Santoso", date(1985, 1, 1), kedudukan_hukum="00"), today=TODAY)
    assert [p.field for p in caught.value.problems] == ["kedudukan_hukum"]

    assert (service.count(), change_seq(pg_db)) == (count, seq)


def test_update_with_revision(pg_db: Database, service: EmployeeService) -> None:
    employee_id = service.create(draft("Rina Marlina", date(1988, 8, 8), "P"), today=TODAY)
    before = service.get(employee_id)
    seq = stored(pg_db, employee_id).change_seq

    changed = dataclasses.replace(before.draft, telepon="022-4234567")
    assert service.update(employee_id, changed, expected_revision=1, today=TODAY) == 2
    assert service.update(employee_id, changed, expected_revision=2, today=TODAY) == 2  # no-op

    after = service.get(employee_id)
    assert (after.revision, after.draft.telepon) == (2, "022-4234567")
    assert after.updated_at > before.updated_at
    assert stored(pg_db, employee_id).change_seq > seq

    with pytest.raises(StaleRecord, match="Rina Marlina"):
        service.update(
            employee_id,
            dataclasses.replace(before.draft, telepon="0812-0000-1111"),
            expected_revision=1,
            today=TODAY,
        )
    assert service.get(employee_id).draft.telepon == "022-4234567"


def test_search_is_case_insensitive(pg_db: Database, service: EmployeeService) -> None:
    unit = new_unit(pg_db, "Bidang Pencarian")
    ahmad = service.create(draft("Ahmad Sutisna", date(1984, 4, 4)), today=TODAY)
    hidayat = service.create(draft("Ahmad Hidayat", date(1984, 4, 4)), today=TODAY)
    service.create(draft("Siti Aminah", date(1992, 2, 2), "P"), today=TODAY)
    for employee_id in (ahmad, hidayat):
        service.add_unit(employee_id, UnitEntry(unit, date(2010, 1, 1), "862/2010"))

    def search(text: str) -> list[int]:
        return service.search_ids(EmployeeQuery(search=text, unit_id=unit))

    assert search("SUTISNA") == [ahmad]
    assert search("sutisna AHMAD") == [ahmad]
    assert set(search("Ahmad")) == {ahmad, hidayat}
    ahmad_nip = service.get(ahmad).draft.nip
    assert search(format_nip(ahmad_nip)) == [ahmad]  # "19840404 201001 1 0nn"
    assert set(search(ahmad_nip[:8] + " " + ahmad_nip[8:12])) == {ahmad, hidayat}
    for literal in ("%", "_", "Ahm%d", "S_tisna"):
        assert search(literal) == []
    # Sorted by name; ties of another column by name (Hidayat before Sutisna, although
    # created later), both directions.
    assert service.search_ids(EmployeeQuery(unit_id=unit, sort="nama")) == [hidayat, ahmad]
    assert service.search_ids(EmployeeQuery(unit_id=unit, sort="tanggal_lahir")) == [
        hidayat,
        ahmad,
    ]
    assert service.search_ids(
        EmployeeQuery(unit_id=unit, sort="tanggal_lahir", descending=True)
    ) == [ahmad, hidayat]
    # Titles as printed, on PostgreSQL too.
    record = service.get(ahmad)
    titled = dataclasses.replace(record.draft, gelar_depan="Hj.", gelar_belakang="S.Kom.")
    service.update(ahmad, titled, expected_revision=record.revision, today=TODAY)
    assert search("hj. ahmad") == [ahmad]
    assert search("AHMAD, S.KOM") == [ahmad]


def test_unit_filter_includes_sub_units(pg_db: Database, service: EmployeeService) -> None:
    dinas = new_unit(pg_db, "Dinas Uji")
    bidang = new_unit(pg_db, "Bidang Uji", dinas)
    seksi = new_unit(pg_db, "Seksi Uji", bidang)
    other = new_unit(pg_db, "Bidang Lain", dinas)
    placed: dict[int, int] = {}
    for unit, nama in ((dinas, "Kepala Dinas"), (bidang, "Kepala Bidang"), (seksi, "Staf Seksi")):
        employee_id = service.create(draft(nama, date(1980, 1, 1)), today=TODAY)
        service.add_unit(employee_id, UnitEntry(unit, date(2010, 1, 1), "862/2010"))
        placed[unit] = employee_id

    def within(unit_id: int) -> set[int]:
        return set(service.search_ids(EmployeeQuery(unit_id=unit_id)))

    assert within(dinas) == set(placed.values())
    assert within(bidang) == {placed[bidang], placed[seksi]}
    assert within(seksi) == {placed[seksi]}
    assert within(other) == set()


def test_histories_and_current_columns(pg_db: Database, service: EmployeeService) -> None:
    unit_a = new_unit(pg_db, "Bidang Aplikasi")
    unit_b = new_unit(pg_db, "Bidang Statistik")
    employee_id = service.create(draft("Asep Saepudin", date(1985, 3, 15)), today=TODAY)

    newer_rank = service.add_rank(employee_id, RankEntry(33, date(2018, 4, 1), "823/2018"))
    # The older entries typed in afterwards, confirmed (they are asked for).
    service.add_rank(employee_id, RankEntry(31, date(2010, 1, 1), "813/2010"), confirm_earlier=True)
    service.add_position(
        employee_id,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN", "Pranata Komputer Ahli Muda", date(2019, 1, 2), "821/19",
            jenjang="MU", usia_bup=58,
        ),
    )  # fmt: skip
    service.add_position(
        employee_id,
        PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/11"),
        confirm_earlier=True,
    )
    service.add_unit(employee_id, UnitEntry(unit_b, date(2020, 1, 1), "862/2020"))
    service.add_unit(
        employee_id, UnitEntry(unit_a, date(2012, 1, 1), "862/2012"), confirm_earlier=True
    )

    record = service.get(employee_id)
    assert (record.golongan_id, record.jabatan_nama, record.unit_id) == (
        33,
        "Pranata Komputer Ahli Muda",
        unit_b,
    )
    assert record.unit_nama == "Bidang Statistik"
    row = stored(pg_db, employee_id)
    assert (row.tmt_golongan, row.jenjang, row.usia_bup_jabatan) == (date(2018, 4, 1), "MU", 58)

    histories = service.histories(employee_id)
    assert [h.uraian for h in histories["pangkat"]] == ["Penata (III/c)", "Penata Muda (III/a)"]
    assert [h.uraian for h in histories["jabatan"]] == [
        "Pranata Komputer Ahli Muda",
        "Pengadministrasi Umum",
    ]
    assert [h.uraian for h in histories["unit"]] == ["Bidang Statistik", "Bidang Aplikasi"]
    assert service.rows([employee_id])[employee_id].golongan == "III/c"
    assert set(service.search_ids(EmployeeQuery(golongan_id=33, unit_id=unit_b))) == {employee_id}

    service.remove_history("pangkat", newer_rank)
    assert stored(pg_db, employee_id).golongan_id == 31
    assert [h.tmt for h in service.histories(employee_id)["pangkat"]] == [date(2010, 1, 1)]


def test_delete_is_a_tombstone(pg_db: Database, service: EmployeeService) -> None:
    employee_id = service.create(draft("Yayan Ruhiyat", date(1979, 9, 9)), today=TODAY)
    count = service.count()

    service.delete(employee_id, expected_revision=1)

    row = stored(pg_db, employee_id)
    assert row.deleted_at is not None and row.revision == 2
    assert service.count() == count - 1
    assert employee_id not in service.search_ids(EmployeeQuery(search="yayan"))
    with pytest.raises(NotFound):
        service.get(employee_id)


def test_failure_after_flush_rolls_back(
    pg_db: Database, service: EmployeeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = draft("Ujang Suparman", date(1983, 3, 3))
    count, seq = service.count(), change_seq(pg_db)
    real = stamp_change

    def stamp_then_fail(session: Any, actor: str, record: Any, *, first: bool = False) -> None:
        real(session, actor, record, first=first)
        session.add(record)
        session.flush()
        raise RuntimeError("koneksi putus")

    monkeypatch.setattr(employees_module, "stamp_change", stamp_then_fail)
    with pytest.raises(RuntimeError):
        service.create(new, today=TODAY)
    monkeypatch.setattr(employees_module, "stamp_change", real)

    assert (service.count(), change_seq(pg_db)) == (count, seq)
    assert service.find_by_nip(new.nip) is None


def test_reference_look_ups(pg_db: Database) -> None:
    reference = ReferenceService(pg_db)

    upper = reference.search_jabatan("PRANATA KOMPUTER", limit=100)
    assert {o.katalog for o in upper} == {"pelaksana", "fungsional"}
    assert [o.nama for o in upper] == [
        o.nama for o in reference.search_jabatan("pranata komputer", limit=100)
    ]
    assert len(reference.search_jabatan("analis", limit=7)) == 7
    assert reference.search_jabatan("%") == []
    assert "D-IV/S-1 TEKNIK INFORMATIKA" in {
        o.nama for o in reference.search_pendidikan("teknik INFORMATIKA", limit=500)
    }
    assert reference.codes("kedudukanHukum")[0] == CodeOption("01", "Aktif")
