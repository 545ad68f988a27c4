"""A small agency with a structural line for the appraisal tests, and drafts to fill it.

The unit tree has a head of agency (JPT), a head of bidang (administrator) and a head of
seksi (pengawas), so the appraiser proposal has somebody to find:

    DINAS   Dinas Komunikasi dan Informatika   kadis (JPT)
    BIDANG  Bidang Aplikasi Informatika        kabid (ADMINISTRATOR), budi (CPNS, FK)
    SEKSI   Seksi Pengembangan Aplikasi        kasi (PENGAWAS), ahmad, siti (FK), dewi (PPPK)
    BID-STA Bidang Statistik                   hidayat (FK), nobody structural

Importable from every test folder that has tests/ on sys.path as
``services.appraisal_helpers`` (the PostgreSQL tests seed the same tree there).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
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
from asn_desktop.services.database import AGENCY_NAME_KEY, Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService

TODAY = date(2026, 11, 27)
TAHUN = 2026
AGENCY = "Dinas Komunikasi dan Informatika Kota Bandung"

KADIS = "197004121995031001"
KABID = "197508172000122002"
KASI = "198001012005011003"
AHMAD = "198503152010011002"
SITI = "199002202015032001"
BUDI = "199801012025021003"
DEWI = "199105052023212004"  # NI PPPK
HIDAYAT = "198503152012121005"

UNITS = (
    ("DINAS", "Dinas Komunikasi dan Informatika", None),
    ("BIDANG", "Bidang Aplikasi Informatika", "DINAS"),
    ("SEKSI", "Seksi Pengembangan Aplikasi", "BIDANG"),
    ("BID-STA", "Bidang Statistik", "DINAS"),
)


@dataclass(frozen=True)
class P:
    key: str
    nip: str
    nama: str
    status: str
    golongan_id: int
    jenis_jabatan: str
    jabatan: str
    unit: str
    gelar_depan: str = ""
    gelar_belakang: str = ""


FK = "FUNGSIONAL_KEAHLIAN"
PEOPLE = (
    P("kadis", KADIS, "Bambang Hermawan", "PNS", 43, "JPT",
      "Kepala Dinas Komunikasi dan Informatika", "DINAS", "Dr.", "M.Si."),
    P("kabid", KABID, "Rina Kartika", "PNS", 41, "ADMINISTRATOR",
      "Kepala Bidang Aplikasi Informatika", "BIDANG", "", "S.T., M.M."),
    P("kasi", KASI, "Agus Salim", "PNS", 34, "PENGAWAS",
      "Kepala Seksi Pengembangan Aplikasi", "SEKSI", "", "S.Kom."),
    P("ahmad", AHMAD, "Ahmad Sutisna", "PNS", 33, FK, "Pranata Komputer Ahli Muda", "SEKSI",
      "", "S.T."),
    P("siti", SITI, "Siti Aminah", "PNS", 31, FK, "Pranata Komputer Ahli Pertama", "SEKSI"),
    P("dewi", DEWI, "Dewi Lestari", "PPPK", 109, "PELAKSANA", "Pengelola Layanan Operasional",
      "SEKSI"),
    P("budi", BUDI, "Budi Santoso", "CPNS", 31, FK, "Pranata Komputer Ahli Pertama", "BIDANG"),
    P("hidayat", HIDAYAT, "Ahmad Hidayat", "PNS", 33, FK, "Statistisi Ahli Muda", "BID-STA"),
)  # fmt: skip
BY_KEY = {p.key: p for p in PEOPLE}


@dataclass
class Tree:
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


def _born(nip: str) -> date:
    return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))


def employee_draft(p: P) -> EmployeeDraft:
    return EmployeeDraft(
        nip=p.nip,
        nama=p.nama,
        tanggal_lahir=_born(p.nip),
        jenis_kelamin="P" if p.nip[14] == "2" else "L",
        status_kepegawaian=p.status,
        tempat_lahir="Bandung",
        gelar_depan=p.gelar_depan,
        gelar_belakang=p.gelar_belakang,
    )


def seed_tree(db: Database, *, capaian: str | None = "istimewa") -> Tree:
    """The units and people above, the agency's name, and its capaian for TAHUN."""
    org = OrgUnitService(db)
    employees = EmployeeService(db)
    tree = Tree()
    for kode, nama, parent in UNITS:
        tree.units[kode] = org.create(kode, nama, tree.units[parent] if parent else None)
    tmt = date(2025, 3, 1)
    for p in PEOPLE:
        eid = employees.create(employee_draft(p), today=TODAY)
        employees.add_rank(eid, RankEntry(p.golongan_id, tmt, f"800/{p.key}/KP"))
        employees.add_position(eid, PositionEntry(p.jenis_jabatan, p.jabatan, tmt, f"821/{p.key}"))
        employees.add_unit(eid, UnitEntry(tree.units[p.unit], tmt, f"862/{p.key}"))
        tree.people[p.key] = eid
    db.set_meta(AGENCY_NAME_KEY, AGENCY)
    if capaian is not None:
        AppraisalService(db).set_capaian(TAHUN, capaian)
    return tree


