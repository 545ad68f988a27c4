"""A small agency with a year of appraisals in every state, for the appraisal page's tests.

Built once per session with the services (a copy of the initialised template without the two
big SIASN catalogues, which nothing here reads), then copied for every test:

    DINAS    Dinas Komunikasi dan Informatika  kadis (JPT, no SKP in TAHUN)
    BIDANG   Bidang Aplikasi Informatika       kabid (reopened), budi (draft, Sangat Baik)
    SEKSI    Seksi Pengembangan Aplikasi       kasi (final twice: amended), ahmad (final, SB),
                                                siti (final, Baik), dewi (PPPK; draft, Baik)
    BID-STA  Bidang Statistik                  hidayat (SKP, no evaluation),
                                                yusuf (an SKP of TAHUN - 1 only)

The agency's capaian of TAHUN is Istimewa (at most 70% Sangat Baik: its finals keep to it);
SEKSI's own is Butuh Perbaikan, which its finals (two Sangat Baik of three) break. SKPs are
made in the order kasi, ahmad, siti, dewi, budi, kabid, hidayat: ties in a sort follow it.
"""

from __future__ import annotations

import sqlite3
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
    PenilaiInput,
    RealisasiInput,
    RhkInput,
    SkpDraft,
    UmpanBalikInput,
)
from asn_desktop.services.database import AGENCY_NAME_KEY, Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService

TAHUN = 2026
PENETAPAN = date(2026, 11, 27)
AGENCY = "Dinas Komunikasi dan Informatika Kota Bandung"

UNITS = (
    ("DINAS", "Dinas Komunikasi dan Informatika", None),
    ("BIDANG", "Bidang Aplikasi Informatika", "DINAS"),
    ("SEKSI", "Seksi Pengembangan Aplikasi", "BIDANG"),
    ("BID-STA", "Bidang Statistik", "DINAS"),
)


@dataclass(frozen=True)
class Person:
    key: str
    nip: str
    nama: str
    status: str
    golongan_id: int
    jenis_jabatan: str
    jabatan: str
    unit: str
    gelar_belakang: str = ""

    @property
    def shown(self) -> str:
        """The name as the list shows it (with the academic title)."""
        return f"{self.nama}, {self.gelar_belakang}" if self.gelar_belakang else self.nama


FK = "FUNGSIONAL_KEAHLIAN"
PEOPLE = (
    Person("kadis", "197004121995031001", "Bambang Hermawan", "PNS", 43, "JPT",
           "Kepala Dinas Komunikasi dan Informatika", "DINAS", "M.Si."),
    Person("kabid", "197508172000122002", "Rina Kartika", "PNS", 41, "ADMINISTRATOR",
           "Kepala Bidang Aplikasi Informatika", "BIDANG", "S.T., M.M."),
    Person("kasi", "198001012005011003", "Agus Salim", "PNS", 34, "PENGAWAS",
           "Kepala Seksi Pengembangan Aplikasi", "SEKSI", "S.Kom."),
    Person("ahmad", "198503152010011002", "Ahmad Sutisna", "PNS", 33, FK,
           "Pranata Komputer Ahli Muda", "SEKSI", "S.T."),
    Person("siti", "199002202015032001", "Siti Aminah", "PNS", 31, FK,
           "Pranata Komputer Ahli Pertama", "SEKSI"),
    Person("dewi", "199105052023212004", "Dewi Lestari", "PPPK", 109, "PELAKSANA",
           "Pengelola Layanan Operasional", "SEKSI"),
    Person("budi", "199801012025021003", "Budi Santoso", "CPNS", 31, FK,
           "Pranata Komputer Ahli Pertama", "BIDANG"),
    Person("hidayat", "198503152012121005", "Ahmad Hidayat", "PNS", 33, FK,
           "Statistisi Ahli Muda", "BID-STA"),
    Person("yusuf", "198807072014031002", "Yusuf Maulana", "PNS", 32, FK,
           "Statistisi Ahli Pertama", "BID-STA"),
)  # fmt: skip
BY_KEY = {p.key: p for p in PEOPLE}
# Who has an SKP of TAHUN, in the order they were made (the SKP ids ascend in it).
SKP_ORDER = ("kasi", "ahmad", "siti", "dewi", "budi", "kabid", "hidayat")
# The Wali Kota appraises the head of the agency's appraisers: outside the register.
WALI_KOTA = PenilaiInput(status="NON ASN", nama="Muhammad Farhan", jabatan="Wali Kota Bandung")


@dataclass
class Facts:
    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    skp: dict[str, int] = field(default_factory=dict)  # of TAHUN
    evaluasi: dict[str, int] = field(default_factory=dict)  # year-end ones of TAHUN
    codes: dict[str, str] = field(default_factory=dict)  # "ahmad", "siti", "kasi-1", "kasi-2"


def _born(nip: str) -> date:
    return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))


