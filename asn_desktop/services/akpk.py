"""The yearly competency development plan (AKPK, PP 11/2017 Ps. 205-207): drafted within the
budget, edited, approved atasan -> PyB -> PPK, exported as .xlsx and printed as PDF.

Public API, ``PlanService(db)`` (permission of each use case in brackets):

- ``generate(tahun, *, replace=False, today=None) -> GenerateResult`` [EDIT]
- ``rencana(tahun) -> RencanaRecord | None``, ``years() -> list[int]`` [READ]
- ``item_ids(tahun, query=None, sort="urutan", descending=False) -> list[int]``,
  ``item_rows(ids) -> dict[int, ItemRow]``, ``tidak_didanai(tahun) -> list[ItemRow]`` [READ]
- ``update_item(item_id, ItemDraft, *, expected_revision)``,
  ``add_item(tahun, employee_id, ItemDraft, *, kompetensi_kode="", kompetensi_nama="")
  -> int``, ``delete_item(item_id, *, expected_revision)`` [EDIT, only while draft]
- ``setujui(tahun, langkah, *, oleh, tanggal, expected_revision)`` with langkah "atasan",
  "pyb", "ppk" in that order; ``kembali_ke_draft(tahun, alasan, *, expected_revision)`` [EDIT]
- ``export_xlsx(tahun, path) -> int`` [EXPORT]; ``render_pdf(tahun, path, *, paper="A4")
  -> int`` [PRINT]; ``dokumen(tahun) -> DokumenRencana`` and
  ``record_print(tahun, *, where="")`` [PRINT] (the preview renders and records itself)

How a draft is made (``generate``)
----------------------------------
For every live employee, the needs (one per competency) come from

- the competency profile (services.profil_kompetensi): a competency assessed below its
  standard is a need of ``standard - actual`` levels ("kesenjangan kompetensi"); one that
  was never assessed is not a gap;
- the performance gaps of the year before (AppraisalListService.kesenjangan): a core value
  rated below expectation points to the manajerial competency the akpk policy maps it to,
  an RHK below expectation to the technical competency of the position ("Kompetensi
  teknis: <jabatan>"), the overall rating below expectation to the employee's weakest
  assessed competency, or to the technical one without any assessment ("kesenjangan
  kinerja", priority 1 by the policy);
- the JP of the year before (of this year so far, when planning next year) against the
  employee's target, as the compliance report counts both (ComplianceService.laporan:
  services.jp_tahunan, domain.jp.target_jp over the months in service): every need of an
  employee below target is marked so ("kekurangan JP (12 dari 20 JP 2026)"), and an
  employee below target without any need gets a "Pemenuhan JP" need with the low-cost
  routes.

Each need lists the routes of its competency group (domain.akpk.rute_bawaan); the classroom
route's provider is the agency's best for that competency in its own history (highest mean
reaction score, then lowest cost per JP) at that provider's cost per participant. The
budget of the year (BudgetService.total_anggaran) is shared by domain.akpk.alokasikan and
the months by jadwal_bulan; every need becomes one item with the texts the plan prints.

An approved plan (past draft) is never replaced: it goes back to draft first. A draft is
replaced only when asked (``replace=True``): the old draft and its items are deleted (kept
as tombstones, as every deletion is) and a new one written. When another clerk saved a plan
of the year (drafted, redrafted or edited it) while this draft was being computed, the
draft is refused with StaleRecord naming who saved theirs, which stays as it is; the
database's unique rule for the year's plan stops two drafts written at the same moment.

An approval reads the year's budget in its own transaction (training_budget.anggaran_tahun
with the lines held), so a budget cut cannot slip in between its check and its commit.
"""

from __future__ import annotations

import gc
import logging
import math
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from asn_desktop.db.base import new_uuid
from asn_desktop.db.competency_models import (
    STATUS_RENCANA,
    KompetensiTeknis,
    Pelatihan,
    PesertaPelatihan,
    RencanaItem,
    RencanaPengembangan,
)
from asn_desktop.db.models import AppMeta, Employee, OrgUnit
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.domain import (
    TEXT_FIELDS,
    FieldProblem,
    PolicyError,
    check_text,
    format_nama_lengkap,
)
from asn_desktop.domain.akpk import (
    Alokasi,
    HasilAlokasi,
    Kebutuhan,
    Rute,
    alokasikan,
    jadwal_bulan,
    kompetensi_perilaku,
    label_prioritas,
    rute_bawaan,
)
from asn_desktop.domain.jp import JpError, aturan_jp
from asn_desktop.domain.kompetensi import KelompokKompetensi, kompetensi_baku
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import NAMA_BULAN, format_tanggal_angka, hari_lokal
from asn_desktop.services import audit
from asn_desktop.services.appraisal_list import AppraisalListService, KesenjanganKinerja
from asn_desktop.services.database import (
    AGENCY_CODE_KEY,
    AGENCY_NAME_KEY,
    Database,
    fetch_column,
    reserve_change_seqs,
    stale_record_error,
    stamp_change,
)
from asn_desktop.services.errors import NotFound, ServiceError, StaleRecord, ValidationFailed
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.jp_tahunan import credited
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy
from asn_desktop.services.profil_kompetensi import ProfilKompetensi, profil
from asn_desktop.services.training_budget import BudgetService, anggaran_tahun

if TYPE_CHECKING:
    from asn_desktop.reports.rencana_pengembangan import DokumenRencana

__all__ = [
    "KODE_PEMENUHAN_JP",
    "KODE_TEKNIS_JABATAN",
    "LANGKAH",
    "PENYEBAB_JP",
    "PENYEBAB_KINERJA",
    "PENYEBAB_KOMPETENSI",
    "SORT_KEYS",
    "STATUS_LABELS",
    "GenerateResult",
    "ItemDraft",
    "ItemQuery",
    "ItemRow",
    "PlanService",
    "RencanaRecord",
    "total_anggaran",
]

log = logging.getLogger(__name__)

PEMERINTAH = "PEMERINTAH KOTA BANDUNG"

STATUS_LABELS: Mapping[str, str] = {
    "draft": "Draf",
    "disetujui_atasan": "Disetujui atasan",
    "disetujui_pyb": "Disetujui PyB",
    "ditetapkan_ppk": "Ditetapkan PPK",
}
# step -> (the status it needs, the status it gives, who signs). The status it gives names
# the columns of who and when too (disetujui_atasan_oleh, disetujui_atasan_pada).
LANGKAH: Mapping[str, tuple[str, str, str]] = {
    "atasan": ("draft", "disetujui_atasan", "atasan"),
    "pyb": ("disetujui_atasan", "disetujui_pyb", "Pejabat yang Berwenang (PyB)"),
    "ppk": ("disetujui_pyb", "ditetapkan_ppk", "Pejabat Pembina Kepegawaian (PPK)"),
}
_SIGNERS = (
    ("Menyetujui,\nAtasan", "disetujui_atasan"),
    ("Menyetujui,\nPejabat yang Berwenang (PyB)", "disetujui_pyb"),
    ("Menetapkan,\nPejabat Pembina Kepegawaian (PPK)", "ditetapkan_ppk"),
)
assert tuple(STATUS_LABELS) == STATUS_RENCANA

PENYEBAB_KOMPETENSI = "kesenjangan kompetensi"
PENYEBAB_KINERJA = "kesenjangan kinerja"
PENYEBAB_JP = "kekurangan JP"
# The technical competency of the position (an RHK below expectation) and the need that
# only serves the yearly JP obligation: not competencies of the catalogue.
KODE_TEKNIS_JABATAN = "teknis_jabatan"
KODE_PEMENUHAN_JP = "pemenuhan_jp"
# The columns' printed lengths (String(n) of RencanaItem).
_LEN = {"nama": 200, "kompetensi_nama": 200, "rute": 200, "penyelenggara": 200, "unit": 200}
# The typed fields (as ItemDraft and the use cases name them) -> their input rule in
# domain.masukan.TEXT_FIELDS, which names the field in the message.
_RULES = {
    "rute": "rencana_rute",
    "penyelenggara": "penyelenggara",
    "kompetensi_kode": "kompetensi_kode",
    "kompetensi_nama": "kompetensi_nama",
    "catatan": "rencana_catatan",
    "oleh": "rencana_penyetuju",
    "alasan": "rencana_alasan_draf",
}

_CHUNK = 900


