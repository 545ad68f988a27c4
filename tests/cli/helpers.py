"""A small register (units, employees, histories) written through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from accounts import open_as

from asn_desktop.domain import EmployeeDraft, golongan_by_ruang
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService

BUDI = "198503152010011002"
SITI = "199002202015032001"
AGUS = "197812012005011003"


@dataclass(frozen=True)
class Person:
    nip: str
    nama: str
    born: date
    sex: str
    unit: str
    ruang: str
    jabatan: str
    status: str = "PNS"


PEOPLE = (
    Person(BUDI, "Budi Santoso", date(1985, 3, 15), "L", "SEKSI-JAR", "III/c", "Pranata Komputer"),
    Person(SITI, "Siti Rahmawati", date(1990, 2, 20), "P", "BID-TI", "III/a", "Analis Data"),
    Person(AGUS, "Agus Setiawan", date(1978, 12, 1), "L", "BID-UM", "IV/a", "Kepala Bidang"),
)


def add_person(db: Database, person: Person, units: dict[str, int]) -> int:
    service = EmployeeService(db)
    employee_id = service.create(
        EmployeeDraft(
            nip=person.nip,
            nama=person.nama,
            tanggal_lahir=person.born,
            jenis_kelamin=person.sex,
            status_kepegawaian=person.status,
        )
    )
    tmt = date(2020, 1, 1)
    service.add_rank(employee_id, RankEntry(golongan_by_ruang(person.ruang).id, tmt, "SK/1"))
    service.add_position(employee_id, PositionEntry("PELAKSANA", person.jabatan, tmt, "SK/2"))
    service.add_unit(employee_id, UnitEntry(units[person.unit], tmt, "SK/3"))
    return employee_id


def populate(path: Path) -> dict[str, int]:
    """Units DINAS > (BID-TI > SEKSI-JAR, BID-UM) and three employees; returns NIP -> id."""
    db = open_as(path)
    try:
        org = OrgUnitService(db)
        units: dict[str, int] = {}
        units["DINAS"] = org.create("DINAS", "Dinas Komunikasi dan Informatika")
        units["BID-TI"] = org.create("BID-TI", "Bidang Teknologi Informasi", units["DINAS"], 1)
        units["SEKSI-JAR"] = org.create("SEKSI-JAR", "Seksi Jaringan", units["BID-TI"], 1)
        units["BID-UM"] = org.create("BID-UM", "Bidang Umum", units["DINAS"], 2)
        return {p.nip: add_person(db, p, units) for p in PEOPLE}
    finally:
        db.close()