def _draft(p: Person) -> EmployeeDraft:
    return EmployeeDraft(
        nip=p.nip,
        nama=p.nama,
        tanggal_lahir=_born(p.nip),
        jenis_kelamin="P" if p.nip[14] == "2" else "L",
        status_kepegawaian=p.status,
        tempat_lahir="Bandung",
        gelar_belakang=p.gelar_belakang,
    )


RHK = (
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
)


def _evaluasi(service: AppraisalService, skp_id: int, hasil: str, perilaku: str) -> EvaluasiDraft:
    skp = service.skp(skp_id)
    return EvaluasiDraft(
        rating_hasil_kerja=hasil,
        rating_perilaku=perilaku,
        realisasi=tuple(
            RealisasiInput(i.id, f"realisasi {i.target}", "laporan bulanan")
            for r in skp.rhk
            for i in r.indikator
        ),
        umpan_balik=tuple(UmpanBalikInput("Sesuai rencana", None, rhk_id=r.id) for r in skp.rhk),
        catatan="Pertahankan kinerja.",
        tanggal_penetapan=PENETAPAN,
    )


# (key, rating hasil kerja, rating perilaku, what happens next) of the year-end evaluations
EVALUATIONS = (
    ("kasi", "di_atas", "di_atas", "amended"),
    ("ahmad", "di_atas", "di_atas", "final"),
    ("siti", "sesuai", "sesuai", "final"),
    ("dewi", "sesuai", "sesuai", "draft"),
    ("budi", "di_atas", "di_atas", "draft"),
    ("kabid", "sesuai", "di_atas", "reopened"),
)


def seed(db: Database) -> Facts:
    org, employees, appraisals = OrgUnitService(db), EmployeeService(db), AppraisalService(db)
    facts = Facts()
    for kode, nama, parent in UNITS:
        facts.units[kode] = org.create(kode, nama, facts.units[parent] if parent else None)
    tmt = date(2024, 3, 1)
    for p in PEOPLE:
        eid = employees.create(_draft(p), today=PENETAPAN)
        employees.add_rank(eid, RankEntry(p.golongan_id, tmt, f"800/{p.key}/KP"))
        employees.add_position(eid, PositionEntry(p.jenis_jabatan, p.jabatan, tmt, f"821/{p.key}"))
        employees.add_unit(eid, UnitEntry(facts.units[p.unit], tmt, f"862/{p.key}"))
        facts.people[p.key] = eid
    db.set_meta(AGENCY_NAME_KEY, AGENCY)
    appraisals.set_capaian(TAHUN, "istimewa")
    appraisals.set_capaian(TAHUN, "butuh_perbaikan", unit_id=facts.units["SEKSI"])

    # Last year's SKP of yusuf: "Buat SKP unit" copies it.
    yusuf = facts.people["yusuf"]
    penilai, atasan = appraisals.propose_penilai(yusuf)
    appraisals.create_skp(
        yusuf, SkpDraft(tahun=TAHUN - 1, penilai=penilai, atasan=atasan or WALI_KOTA, rhk=RHK)
    )
    for key in SKP_ORDER:
        penilai, atasan = appraisals.propose_penilai(facts.people[key])
        draft = SkpDraft(tahun=TAHUN, penilai=penilai, atasan=atasan or WALI_KOTA, rhk=RHK)
        facts.skp[key] = appraisals.create_skp(facts.people[key], draft)

    for key, hasil, perilaku, state in EVALUATIONS:
        skp_id = facts.skp[key]
        draft = _evaluasi(appraisals, skp_id, hasil, perilaku)
        eid = appraisals.save_evaluasi(skp_id, "akhir", draft)
        facts.evaluasi[key] = eid
        if state == "draft":
            continue
        [code] = appraisals.finalise([eid], confirm_distribution=True, tanggal=PENETAPAN)
        facts.codes[key if state == "final" else f"{key}-1"] = code
        if state == "final":
            continue
        revision = appraisals.evaluasi(eid).revision
        appraisals.reopen(eid, "Realisasi triwulan IV belum dimasukkan", expected_revision=revision)
        if state == "amended":
            [code] = appraisals.finalise([eid], confirm_distribution=True, tanggal=PENETAPAN)
            facts.codes[f"{key}-2"] = code
    return facts


_BUILT: dict[Path, tuple[Path, Facts]] = {}


def appraisal_template(source: Path, folder: Path) -> tuple[Path, Facts]:
    """`source` (an initialised template) without the catalogues, plus seed(); built once
    per session for both test modules."""
    if source not in _BUILT:
        path = folder / "appraisal-ui.sqlite"
        copy_database(source, path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("DELETE FROM ref_jabatan")
            conn.execute("DELETE FROM ref_pendidikan")
            conn.execute("VACUUM")
        finally:
            conn.close()
        db = open_as(path, backup_dir=folder / "backups")
        try:
            facts = seed(db)
        finally:
            db.close()
        _BUILT[source] = (path, facts)
    return _BUILT[source]


def names(keys: str) -> list[str]:
    """ "kasi ahmad" -> the names the list shows for them."""
    return [BY_KEY[k].shown for k in keys.split()]