class _Bentrok(Exception):
    """Another clerk's draft of the same year got there first."""


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ordered = list(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _rupiah(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def _angka(value: float) -> str:
    """12.5 -> "12,5", 20.0 -> "20"."""
    return f"{value:g}".replace(".", ",")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the budget -----------------------------------------------------------------------------


def total_anggaran(db: Database, tahun: int) -> int:
    """The limit of the plan: the year's budget over every funding source, as the budget
    page sums it (BudgetService.total_anggaran)."""
    return BudgetService(db).total_anggaran(tahun)


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerateResult:
    plan_id: int
    tahun: int
    butir: int
    butir_didanai: int
    butir_tidak_didanai: int
    anggaran: int
    biaya_didanai: int
    biaya_tidak_didanai: int  # ideal cost of the needs unfunded or funded more cheaply
    sisa: int
    pegawai: int  # employees with at least one item
    di_bawah_target: int  # employees below their JP target
    di_bawah_target_didanai: int  # of those, how many got a funded activity
    menggantikan: bool  # an earlier draft was replaced
    # Seconds spent on "membaca" (the inputs), "alokasi" (needs, budget, months) and
    # "menulis" (the plan's rows and its audit entry), for the log and the benchmark.
    waktu: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RencanaRecord:
    id: int
    uuid: str
    revision: int
    tahun: int
    status: str  # a key of STATUS_LABELS
    anggaran: int  # the year's budget now (anggaran_pelatihan)
    anggaran_saat_dibuat: int  # the budget the draft was fitted to
    dibuat_pada: datetime | None
    disetujui_atasan_oleh: str
    disetujui_atasan_pada: date | None
    disetujui_pyb_oleh: str
    disetujui_pyb_pada: date | None
    ditetapkan_ppk_oleh: str
    ditetapkan_ppk_pada: date | None
    catatan: str
    butir: int
    butir_didanai: int
    biaya_didanai: int
    biaya_tidak_didanai: int
    pegawai: int
    pegawai_didanai: int
    di_bawah_target: int
    di_bawah_target_didanai: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def butir_tidak_didanai(self) -> int:
        return self.butir - self.butir_didanai

    @property
    def sisa_anggaran(self) -> int:
        """Budget left after the funded items; negative when they exceed it."""
        return self.anggaran - self.biaya_didanai

    @property
    def melebihi_anggaran(self) -> bool:
        return self.biaya_didanai > self.anggaran

    @property
    def kelebihan(self) -> int:
        """By how much the funded items exceed the budget (0 when they fit)."""
        return max(0, self.biaya_didanai - self.anggaran)

    @property
    def draft(self) -> bool:
        return self.status == "draft"

    @property
    def persetujuan_text(self) -> str:
        """ "Disetujui PyB (atasan: Rina, 05-01-2027; PyB: Agus, 12-01-2027)"."""
        parts = []
        for label, oleh, pada in (
            ("atasan", self.disetujui_atasan_oleh, self.disetujui_atasan_pada),
            ("PyB", self.disetujui_pyb_oleh, self.disetujui_pyb_pada),
            ("PPK", self.ditetapkan_ppk_oleh, self.ditetapkan_ppk_pada),
        ):
            if pada is not None:
                parts.append(f"{label}: {oleh}, {format_tanggal_angka(pada)}")
        return self.status_label + (f" ({'; '.join(parts)})" if parts else "")


@dataclass(frozen=True)
class ItemDraft:
    """What the clerk may change in one item (and give a new one)."""

    rute: str
    jenis_diklat: str  # SIASN jenisDiklat id; the jalur follows from it
    penyelenggara: str
    bulan: int
    jp: float
    biaya: int
    prioritas: int
    didanai: bool
    catatan: str = ""


@dataclass(frozen=True)
class ItemQuery:
    unit: str = ""  # part of the unit's name
    prioritas: int | None = None
    didanai: bool | None = None
    search: str = ""  # words of the name, NIP, position, competency, route or provider
    employee_id: int | None = None


@dataclass(frozen=True)
class ItemRow:
    id: int
    revision: int
    rencana_id: int
    tahun: int
    employee_id: int | None
    urutan: int
    nip: str
    nama: str
    jabatan: str
    unit: str
    kompetensi_kode: str
    kompetensi_nama: str
    standar: int | None
    aktual: int | None
    kesenjangan_kinerja: str
    penyebab: str
    jenis_diklat: str
    jalur: str
    rute: str
    penyelenggara: str
    bulan: int
    jp: float
    biaya: int
    prioritas: int
    prioritas_label: str
    didanai: bool
    biaya_ideal: int
    alasan: str
    catatan: str

    @property
    def bulan_label(self) -> str:
        return NAMA_BULAN[self.bulan - 1] if 1 <= self.bulan <= 12 else str(self.bulan)

    @property
    def biaya_tidak_didanai(self) -> int:
        """What the item adds to the unfunded total: the ideal route's cost when it was
        left unfunded or funded more cheaply, else its own cost when unfunded."""
        if self.biaya_ideal > 0:
            return self.biaya_ideal
        return 0 if self.didanai else self.biaya

    def draft(self) -> ItemDraft:
        return ItemDraft(
            rute=self.rute,
            jenis_diklat=self.jenis_diklat,
            penyelenggara=self.penyelenggara,
            bulan=self.bulan,
            jp=self.jp,
            biaya=self.biaya,
            prioritas=self.prioritas,
            didanai=self.didanai,
            catatan=self.catatan,
        )


# -- SQL pieces ---------------------------------------------------------------------------------

_I = RencanaItem
_LIVE_ITEM = _I.deleted_at.is_(None)
# The unfunded total, per item: see ItemRow.biaya_tidak_didanai.
_UNFUNDED = case(
    (_I.biaya_ideal > 0, _I.biaya_ideal),
    (_I.didanai.is_(False), _I.biaya),
    else_=0,
)
_BELOW = _I.penyebab.like(f"%{PENYEBAB_JP}%")

SORT_KEYS: Mapping[str, Any] = {
    "urutan": _I.urutan,
    "nip": _I.nip,
    "nama": func.lower(_I.nama),
    "jabatan": func.lower(_I.jabatan),
    "unit": func.lower(_I.unit),
    "kompetensi": func.lower(_I.kompetensi_nama),
    "standar": _I.standar,
    "aktual": _I.aktual,
    "kesenjangan_kinerja": func.lower(_I.kesenjangan_kinerja),
    "penyebab": _I.penyebab,
    "jalur": _I.jalur,
    "rute": func.lower(_I.rute),
    "penyelenggara": func.lower(_I.penyelenggara),
    "bulan": _I.bulan,
    "jp": _I.jp,
    "biaya": _I.biaya,
    "prioritas": _I.prioritas,
    "didanai": _I.didanai,
    "biaya_ideal": _I.biaya_ideal,
    "alasan": func.lower(_I.alasan),
    "catatan": func.lower(_I.catatan),
}

_ROW_COLUMNS = (
    _I.id,
    _I.revision,
    _I.rencana_id,
    RencanaPengembangan.tahun,
    _I.employee_id,
    _I.urutan,
    _I.nip,
    _I.nama,
    _I.jabatan,
    _I.unit,
    _I.kompetensi_kode,
    _I.kompetensi_nama,
    _I.standar,
    _I.aktual,
    _I.kesenjangan_kinerja,
    _I.penyebab,
    _I.jenis_diklat,
    _I.jalur,
    _I.rute,
    _I.penyelenggara,
    _I.bulan,
    _I.jp,
    _I.biaya,
    _I.prioritas,
    _I.didanai,
    _I.biaya_ideal,
    _I.alasan,
    _I.catatan,
)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def build_item_query(rencana_id: int, query: ItemQuery, sort: str, descending: bool) -> Select[int]:
    """The ids of a plan's items, filtered and sorted in SQL (ties in plan order)."""
    column = SORT_KEYS.get(sort)
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_KEYS)}")
    stmt = select(_I.id).where(_I.rencana_id == rencana_id, _LIVE_ITEM)
    unit = " ".join(query.unit.split())
    if unit:
        stmt = stmt.where(_I.unit.ilike(_like(unit), escape="\\"))
    if query.prioritas is not None:
        stmt = stmt.where(_I.prioritas == query.prioritas)
    if query.didanai is not None:
        stmt = stmt.where(_I.didanai.is_(query.didanai))
    if query.employee_id is not None:
        stmt = stmt.where(_I.employee_id == query.employee_id)
    text = " ".join(query.search.split())
    if text:
        digits = "".join(c for c in text if c.isdigit())
        if digits and len(digits) == len(text.replace(" ", "")):
            stmt = stmt.where(_I.nip.like(f"%{digits}%"))
        else:
            for word in text.split():
                pattern = _like(word)
                stmt = stmt.where(
                    or_(
                        *(
                            c.ilike(pattern, escape="\\")
                            for c in (
                                _I.nama,
                                _I.jabatan,
                                _I.kompetensi_nama,
                                _I.rute,
                                _I.penyelenggara,
                            )
                        )
                    )
                )
    if descending:
        return stmt.order_by(column.desc(), _I.urutan.desc(), _I.id.desc())
    return stmt.order_by(column.asc(), _I.urutan.asc(), _I.id.asc())


# -- generating: the inputs ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pegawai:
    id: int
    nip: str
    nama: str  # with gelar
    jabatan: str
    unit: str


@dataclass
class _Butir:
    """One need being assembled, with what its item prints."""

    pegawai: _Pegawai
    kode: str
    nama: str
    kesenjangan: float
    standar: int | None
    aktual: int | None
    penyebab: list[str] = field(default_factory=list)
    kinerja: list[str] = field(default_factory=list)
    di_bawah_target: bool = False

    def cause(self, what: str) -> None:
        if what not in self.penyebab:
            self.penyebab.append(what)


@dataclass(frozen=True, slots=True)
class _Penyelenggara:
    nama: str
    reaksi: float | None
    biaya_per_peserta: int | None
    biaya_per_jp: float | None


