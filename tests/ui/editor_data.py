"""A small agency for the tests of the SKP editor, the evaluation editor and the preview.

Built once per session with the services on the initialised template (accounts and SIASN
catalogues, no demo data: what the demo generator writes is not these tests' business),
then copied for every test:

    DINAS   Dinas Komunikasi dan Informatika   kadis (JPT)
    BIDANG  Bidang Aplikasi Informatika        kabid (ADMINISTRATOR), budi (FK)
    SEKSI   Seksi Pengembangan Aplikasi        kasi (PENGAWAS), ahmad, siti (FK)

so the appraiser proposal finds kasi (atasan kabid) for ahmad and siti. Nobody has an SKP;
tests make what they need with `make_skp` and friends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.appraisals import (
    AppraisalService,
    EvaluasiDraft,
    IndikatorInput,
    RealisasiInput,
    RhkInput,
    SkpDraft,
    UmpanBalikInput,
)
from asn_desktop.services.database import AGENCY_NAME_KEY
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService

TAHUN = date.today().year  # the services take years up to next year only
AGENCY = "Dinas Komunikasi dan Informatika Kota Bandung"
UNITS = (
    ("DINAS", "Dinas Komunikasi dan Informatika", None),
    ("BIDANG", "Bidang Aplikasi Informatika", "DINAS"),
    ("SEKSI", "Seksi Pengembangan Aplikasi", "BIDANG"),
)
FK = "FUNGSIONAL_KEAHLIAN"
# key, NIP, name, golongan, kind of position, position, unit
PEOPLE = (
    ("kadis", "197004121995031001", "Bambang Hermawan", 43, "JPT",
     "Kepala Dinas Komunikasi dan Informatika", "DINAS"),
    ("kabid", "197508172000122002", "Rina Kartika", 41, "ADMINISTRATOR",
     "Kepala Bidang Aplikasi Informatika", "BIDANG"),
    ("kasi", "198001012005011003", "Agus Salim", 34, "PENGAWAS",
     "Kepala Seksi Pengembangan Aplikasi", "SEKSI"),
    ("ahmad", "198503152010011002", "Ahmad Sutisna", 33, FK, "Pranata Komputer Ahli Muda",
     "SEKSI"),
    ("siti", "199002202015032001", "Siti Aminah", 31, FK, "Pranata Komputer Ahli Pertama",
     "SEKSI"),
    ("budi", "198503152012121005", "Budi Santoso", 33, FK, "Statistisi Ahli Muda", "BIDANG"),
)  # fmt: skip
NAMES = {key: nama for key, _nip, nama, *_rest in PEOPLE}


@dataclass
class Agency:
    path: Path
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


def _born(nip: str) -> date:
    return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))


def build_agency(template: Path, folder: Path) -> Agency:
    agency = Agency(folder / "editors.sqlite")
    copy_database(template, agency.path)
    db = open_as(agency.path, backup_dir=folder / "backups")
    try:
        org, employees = OrgUnitService(db), EmployeeService(db)
        for kode, nama, parent in UNITS:
            agency.units[kode] = org.create(kode, nama, agency.units[parent] if parent else None)
        tmt = date(2020, 3, 1)
        for key, nip, nama, golongan, jenis, jabatan, unit in PEOPLE:
            draft = EmployeeDraft(
                nip=nip,
                nama=nama,
                tanggal_lahir=_born(nip),
                jenis_kelamin="P" if nip[14] == "2" else "L",
                status_kepegawaian="PNS",
                tempat_lahir="Bandung",
            )
            eid = employees.create(draft)
            employees.add_rank(eid, RankEntry(golongan, tmt, f"800/{key}/KP"))
            employees.add_position(eid, PositionEntry(jenis, jabatan, tmt, f"821/{key}"))
            employees.add_unit(eid, UnitEntry(agency.units[unit], tmt, f"862/{key}"))
            agency.people[key] = eid
        db.set_meta(AGENCY_NAME_KEY, AGENCY)
    finally:
        db.close()
    return agency


_BUILT: dict[Path, Agency] = {}


def agency_template(template: Path, folder: Path) -> Agency:
    """build_agency once per session (the three test modules share it)."""
    if template not in _BUILT:
        _BUILT[template] = build_agency(template, folder)
    return _BUILT[template]


def copy_agency(template: Agency, folder: Path) -> Agency:
    """A private copy of the agency for one test."""
    dest = folder / "editors.sqlite"
    copy_database(template.path, dest)
    return Agency(dest, dict(template.units), dict(template.people))


# -- records made with the services ------------------------------------------------------------


def rhk_inputs() -> tuple[RhkInput, ...]:
    """Two Utama RHK (the first with two indicators) and one Tambahan."""
    return (
        RhkInput(
            "Terlaksananya pengembangan aplikasi layanan publik",
            (
                IndikatorInput("Jumlah aplikasi yang dikembangkan", "3 aplikasi", "kuantitas"),
                IndikatorInput("Aplikasi selesai tepat waktu", "12 bulan", "waktu"),
            ),
            "utama",
            rhk_atasan="Meningkatnya layanan publik berbasis elektronik",
        ),
        RhkInput(
            "Tersusunnya dokumentasi sistem",
            (IndikatorInput("Dokumen teknis yang disahkan", "5 dokumen", "kualitas"),),
            "utama",
        ),
        RhkInput(
            "Terlaksananya pendampingan magang",
            (IndikatorInput("Peserta magang yang didampingi", "2 orang", "kuantitas"),),
            "tambahan",
        ),
    )


def make_skp(
    service: AppraisalService,
    employee_id: int,
    *,
    tahun: int = TAHUN,
    proposed: bool = True,
    rhk: tuple[RhkInput, ...] | None = None,
) -> int:
    """An SKP with rhk_inputs() and (unless told) the proposed appraisers."""
    penilai, atasan = service.propose_penilai(employee_id) if proposed else (None, None)
    return service.create_skp(
        employee_id,
        SkpDraft(
            tahun=tahun,
            penilai=penilai,
            atasan=atasan,
            rhk=rhk_inputs() if rhk is None else rhk,
            ekspektasi={"berorientasi_pelayanan": "Menanggapi permintaan dalam 2 hari kerja"},
        ),
    )


def rated(
    service: AppraisalService,
    skp_id: int,
    hasil: str | None = "sesuai",
    perilaku: str | None = "sesuai",
    *,
    kode_periode: str = "akhir",
) -> int:
    """The period's evaluation with realisasi for every indicator and the two ratings."""
    skp = service.skp(skp_id)
    draft = EvaluasiDraft(
        rating_hasil_kerja=hasil,
        rating_perilaku=perilaku,
        realisasi=tuple(
            RealisasiInput(i.id, f"realisasi {i.target}", f"bukti {i.indikator}")
            for r in skp.rhk
            for i in r.indikator
        ),
        umpan_balik=tuple(UmpanBalikInput(f"umpan balik {r.rhk}", rhk_id=r.id) for r in skp.rhk),
        catatan="Pertahankan kinerja.",
        tanggal_penetapan=date.today(),
    )
    return service.save_evaluasi(skp_id, kode_periode, draft)


def final_evaluation(service: AppraisalService, employee_id: int) -> tuple[int, int]:
    """(skp id, evaluation id) of a finalised year-end evaluation (Baik), with the agency's
    capaian set so finalising may go ahead."""
    service.set_capaian(TAHUN, "istimewa")
    skp_id = make_skp(service, employee_id)
    evaluasi_id = rated(service, skp_id)
    service.finalise([evaluasi_id], confirm_distribution=True)
    return skp_id, evaluasi_id
