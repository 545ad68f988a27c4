"""The small agency of the activity tests (the editor, the page and the participant
picker), built once per session with the services on the initialised template and copied
for every test:

    DINAS        Dinas Komunikasi dan Informatika
      BIDANG     Bidang Aplikasi Informatika        10 people  (people 0-9)
        SEKSI    Seksi Pengembangan Aplikasi        20 people  (people 10-29)
      SEKRETARIAT Sekretariat                       15 people  (people 30-44)

people 0-29 are PNS but 20-24 PPPK and 25-27 CPNS; people 0-7 are Fungsional Keahlian, the
rest Pelaksana; people 30-39 PNS, 40-44 PPPK. Six activities of 2024 and 2025 (ACTIVITIES)
have people of the Sekretariat as participants; nobody has JP in the current year.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.trainings import PelatihanDraft, TrainingService

UNITS = (
    ("DINAS", "Dinas Komunikasi dan Informatika", None),
    ("BIDANG", "Bidang Aplikasi Informatika", "DINAS"),
    ("SEKSI", "Seksi Pengembangan Aplikasi", "BIDANG"),
    ("SEKRETARIAT", "Sekretariat", "DINAS"),
)
FIRST = (
    "Ade", "Agus", "Ahmad", "Budi", "Cahya", "Dedi", "Dewi", "Eka", "Fajar", "Gilang",
    "Hendra", "Indra", "Joko", "Kurnia", "Lina",
)  # fmt: skip
LAST = ("Hidayat", "Permana", "Suryadi")
PEOPLE = 45
# (name, jenis, start, end, amount, provider, participants by person number)
ACTIVITIES = (
    ("Workshop Digitalisasi Layanan Publik", "4", date(2025, 3, 10), date(2025, 3, 12), None,
     "BPSDM Provinsi Jawa Barat", range(30, 35)),
    ("Pelatihan Manajemen Proyek TI", "3", date(2025, 6, 2), date(2025, 6, 6), 40.0,
     "Pusdiklat Kominfo", range(30, 40)),
    ("Coaching Pelayanan Prima", "14", date(2025, 4, 1), date(2025, 5, 30), 4.0,
     "Bagian Organisasi", range(35, 38)),
    ("E-Learning Analisis Data", "16", date(2024, 9, 2), date(2024, 9, 10), 20.0, "LAN RI",
     range(40, 45)),
    ("Seminar Keamanan Siber Pemerintah Daerah", "9", date(2024, 11, 20), date(2024, 11, 21),
     None, "BSSN", range(30, 32)),
    ("Outbound Kepemimpinan Tim", "19", date(2024, 8, 15), date(2024, 8, 16), 12.0,
     "BPSDM Provinsi Jawa Barat", range(38, 41)),
)  # fmt: skip


def nama_of(number: int) -> str:
    return f"{FIRST[number % len(FIRST)]} {LAST[number // len(FIRST)]}"


def status_of(number: int) -> str:
    if 20 <= number <= 24 or number >= 40:
        return "PPPK"
    if 25 <= number <= 27:
        return "CPNS"
    return "PNS"


def unit_of(number: int) -> str:
    if number < 10:
        return "BIDANG"
    return "SEKSI" if number < 30 else "SEKRETARIAT"


def jenis_jabatan_of(number: int) -> str:
    return "FUNGSIONAL_KEAHLIAN" if number < 8 else "PELAKSANA"


def nip_of(number: int) -> tuple[str, date, str]:
    """(NIP or NI PPPK, birth date, sex) of person ``number``."""
    born = date(1975 + number % 15, 1 + number % 12, 1 + number % 27)
    sex = "2" if number % 3 == 0 else "1"
    status = status_of(number)
    if status == "PPPK":
        return f"{born:%Y%m%d}202221{sex}{number + 1:03d}", born, sex
    tmt = "202503" if status == "CPNS" else "201001"
    return f"{born:%Y%m%d}{tmt}{sex}{number + 1:03d}", born, sex


@dataclass
class TrainingAgency:
    path: Path
    units: dict[str, int] = field(default_factory=dict)
    people: list[int] = field(default_factory=list)  # employee id by person number
    activities: dict[str, int] = field(default_factory=dict)  # id by name


def build_training_agency(template: Path, folder: Path) -> TrainingAgency:
    agency = TrainingAgency(folder / "training.sqlite")
    copy_database(template, agency.path)
    db = open_as(agency.path, backup_dir=folder / "backups")
    try:
        org, employees = OrgUnitService(db), EmployeeService(db)
        for kode, nama, parent in UNITS:
            agency.units[kode] = org.create(kode, nama, agency.units[parent] if parent else None)
        for number in range(PEOPLE):
            nip, born, sex = nip_of(number)
            status = status_of(number)
            draft = EmployeeDraft(
                nip=nip,
                nama=nama_of(number),
                tanggal_lahir=born,
                jenis_kelamin="P" if sex == "2" else "L",
                status_kepegawaian=status,
                tempat_lahir="Bandung",
                tmt_cpns=None if status == "PPPK" else date(int(nip[8:12]), int(nip[12:14]), 1),
            )
            eid = employees.create(draft)
            tmt = date(2022, 1, 1) if status == "PPPK" else date(2020, 3, 1)
            if status == "PPPK":
                employees.add_rank(eid, RankEntry(107, tmt, f"800/{number}/PPPK"))
            jenis = jenis_jabatan_of(number)
            jabatan = "Pranata Komputer Ahli Pertama" if jenis != "PELAKSANA" else "Pengolah Data"
            employees.add_position(eid, PositionEntry(jenis, jabatan, tmt, f"821/{number}"))
            employees.add_unit(eid, UnitEntry(agency.units[unit_of(number)], tmt, f"862/{number}"))
            agency.people.append(eid)
        trainings = TrainingService(db)
        for nama, jenis, mulai, selesai, jumlah, penyelenggara, who in ACTIVITIES:
            pid = trainings.create(
                PelatihanDraft(
                    nama=nama,
                    jenis_diklat=jenis,
                    mulai=mulai,
                    selesai=selesai,
                    jumlah=jumlah,
                    penyelenggara=penyelenggara,
                    biaya_rencana=5_000_000 * len(who),
                )
            )
            trainings.enroll(pid, [agency.people[n] for n in who])
            agency.activities[nama] = pid
    finally:
        db.close()
    return agency


_BUILT: dict[Path, TrainingAgency] = {}


def training_template(template: Path, folder: Path) -> TrainingAgency:
    """build_training_agency once per session (the three test modules share it)."""
    if template not in _BUILT:
        _BUILT[template] = build_training_agency(template, folder)
    return _BUILT[template]


def copy_training_agency(template: TrainingAgency, folder: Path) -> TrainingAgency:
    dest = folder / "training.sqlite"
    copy_database(template.path, dest)
    return TrainingAgency(
        dest, dict(template.units), list(template.people), dict(template.activities)
    )


def recent_workshop(**changes: Any) -> PelatihanDraft:
    """A workshop that ended yesterday (so it is credited), three days long."""
    selesai = date.today() - timedelta(days=1)
    draft = PelatihanDraft(
        nama="Workshop Pelayanan Publik Digital",
        jenis_diklat="4",
        mulai=selesai - timedelta(days=2),
        selesai=selesai,
        penyelenggara="BPSDM Provinsi Jawa Barat",
        tempat="Bandung",
        biaya_rencana=30_000_000,
    )
    return replace(draft, **changes)