@dataclass
class _Masukan:
    pegawai: list[_Pegawai]
    profil: dict[int, ProfilKompetensi]
    # employee id -> (JP, target) of those below their target in the year before
    kurang: dict[int, tuple[float, float]]
    anggaran: int
    nama_kompetensi: dict[str, tuple[str, str]]  # kode -> (nama, kelompok)
    penyelenggara: dict[str, _Penyelenggara]  # kode -> the best provider in the history
    kinerja: dict[int, list[KesenjanganKinerja]]


def _unit_order(session: Session) -> dict[int, int]:
    """unit id -> its place in the unit tree read top down (siblings by urutan, then name),
    the order of the register and of the compliance report."""
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.urutan, OrgUnit.nama).where(
            OrgUnit.deleted_at.is_(None)
        )
    ).all()
    children: dict[int | None, list[Any]] = {}
    for row in rows:
        children.setdefault(row[1], []).append(row)
    order: dict[int, int] = {}
    stack = sorted(children.get(None, []), key=lambda r: (r[2], r[3], r[0]), reverse=True)
    while stack:
        unit = stack.pop()
        order[unit[0]] = len(order)
        stack += sorted(children.get(unit[0], []), key=lambda r: (r[2], r[3], r[0]), reverse=True)
    return order


def _read_people(session: Session) -> list[_Pegawai]:
    """Every live employee still in the agency (those who left are planned for no more),
    unit by unit in the tree's order, then by name: the order a head reads the plan in."""
    order = _unit_order(session)
    last = len(order)
    stmt = (
        select(
            Employee.id,
            Employee.nip,
            Employee.gelar_depan,
            Employee.nama,
            Employee.gelar_belakang,
            Employee.jabatan_nama,
            Employee.unit_id,
            OrgUnit.nama,
        )
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(Employee.deleted_at.is_(None), Employee.keluar == "")
    )
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (
            order.get(r[6], last) if r[6] is not None else last + 1,
            r[3].casefold(),
            r[0],
        ),
    )
    return [
        _Pegawai(
            emp_id,
            nip,
            _cut(format_nama_lengkap(depan, nama, belakang), _LEN["nama"]),
            jabatan or "",
            _cut(unit or "", _LEN["unit"]),
        )
        for emp_id, nip, depan, nama, belakang, jabatan, _unit_id, unit in rows
    ]


def _competency_names(session: Session, day: date) -> dict[str, tuple[str, str]]:
    names = {k.kode: (k.nama, k.kelompok.value) for k in kompetensi_baku(day)}
    for kode, nama in session.execute(
        select(KompetensiTeknis.kode, KompetensiTeknis.nama).where(
            KompetensiTeknis.deleted_at.is_(None)
        )
    ):
        names.setdefault(kode, (nama, KelompokKompetensi.TEKNIS.value))
    return names


def _best_providers(session: Session, as_of: date) -> dict[str, _Penyelenggara]:
    """competency kode -> the agency's best classroom provider for it in its history:
    highest mean reaction score (organiser, facilities, trainers), then the lowest cost per
    JP; providers never scored come after those scored.

    The figures are the budget page's (services.training_budget): an activity's cost is
    the realised one when recorded, else the planned one; cost per participant over those
    enrolled (employees still in the register), cost per JP over the JP credited."""
    joined = and_(
        PesertaPelatihan.pelatihan_id == Pelatihan.id, PesertaPelatihan.deleted_at.is_(None)
    )
    live = Employee.id.is_not(None)
    r1, r2, r3 = (
        Pelatihan.reaksi_penyelenggara,
        Pelatihan.reaksi_fasilitas,
        Pelatihan.reaksi_pengajar,
    )
    stmt = (
        select(
            Pelatihan.kompetensi_kode,
            Pelatihan.penyelenggara,
            r1,
            r2,
            r3,
            func.coalesce(Pelatihan.biaya_realisasi, Pelatihan.biaya_rencana),
            func.count(Employee.id),
            func.coalesce(func.sum(case((and_(credited(as_of), live), 1), else_=0)), 0),
            Pelatihan.jp,
        )
        .outerjoin(PesertaPelatihan, joined)
        .outerjoin(
            Employee,
            and_(Employee.id == PesertaPelatihan.employee_id, Employee.deleted_at.is_(None)),
        )
        .where(
            Pelatihan.deleted_at.is_(None),
            Pelatihan.klasikal.is_(True),
            Pelatihan.kompetensi_kode != "",
            Pelatihan.penyelenggara != "",
            Pelatihan.selesai <= as_of,
        )
        .group_by(Pelatihan.id)
    )
    # (kode, provider) -> [sum of reaction indexes, scored activities, cost, participants,
    # JP credited]
    sums: dict[tuple[str, str], list[float]] = {}
    for kode, nama, a, b, c, biaya, enrolled, credited_n, jp in session.execute(stmt):
        acc = sums.setdefault((kode, " ".join(nama.split())), [0.0, 0.0, 0.0, 0.0, 0.0])
        scores = [float(v) for v in (a, b, c) if v is not None]
        if scores:
            acc[0] += sum(scores) / len(scores)
            acc[1] += 1
        acc[2] += float(biaya or 0)
        acc[3] += enrolled
        acc[4] += float(jp or 0) * credited_n
    best: dict[str, tuple[tuple[Any, ...], _Penyelenggara]] = {}
    for (kode, nama), (reaksi, scored_n, biaya, n, jp_total) in sums.items():
        provider = _Penyelenggara(
            _cut(nama, _LEN["penyelenggara"]),
            reaksi / scored_n if scored_n else None,
            round(biaya / n) if n else None,
            biaya / jp_total if jp_total else None,
        )
        rank = (
            provider.reaksi is None,
            -(provider.reaksi or 0.0),
            provider.biaya_per_jp is None,
            provider.biaya_per_jp or 0.0,
            nama,
        )
        known = best.get(kode)
        if known is None or rank < known[0]:
            best[kode] = (rank, provider)
    return {kode: provider for kode, (_rank, provider) in best.items()}


# -- generating: the needs ------------------------------------------------------------------------


def _gap_text(gap: KesenjanganKinerja) -> str:
    when = str(gap.tahun) if gap.periode == "akhir" else f"{gap.tahun} ({gap.periode.upper()})"
    if not gap.kode:
        what = "hasil kerja" if gap.jenis == "hasil_kerja" else "perilaku kerja"
        return f"Rating {what} {when} di bawah ekspektasi"
    if gap.jenis == "hasil_kerja":
        return f"Hasil kerja {when} di bawah ekspektasi: {' '.join(gap.uraian.split())}"
    return f"Perilaku kerja {when} di bawah ekspektasi: {gap.uraian}"


class _Needs:
    """Turns the inputs into needs (Kebutuhan) with the texts of their items."""

    def __init__(self, masukan: _Masukan, day: date) -> None:
        self.m = masukan
        self.day = day
        self.akpk = policy("akpk")
        # A performance gap without an assessed competency gap behind it counts as this
        # many levels (policy akpk.json), so that it competes for the budget like any gap.
        self.kesenjangan_kinerja = float(self.akpk.at(day).values["kesenjangan_kinerja"])
        # One tuple of routes per competency, shared by every need of it: the allocation
        # memoises its work by the tuple's identity.
        self._routes: dict[str, tuple[Rute, ...]] = {}
        self._perilaku: dict[str, str | None] = {}
        self.di_bawah_target: set[int] = set()

    def routes(self, kode: str) -> tuple[Rute, ...]:
        found = self._routes.get(kode)
        if found is not None:
            return found
        if kode == KODE_PEMENUHAN_JP:
            base = rute_bawaan(KelompokKompetensi.TEKNIS.value, self.day, policy=self.akpk)
            found = tuple(r for r in base if r.biaya_rendah)
        else:
            kelompok = self.m.nama_kompetensi.get(kode, ("", KelompokKompetensi.TEKNIS.value))[1]
            found = rute_bawaan(kelompok, self.day, policy=self.akpk)
            best = self.m.penyelenggara.get(kode)
            if best is not None:
                found = tuple(
                    r
                    if r.biaya_rendah
                    else replace(
                        r,
                        penyelenggara=best.nama,
                        biaya=best.biaya_per_peserta
                        if best.biaya_per_peserta is not None
                        else r.biaya,
                    )
                    for r in found
                )
        self._routes[kode] = found
        return found

    def _mapped(self, kode_nilai: str) -> str | None:
        if kode_nilai not in self._perilaku:
            self._perilaku[kode_nilai] = kompetensi_perilaku(kode_nilai, self.day, policy=self.akpk)
        return self._perilaku[kode_nilai]

    def _name(self, kode: str, pegawai: _Pegawai) -> str:
        if kode == KODE_TEKNIS_JABATAN:
            return _cut(f"Kompetensi teknis: {pegawai.jabatan or '-'}", _LEN["kompetensi_nama"])
        if kode == KODE_PEMENUHAN_JP:
            return "Pemenuhan JP"
        return _cut(self.m.nama_kompetensi.get(kode, (kode, ""))[0], _LEN["kompetensi_nama"])

    def of(self, pegawai: _Pegawai) -> list[_Butir]:
        found: dict[str, _Butir] = {}
        prof = self.m.profil.get(pegawai.id)
        standar: Mapping[str, int] = prof.standar if prof is not None else {}
        aktual: Mapping[str, int] = prof.aktual if prof is not None else {}
        for kode, level in standar.items():
            act = aktual.get(kode)
            if act is not None and level > act:
                butir = _Butir(pegawai, kode, self._name(kode, pegawai), level - act, level, act)
                butir.cause(PENYEBAB_KOMPETENSI)
                found[kode] = butir
        for gap in self.m.kinerja.get(pegawai.id, ()):
            mapped: str | None = None
            if gap.jenis == "perilaku" and gap.kode:
                mapped = self._mapped(gap.kode)
            elif gap.jenis == "hasil_kerja" and gap.kode:
                mapped = KODE_TEKNIS_JABATAN
            kode = mapped or _weakest(standar, aktual) or KODE_TEKNIS_JABATAN
            known = found.get(kode)
            if known is not None:
                butir = known
            else:
                std, assessed = standar.get(kode), aktual.get(kode)
                levels = std - assessed if std is not None and assessed is not None else 0
                butir = _Butir(
                    pegawai,
                    kode,
                    self._name(kode, pegawai),
                    max(float(levels), self.kesenjangan_kinerja),
                    std,
                    assessed,
                )
                found[kode] = butir
            text = _gap_text(gap)
            if text not in butir.kinerja:
                butir.kinerja.append(text)
            butir.cause(PENYEBAB_KINERJA)
        kurang = self.m.kurang.get(pegawai.id)
        if kurang is not None:
            self.di_bawah_target.add(pegawai.id)
            if not found:
                found[KODE_PEMENUHAN_JP] = _Butir(
                    pegawai,
                    KODE_PEMENUHAN_JP,
                    self._name(KODE_PEMENUHAN_JP, pegawai),
                    0.0,
                    None,
                    None,
                )
            jp, target = kurang
            # "kekurangan JP (12 dari 20 JP 2026)": the cause, with what is missing.
            cause = f"{PENYEBAB_JP} ({_angka(jp)} dari {_angka(target)} JP {self.day.year - 1})"
            for butir in found.values():
                butir.di_bawah_target = True
                butir.cause(cause)
        return list(found.values())

    def kebutuhan(self, butir: _Butir) -> Kebutuhan:
        return Kebutuhan(
            employee_id=butir.pegawai.id,
            kompetensi_kode=butir.kode,
            kesenjangan=butir.kesenjangan,
            rute=self.routes(butir.kode),
            di_bawah_target=butir.di_bawah_target,
            kinerja=bool(butir.kinerja),
        )


