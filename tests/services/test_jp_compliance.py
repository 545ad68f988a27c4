"""ComplianceService: the yearly JP obligation per employee and unit, the list of staff with
no development for years, an employee's yearly bars.

Activities are written as rows (the activity editor is services/trainings.py, its own
slice): what is counted is what jp_tahunan reads from the tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy.orm import Session

from asn_desktop.db.backup import copy_database
from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan, TugasBelajar
from asn_desktop.db.models import Employee
from asn_desktop.domain.jp import tahun_jp
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.jp_compliance import ComplianceService, JpQuery, JpTahun
from asn_desktop.services.org_units import OrgUnitService

from .helpers import TODAY, Register, make_draft

AS_OF = date(2026, 11, 27)
TAHUN = 2026

RINA = "199801012026072001"  # CPNS, P, TMT CPNS 1 Juli 2026
KARIM = "196802101990031002"  # PNS pelaksana, lahir Februari 1968: TMT pensiun 1 Maret 2026
GONE = "199203032016011003"  # deleted from the register


# -- writing the activities -----------------------------------------------------------------


def activity(
    db: Database,
    nama: str,
    mulai: date,
    selesai: date,
    jp: float,
    peserta: dict[int, dict[str, Any]],
    **columns: Any,
) -> int:
    """One activity with its participants (id -> PesertaPelatihan columns), as rows."""
    with Session(db.engine) as session:
        row = Pelatihan(
            nama=nama,
            jenis_diklat=columns.pop("jenis_diklat", "3"),
            mulai=mulai,
            selesai=selesai,
            tahun=tahun_jp(mulai, selesai),
            satuan="jp",
            jumlah=jp,
            jp=jp,
            aturan_versi="konversi_jp@2019-02-01",
            **columns,
        )
        session.add(row)
        session.flush()
        for employee_id, values in peserta.items():
            session.add(PesertaPelatihan(pelatihan_id=row.id, employee_id=employee_id, **values))
        session.commit()
        return row.id


def study(db: Database, employee_id: int, mulai: date, selesai: date | None) -> None:
    with Session(db.engine) as session:
        session.add(
            TugasBelajar(
                employee_id=employee_id,
                mulai=mulai,
                selesai=selesai,
                jenjang="S2",
                program_studi="Magister Administrasi Publik",
                institusi="Universitas Padjadjaran",
            )
        )
        session.commit()


def add_employee(
    db: Database,
    nip: str,
    nama: str,
    status: str,
    unit_id: int,
    tmt: date,
    *,
    golongan_id: int = 31,
    jabatan: str = "Pengadministrasi Perkantoran",
    gelar_depan: str = "",
) -> int:
    employees = EmployeeService(db)
    draft = make_draft(nip, nama, status_kepegawaian=status, gelar_depan=gelar_depan)
    eid = employees.create(draft, today=TODAY)
    employees.add_rank(eid, RankEntry(golongan_id, tmt, f"800/{nip[-3:]}/KP"))
    employees.add_position(eid, PositionEntry("PELAKSANA", jabatan, tmt, f"821/{nip[-3:]}"))
    employees.add_unit(eid, UnitEntry(unit_id, tmt, f"862/{nip[-3:]}"))
    return eid


def delete_employee(db: Database, employee_id: int) -> None:
    with Session(db.engine) as session:
        row = session.get(Employee, employee_id)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
        session.commit()


@dataclass
class World:
    db: Database
    path: Path
    units: dict[str, int]
    people: dict[str, int] = field(default_factory=dict)


def build_world(db: Database, register: Register, path: Path) -> World:
    """The five people of helpers.PEOPLE plus Rina (joined 1 July 2026), Karim (retires
    1 March 2026) and a deleted employee, with the activities of the hand count below."""
    world = World(db, path, dict(register.units), dict(register.people))
    p = world.people
    p["rina"] = add_employee(
        db, RINA, "Rina Marlina", "CPNS", world.units["BID-STA"], date(2026, 7, 1)
    )
    p["karim"] = add_employee(
        db, KARIM, "Karim Abdullah", "PNS", world.units["SEKSI-PGB"], date(1990, 3, 1)
    )
    p["gone"] = add_employee(db, GONE, "Gone Away", "PNS", world.units["BID-STA"], date(2016, 1, 1))
    lulus = {"hasil": "lulus"}
    activity(
        db,
        "Pelatihan Pelayanan Publik Prima",
        date(2026, 3, 2),
        date(2026, 3, 4),
        24,
        {
            p["ahmad"]: lulus,
            p["siti"]: {"kehadiran": 70},  # below the activity's minimum (80)
            p["budi"]: {"hasil": "tidak_lulus"},
        },
        penyelenggara="BPSDM Jawa Barat",
    )
    # Across New Year: counts in the year it ends.
    activity(
        db,
        "Workshop Digitalisasi Layanan",
        date(2025, 12, 28),
        date(2026, 1, 3),
        20,
        {p["siti"]: {}, p["hidayat"]: lulus},
    )
    activity(db, "Seminar Manajemen Proyek", date(2026, 2, 9), date(2026, 2, 10), 3, {
        p["karim"]: {}, p["budi"]: {},
    })  # fmt: skip
    # Not ended by AS_OF: nothing yet.
    activity(db, "Bimtek Keamanan Informasi", date(2026, 12, 1), date(2026, 12, 3), 16, {
        p["ahmad"]: {}, p["dewi"]: {},
    })  # fmt: skip
    activity(db, "Kursus Analisis Data", date(2026, 8, 10), date(2026, 8, 12), 10, {
        p["rina"]: {}, p["gone"]: {},
    })  # fmt: skip
    activity(db, "Diklat Teknis 2025", date(2025, 5, 5), date(2025, 5, 7), 20, {p["dewi"]: {}})
    # Degree study from 1 August 2025: semesters end 31 January and 31 July 2026 (20 JP each).
    study(db, p["hidayat"], date(2025, 8, 1), None)
    delete_employee(db, p["gone"])
    return world


@pytest.fixture(scope="module")
def world_template(
    register_template: tuple[Path, Register], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, World]:
    folder = tmp_path_factory.mktemp("jp-world")
    path = folder / "world.sqlite"
    copy_database(register_template[0], path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        world = build_world(db, register_template[1], path)
    finally:
        db.close()
    return path, world


@pytest.fixture
def world(world_template: tuple[Path, World], tmp_path: Path) -> Iterator[World]:
    dest = tmp_path / "world.sqlite"
    copy_database(world_template[0], dest)
    db = open_as(dest)
    template = world_template[1]
    yield World(db, dest, template.units, template.people)
    db.close()


def service(world: World) -> ComplianceService:
    return ComplianceService(world.db)


# The hand count of TAHUN (as of AS_OF): (jp, target, meets)
EXPECTED_2026 = {
    "ahmad": (24.0, 20.0, True),  # Pelayanan Publik; the December Bimtek has not ended
    "siti": (20.0, 20.0, True),  # the workshop across New Year; 70% attendance not credited
    "budi": (3.0, 20.0, False),  # failed Pelayanan Publik; the seminar
    "dewi": (0.0, 20.0, False),  # PPPK: the Bimtek has not ended
    "hidayat": (60.0, 20.0, True),  # workshop 20 + two semesters of degree study 40
    "rina": (10.0, 10.0, True),  # joined 1 July: July-December, 6/12 of 20
    "karim": (3.0, 4.0, False),  # retires 1 March: January-February, 2/12 of 20 rounded up
}


def _by_key(world: World, pegawai: list[Any]) -> dict[str, Any]:
    keys = {v: k for k, v in world.people.items()}
    return {keys[p.employee_id]: p for p in pegawai}


# -- per employee -------------------------------------------------------------------------


def test_every_employee_figure_agrees_with_the_hand_count(world: World) -> None:
    laporan = service(world).laporan(TAHUN, as_of=AS_OF)
    found = _by_key(world, laporan.pegawai)
    assert {k: (p.jp, p.target, p.memenuhi) for k, p in found.items()} == EXPECTED_2026
    assert found["budi"].kekurangan == 17.0 and found["karim"].kekurangan == 1.0
    assert found["ahmad"].kekurangan == 0.0
    # Printed names carry the gelar; unit code and name of the current unit.
    assert found["ahmad"].nama == "Dr. H. Ahmad Sutisna, S.T., M.T."
    assert (found["siti"].unit_kode, found["siti"].unit_nama) == (
        "SEKSI-PGB",
        "Seksi Pengembangan Aplikasi",
    )


def test_a_deleted_employee_is_not_counted(world: World) -> None:
    laporan = service(world).laporan(TAHUN, as_of=AS_OF)
    assert world.people["gone"] not in {p.employee_id for p in laporan.pegawai}
    assert sum(u.staff for u in laporan.unit if u.kode == "DINAS") == len(EXPECTED_2026)


def test_pppk_target_is_prorated_from_the_appointment_and_marked_unconfirmed(
    world: World,
) -> None:
    # Dewi's first rank entry (her PPPK appointment) is 1 March 2025: March-December 2025.
    found = _by_key(world, service(world).laporan(2025, as_of=AS_OF).pegawai)
    dewi = found["dewi"]
    assert (dewi.jp, dewi.target, dewi.memenuhi) == (20.0, 17.0, True)
    assert dewi.mulai_kerja == date(2025, 3, 1) and dewi.selesai_kerja is None
    assert not dewi.target_dikonfirmasi and "PPPK" in dewi.catatan_target
    assert found["ahmad"].target_dikonfirmasi and found["ahmad"].catatan_target == ""
    # Budi, CPNS from February 2025: 11 months of 20, rounded up.
    assert found["budi"].target == 19.0


def test_joined_in_july_and_retiring_in_march(world: World) -> None:
    found = _by_key(world, service(world).laporan(TAHUN, as_of=AS_OF).pegawai)
    assert found["rina"].mulai_kerja == date(2026, 7, 1)
    assert found["karim"].selesai_kerja == date(2026, 2, 28)
    assert found["karim"].mulai_kerja is None
    # In 2025 Rina had not joined and Karim served all year; in 2027 Karim is retired.
    in_2025 = _by_key(world, service(world).laporan(2025, as_of=AS_OF).pegawai)
    assert "rina" not in in_2025 and in_2025["karim"].target == 20.0
    in_2027 = _by_key(world, service(world).laporan(2027, as_of=AS_OF).pegawai)
    assert "karim" not in in_2027 and "rina" in in_2027


def test_retiring_at_the_end_of_march(world: World) -> None:
    # Born in March 1968, BUP 58: TMT pensiun 1 April 2026, in service January-March.
    sri = add_employee(
        world.db, "196803201990032003", "Sri Rahayu", "PNS", world.units["BID-STA"],
        date(1990, 3, 1),
    )  # fmt: skip
    (row,) = service(world).rows(TAHUN, [sri], as_of=AS_OF).values()
    assert (row.target, row.selesai_kerja, row.memenuhi, row.kekurangan) == (
        5.0,
        date(2026, 3, 31),
        False,
        5.0,
    )


def test_credit_rules_of_the_year(world: World) -> None:
    """The training across New Year counts in 2026, not 2025; a year later the December
    Bimtek has ended and counts."""
    in_2025 = _by_key(world, service(world).laporan(2025, as_of=AS_OF).pegawai)
    assert in_2025["siti"].jp == 0.0 and in_2025["hidayat"].jp == 0.0
    later = _by_key(world, service(world).laporan(TAHUN, as_of=date(2027, 1, 10)).pegawai)
    assert later["ahmad"].jp == 40.0 and later["dewi"].jp == 16.0


def test_degree_study_counts_completed_semesters(world: World) -> None:
    before_first = service(world).laporan(TAHUN, as_of=date(2026, 1, 30)).pegawai
    assert _by_key(world, before_first)["hidayat"].jp == 20.0  # the workshop only
    after_first = service(world).laporan(TAHUN, as_of=date(2026, 1, 31)).pegawai
    assert _by_key(world, after_first)["hidayat"].jp == 40.0


def test_a_year_without_a_target_rule_is_refused(world: World) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service(world).laporan(2016, as_of=AS_OF)
    assert caught.value.problems[0].field == "tahun"
    assert "2016" in str(caught.value) and "30-03-2017" in str(caught.value)


def test_status_filter_and_bad_status(world: World) -> None:
    pppk = service(world).laporan(TAHUN, status="PPPK", as_of=AS_OF).pegawai
    assert [p.employee_id for p in pppk] == [world.people["dewi"]]
    with pytest.raises(ValidationFailed, match="honorer"):
        service(world).laporan(TAHUN, status="honorer", as_of=AS_OF)


# -- per unit -------------------------------------------------------------------------------


def test_unit_shares_include_the_sub_units(world: World) -> None:
    laporan = service(world).laporan(TAHUN, as_of=AS_OF)
    units = {u.kode: u for u in laporan.unit}
    assert [u.kode for u in laporan.unit] == ["DINAS", "BID-APL", "SEKSI-PGB", "BID-STA"]
    assert [u.tingkat for u in laporan.unit] == [0, 1, 2, 1]
    figures = {
        k: (u.staff, u.meeting_target, u.below_target, u.nihil, u.share, u.staff_langsung)
        for k, u in units.items()
    }
    assert figures == {
        # Hidayat, and everyone below: Ahmad, Siti, Hidayat, Rina meet.
        "DINAS": (7, 4, 3, 1, 57.14, 1),
        # Ahmad, and Seksi Pengembangan Aplikasi's Siti, Budi and Karim.
        "BID-APL": (4, 2, 2, 0, 50.0, 1),
        "SEKSI-PGB": (3, 1, 2, 0, 33.33, 3),
        # Dewi (nothing yet) and Rina.
        "BID-STA": (2, 1, 1, 1, 50.0, 2),
    }
    assert units["SEKSI-PGB"].jp_total == 26.0 and units["SEKSI-PGB"].jp_rata2 == 8.67
    assert units["DINAS"].jp_total == 120.0


def test_unit_filter_takes_the_unit_and_those_below(world: World) -> None:
    laporan = service(world).laporan(TAHUN, unit_id=world.units["BID-APL"], as_of=AS_OF)
    assert {p.employee_id for p in laporan.pegawai} == {
        world.people[k] for k in ("ahmad", "siti", "budi", "karim")
    }
    assert [(u.kode, u.tingkat, u.staff) for u in laporan.unit] == [
        ("BID-APL", 0, 4),
        ("SEKSI-PGB", 1, 3),
    ]
    # Employees in the order of the tree, then by name.
    assert [p.unit_kode for p in laporan.pegawai] == [
        "BID-APL",
        "SEKSI-PGB",
        "SEKSI-PGB",
        "SEKSI-PGB",
    ]
    assert [p.nama for p in laporan.pegawai[1:]] == [
        "Budi Santoso",
        "Karim Abdullah",
        "Siti Aminah, S.Kom.",
    ]
    with pytest.raises(NotFound):
        service(world).laporan(TAHUN, unit_id=9999, as_of=AS_OF)


def test_names_sort_without_their_gelar(world: World) -> None:
    yusuf = add_employee(
        world.db, "198707072012121001", "Yusuf Maulana", "PNS", world.units["SEKSI-PGB"],
        date(2012, 12, 1), gelar_depan="Dr.",
    )  # fmt: skip
    laporan = service(world).laporan(TAHUN, unit_id=world.units["SEKSI-PGB"], as_of=AS_OF)
    assert [p.nama for p in laporan.pegawai] == [
        "Budi Santoso",
        "Karim Abdullah",
        "Siti Aminah, S.Kom.",
        "Dr. Yusuf Maulana",
    ]
    citra = add_employee(
        world.db, "198808082010012002", "Citra Lestari", "PNS", world.units["BID-STA"],
        date(2010, 1, 1),
    )  # fmt: skip
    resistant = service(world).tanpa_pengembangan(2025, as_of=AS_OF)
    # Never trained by 2025, both from January 2010: Ahmad (printed "Dr. H. Ahmad ...")
    # before Citra.
    same = [t.employee_id for t in resistant if t.tahun_tanpa == 16]
    assert same == [world.people["ahmad"], citra]
    assert yusuf in {t.employee_id for t in resistant}


def test_an_employee_counts_in_the_unit_they_are_in_now(world: World) -> None:
    EmployeeService(world.db).add_unit(
        world.people["budi"], UnitEntry(world.units["BID-STA"], date(2026, 10, 1), "862/pindah")
    )
    units = {u.kode: u for u in service(world).laporan(TAHUN, as_of=AS_OF).unit}
    assert (units["SEKSI-PGB"].staff, units["BID-STA"].staff) == (2, 3)


def test_ringkasan_totals(world: World) -> None:
    total = service(world).ringkasan(TAHUN, as_of=AS_OF)
    assert (total.staff, total.meeting_target, total.below_target, total.nihil) == (7, 4, 3, 1)
    assert total.share == 57.14
    unit = service(world).ringkasan(TAHUN, world.units["BID-STA"], as_of=AS_OF)
    assert (unit.staff, unit.meeting_target, unit.nihil, unit.share) == (2, 1, 1, 50.0)


# -- the page's table -----------------------------------------------------------------------


def _ids(world: World, *keys: str) -> list[int]:
    return [world.people[k] for k in keys]


def test_search_ids_sorted_and_filtered(world: World) -> None:
    s = service(world)
    q = JpQuery(TAHUN, as_of=AS_OF)
    everyone = ("hidayat", "ahmad", "budi", "dewi", "karim", "rina", "siti")
    assert s.search_ids(q) == _ids(world, *everyone)  # by name
    assert s.search_ids(q, "nama", True) == _ids(world, *reversed(everyone))
    below = JpQuery(TAHUN, kategori="di_bawah", as_of=AS_OF)
    assert s.search_ids(below) == _ids(world, "budi", "dewi", "karim")
    meeting = JpQuery(TAHUN, kategori="memenuhi", as_of=AS_OF)
    assert s.search_ids(meeting) == _ids(world, "hidayat", "ahmad", "rina", "siti")
    assert s.search_ids(JpQuery(TAHUN, kategori="nihil", as_of=AS_OF)) == _ids(world, "dewi")
    assert s.search_ids(JpQuery(TAHUN, text="ahmad", as_of=AS_OF)) == _ids(
        world, "hidayat", "ahmad"
    )
    assert s.search_ids(JpQuery(TAHUN, text="1985 0315", as_of=AS_OF)) == _ids(
        world, "hidayat", "ahmad"
    )
    assert s.search_ids(JpQuery(TAHUN, status="PPPK", as_of=AS_OF)) == _ids(world, "dewi")
    in_unit = JpQuery(TAHUN, unit_id=world.units["BID-APL"], as_of=AS_OF)
    assert s.search_ids(in_unit) == _ids(world, "ahmad", "budi", "karim", "siti")
    # Not in service in 2025: Rina.
    assert world.people["rina"] not in s.search_ids(JpQuery(2025, as_of=AS_OF))


def test_search_ids_sorted_by_jp_with_degree_study_and_ties_by_name(world: World) -> None:
    s = service(world)
    q = JpQuery(TAHUN, as_of=AS_OF)
    # Hidayat has 20 JP of activities (what SQL sees) and 40 of study: he goes last.
    ascending = ("dewi", "budi", "karim", "rina", "siti", "ahmad", "hidayat")
    assert s.search_ids(q, "jp") == _ids(world, *ascending)
    assert s.search_ids(q, "jp", True) == _ids(world, *reversed(ascending))


def test_search_ids_other_sorts(world: World) -> None:
    s = service(world)
    q = JpQuery(TAHUN, as_of=AS_OF)
    assert s.search_ids(q, "nip")[0] == world.people["karim"]  # born 1968
    by_unit = s.search_ids(q, "unit")
    # Bidang Aplikasi Informatika, Bidang Statistik, Dinas..., Seksi...; by name within.
    assert by_unit == _ids(world, "ahmad", "dewi", "rina", "hidayat", "budi", "karim", "siti")
    by_status = s.search_ids(q, "status")
    assert by_status[:2] == _ids(world, "budi", "rina")  # CPNS first, by name
    with pytest.raises(ValueError, match="cannot sort"):
        s.search_ids(q, "gaji")


def test_rows_of_a_page(world: World) -> None:
    s = service(world)
    ids = _ids(world, "budi", "rina", "gone")
    rows = s.rows(TAHUN, ids, as_of=AS_OF)
    assert set(rows) == set(_ids(world, "budi", "rina"))  # the deleted one is absent
    assert (rows[world.people["rina"]].jp, rows[world.people["rina"]].target) == (10.0, 10.0)
    assert world.people["rina"] not in s.rows(2025, ids, as_of=AS_OF)
    laporan = {p.employee_id: p for p in s.laporan(TAHUN, as_of=AS_OF).pegawai}
    assert rows[world.people["budi"]] == laporan[world.people["budi"]]
    assert s.rows(TAHUN, [], as_of=AS_OF) == {}


# -- no development for years ---------------------------------------------------------------


def test_resistant_list_for_one_two_and_three_or_more_years(world: World) -> None:
    db = world.db
    unit = OrgUnitService(db).create("BID-UM", "Bidang Umum", world.units["DINAS"], 3)
    lastri = add_employee(
        db, "198001012005012001", "Lastri Wulandari", "PNS", unit, date(2005, 1, 1)
    )
    joko = add_employee(db, "198102022006041002", "Joko Susilo", "PNS", unit, date(2006, 4, 1))
    nina = add_employee(db, "199003032019012003", "Nina Karlina", "PNS", unit, date(2019, 1, 1))
    activity(db, "Bimtek 2024", date(2024, 6, 3), date(2024, 6, 5), 12, {lastri: {}})
    activity(db, "Diklat 2021", date(2021, 9, 6), date(2021, 9, 8), 18, {joko: {}})
    # A failed one in 2025 does not make Joko's last development 2025.
    activity(
        db, "Gagal 2025", date(2025, 9, 1), date(2025, 9, 2), 8, {joko: {"hasil": "tidak_lulus"}}
    )
    s = service(world)

    def listed(minimal: int, **kw: Any) -> list[tuple[int, int | None, int | None]]:
        found = s.tanpa_pengembangan(TAHUN, minimal_tahun=minimal, as_of=AS_OF, **kw)
        return [(t.employee_id, t.tahun_terakhir, t.tahun_tanpa) for t in found]

    # Nina never (TMT CPNS January 2019: 8 years), Joko since 2021, Lastri since 2024,
    # Dewi since 2025; everyone else had some in 2026.
    one = [(nina, None, 8), (joko, 2021, 5), (lastri, 2024, 2), (world.people["dewi"], 2025, 1)]
    assert listed(1) == one
    assert listed(2) == one[:3]
    assert listed(3) == one[:2]
    assert listed(1, unit_id=unit) == one[:3]
    found = s.tanpa_pengembangan(TAHUN, minimal_tahun=3, as_of=AS_OF)
    assert found[0].nama == "Nina Karlina" and found[0].unit_kode == "BID-UM"
    with pytest.raises(ValidationFailed, match="1 sampai"):
        s.tanpa_pengembangan(TAHUN, minimal_tahun=0)


def test_resistant_list_of_a_past_year_ignores_what_came_after(world: World) -> None:
    found = {
        t.employee_id: t
        for t in service(world).tanpa_pengembangan(2025, minimal_tahun=1, as_of=AS_OF)
    }
    # Ahmad's only development is in 2026: by the end of 2025 he had none since 2010.
    ahmad = found[world.people["ahmad"]]
    assert (ahmad.tahun_terakhir, ahmad.tahun_tanpa) == (None, 16)
    assert world.people["dewi"] not in found  # her Diklat was in 2025
    assert world.people["rina"] not in found  # not yet in service


# -- one employee's bars --------------------------------------------------------------------


def test_riwayat_jp_bars(world: World) -> None:
    s = service(world)
    budi = s.riwayat_jp(world.people["budi"], TAHUN, 3, as_of=AS_OF)
    # 2024 before his TMT CPNS: target 0; 2025 from February: 19.
    assert budi == [JpTahun(2024, 0.0, 0.0), JpTahun(2025, 0.0, 19.0), JpTahun(2026, 3.0, 20.0)]
    tahun, jp, target = budi[-1]
    assert (tahun, jp, target) == (2026, 3.0, 20.0)
    hidayat = s.riwayat_jp(world.people["hidayat"], TAHUN, 2, as_of=AS_OF)
    assert hidayat == [JpTahun(2025, 0.0, 20.0), JpTahun(2026, 60.0, 20.0)]
    karim = s.riwayat_jp(world.people["karim"], 2027, 2, as_of=AS_OF)
    assert karim == [JpTahun(2026, 3.0, 4.0), JpTahun(2027, 0.0, 0.0)]
    # Before PP 11/2017 there is no target rule.
    assert s.riwayat_jp(world.people["ahmad"], 2017, 2, as_of=AS_OF) == [
        JpTahun(2016, 0.0, None),
        JpTahun(2017, 0.0, 20.0),
    ]
    with pytest.raises(NotFound):
        s.riwayat_jp(world.people["gone"], TAHUN)
    with pytest.raises(ValidationFailed, match="Jumlah tahun"):
        s.riwayat_jp(world.people["budi"], TAHUN, 0)


# -- permissions ----------------------------------------------------------------------------


def test_a_viewer_reads_every_figure(world: World) -> None:
    viewer = open_as(world.path, "viewer")
    try:
        s = ComplianceService(viewer)
        assert len(s.laporan(TAHUN, as_of=AS_OF).pegawai) == 7
        assert s.ringkasan(TAHUN, as_of=AS_OF).staff == 7
        ids = s.search_ids(JpQuery(TAHUN, as_of=AS_OF))
        assert len(s.rows(TAHUN, ids, as_of=AS_OF)) == 7
        assert s.tanpa_pengembangan(TAHUN, as_of=AS_OF)
        assert len(s.riwayat_jp(world.people["budi"], TAHUN, as_of=AS_OF)) == 5
    finally:
        viewer.close()


def test_nobody_signed_in_reads_nothing(world: World) -> None:
    from asn_desktop.services.errors import PermissionDenied

    nobody = Database.open(world.path)
    try:
        with pytest.raises(PermissionDenied):
            ComplianceService(nobody).laporan(TAHUN, as_of=AS_OF)
    finally:
        nobody.close()