_BUILT: dict[Path, tuple[Path, Tree]] = {}


def appraisal_template(lean_template: Path, factory: pytest.TempPathFactory) -> tuple[Path, Tree]:
    """The lean template plus seed_tree, built once per session (shared by the modules)."""
    if lean_template not in _BUILT:
        folder = factory.mktemp("appraisal")
        path = folder / "appraisal.sqlite"
        copy_database(lean_template, path)
        db = open_as(path, backup_dir=folder / "backups")
        try:
            tree = seed_tree(db)
        finally:
            db.close()
        _BUILT[lean_template] = (path, tree)
    return _BUILT[lean_template]


def fingerprint(path: Path) -> str:
    """Everything stored in the SQLite file (as tests/services/test_permissions.py does)."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


# -- drafts ---------------------------------------------------------------------------------


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


EKSPEKTASI = {
    "berorientasi_pelayanan": "Menanggapi permintaan perangkat daerah dalam 2 hari kerja",
    "kolaboratif": "Melibatkan tim lain sejak analisis kebutuhan",
}


def skp_draft(**overrides: object) -> SkpDraft:
    values: dict[str, object] = {"tahun": TAHUN, "rhk": rhk_inputs(), "ekspektasi": EKSPEKTASI}
    values.update(overrides)
    return SkpDraft(**values)


def make_skp(service: AppraisalService, employee_id: int, **overrides: object) -> int:
    """An SKP with the proposed appraisers (unless given) and rhk_inputs()."""
    if "penilai" not in overrides and "atasan" not in overrides:
        penilai, atasan = service.propose_penilai(employee_id)
        overrides = {"penilai": penilai, "atasan": atasan, **overrides}
    return service.create_skp(employee_id, skp_draft(**overrides))


def full_evaluasi(
    service: AppraisalService,
    skp_id: int,
    hasil: str | None = "sesuai",
    perilaku: str | None = "sesuai",
    *,
    catatan: str = "Pertahankan kinerja; ikuti pelatihan keamanan aplikasi.",
) -> EvaluasiDraft:
    """Realisasi for every indicator, feedback on every RHK and two core values."""
    skp = service.skp(skp_id)
    realisasi = tuple(
        RealisasiInput(i.id, f"realisasi {i.target}", f"bukti {i.indikator}")
        for r in skp.rhk
        for i in r.indikator
    )
    umpan = tuple(UmpanBalikInput(f"umpan balik {r.rhk}", None, rhk_id=r.id) for r in skp.rhk)
    umpan += (
        UmpanBalikInput("Cepat menanggapi permintaan", None, kode="berorientasi_pelayanan"),
        UmpanBalikInput("Aktif dalam rapat koordinasi", None, kode="kolaboratif"),
    )
    return EvaluasiDraft(
        rating_hasil_kerja=hasil,
        rating_perilaku=perilaku,
        realisasi=realisasi,
        umpan_balik=umpan,
        catatan=catatan,
        tanggal_penetapan=TODAY,
    )


def rated_evaluasi(
    service: AppraisalService,
    employee_id: int,
    hasil: str = "sesuai",
    perilaku: str = "sesuai",
    *,
    kode_periode: str = "akhir",
) -> int:
    """An SKP (with the proposed appraisers) and its rated evaluation; the evaluation id."""
    existing = service.skp_of(employee_id, TAHUN)
    skp_id = existing.id if existing is not None else make_skp(service, employee_id)
    return service.save_evaluasi(
        skp_id, kode_periode, full_evaluasi(service, skp_id, hasil, perilaku)
    )