def _weakest(standar: Mapping[str, int], aktual: Mapping[str, int]) -> str | None:
    """The assessed competency furthest below (or least above) its standard, the first of
    equals in the standard's order; None without any assessed competency."""
    weakest: str | None = None
    worst = -math.inf
    for kode, level in standar.items():
        act = aktual.get(kode)
        if act is not None and level - act > worst:
            weakest, worst = kode, level - act
    return weakest


# -- generating: the rows -------------------------------------------------------------------------


class _Jalur:
    """klasikal / nonklasikal of a jenisDiklat by the JP rules of the plan's year."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.table = policy("konversi_jp")
        self._known: dict[str, str] = {}

    def of(self, rute: Rute) -> str:
        found = self._known.get(rute.jenis_diklat)
        if found is None:
            try:
                klasikal = aturan_jp(rute.jenis_diklat, self.day, policy=self.table).klasikal
            except JpError:
                klasikal = not rute.biaya_rendah
            found = self._known[rute.jenis_diklat] = "klasikal" if klasikal else "nonklasikal"
        return found


def _item_values(
    butir: _Butir, alokasi: Alokasi, bulan: int, urutan: int, jalur: _Jalur
) -> dict[str, Any]:
    route = alokasi.rute or alokasi.rute_ideal
    shortfall = alokasi.rute_ideal.biaya if alokasi.rute is not alokasi.rute_ideal else 0
    p = butir.pegawai
    return {
        "employee_id": p.id,
        "urutan": urutan,
        "nip": p.nip,
        "nama": p.nama,
        "jabatan": p.jabatan,
        "unit": p.unit,
        "kompetensi_kode": butir.kode,
        "kompetensi_nama": butir.nama,
        "standar": butir.standar,
        "aktual": butir.aktual,
        "kesenjangan_kinerja": "; ".join(butir.kinerja),
        "penyebab": ", ".join(butir.penyebab),
        "jenis_diklat": route.jenis_diklat,
        "jalur": jalur.of(route),
        "rute": _cut(route.nama, _LEN["rute"]),
        "penyelenggara": _cut(route.penyelenggara, _LEN["penyelenggara"]),
        "bulan": bulan,
        "jp": route.jp,
        "biaya": route.biaya,
        "prioritas": alokasi.prioritas,
        "didanai": alokasi.didanai,
        "biaya_ideal": shortfall,
        "alasan": alokasi.alasan,
        "catatan": "",
    }


# -- validation -----------------------------------------------------------------------------------


def _text(name: str, value: object, *, required: bool = False) -> list[FieldProblem]:
    rule = _RULES[name]
    if required and (not isinstance(value, str) or not value.strip()):
        return [FieldProblem(name, pesan("{label} wajib diisi.", label=TEXT_FIELDS[rule].label))]
    return check_text(rule, value, problem_field=name)


def _check_draft(draft: ItemDraft, day: date) -> tuple[list[FieldProblem], str]:
    """The problems of an edited item, and its jalur from the jenisDiklat."""
    problems = _text("rute", draft.rute, required=True)
    problems += _text("penyelenggara", draft.penyelenggara)
    problems += _text("catatan", draft.catatan)
    jalur = ""
    try:
        jalur = "klasikal" if aturan_jp(str(draft.jenis_diklat), day).klasikal else "nonklasikal"
    except (JpError, PolicyError) as exc:
        problems.append(FieldProblem("jenis_diklat", str(exc)))
    if (
        isinstance(draft.bulan, bool)
        or not isinstance(draft.bulan, int)
        or not (1 <= draft.bulan <= 12)
    ):
        problems.append(
            FieldProblem(
                "bulan", pesan("Bulan pelaksanaan {bulan!r} harus 1 sampai 12.", bulan=draft.bulan)
            )
        )
    if (
        isinstance(draft.jp, bool)
        or not isinstance(draft.jp, int | float)
        or not math.isfinite(draft.jp)
        or draft.jp < 0
    ):
        problems.append(
            FieldProblem("jp", pesan("Perkiraan JP {jp!r} harus angka tidak negatif.", jp=draft.jp))
        )
    if isinstance(draft.biaya, bool) or not isinstance(draft.biaya, int) or draft.biaya < 0:
        problems.append(
            FieldProblem(
                "biaya",
                pesan("Biaya {biaya!r} harus rupiah bulat tidak negatif.", biaya=draft.biaya),
            )
        )
    elif draft.biaya >= 2**63:
        problems.append(
            FieldProblem(
                "biaya", pesan("Biaya {rupiah} terlalu besar.", rupiah=_rupiah(draft.biaya))
            )
        )
    try:
        if isinstance(draft.prioritas, bool) or not isinstance(draft.prioritas, int):
            raise ValueError
        label_prioritas(draft.prioritas, day, policy=policy("akpk"))
        if not 1 <= draft.prioritas <= 3:
            raise ValueError
    except ValueError:
        problems.append(
            FieldProblem(
                "prioritas",
                pesan(
                    "Prioritas {prioritas!r} tidak dikenal; isi 1, 2 atau 3.",
                    prioritas=draft.prioritas,
                ),
            )
        )
    if not isinstance(draft.didanai, bool):
        problems.append(FieldProblem("didanai", pesan("Didanai harus ya atau tidak.")))
    return problems, jalur


def _check_revision(row: Any, expected: int, label: str) -> None:
    if row.revision != expected:
        raise stale_record_error(label, row.updated_by, row.updated_at)


def _check_tahun(tahun: object) -> int:
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 1970 <= tahun <= 2100:
        raise ValidationFailed(
            [
                FieldProblem(
                    "tahun", pesan("Tahun rencana {tahun!r} harus 1970 sampai 2100.", tahun=tahun)
                )
            ]
        )
    return tahun


def _label(row: RencanaPengembangan) -> str:
    return f"rencana pengembangan kompetensi {row.tahun}"


def _not_draft(row: RencanaPengembangan, what: str) -> ServiceError:
    return ServiceError(
        pesan(
            "Rencana pengembangan kompetensi {tahun} berstatus {status_labels}: {what}. "
            "Kembalikan ke draf dahulu.",
            tahun=row.tahun,
            status_labels=STATUS_LABELS[row.status],
            what=what,
        )
    )


# -- the service ----------------------------------------------------------------------------------


class PlanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _plan(session: Session, tahun: int, *, lock: bool = False) -> RencanaPengembangan | None:
        stmt = select(RencanaPengembangan).where(
            RencanaPengembangan.tahun == tahun, RencanaPengembangan.deleted_at.is_(None)
        )
        if lock:
            stmt = stmt.with_for_update()
        return session.scalars(stmt).first()

    def _required(self, session: Session, tahun: int, *, lock: bool = False) -> RencanaPengembangan:
        row = self._plan(session, tahun, lock=lock)
        if row is None:
            raise NotFound(
                pesan(
                    "Belum ada rencana pengembangan kompetensi tahun {tahun}; buat drafnya dahulu.",
                    tahun=tahun,
                )
            )
        return row

    @use_case(Permission.READ)
    def years(self) -> list[int]:
        """The years that have a plan, newest first."""
        with self.db.reading() as session:
            return list(
                session.scalars(
                    select(RencanaPengembangan.tahun)
                    .where(RencanaPengembangan.deleted_at.is_(None))
                    .order_by(RencanaPengembangan.tahun.desc())
                )
            )

    @use_case(Permission.READ)
    def rencana(self, tahun: int) -> RencanaRecord | None:
        anggaran = total_anggaran(self.db, tahun)
        with self.db.reading() as session:
            row = self._plan(session, tahun)
            if row is None:
                return None
            return self._record(session, row, anggaran)

    @staticmethod
    def _record(session: Session, row: RencanaPengembangan, anggaran: int) -> RencanaRecord:
        """The plan with its totals; ``anggaran`` is the year's budget now."""
        funded = _I.didanai.is_(True)
        totals = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((funded, 1), else_=0)), 0),
                func.coalesce(func.sum(case((funded, _I.biaya), else_=0)), 0),
                func.coalesce(func.sum(_UNFUNDED), 0),
                func.count(func.distinct(_I.nip)),
                func.count(func.distinct(case((funded, _I.nip)))),
                func.count(func.distinct(case((_BELOW, _I.nip)))),
                func.count(func.distinct(case((and_(_BELOW, funded), _I.nip)))),
            ).where(_I.rencana_id == row.id, _LIVE_ITEM)
        ).one()
        return RencanaRecord(
            id=row.id,
            uuid=row.uuid,
            revision=row.revision,
            tahun=row.tahun,
            status=row.status,
            anggaran=anggaran,
            anggaran_saat_dibuat=row.anggaran,
            dibuat_pada=row.dibuat_pada,
            disetujui_atasan_oleh=row.disetujui_atasan_oleh,
            disetujui_atasan_pada=row.disetujui_atasan_pada,
            disetujui_pyb_oleh=row.disetujui_pyb_oleh,
            disetujui_pyb_pada=row.disetujui_pyb_pada,
            ditetapkan_ppk_oleh=row.ditetapkan_ppk_oleh,
            ditetapkan_ppk_pada=row.ditetapkan_ppk_pada,
            catatan=row.catatan,
            butir=int(totals[0]),
            butir_didanai=int(totals[1]),
            biaya_didanai=int(totals[2]),
            biaya_tidak_didanai=int(totals[3]),
            pegawai=int(totals[4]),
            pegawai_didanai=int(totals[5]),
            di_bawah_target=int(totals[6]),
            di_bawah_target_didanai=int(totals[7]),
        )

    @use_case(Permission.READ)
    def item_ids(
        self,
        tahun: int,
        query: ItemQuery | None = None,
        sort: str = "urutan",
        descending: bool = False,
    ) -> list[int]:
        """The ids of the plan's items, filtered and sorted in SQL; [] without a plan."""
        with self.db.reading() as session:
            row = self._plan(session, tahun)
        if row is None:
            return []
        stmt = build_item_query(row.id, query or ItemQuery(), sort, descending)
        try:
            with self.db.engine.connect() as conn:
                return fetch_column(conn, stmt)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc

    @use_case(Permission.READ)
    def item_rows(self, ids: Sequence[int]) -> dict[int, ItemRow]:
        found: dict[int, ItemRow] = {}
        if not ids:
            return found
        with self.db.reading() as session:
            for chunk in _chunks(ids):
                for item in _read_rows(session, and_(_I.id.in_(chunk), _LIVE_ITEM), order=False):
                    found[item.id] = item
        return found

    @use_case(Permission.READ)
    def tidak_didanai(self, tahun: int) -> list[ItemRow]:
        """The items left unfunded or funded with a cheaper route than their ideal one, each
        with what it would cost (ItemRow.biaya_tidak_didanai), by priority, in plan order."""
        with self.db.reading() as session:
            row = self._plan(session, tahun)
            if row is None:
                return []
            return list(
                _read_rows(
                    session,
                    and_(_I.rencana_id == row.id, _LIVE_ITEM, _UNFUNDED > 0),
                    order_by=(_I.prioritas, _I.urutan, _I.id),
                )
            )

    # -- generating ----------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def generate(
        self, tahun: int, *, replace: bool = False, today: date | None = None
    ) -> GenerateResult:
        """Draft the plan of ``tahun`` within its budget (see the module docstring).

        ``today`` is the day of drafting (default: today): the JP credited by then count.
        Refused for a plan past draft, and for an existing draft unless ``replace``.
        """
        tahun = _check_tahun(tahun)
        with _no_cycle_collection():
            return self._generate(tahun, replace, today or date.today())

    def _generate(self, tahun: int, replace: bool, today: date) -> GenerateResult:
        day = date(tahun, 1, 1)
        started = time.perf_counter()
        with self.db.reading() as session:
            found = self._plan(session, tahun)
            self._refuse_existing(found, replace)
            seen = (found.id, found.revision) if found is not None else None
        masukan = self._inputs(tahun, today)
        read = time.perf_counter()

        needs = _Needs(masukan, day)
        butir = [b for p in masukan.pegawai for b in needs.of(p)]
        akpk = needs.akpk
        hasil = alokasikan(
            [needs.kebutuhan(b) for b in butir], masukan.anggaran, on=day, policy=akpk
        )
        months = jadwal_bulan(hasil.alokasi, day, policy=akpk)
        jalur = _Jalur(day)
        values = [
            _item_values(b, a, m, i, jalur)
            for i, (b, a, m) in enumerate(zip(butir, hasil.alokasi, months, strict=True), start=1)
        ]
        allocated = time.perf_counter()

        try:
            with self.db.unit_of_work() as session:
                menggantikan, plan_id, funded = self._write_plan(
                    session, tahun, seen, replace, masukan.anggaran, values, hasil
                )
        except _Bentrok as clash:
            raise self._made_meanwhile(tahun, clash) from None
        written = time.perf_counter()

        below = needs.di_bawah_target
        result = GenerateResult(
            plan_id=plan_id,
            tahun=tahun,
            butir=len(values),
            butir_didanai=funded,
            butir_tidak_didanai=len(values) - funded,
            anggaran=masukan.anggaran,
            biaya_didanai=hasil.terpakai,
            biaya_tidak_didanai=hasil.kebutuhan_tidak_didanai,
            sisa=hasil.sisa,
            pegawai=len({b.pegawai.id for b in butir}),
            di_bawah_target=len(below),
            di_bawah_target_didanai=len(below) - len(hasil.tanpa_kegiatan),
            menggantikan=menggantikan,
            waktu={
                "membaca": read - started,
                "alokasi": allocated - read,
                "menulis": written - allocated,
            },
        )
        log.info(
            "plan %s: %s items for %s employees in %.2f s (%s)",
            tahun,
            result.butir,
            result.pegawai,
            written - started,
            ", ".join(f"{k} {v:.2f} s" for k, v in result.waktu.items()),
        )
        return result

    def _write_plan(
        self,
        session: Session,
        tahun: int,
        seen: tuple[int, int] | None,
        replace: bool,
        anggaran: int,
        values: list[dict[str, Any]],
        hasil: HasilAlokasi,
    ) -> tuple[bool, int, int]:
        """The new draft and its items in the caller's transaction; returns (whether it
        replaced a draft, the new plan's id, how many items are funded). ``seen`` is the
        (id, revision) of the plan there was when the inputs were read, None for none."""
        existing = self._plan(session, tahun, lock=True)
        now = (existing.id, existing.revision) if existing is not None else None
        if now != seen:
            # Another clerk drafted, redrafted or edited this year's plan while this one
            # was being computed: replacing theirs, or refusing as "a draft exists", is not
            # what this clerk decided on.
            raise _Bentrok
        self._refuse_existing(existing, replace)
        replaced = 0
        if existing is not None:
            replaced = self._delete_plan(session, existing)
        plan = RencanaPengembangan(
            tahun=tahun,
            status="draft",
            anggaran=anggaran,
            dibuat_pada=datetime.now(UTC),
        )
        # Stamped before it joins the session: the stamp's UPDATE would flush it early,
        # outside the watch for the unique rule below.
        stamp_change(session, self.db.actor, plan, first=True)
        session.add(plan)
        try:
            session.flush()
        except IntegrityError as exc:
            # PostgreSQL: the other clerk's plan was not yet committed when this one
            # looked; the year's unique rule refused this one. Nothing of it is kept.
            raise _Bentrok from exc
        self._insert_items(session, plan.id, values)
        funded = sum(1 for a in hasil.alokasi if a.didanai)
        # One audit entry for all the items of a generated plan, not one per item: they
        # are the output of one computation from inputs the trail already holds (the
        # register, assessments, appraisals, activities, the budget), a city's plan has
        # tens of thousands of them and is redrafted several times, and the entry names
        # what was written (counts and totals). Items changed by hand afterwards get
        # their own entries from the automatic capture, field by field.
        audit.record(
            session,
            "create",
            entity_type="rencana_item",
            entity_uuid=plan.uuid,
            label=f"Rencana pengembangan kompetensi {tahun}",
            changes={
                "butir": [replaced or None, len(values)],
                "butir_didanai": [None, funded],
                "biaya_didanai": [None, hasil.terpakai],
                "kebutuhan_tidak_didanai": [None, hasil.kebutuhan_tidak_didanai],
                "anggaran": [None, anggaran],
            },
            detail=(
                f"Draf dibuat otomatis dari kesenjangan kompetensi, kinerja {tahun - 1} "
                f"dan JP {tahun - 1}; satu catatan untuk {len(values)} butir"
                + (f"; menggantikan draf lama ({replaced} butir)" if existing else "")
            ),
        )
        return existing is not None, plan.id, funded

    def _made_meanwhile(self, tahun: int, clash: _Bentrok) -> Exception:
        """The refusal of a draft that lost to another clerk's: who made the plan there is
        now, read afresh (their transaction has committed)."""
        with self.db.reading() as session:
            row = self._plan(session, tahun)
        if row is not None and row.status != "draft":
            return _not_draft(
                row, pesan(pesan("rencana yang sudah disetujui tidak dapat dibuat ulang"))
            )
        if row is None:
            cause = clash.__cause__
            if isinstance(cause, DBAPIError):
                return translate_dbapi_error(cause, self.db.where)
            # Gone again (replaced by a third draft that is not committed yet).
            return StaleRecord(
                pesan(
                    "Rencana pengembangan kompetensi {tahun} sedang dibuat ulang di tempat "
                    "lain; buka kembali rencana itu sebentar lagi. Rancangan Anda tidak "
                    "disimpan.",
                    tahun=tahun,
                )
            )
        when = ""
        if row.updated_at is not None:
            # Stored in UTC (SQLite hands it back without a zone); shown in local time.
            at = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
            when = f" ({at.astimezone():%d-%m-%Y %H:%M})"
        return StaleRecord(
            pesan(
                "Rencana pengembangan kompetensi {tahun} baru saja disimpan oleh {nilai}{when} "
                "selagi rancangan Anda disusun; buka kembali rencana {tahun} untuk melihatnya "
                "(buat ulang hanya bila rencana itu boleh diganti). Rancangan Anda tidak "
                "disimpan.",
                tahun=tahun,
                nilai=row.updated_by or "pengguna lain",
                when=when,
            )
        )

    @staticmethod
    def _refuse_existing(row: RencanaPengembangan | None, replace: bool) -> None:
        if row is None:
            return
        if row.status != "draft":
            raise _not_draft(
                row, pesan(pesan("rencana yang sudah disetujui tidak dapat dibuat ulang"))
            )
        if not replace:
            raise ServiceError(
                pesan(
                    "Draf rencana pengembangan kompetensi {tahun} sudah ada; buat ulang hanya "
                    "bila draf itu (dengan semua perubahannya) boleh diganti.",
                    tahun=row.tahun,
                )
            )

    def _inputs(self, tahun: int, today: date) -> _Masukan:
        day = date(tahun, 1, 1)
        with self.db.reading() as session:
            masukan = _Masukan(
                pegawai=_read_people(session),
                profil=profil(session, on=day),
                kurang={},
                anggaran=0,
                nama_kompetensi=_competency_names(session, day),
                penyelenggara=_best_providers(session, today),
                kinerja={},
            )
        # The JP of the year before against the target as the compliance report counts them
        # (services.jp_tahunan, domain.jp.target_jp over the months in service), so that the
        # plan's "below target" is the report's; of this year so far when planning next year.
        as_of = min(today, date(tahun - 1, 12, 31))
        laporan = ComplianceService(self.db).laporan(tahun - 1, as_of=as_of)
        masukan.kurang = {
            p.employee_id: (p.jp, p.target) for p in laporan.pegawai if not p.memenuhi
        }
        masukan.kinerja = _by_employee(AppraisalListService(self.db).kesenjangan(tahun - 1))
        masukan.anggaran = total_anggaran(self.db, tahun)
        return masukan

    def _delete_plan(self, session: Session, plan: RencanaPengembangan) -> int:
        """Delete a draft and its items (tombstones); returns how many items it had."""
        now = datetime.now(UTC)
        # One UPDATE for all the items: they are deleted by one change, so they share its
        # change number (an export takes "changed since N" and gets every one of them).
        seq = reserve_change_seqs(session, 1)
        gone = session.execute(
            update(RencanaItem)
            .where(RencanaItem.rencana_id == plan.id, RencanaItem.deleted_at.is_(None))
            .values(
                deleted_at=now,
                revision=RencanaItem.revision + 1,
                change_seq=seq,
                updated_at=now,
                updated_by=self.db.actor,
            )
            .execution_options(synchronize_session=False)
        )
        plan.deleted_at = now
        stamp_change(session, self.db.actor, plan)
        # The year's unique index holds only live plans: free it before the new one.
        session.flush()
        return int(gone.rowcount or 0)  # type: ignore[attr-defined]

    def _insert_items(
        self, session: Session, rencana_id: int, values: list[dict[str, Any]]
    ) -> None:
        """The items as one executemany, stamped as services.bulk stamps new records."""
        if not values:
            return
        seq = reserve_change_seqs(session, len(values))
        agency = session.get(AppMeta, AGENCY_CODE_KEY)
        origin = agency.value if agency is not None else ""
        now = datetime.now(UTC)
        actor = self.db.actor
        for offset, row in enumerate(values):
            row["rencana_id"] = rencana_id
            row["uuid"] = new_uuid()
            row["revision"] = 1
            row["change_seq"] = seq + offset
            row["updated_at"] = now
            row["updated_by"] = actor
            row["origin_agency"] = origin
            row["deleted_at"] = None
        connection = session.connection()
        for start in range(0, len(values), 5000):
            connection.execute(insert(RencanaItem), values[start : start + 5000])

    # -- editing -------------------------------------------------------------------------

    def _editable_item(
        self, session: Session, item_id: int
    ) -> tuple[RencanaItem, RencanaPengembangan]:
        item = session.get(RencanaItem, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFound(pesan("Butir rencana tidak ditemukan (mungkin sudah dihapus)."))
        plan = item.rencana
        if plan.deleted_at is not None:
            raise NotFound(
                pesan(
                    "Rencana pengembangan kompetensi {tahun} yang memuat butir ini sudah "
                    "dibuat ulang; buka rencana yang baru.",
                    tahun=plan.tahun,
                )
            )
        if plan.status != "draft":
            raise _not_draft(plan, pesan("butirnya tidak dapat diubah"))
        return item, plan

    @use_case(Permission.EDIT)
    def update_item(self, item_id: int, draft: ItemDraft, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            item, plan = self._editable_item(session, item_id)
            _check_revision(
                item, expected_revision, f"butir rencana {item.nama} {item.kompetensi_nama}"
            )
            problems, jalur = _check_draft(draft, date(plan.tahun, 1, 1))
            if problems:
                raise ValidationFailed(problems)
            values: dict[str, Any] = {
                "rute": draft.rute.strip(),
                "jenis_diklat": str(draft.jenis_diklat).strip(),
                "jalur": jalur,
                "penyelenggara": draft.penyelenggara.strip(),
                "bulan": draft.bulan,
                "jp": float(draft.jp),
                "biaya": draft.biaya,
                "prioritas": draft.prioritas,
                "didanai": draft.didanai,
                "catatan": draft.catatan.strip(),
            }
            # Funded at the ideal route's cost or more: nothing of the need stays unfunded.
            if draft.didanai and draft.biaya >= item.biaya_ideal:
                values["biaya_ideal"] = 0
            changed = False
            for key, value in values.items():
                if getattr(item, key) != value:
                    setattr(item, key, value)
                    changed = True
            if changed:
                stamp_change(session, self.db.actor, item)
                # The plan as a whole changed: an approval read before this edit is stale.
                stamp_change(session, self.db.actor, plan)

    @use_case(Permission.EDIT)
    def add_item(
        self,
        tahun: int,
        employee_id: int,
        draft: ItemDraft,
        *,
        kompetensi_kode: str = "",
        kompetensi_nama: str = "",
    ) -> int:
        """A need the generator did not see, for one employee; the printed texts are the
        register's now. Returns the new item's id."""
        with self.db.unit_of_work() as session:
            plan = self._required(session, tahun, lock=True)
            if plan.status != "draft":
                raise _not_draft(plan, pesan("butir tidak dapat ditambah"))
            day = date(tahun, 1, 1)
            problems, jalur = _check_draft(draft, day)
            kode = " ".join(kompetensi_kode.split())
            names = _competency_names(session, day)
            nama = " ".join(kompetensi_nama.split()) or names.get(kode, ("", ""))[0]
            problems += _text("kompetensi_nama", nama, required=True)
            problems += _text("kompetensi_kode", kode)
            employee = session.get(Employee, employee_id)
            if employee is None or employee.deleted_at is not None:
                problems.append(FieldProblem("employee_id", pesan("Pegawai tidak ditemukan.")))
            if problems:
                raise ValidationFailed(problems)
            assert employee is not None
            prof = profil(session, [employee.id], on=day).get(employee.id)
            urutan = session.scalar(
                select(func.coalesce(func.max(_I.urutan), 0)).where(_I.rencana_id == plan.id)
            )
            item = RencanaItem(
                rencana_id=plan.id,
                employee_id=employee.id,
                urutan=int(urutan or 0) + 1,
                nip=employee.nip,
                nama=_cut(
                    format_nama_lengkap(
                        employee.gelar_depan, employee.nama, employee.gelar_belakang
                    ),
                    _LEN["nama"],
                ),
                jabatan=employee.jabatan_nama,
                unit=_cut(employee.unit.nama if employee.unit is not None else "", _LEN["unit"]),
                kompetensi_kode=kode,
                kompetensi_nama=nama,
                standar=prof.standar.get(kode) if prof is not None else None,
                aktual=prof.aktual.get(kode) if prof is not None else None,
                penyebab="ditambahkan pengelola",
                jenis_diklat=str(draft.jenis_diklat).strip(),
                jalur=jalur,
                rute=draft.rute.strip(),
                penyelenggara=draft.penyelenggara.strip(),
                bulan=draft.bulan,
                jp=float(draft.jp),
                biaya=draft.biaya,
                prioritas=draft.prioritas,
                didanai=draft.didanai,
                biaya_ideal=0,
                alasan="ditambahkan pengelola",
                catatan=draft.catatan.strip(),
            )
            session.add(item)
            stamp_change(session, self.db.actor, item, first=True)
            stamp_change(session, self.db.actor, plan)
            session.flush()
            return item.id

    @use_case(Permission.EDIT)
    def delete_item(self, item_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            item, plan = self._editable_item(session, item_id)
            _check_revision(
                item, expected_revision, f"butir rencana {item.nama} {item.kompetensi_nama}"
            )
            item.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, item)
            stamp_change(session, self.db.actor, plan)

    # -- approving -----------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def setujui(
        self, tahun: int, langkah: str, *, oleh: str, tanggal: date, expected_revision: int
    ) -> None:
        """One approval step: "atasan", then "pyb", then "ppk" (which sets the plan).

        Refused out of order (naming the plan's status), for a stale plan, and while the
        funded items cost more than the year's budget (naming by how much).
        """
        step = LANGKAH.get(str(langkah).strip().lower())
        if step is None:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "langkah",
                        pesan(
                            "Langkah persetujuan '{langkah}' tidak dikenal; gunakan atasan, "
                            "pyb atau ppk (berurutan).",
                            langkah=langkah,
                        ),
                    )
                ]
            )
        needs, gives, who = step
        problems = _text("oleh", oleh, required=True)
        if not isinstance(tanggal, date):
            problems.append(
                FieldProblem("tanggal", pesan("Tanggal persetujuan harus berupa tanggal."))
            )
        elif tanggal > hari_lokal(datetime.now(UTC)):
            problems.append(
                FieldProblem(
                    "tanggal",
                    pesan(
                        "Tanggal persetujuan {tanggal} jatuh setelah hari ini.",
                        tanggal=format_tanggal_angka(tanggal),
                    ),
                )
            )
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            plan = self._required(session, tahun, lock=True)
            _check_revision(plan, expected_revision, _label(plan))
            order = list(STATUS_RENCANA)
            if order.index(plan.status) >= order.index(gives):
                raise ServiceError(
                    pesan(
                        "Rencana pengembangan kompetensi {tahun} sudah berstatus "
                        "{status_labels}; persetujuan {who} tidak dapat diulang.",
                        tahun=tahun,
                        status_labels=STATUS_LABELS[plan.status],
                        who=who,
                    )
                )
            if plan.status != needs:
                raise ServiceError(
                    pesan(
                        "Rencana pengembangan kompetensi {tahun} berstatus {status_labels}; "
                        "persetujuan {who} menunggu {lower} dahulu.",
                        tahun=tahun,
                        status_labels=STATUS_LABELS[plan.status],
                        who=who,
                        lower=STATUS_LABELS[needs].lower(),
                    )
                )
            earlier = [
                d
                for d in (
                    hari_lokal(plan.dibuat_pada) if plan.dibuat_pada is not None else None,
                    plan.disetujui_atasan_pada,
                    plan.disetujui_pyb_pada,
                )
                if d is not None
            ]
            if earlier and tanggal < max(earlier):
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "tanggal",
                            pesan(
                                "Tanggal persetujuan {tanggal} sebelum langkah sebelumnya ({max}).",
                                tanggal=format_tanggal_angka(tanggal),
                                max=format_tanggal_angka(max(earlier)),
                            ),
                        )
                    ]
                )
            plan.status = gives
            setattr(plan, f"{gives}_oleh", " ".join(oleh.split()))
            setattr(plan, f"{gives}_pada", tanggal)
            stamp_change(session, self.db.actor, plan)
            # The budget is read in this transaction, after the stamp: that holds the
            # change counter until commit, and every change of a budget line stamps one
            # too, so on PostgreSQL a cut either committed before this read (and is seen)
            # or waits until the approval is decided; FOR SHARE keeps the lines read as
            # they are. (Held before the stamp, the lines would deadlock against a cut that
            # holds the counter and waits for them. SQLite: this transaction holds the write
            # lock.) Over the budget, the approval and its stamp are rolled back.
            anggaran = anggaran_tahun(session, tahun, lock=True)
            record = self._record(session, plan, anggaran)
            if record.melebihi_anggaran:
                raise ServiceError(
                    pesan(
                        "Rencana pengembangan kompetensi {tahun} tidak dapat disetujui: biaya "
                        "yang didanai {rupiah} melebihi anggaran {rupiah2} sebesar {rupiah3}. "
                        "Kurangi butir yang didanai atau tambah anggaran dahulu.",
                        tahun=tahun,
                        rupiah=_rupiah(record.biaya_didanai),
                        rupiah2=_rupiah(record.anggaran),
                        rupiah3=_rupiah(record.kelebihan),
                    )
                )

    @use_case(Permission.EDIT)
    def kembali_ke_draft(self, tahun: int, alasan: str, *, expected_revision: int) -> None:
        """Back to draft, every approval cleared; the reason joins the plan's notes."""
        problems = _text("alasan", alasan, required=True)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            plan = self._required(session, tahun, lock=True)
            _check_revision(plan, expected_revision, _label(plan))
            if plan.status == "draft":
                raise ServiceError(
                    pesan(
                        "Rencana pengembangan kompetensi {tahun} masih berstatus Draf; tidak "
                        "ada persetujuan yang dibatalkan.",
                        tahun=tahun,
                    )
                )
            before = STATUS_LABELS[plan.status]
            plan.status = "draft"
            for column in ("disetujui_atasan", "disetujui_pyb", "ditetapkan_ppk"):
                setattr(plan, f"{column}_oleh", "")
                setattr(plan, f"{column}_pada", None)
            today = format_tanggal_angka(hari_lokal(datetime.now(UTC)))
            line = f"{today}: dikembalikan ke draf dari {before}. Alasan: {alasan.strip()}"
            plan.catatan = f"{plan.catatan}\n{line}" if plan.catatan else line
            stamp_change(session, self.db.actor, plan)

    # -- exporting and printing ----------------------------------------------------------

    @use_case(Permission.EXPORT)
    def export_xlsx(self, tahun: int, path: Path) -> int:
        """The plan as .xlsx (items, totals, and a "Tidak didanai" sheet); returns the number
        of items. Written beside ``path`` and renamed when complete: a failed export leaves
        nothing."""
        path = Path(path)
        anggaran = total_anggaran(self.db, tahun)
        with self.db.reading() as session:
            plan = self._required(session, tahun)
            record = self._record(session, plan, anggaran)
            instansi = _agency_name(session)
            try:
                with _part_file(path) as part:
                    count = _write_xlsx(session, part, record, instansi)
            except OSError as exc:
                raise ServiceError(
                    pesan(
                        "Berkas {path} tidak bisa ditulis: {nilai}",
                        path=path,
                        nilai=exc.strerror or exc,
                    )
                ) from exc
        with self.db.unit_of_work() as session:
            audit.record(
                session,
                "export",
                entity_type="rencana_pengembangan",
                entity_uuid=record.uuid,
                label=f"Rencana pengembangan kompetensi {tahun}",
                detail=f"{count} butir ke {path.name}",
            )
        return count

    @use_case(Permission.PRINT)
    def render_pdf(self, tahun: int, path: Path, *, paper: str = "A4") -> int:
        """The plan as a landscape PDF (A4 or F4); returns its page count."""
        from asn_desktop.reports.rencana_pengembangan import render_rencana

        path = Path(path)
        anggaran = total_anggaran(self.db, tahun)
        with self.db.reading() as session:
            plan = self._required(session, tahun)
            record = self._record(session, plan, anggaran)
            dokumen = _dokumen(session, record, _agency_name(session))
        try:
            pages = render_rencana(dokumen, path, paper=paper)
        except ValueError as exc:
            raise ValidationFailed([FieldProblem("paper", str(exc))]) from exc
        except OSError as exc:
            raise ServiceError(
                pesan(
                    "Berkas {path} tidak bisa ditulis: {nilai}",
                    path=path,
                    nilai=exc.strerror or exc,
                )
            ) from exc
        with self.db.unit_of_work() as session:
            audit.record(
                session,
                "print",
                entity_type="rencana_pengembangan",
                entity_uuid=record.uuid,
                label=f"Rencana pengembangan kompetensi {tahun}",
                detail=f"{pages} halaman ke {path.name}",
            )
        return pages

    @use_case(Permission.PRINT)
    def dokumen(self, tahun: int) -> DokumenRencana:
        """The plan as printed (reports.rencana_pengembangan), for a preview that renders it
        on the paper chosen; what it prints or saves is recorded with record_print."""
        anggaran = total_anggaran(self.db, tahun)
        with self.db.reading() as session:
            plan = self._required(session, tahun)
            record = self._record(session, plan, anggaran)
            return _dokumen(session, record, _agency_name(session))

    @use_case(Permission.PRINT)
    def record_print(self, tahun: int, *, where: str = "") -> None:
        """The audit trail's "print" entry of the plan printed or saved from a preview."""
        with self.db.unit_of_work() as session:
            plan = self._required(session, tahun)
            audit.record(
                session,
                "print",
                entity_type="rencana_pengembangan",
                entity_uuid=plan.uuid,
                label=f"Rencana pengembangan kompetensi {tahun}",
                detail=f"Rencana pengembangan kompetensi{': ' + where if where else ''}",
            )


