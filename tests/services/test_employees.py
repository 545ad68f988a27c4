"""The employee use cases: create, update, delete, histories, search and display rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from asn_desktop.db.models import Employee, PositionHistory, RankHistory, UnitHistory
from asn_desktop.services import employees as employees_module
from asn_desktop.services.database import AGENCY_CODE_KEY, Database, stamp_change
from asn_desktop.services.employees import (
    SORT_KEYS,
    EmployeeQuery,
    EmployeeService,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService

from .helpers import (
    AHMAD,
    BUDI,
    DEWI,
    FK,
    PEOPLE,
    SITI,
    TODAY,
    UNIT_NAMES,
    Person,
    Register,
    change_seq,
    make_draft,
    row,
)

# -- create -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nip", "nama", "status", "tmt_cpns"),
    [
        (AHMAD, "Ahmad Sutisna", "PNS", date(2010, 1, 1)),
        (BUDI, "Budi Santoso", "CPNS", date(2025, 2, 1)),
        (DEWI, "Dewi Lestari", "PPPK", None),
    ],
)
def test_create_valid_employee(
    db: Database,
    employees: EmployeeService,
    nip: str,
    nama: str,
    status: str,
    tmt_cpns: date | None,
) -> None:
    employee_id = employees.create(make_draft(nip, nama, status_kepegawaian=status), today=TODAY)

    record = employees.get(employee_id)
    assert record.id == employee_id
    assert record.draft.nip == nip
    assert record.draft.nama == nama
    assert record.draft.status_kepegawaian == status
    assert record.draft.tmt_cpns == tmt_cpns  # derived from the NIP for CPNS/PNS
    assert record.revision == 1
    assert len(record.uuid) == 36
    assert record.updated_by == db.actor
    assert (record.golongan_id, record.jabatan_nama, record.unit_id) == (None, "", None)
    assert employees.count() == 1
    found = employees.find_by_nip(nip)
    assert found is not None and found.id == employee_id
    assert row(db, Employee, employee_id).change_seq == change_seq(db) == 1


def test_create_stores_the_normalised_draft(employees: EmployeeService) -> None:
    draft = make_draft(
        "19850315 201001 1 002",
        "  Ahmad   Sutisna ",
        tanggal_lahir=date(1985, 3, 15),
        jenis_kelamin="laki-laki",
        status_kepegawaian="pns",
        kedudukan_hukum="1",
    )
    record = employees.get(employees.create(draft, today=TODAY))
    assert record.draft.nip == AHMAD
    assert record.draft.nama == "Ahmad Sutisna"
    assert record.draft.jenis_kelamin == "L"
    assert record.draft.status_kepegawaian == "PNS"
    assert record.draft.kedudukan_hukum == "01"


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"nip": "19850315201001100"}, "nip", "18 digit"),
        ({"tanggal_lahir": date(1985, 3, 16)}, "tanggal_lahir", "tidak sama"),
        ({"jenis_kelamin": "P"}, "jenis_kelamin", "digit 15"),
        ({"kedudukan_hukum": "77x"}, "kedudukan_hukum", "77x"),
        ({"kedudukan_hukum": "00"}, "kedudukan_hukum", "'00'"),
    ],
    ids=["nip-length", "birth-vs-nip", "sex-vs-nip", "kedudukan-format", "kedudukan-unknown"],
)
def test_invalid_draft_is_refused_and_nothing_is_written(
    db: Database,
    employees: EmployeeService,
    overrides: dict[str, Any],
    field: str,
    words: str,
) -> None:
    employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    seq = change_seq(db)

    with pytest.raises(ValidationFailed) as caught:
        employees.create(make_draft(**overrides), today=TODAY)

    assert [p.field for p in caught.value.problems] == [field]
    assert caught.value.problems[0].message in str(caught.value)
    assert words in str(caught.value)
    assert employees.count() == 1
    assert employees.find_by_nip(AHMAD) is None
    assert change_seq(db) == seq


def test_duplicate_nip_names_the_other_person(db: Database, employees: EmployeeService) -> None:
    employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    seq = change_seq(db)

    with pytest.raises(ValidationFailed) as caught:
        employees.create(make_draft(SITI, "Sri Wahyuni"), today=TODAY)

    assert [p.field for p in caught.value.problems] == ["nip"]
    assert "Siti Aminah" in str(caught.value)
    assert "19900220 201503 2 001" in str(caught.value)
    assert employees.count() == 1
    assert change_seq(db) == seq


def test_update_to_a_nip_in_use_is_refused(employees: EmployeeService) -> None:
    employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    ahmad = employees.create(make_draft(), today=TODAY)
    taken = make_draft(SITI, "Ahmad Sutisna")

    with pytest.raises(ValidationFailed, match="Siti Aminah"):
        employees.update(ahmad, taken, expected_revision=1, today=TODAY)

    assert employees.get(ahmad).draft.nip == AHMAD
    assert employees.get(ahmad).revision == 1


def test_origin_agency_comes_from_app_meta(db: Database, employees: EmployeeService) -> None:
    db.set_meta(AGENCY_CODE_KEY, "3273-DISKOMINFO")
    employee_id = employees.create(make_draft(), today=TODAY)
    rank_id = employees.add_rank(employee_id, RankEntry(31, date(2010, 1, 1), "SK/CPNS"))

    assert row(db, Employee, employee_id).origin_agency == "3273-DISKOMINFO"
    assert row(db, RankHistory, rank_id).origin_agency == "3273-DISKOMINFO"


def test_origin_agency_is_empty_without_agency_code(
    db: Database, employees: EmployeeService
) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    assert row(db, Employee, employee_id).origin_agency == ""


# -- update and delete -----------------------------------------------------------------


def test_update_bumps_revision_change_seq_and_updated_at(
    db: Database, employees: EmployeeService
) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    before = employees.get(employee_id)
    seq_before = row(db, Employee, employee_id).change_seq

    changed = dataclasses.replace(before.draft, telepon="022-4234567", alamat="Jl. Wastukencana 2")
    new_revision = employees.update(employee_id, changed, expected_revision=1, today=TODAY)

    after = employees.get(employee_id)
    assert new_revision == after.revision == 2
    assert (after.draft.telepon, after.draft.alamat) == ("022-4234567", "Jl. Wastukencana 2")
    assert after.updated_at > before.updated_at
    assert row(db, Employee, employee_id).change_seq > seq_before
    assert row(db, Employee, employee_id).change_seq == change_seq(db)
    assert after.uuid == before.uuid


def test_update_without_changes_keeps_revision(db: Database, employees: EmployeeService) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    before = employees.get(employee_id)
    seq = change_seq(db)
    # Differs only in what normalisation removes.
    same = dataclasses.replace(before.draft, nama="  Ahmad  Sutisna ", nip="19850315.201001.1.002")

    assert employees.update(employee_id, same, expected_revision=1, today=TODAY) == 1

    after = employees.get(employee_id)
    assert after.revision == 1
    assert after.updated_at == before.updated_at
    assert change_seq(db) == seq


def test_stale_revision_is_refused_and_data_unchanged(
    db: Database, employees: EmployeeService
) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    first = employees.get(employee_id)
    employees.update(
        employee_id,
        dataclasses.replace(first.draft, telepon="022-4234567"),
        expected_revision=1,
        today=TODAY,
    )
    seq = change_seq(db)

    # A second window still holds revision 1.
    with pytest.raises(StaleRecord, match="Ahmad Sutisna"):
        employees.update(
            employee_id,
            dataclasses.replace(first.draft, telepon="0812-1111-2222"),
            expected_revision=1,
            today=TODAY,
        )
    with pytest.raises(StaleRecord):
        employees.delete(employee_id, expected_revision=1)

    current = employees.get(employee_id)
    assert current.revision == 2
    assert current.draft.telepon == "022-4234567"
    assert change_seq(db) == seq


def test_delete_is_a_tombstone(db: Database, employees: EmployeeService) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    other = employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    seq = change_seq(db)

    employees.delete(employee_id, expected_revision=1)

    stored = row(db, Employee, employee_id)
    assert stored.deleted_at is not None
    assert stored.revision == 2
    assert stored.change_seq == seq + 1
    assert employees.count() == 1
    assert employees.search_ids(EmployeeQuery()) == [other]
    assert employees.rows([employee_id, other]).keys() == {other}
    assert employees.search_ids(EmployeeQuery(search="sutisna")) == []
    assert employees.search_ids(EmployeeQuery(search=AHMAD)) == []
    assert employees.find_by_nip(AHMAD) is None
    with pytest.raises(NotFound):
        employees.get(employee_id)
    with pytest.raises(NotFound):
        employees.histories(employee_id)
    with pytest.raises(NotFound):
        employees.delete(employee_id, expected_revision=2)
    with pytest.raises(NotFound):
        employees.add_rank(employee_id, RankEntry(31, date(2010, 1, 1), "SK/1"))


def test_get_unknown_id_is_not_found(employees: EmployeeService) -> None:
    with pytest.raises(NotFound, match="999"):
        employees.get(999)


# -- histories and the current columns ---------------------------------------------------


def _current(db: Database, employee_id: int) -> tuple[Any, ...]:
    e = row(db, Employee, employee_id)
    return (
        e.golongan_id,
        e.tmt_golongan,
        e.jabatan_nama,
        e.jenis_jabatan,
        e.jenjang,
        e.usia_bup_jabatan,
        e.unit_id,
    )


@pytest.fixture
def ahmad(employees: EmployeeService) -> int:
    return employees.create(make_draft(), today=TODAY)


@pytest.fixture
def tree(units: OrgUnitService) -> dict[str, int]:
    dinas = units.create("DINAS", "Dinas Komunikasi dan Informatika")
    bidang = units.create("BID-APL", "Bidang Aplikasi Informatika", dinas, 1)
    return {"DINAS": dinas, "BID-APL": bidang}


def test_add_rank_makes_the_newest_by_tmt_current(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(33, date(2018, 4, 1), "823/KP/2018"))
    assert _current(db, ahmad)[:2] == (33, date(2018, 4, 1))

    # Entering an older decree afterwards (confirmed: it is asked for) does not change the
    # current golongan.
    employees.add_rank(
        ahmad, RankEntry(31, date(2010, 1, 1), "813/CPNS/2010"), confirm_earlier=True
    )
    assert _current(db, ahmad)[:2] == (33, date(2018, 4, 1))
    assert employees.get(ahmad).golongan_id == 33

    employees.add_rank(ahmad, RankEntry(34, date(2022, 4, 1), "823/KP/2022"))
    assert _current(db, ahmad)[:2] == (34, date(2022, 4, 1))


def test_add_position_makes_the_newest_by_tmt_current(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_position(
        ahmad,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN",
            "  Analis Kebijakan Ahli Muda ",
            date(2020, 1, 2),
            "821/JF/2020",
            jenjang="MU",
            usia_bup=58,
        ),
    )
    current = ("Analis Kebijakan Ahli Muda", "FUNGSIONAL_KEAHLIAN", "MU", 58)
    assert _current(db, ahmad)[2:6] == current

    employees.add_position(
        ahmad,
        PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/2011"),
        confirm_earlier=True,
    )
    assert _current(db, ahmad)[2:6] == current
    assert employees.get(ahmad).jabatan_nama == "Analis Kebijakan Ahli Muda"
    assert employees.get(ahmad).jenis_jabatan == "FUNGSIONAL_KEAHLIAN"


def test_add_unit_makes_the_newest_by_tmt_current(
    db: Database, employees: EmployeeService, ahmad: int, tree: dict[str, int]
) -> None:
    employees.add_unit(ahmad, UnitEntry(tree["BID-APL"], date(2016, 7, 1), "862/2016"))
    employees.add_unit(
        ahmad, UnitEntry(tree["DINAS"], date(2010, 1, 1), "862/2010"), confirm_earlier=True
    )

    assert _current(db, ahmad)[6] == tree["BID-APL"]
    record = employees.get(ahmad)
    assert (record.unit_id, record.unit_nama) == (tree["BID-APL"], "Bidang Aplikasi Informatika")


def test_remove_history_recomputes_current(
    db: Database, employees: EmployeeService, ahmad: int, tree: dict[str, int]
) -> None:
    old_rank = employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/2010"))
    new_rank = employees.add_rank(ahmad, RankEntry(33, date(2018, 4, 1), "823/2018"))
    old_pos = employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/2011")
    )
    new_pos = employees.add_position(
        ahmad,
        PositionEntry("PENGAWAS", "Kepala Seksi Aplikasi", date(2021, 1, 4), "821/2021"),
    )
    old_unit = employees.add_unit(ahmad, UnitEntry(tree["DINAS"], date(2010, 1, 1), "862/2010"))
    new_unit = employees.add_unit(ahmad, UnitEntry(tree["BID-APL"], date(2016, 7, 1), "862/16"))
    seq = change_seq(db)

    employees.remove_history("pangkat", new_rank)
    employees.remove_history("jabatan", new_pos)
    employees.remove_history("unit", new_unit)

    golongan, tmt, jabatan, jenis, _jenjang, _bup, unit = _current(db, ahmad)
    assert (golongan, tmt) == (31, date(2010, 1, 1))
    assert (jabatan, jenis) == ("Pengadministrasi Umum", "PELAKSANA")
    assert unit == tree["DINAS"]
    # Removal is a tombstone that travels like any change.
    removed = row(db, RankHistory, new_rank)
    assert removed.deleted_at is not None
    assert removed.revision == 2
    assert removed.change_seq > seq
    assert [h.id for h in employees.histories(ahmad)["pangkat"]] == [old_rank]

    employees.remove_history("pangkat", old_rank)
    employees.remove_history("jabatan", old_pos)
    employees.remove_history("unit", old_unit)
    assert _current(db, ahmad) == (None, None, "", "", "", None, None)
    assert all(not items for items in employees.histories(ahmad).values())

    with pytest.raises(NotFound):
        employees.remove_history("pangkat", old_rank)


def test_remove_newest_position_recomputes_usia_bup(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_position(
        ahmad,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN", "Pranata Komputer Ahli Pertama", date(2012, 1, 2), "821/12",
            jenjang="PT", usia_bup=58,
        ),
    )  # fmt: skip
    wrong = employees.add_position(
        ahmad,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN", "Pranata Komputer Ahli Madya", date(2022, 1, 3), "821/22",
            jenjang="MA", usia_bup=60,
        ),
    )  # fmt: skip
    assert _current(db, ahmad)[5] == 60

    employees.remove_history("jabatan", wrong)  # entered by mistake

    assert _current(db, ahmad)[2:5] == (
        "Pranata Komputer Ahli Pertama",
        "FUNGSIONAL_KEAHLIAN",
        "PT",
    )
    # Was left at 60 before PositionHistory kept usia_bup: a pension date two years late.
    assert _current(db, ahmad)[5] == 58


@pytest.mark.parametrize(
    ("status", "nip", "golongan_id", "words"),
    [
        ("PNS", AHMAD, 109, "untuk PPPK, sedangkan pegawai ini berstatus PNS"),
        ("CPNS", BUDI, 109, "untuk PPPK, sedangkan pegawai ini berstatus CPNS"),
        ("PPPK", DEWI, 31, "untuk PNS, sedangkan pegawai ini berstatus PPPK"),
        ("PNS", AHMAD, 99, "tidak dikenal"),
    ],
)
def test_rank_golongan_must_fit_status(
    db: Database,
    employees: EmployeeService,
    status: str,
    nip: str,
    golongan_id: int,
    words: str,
) -> None:
    employee_id = employees.create(
        make_draft(nip, "Uji Coba", status_kepegawaian=status), today=TODAY
    )
    seq = change_seq(db)

    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(employee_id, RankEntry(golongan_id, date(2025, 3, 1), "SK/1"))

    assert [p.field for p in caught.value.problems] == ["golongan_id"]
    assert words in str(caught.value)
    assert employees.histories(employee_id)["pangkat"] == []
    assert change_seq(db) == seq


@pytest.mark.parametrize(
    ("status", "nip", "golongan_id"), [("CPNS", BUDI, 31), ("PPPK", DEWI, 109)]
)
def test_rank_golongan_fitting_status_is_accepted(
    employees: EmployeeService, status: str, nip: str, golongan_id: int
) -> None:
    employee_id = employees.create(
        make_draft(nip, "Uji Coba", status_kepegawaian=status), today=TODAY
    )
    employees.add_rank(employee_id, RankEntry(golongan_id, date(2025, 3, 1), "SK/1"))
    assert employees.get(employee_id).golongan_id == golongan_id


def _entry(kind: str, unit_id: int, **changes: Any) -> Any:
    tmt = date(2015, 1, 1)
    entry: Any
    if kind == "pangkat":
        entry = RankEntry(31, tmt, "SK/1")
    elif kind == "jabatan":
        entry = PositionEntry("PELAKSANA", "Pengadministrasi Umum", tmt, "SK/1")
    else:
        entry = UnitEntry(unit_id, tmt, "SK/1")
    return dataclasses.replace(entry, **changes)


def _add(employees: EmployeeService, kind: str, employee_id: int, entry: Any) -> int:
    adders: dict[str, Callable[[int, Any], int]] = {
        "pangkat": employees.add_rank,
        "jabatan": employees.add_position,
        "unit": employees.add_unit,
    }
    return int(adders[kind](employee_id, entry))


KINDS = ("pangkat", "jabatan", "unit")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"tmt": date(1980, 1, 1)}, "tmt", "sebelum tanggal lahir"),
        ({"tmt": date(1985, 3, 15)}, "tmt", "sebelum tanggal lahir"),
        ({"sk_nomor": "   "}, "sk_nomor", "Nomor SK wajib diisi"),
    ],
    ids=["tmt-before-birth", "tmt-on-birth-day", "no-sk-nomor"],
)
def test_history_entry_is_checked(
    db: Database,
    employees: EmployeeService,
    ahmad: int,
    tree: dict[str, int],
    kind: str,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    seq = change_seq(db)
    entry = _entry(kind, tree["DINAS"], **changes)

    with pytest.raises(ValidationFailed) as caught:
        _add(employees, kind, ahmad, entry)

    assert [p.field for p in caught.value.problems] == [field]
    assert words in str(caught.value)
    assert employees.histories(ahmad)[kind] == []
    assert change_seq(db) == seq


def test_position_needs_name_and_known_jenis(employees: EmployeeService, ahmad: int) -> None:
    entry = PositionEntry("STRUKTURAL", "  ", date(2015, 1, 1), "SK/1")
    with pytest.raises(ValidationFailed) as caught:
        employees.add_position(ahmad, entry)
    assert {p.field for p in caught.value.problems} == {"jabatan_nama", "jenis_jabatan"}
    assert employees.histories(ahmad)["jabatan"] == []


def test_unit_entry_needs_an_existing_unit(employees: EmployeeService, ahmad: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        employees.add_unit(ahmad, UnitEntry(999, date(2015, 1, 1), "SK/1"))
    assert [p.field for p in caught.value.problems] == ["unit_id"]
    assert employees.histories(ahmad)["unit"] == []


def test_histories_newest_first_with_readable_uraian(
    employees: EmployeeService, ahmad: int, tree: dict[str, int]
) -> None:
    employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/CPNS/2010"))
    employees.add_rank(
        ahmad,
        RankEntry(
            33,
            date(2018, 4, 1),
            "823/KP/2018",
            sk_tanggal=date(2018, 3, 12),
            jenis_kp="101",
            keterangan="Reguler",
        ),
    )
    employees.add_rank(ahmad, RankEntry(32, date(2014, 4, 1), "823/KP/2014"), confirm_earlier=True)
    employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/2011")
    )
    employees.add_position(
        ahmad,
        PositionEntry(
            "PENGAWAS", "Kepala Seksi Aplikasi", date(2021, 1, 4), "821/2021", jenis_penugasan="PLT"
        ),
    )
    employees.add_unit(ahmad, UnitEntry(tree["DINAS"], date(2010, 1, 1), "862/2010"))
    employees.add_unit(ahmad, UnitEntry(tree["BID-APL"], date(2016, 7, 1), "862/2016"))

    histories = employees.histories(ahmad)

    assert set(histories) == {"pangkat", "jabatan", "unit"}
    pangkat = histories["pangkat"]
    assert [h.tmt for h in pangkat] == [date(2018, 4, 1), date(2014, 4, 1), date(2010, 1, 1)]
    assert [h.uraian for h in pangkat] == [
        "Penata (III/c)",
        "Penata Muda Tingkat I (III/b)",
        "Penata Muda (III/a)",
    ]
    newest = pangkat[0]
    assert (newest.kind, newest.sk_nomor, newest.sk_tanggal, newest.keterangan) == (
        "pangkat",
        "823/KP/2018",
        date(2018, 3, 12),
        "Reguler",
    )
    assert [h.uraian for h in histories["jabatan"]] == [
        "PLT Kepala Seksi Aplikasi",
        "Pengadministrasi Umum",
    ]
    assert [h.uraian for h in histories["unit"]] == [
        "Bidang Aplikasi Informatika",
        "Dinas Komunikasi dan Informatika",
    ]


def test_histories_same_tmt_newest_entry_first(employees: EmployeeService, ahmad: int) -> None:
    # Two ranks at one TMT are refused (tests/services/test_history_rules.py); a definitive
    # position and an acting one (Plt.) may start on the same day.
    first = employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2010, 1, 1), "821/A")
    )
    second = employees.add_position(
        ahmad,
        PositionEntry(
            "PENGAWAS", "Kepala Seksi Aplikasi", date(2010, 1, 1), "821/B", jenis_penugasan="PLT"
        ),
    )
    assert [h.id for h in employees.histories(ahmad)["jabatan"]] == [second, first]
    assert employees.get(ahmad).jabatan_nama == "Kepala Seksi Aplikasi"


def test_pppk_rank_uraian_is_the_roman_golongan(employees: EmployeeService) -> None:
    dewi = employees.create(
        make_draft(DEWI, "Dewi Lestari", status_kepegawaian="PPPK"), today=TODAY
    )
    employees.add_rank(dewi, RankEntry(109, date(2024, 3, 1), "PPPK/2024"))
    assert [h.uraian for h in employees.histories(dewi)["pangkat"]] == ["IX"]


# -- search ------------------------------------------------------------------------------


def _search(db: Database, **query: Any) -> list[int]:
    return EmployeeService(db).search_ids(EmployeeQuery(**query))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("sutisna ahmad", {"ahmad"}),
        ("SUTISNA", {"ahmad"}),
        ("  ahmad   ", {"ahmad", "hidayat"}),
        ("tisna", {"ahmad"}),
        ("ahmad siti", set()),
        ("19850315 2010", {"ahmad"}),
        ("198503152", {"ahmad", "hidayat"}),
        ("19850315.2012", {"hidayat"}),
        (DEWI, {"dewi"}),
        ("", {"ahmad", "siti", "budi", "dewi", "hidayat"}),
    ],
)
def test_search_by_name_words_or_nip_digits(
    register_db: Database, register: Register, text: str, who: set[str]
) -> None:
    assert set(_search(register_db, search=text)) == register.ids(*who)


@pytest.mark.parametrize("text", ["%", "_", "Ahm%d", "S_ti", "%sutisna", "Siti_", "\\"])
def test_like_wildcards_typed_by_the_user_are_literal(register_db: Database, text: str) -> None:
    assert _search(register_db, search=text) == []


@pytest.mark.parametrize(
    ("unit", "who"),
    [
        ("DINAS", {"ahmad", "siti", "budi", "dewi", "hidayat"}),
        ("BID-APL", {"ahmad", "siti", "budi"}),
        ("SEKSI-PGB", {"siti", "budi"}),
        ("BID-STA", {"dewi"}),
    ],
)
def test_unit_filter_includes_sub_units(
    register_db: Database, register: Register, unit: str, who: set[str]
) -> None:
    assert set(_search(register_db, unit_id=register.units[unit])) == register.ids(*who)


def test_unit_filter_does_not_match_a_longer_id_with_the_same_digits(
    register_db: Database, register: Register
) -> None:
    """Unit 1 ("/1/") must not take in unit 11 ("/11/")."""
    org = OrgUnitService(register_db)
    made = [org.create(f"UPT-{n}", f"UPT Nomor {n}") for n in range(5, 12)]
    assert made[-1] == 11 and register.units["DINAS"] == 1
    service = EmployeeService(register_db)
    outsider = service.create(
        make_draft(nip="199212122019031009", nama="Rudi Hartono"), today=TODAY
    )
    service.add_unit(outsider, UnitEntry(11, date(2019, 3, 1), "862/2019"))

    assert outsider not in _search(register_db, unit_id=1)
    assert _search(register_db, unit_id=11) == [outsider]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ({"golongan_id": 31}, {"siti", "budi"}),
        ({"golongan_id": 109}, {"dewi"}),
        ({"golongan_id": 45}, set()),
        ({"status": "PNS"}, {"ahmad", "siti", "hidayat"}),
        ({"status": "CPNS"}, {"budi"}),
        ({"status": "PPPK"}, {"dewi"}),
        ({"status": "PNS", "golongan_id": 31}, {"siti"}),
        ({"search": "ahmad", "golongan_id": 33, "status": "PNS"}, {"ahmad", "hidayat"}),
    ],
)
def test_golongan_and_status_filters(
    register_db: Database, register: Register, query: dict[str, Any], who: set[str]
) -> None:
    assert set(_search(register_db, **query)) == register.ids(*who)


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ({"jenis_jabatan": FK}, {"ahmad", "siti", "budi", "hidayat"}),
        ({"jenis_jabatan": "PELAKSANA"}, {"dewi"}),
        ({"jenis_jabatan": "JPT"}, set()),
        ({"jenis_jabatan": ""}, {"ahmad", "siti", "budi", "dewi", "hidayat"}),
        ({"jenis_jabatan": FK, "status": "CPNS"}, {"budi"}),
        ({"jenis_jabatan": FK, "unit_id": "BID-APL", "search": "ahmad"}, {"ahmad"}),
        ({"jenis_jabatan": "PELAKSANA", "unit_id": "BID-APL"}, set()),
    ],
)
def test_kind_of_position_filter(
    register_db: Database, register: Register, query: dict[str, Any], who: set[str]
) -> None:
    """The kind of the current position (the participant picker narrows by it)."""
    if "unit_id" in query:
        query = {**query, "unit_id": register.units[query["unit_id"]]}
    assert set(_search(register_db, **query)) == register.ids(*who)


def test_kind_of_position_follows_the_newest_position(
    register_db: Database, register: Register
) -> None:
    employees = EmployeeService(register_db)
    dewi = register.people["dewi"]
    employees.add_position(
        dewi, PositionEntry(FK, "Pranata Komputer Ahli Pertama", date(2025, 9, 1), "821/9")
    )
    assert dewi in _search(register_db, jenis_jabatan=FK)
    assert _search(register_db, jenis_jabatan="PELAKSANA") == []


def test_search_combines_text_and_unit(register_db: Database, register: Register) -> None:
    bidang = register.units["BID-APL"]
    assert _search(register_db, search="ahmad", unit_id=bidang) == [register.people["ahmad"]]


_SORT_VALUE: dict[str, Callable[[Person], Any]] = {
    "nip": lambda p: p.nip,
    "nama": lambda p: p.nama,
    "golongan": lambda p: p.golongan_id,
    "jabatan": lambda p: p.jabatan,
    "unit": lambda p: UNIT_NAMES[p.unit],
    "status": lambda p: p.status,
    "tanggal_lahir": lambda p: p.born,
}
# Sort keys whose values the seed does not spell out: read back from the rows.
_ROW_SORT_VALUE: dict[str, Callable[[Any], Any]] = {
    "tmt_golongan": lambda row: row.tmt_golongan,
    "tmt_cpns": lambda row: row.tmt_cpns or date.min,
    "kedudukan_hukum": lambda row: row.kedudukan_hukum,
    "keluar_tanggal": lambda row: row.keluar_tanggal or date.min,
}


def test_every_sort_key_is_covered() -> None:
    assert set(SORT_KEYS) == set(_SORT_VALUE) | set(_ROW_SORT_VALUE)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_sort_keys_with_name_then_id_tie_break(
    register_db: Database, register: Register, sort: str, descending: bool
) -> None:
    """Ties are ordered by name (without regard to case), then by id; all one way."""
    rows = EmployeeService(register_db).rows(list(register.people.values()))
    people = {register.people[p.key]: p for p in PEOPLE}

    def key(employee_id: int) -> tuple[Any, ...]:
        p = people[employee_id]
        if sort in _SORT_VALUE:
            value = _SORT_VALUE[sort](p)
        else:
            value = _ROW_SORT_VALUE[sort](rows[employee_id])
        if isinstance(value, str):
            value = value.casefold()
        return (value, p.nama.casefold(), employee_id)

    ascending = sorted(people, key=key)
    expected = list(reversed(ascending)) if descending else ascending

    assert _search(register_db, sort=sort, descending=descending) == expected


def test_sort_ties_by_name_not_by_id(register_db: Database, register: Register) -> None:
    """Ahmad Hidayat (created last) comes before Ahmad Sutisna in golongan 33."""
    ahmads = [register.people["hidayat"], register.people["ahmad"]]
    assert ahmads[0] > ahmads[1]
    ids = _search(register_db, sort="golongan")  # 31, 31, 33, 33, 109
    assert ids[2:4] == ahmads
    ids = _search(register_db, sort="golongan", descending=True)
    assert ids[1:3] == ahmads[::-1]


def test_sort_ties_really_occur() -> None:
    """Guards the data above: without ties the tie-break would go untested."""
    for key in ("golongan", "jabatan", "unit", "status", "tanggal_lahir"):
        values = [_SORT_VALUE[key](p) for p in PEOPLE]
        assert len(set(values)) < len(values), key


def test_unknown_sort_key_is_refused(register_db: Database) -> None:
    with pytest.raises(ValueError, match="umur"):
        _search(register_db, sort="umur")


# -- display rows -------------------------------------------------------------------------


def test_rows_render_full_name_and_golongan_ruang(
    register_db: Database, register: Register
) -> None:
    service = EmployeeService(register_db)
    ids = [register.people[k] for k in ("ahmad", "siti", "dewi")]

    rows = service.rows(ids)

    assert set(rows) == set(ids)
    ahmad = rows[register.people["ahmad"]]
    assert ahmad.nama_lengkap == "Dr. H. Ahmad Sutisna, S.T., M.T."
    assert (ahmad.nip, ahmad.golongan, ahmad.status) == (AHMAD, "III/c", "PNS")
    assert ahmad.jabatan == "Analis Kebijakan Ahli Muda"
    assert ahmad.unit == "Bidang Aplikasi Informatika"
    siti = rows[register.people["siti"]]
    assert (siti.nama_lengkap, siti.golongan) == ("Siti Aminah, S.Kom.", "III/a")
    assert siti.unit == "Seksi Pengembangan Aplikasi"
    dewi = rows[register.people["dewi"]]
    assert (dewi.nama_lengkap, dewi.golongan, dewi.status) == ("Dewi Lestari", "IX", "PPPK")


def test_rows_of_employee_without_history_and_of_no_ids(employees: EmployeeService) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    shown = employees.rows([employee_id])[employee_id]
    assert (shown.nama_lengkap, shown.golongan, shown.jabatan, shown.unit) == (
        "Ahmad Sutisna",
        "",
        "",
        "",
    )
    assert employees.rows([]) == {}


# -- a failure half-way through ------------------------------------------------------------


def _exploding_stamp(real: Any) -> Any:
    """stamp_change, then push everything to the database, then fail (power cut, bug)."""

    def stamp(session: Any, actor: str, record: Any, *, first: bool = False) -> None:
        real(session, actor, record, first=first)
        session.add(record)
        session.flush()
        raise RuntimeError("listrik padam")

    return stamp


def test_failed_create_after_flush_leaves_nothing(
    db: Database, employees: EmployeeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    seq = change_seq(db)

    with monkeypatch.context() as patch:
        patch.setattr(employees_module, "stamp_change", _exploding_stamp(stamp_change))
        with pytest.raises(RuntimeError, match="listrik padam"):
            employees.create(make_draft(), today=TODAY)

    assert employees.count() == 1
    assert employees.find_by_nip(AHMAD) is None
    assert change_seq(db) == seq
    # The database is still usable and the NIP still free.
    assert employees.create(make_draft(), today=TODAY)


def test_failed_update_after_flush_leaves_the_old_version(
    db: Database, employees: EmployeeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    employee_id = employees.create(make_draft(), today=TODAY)
    before = employees.get(employee_id)
    seq = change_seq(db)

    with monkeypatch.context() as patch:
        patch.setattr(employees_module, "stamp_change", _exploding_stamp(stamp_change))
        with pytest.raises(RuntimeError):
            employees.update(
                employee_id,
                dataclasses.replace(before.draft, telepon="022-4234567"),
                expected_revision=1,
                today=TODAY,
            )

    after = employees.get(employee_id)
    assert after.draft == before.draft
    assert (after.revision, after.updated_at) == (1, before.updated_at)
    assert change_seq(db) == seq


def test_failed_add_rank_after_flush_leaves_nothing(
    db: Database, employees: EmployeeService, ahmad: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/2010"))
    seq = change_seq(db)

    def refresh_then_fail(session: Any, employee: Employee, today: Any = None) -> None:
        session.flush()
        raise RuntimeError("listrik padam")

    with monkeypatch.context() as patch:
        patch.setattr(EmployeeService, "_refresh_current", staticmethod(refresh_then_fail))
        with pytest.raises(RuntimeError):
            employees.add_rank(ahmad, RankEntry(33, date(2018, 4, 1), "823/2018"))

    assert [h.tmt for h in employees.histories(ahmad)["pangkat"]] == [date(2010, 1, 1)]
    assert _current(db, ahmad)[:2] == (31, date(2010, 1, 1))
    assert change_seq(db) == seq


def test_history_models_are_tombstoned_not_deleted(
    db: Database, employees: EmployeeService, ahmad: int, tree: dict[str, int]
) -> None:
    ids = {
        PositionHistory: employees.add_position(
            ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/11")
        ),
        UnitHistory: employees.add_unit(
            ahmad, UnitEntry(tree["DINAS"], date(2010, 1, 1), "862/2010")
        ),
    }
    employees.remove_history("jabatan", ids[PositionHistory])
    employees.remove_history("unit", ids[UnitHistory])
    for model, history_id in ids.items():
        assert row(db, model, history_id).deleted_at is not None


def test_a_history_entry_that_changes_the_current_rank_is_a_change_of_the_employee(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    before = employees.get(ahmad)
    employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/2010"))
    after = employees.get(ahmad)
    assert after.revision == before.revision + 1
    assert row(db, Employee, ahmad).change_seq == change_seq(db)
    # An older entry leaves the current rank, and so the employee record, as it was.
    employees.add_rank(ahmad, RankEntry(21, date(2005, 1, 1), "813/2005"), confirm_earlier=True)
    assert employees.get(ahmad).revision == after.revision


def test_deleting_an_employee_tombstones_the_histories_too(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    rank = employees.add_rank(ahmad, RankEntry(31, date(2010, 1, 1), "813/2010"))
    position = employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2010, 1, 1), "821/2010")
    )
    employees.delete(ahmad, expected_revision=employees.get(ahmad).revision)
    for model, row_id in ((RankHistory, rank), (PositionHistory, position)):
        tombstone = row(db, model, row_id)
        assert tombstone.deleted_at is not None
        assert tombstone.revision == 2


def test_nip_of_a_deleted_employee_is_named_as_deleted(
    employees: EmployeeService, ahmad: int
) -> None:
    employees.delete(ahmad, expected_revision=employees.get(ahmad).revision)
    with pytest.raises(ValidationFailed) as caught:
        employees.create(make_draft(nama="Ahmad Baru"), today=TODAY)
    assert "Ahmad Sutisna (data yang sudah dihapus)" in caught.value.problems[0].message
