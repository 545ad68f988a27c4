"""Drafts and a small seeded register for the service tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from asn_desktop.db.models import AppMeta
from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.database import CHANGE_SEQ_KEY, Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService

# Validation depends on "today" (TMT CPNS in the NIP must not lie in the future).
TODAY = date(2026, 11, 27)

AHMAD = "198503152010011002"  # PNS, L, lahir 15-03-1985, TMT CPNS Januari 2010
SITI = "199002202015032001"  # PNS, P, lahir 20-02-1990, TMT CPNS Maret 2015
BUDI = "199801012025021003"  # CPNS, L, lahir 01-01-1998, TMT CPNS Februari 2025
DEWI = "199105052023212004"  # NI PPPK, lahir 05-05-1991, diangkat 2023
HIDAYAT = "198503152012121005"  # PNS, L, same birth date as AHMAD, TMT CPNS Desember 2012


def born_of(nip: str) -> date:
    return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))


def make_draft(nip: str = AHMAD, nama: str = "Ahmad Sutisna", **overrides: Any) -> EmployeeDraft:
    """A valid draft for `nip`: birth date from digits 1-8, sex from digit 15."""
    values: dict[str, Any] = {
        "nip": nip,
        "nama": nama,
        "tanggal_lahir": born_of(nip),
        "jenis_kelamin": "P" if nip[14] == "2" else "L",
        "status_kepegawaian": "PNS",
        "tempat_lahir": "Bandung",
    }
    values.update(overrides)
    return EmployeeDraft(**values)


def change_seq(db: Database) -> int:
    with db.reading() as session:
        value = session.scalar(select(AppMeta.value).where(AppMeta.key == CHANGE_SEQ_KEY))
    return int(value or 0)


def row(db: Database, model: type[Any], row_id: int) -> Any:
    """The ORM row as stored (deleted or not), detached for reading its columns."""
    with db.reading() as session:
        found = session.get(model, row_id)
        assert found is not None, f"{model.__name__} {row_id} is gone"
        session.expunge(found)
        return found


@dataclass(frozen=True)
class Unit:
    kode: str
    nama: str
    parent: str | None
    urutan: int = 0


@dataclass(frozen=True)
class Person:
    key: str
    nip: str
    nama: str
    status: str
    golongan_id: int
    jabatan: str
    jenis_jabatan: str
    unit: str
    gelar_depan: str = ""
    gelar_belakang: str = ""

    @property
    def born(self) -> date:
        return born_of(self.nip)


UNITS = (
    Unit("DINAS", "Dinas Komunikasi dan Informatika", None),
    Unit("BID-APL", "Bidang Aplikasi Informatika", "DINAS", 1),
    Unit("SEKSI-PGB", "Seksi Pengembangan Aplikasi", "BID-APL", 1),
    Unit("BID-STA", "Bidang Statistik", "DINAS", 2),
)

FK = "FUNGSIONAL_KEAHLIAN"
# Created in this order, so ids are 1..5; the ties (golongan, jabatan, unit, status, birth
# date) make the id tie-break of every sort visible.
PEOPLE = (
    Person("ahmad", AHMAD, "Ahmad Sutisna", "PNS", 33, "Analis Kebijakan Ahli Muda", FK,
           "BID-APL", "Dr. H.", "S.T., M.T."),
    Person("siti", SITI, "Siti Aminah", "PNS", 31, "Pranata Komputer Ahli Pertama", FK,
           "SEKSI-PGB", "", "S.Kom."),
    Person("budi", BUDI, "Budi Santoso", "CPNS", 31, "Pranata Komputer Ahli Pertama", FK,
           "SEKSI-PGB"),
    Person("dewi", DEWI, "Dewi Lestari", "PPPK", 109, "Pengelola Layanan Operasional",
           "PELAKSANA", "BID-STA"),
    Person("hidayat", HIDAYAT, "Ahmad Hidayat", "PNS", 33, "Analis Kebijakan Ahli Muda", FK,
           "DINAS"),
)  # fmt: skip

UNIT_NAMES = {u.kode: u.nama for u in UNITS}


@dataclass
class Register:
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)

    def ids(self, *keys: str) -> set[int]:
        return {self.people[k] for k in keys}


def seed_register(db: Database) -> Register:
    """The units of UNITS and the five PEOPLE with one rank, position and placement each."""
    org = OrgUnitService(db)
    employees = EmployeeService(db)
    register = Register()
    for unit in UNITS:
        parent = register.units[unit.parent] if unit.parent else None
        register.units[unit.kode] = org.create(unit.kode, unit.nama, parent, unit.urutan)
    tmt = date(2025, 3, 1)
    for p in PEOPLE:
        draft = make_draft(
            p.nip,
            p.nama,
            status_kepegawaian=p.status,
            gelar_depan=p.gelar_depan,
            gelar_belakang=p.gelar_belakang,
        )
        eid = employees.create(draft, today=TODAY)
        employees.add_rank(eid, RankEntry(p.golongan_id, tmt, f"800/{p.key}/KP"))
        employees.add_position(eid, PositionEntry(p.jenis_jabatan, p.jabatan, tmt, f"821/{p.key}"))
        employees.add_unit(eid, UnitEntry(register.units[p.unit], tmt, f"862/{p.key}"))
        register.people[p.key] = eid
    return register