# -- helpers of reading, exporting, printing ----------------------------------------------------


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while a plan is made: its inputs and needs are a hundred
    thousand small objects alive until the plan is written, which the collector would
    rescan again and again though none of them is garbage (a third of the time of a
    city's plan). Reference counting still frees everything else meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _by_employee(gaps: Iterable[KesenjanganKinerja]) -> dict[int, list[KesenjanganKinerja]]:
    out: dict[int, list[KesenjanganKinerja]] = {}
    for gap in gaps:
        out.setdefault(gap.employee_id, []).append(gap)
    return out


def _agency_name(session: Session) -> str:
    row = session.get(AppMeta, AGENCY_NAME_KEY)
    return row.value if row is not None else ""


def _read_rows(
    session: Session,
    where: ColumnElement[bool],
    *,
    order: bool = True,
    order_by: Sequence[Any] = (_I.urutan, _I.id),
) -> Iterator[ItemRow]:
    stmt = (
        select(*_ROW_COLUMNS)
        .join(RencanaPengembangan, RencanaPengembangan.id == _I.rencana_id)
        .where(where)
    )
    if order:
        stmt = stmt.order_by(*order_by)
    labels: dict[tuple[int, int], str] = {}
    akpk = policy("akpk")
    for r in session.execute(stmt.execution_options(yield_per=2000)):
        key = (r[3], r[23])
        label = labels.get(key)
        if label is None:
            try:
                label = label_prioritas(r[23], date(r[3], 1, 1), policy=akpk)
            except ValueError:
                label = str(r[23])
            labels[key] = label
        values: list[Any] = list(r)
        values.insert(24, label)  # prioritas_label follows prioritas
        yield ItemRow(*values)


# What the .xlsx holds per item, in this order.
XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("NIP", 21),
    ("Nama", 32),
    ("Jabatan", 30),
    ("Unit kerja", 30),
    ("Kompetensi", 28),
    ("Standar", 9),
    ("Aktual", 9),
    ("Kesenjangan kinerja", 40),
    ("Penyebab", 28),
    ("Jalur", 13),
    ("Rute", 24),
    ("Penyelenggara", 30),
    ("Bulan", 11),
    ("JP", 7),
    ("Biaya (Rp)", 14),
    ("Prioritas", 10),
    ("Didanai", 9),
    ("Persetujuan", 30),
    ("Alasan", 50),
    ("Catatan", 30),
)


def _write_xlsx(session: Session, path: Path, record: RencanaRecord, instansi: str) -> int:
    from openpyxl import Workbook  # only the export pays for openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    safe = audit._cell_safe
    book = Workbook(write_only=True)
    sheet = book.create_sheet(f"Rencana {record.tahun}")
    for i, (_, width) in enumerate(XLSX_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A3"
    bold = Font(bold=True)

    def text(value: str, *, strong: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=safe(value))
        cell.number_format = "@"
        if strong:
            cell.font = bold
        return cell

    def money(value: int) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0"
        return cell

    title = f"Rencana Pengembangan Kompetensi Tahun {record.tahun}"
    if instansi:
        title += f" — {instansi}"
    sheet.append([text(f"{title} — Status: {record.persetujuan_text}", strong=True)])
    sheet.append([text(h, strong=True) for h, _ in XLSX_COLUMNS])
    persetujuan = record.persetujuan_text
    count = 0
    where = and_(_I.rencana_id == record.id, _LIVE_ITEM)
    for item in _read_rows(session, where):
        sheet.append(
            [
                text(item.nip),
                safe(item.nama),
                safe(item.jabatan),
                safe(item.unit),
                safe(item.kompetensi_nama),
                item.standar,
                item.aktual,
                safe(item.kesenjangan_kinerja),
                safe(item.penyebab),
                item.jalur,
                safe(item.rute),
                safe(item.penyelenggara),
                item.bulan_label,
                item.jp,
                money(item.biaya),
                item.prioritas_label,
                "Ya" if item.didanai else "Tidak",
                safe(persetujuan),
                safe(item.alasan),
                safe(item.catatan),
            ]
        )
        count += 1
    sheet.append([])
    for label, value in _totals(record):
        sheet.append([text(label, strong=True), money(value)])

    unfunded = book.create_sheet("Tidak didanai")
    headers = (
        ("NIP", 21), ("Nama", 32), ("Unit kerja", 30), ("Kompetensi", 28), ("Penyebab", 28),
        ("Rute", 24), ("Prioritas", 10), ("Didanai", 22), ("Biaya kebutuhan (Rp)", 20),
        ("Alasan", 50),
    )  # fmt: skip
    for i, (_, width) in enumerate(headers, start=1):
        unfunded.column_dimensions[get_column_letter(i)].width = width
    unfunded.freeze_panes = "A3"
    unfunded.append([text(f"Kebutuhan yang belum didanai — {title}", strong=True)])
    unfunded.append([text(h, strong=True) for h, _ in headers])
    total = 0
    for item in _read_rows(
        session, and_(where, _UNFUNDED > 0), order_by=(_I.prioritas, _I.urutan, _I.id)
    ):
        total += item.biaya_tidak_didanai
        unfunded.append(
            [
                text(item.nip),
                safe(item.nama),
                safe(item.unit),
                safe(item.kompetensi_nama),
                safe(item.penyebab),
                safe(item.rute),
                item.prioritas_label,
                "dengan rute lebih murah" if item.didanai else "Tidak",
                money(item.biaya_tidak_didanai),
                safe(item.alasan),
            ]
        )
    unfunded.append([])
    # The sum under its column ("Biaya kebutuhan").
    label = text("Jumlah kebutuhan yang belum didanai", strong=True)
    cost_column = [h for h, _ in headers].index("Biaya kebutuhan (Rp)")
    unfunded.append([label, *([None] * (cost_column - 1)), money(total)])
    book.save(str(path))
    return count


def _totals(record: RencanaRecord) -> list[tuple[str, int]]:
    rows = [
        ("Anggaran", record.anggaran),
        ("Total didanai", record.biaya_didanai),
        ("Sisa anggaran", record.sisa_anggaran),
        ("Kebutuhan tidak didanai", record.biaya_tidak_didanai),
    ]
    if record.melebihi_anggaran:
        rows.append(("Melebihi anggaran sebesar", record.kelebihan))
    return rows


@contextmanager
def _part_file(path: Path) -> Iterator[Path]:
    """A part file beside ``path`` to write to, renamed over ``path`` when the block ends
    normally and removed when it ends by an exception (a full disk, Ctrl+C). Made before
    anything is written, so a folder that cannot take it fails first."""
    handle, name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    part = Path(name)
    try:
        yield part
        with part.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _dokumen(session: Session, record: RencanaRecord, instansi: str) -> DokumenRencana:
    from asn_desktop.reports.rencana_pengembangan import (
        BarisRencana,
        DokumenRencana,
        Persetujuan,
    )

    rows = [
        BarisRencana(
            nip=i.nip,
            nama=i.nama,
            jabatan=i.jabatan,
            unit=i.unit,
            kompetensi=i.kompetensi_nama,
            standar=i.standar,
            aktual=i.aktual,
            kesenjangan_kinerja=i.kesenjangan_kinerja,
            penyebab=i.penyebab,
            jalur=i.jalur,
            rute=i.rute,
            penyelenggara=i.penyelenggara,
            bulan=i.bulan,
            jp=i.jp,
            biaya=i.biaya,
            prioritas=i.prioritas_label,
            didanai=i.didanai,
        )
        for i in _read_rows(session, and_(_I.rencana_id == record.id, _LIVE_ITEM))
    ]
    steps = tuple(
        Persetujuan(peran, getattr(record, f"{column}_oleh"), getattr(record, f"{column}_pada"))
        for peran, column in _SIGNERS
    )
    signed = record.ditetapkan_ppk_pada or record.disetujui_pyb_pada or record.disetujui_atasan_pada
    return DokumenRencana(
        tahun=record.tahun,
        pemerintah=PEMERINTAH,
        instansi=instansi,
        status=record.status_label,
        anggaran=record.anggaran,
        biaya_didanai=record.biaya_didanai,
        biaya_tidak_didanai=record.biaya_tidak_didanai,
        butir=record.butir,
        butir_didanai=record.butir_didanai,
        pegawai=record.pegawai,
        di_bawah_target=record.di_bawah_target,
        di_bawah_target_didanai=record.di_bawah_target_didanai,
        persetujuan=steps,
        baris=rows,
        tanggal=signed,
    )
