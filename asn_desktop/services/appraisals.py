"""Performance appraisal use cases: the SKP of a year, its evaluations, finalising, reopening.

One SKP per employee and year; the appraiser (pejabat penilai) and the appraiser's superior
are people of the register or non-ASN persons typed in. An evaluation of a period records
realisasi, feedback and the two ratings; its predikat follows from the matrix in force at
the end of the period. Finalising freezes the printed document (services.appraisal_documents)
into an EvaluasiVersi; changing it afterwards needs `reopen` with a reason, and the earlier
version stays what its printed code verifies against.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.appraisal_models import (
    CapaianOrganisasi,
    DokumenTtd,
    Evaluasi,
    EvaluasiIndikator,
    EvaluasiPerilaku,
    EvaluasiRhk,
    EvaluasiVersi,
    Skp,
    SkpIndikator,
    SkpPerilaku,
    SkpRhk,
)
from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.domain import FieldProblem, JenisJabatan, PolicyError, check_fields
from asn_desktop.domain.dokumen_kinerja import (
    OrangCetak,
    canonical_json,
    content_hash,
    kode_dokumen,
    orang_dari_pegawai,
)
from asn_desktop.domain.kinerja import (
    JENIS_PERIODE,
    Pelanggaran,
    Predikat,
    Rating,
    Skema,
    capaian_labels,
    cek_pola_distribusi,
    nilai_dasar,
    periode,
    predikat_dari_rating,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import gabung, pesan
from asn_desktop.domain.tanggal import format_tanggal, hari_lokal
from asn_desktop.services import audit, berkas
from asn_desktop.services.database import Database, stale_record_error, stamp_change
from asn_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from asn_desktop.services.permissions import use_case

__all__ = [
    "ASPEK",
    "MAX_SCAN_BYTES",
    "AppraisalService",
    "DistribusiMelanggar",
    "EvaluasiDraft",
    "EvaluasiRecord",
    "IndikatorInput",
    "PenilaiInput",
    "RealisasiInput",
    "RhkInput",
    "SkpDraft",
    "SkpRecord",
    "UmpanBalikInput",
    "UnitBatchResult",
]

ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")
ASN, NON_ASN = "ASN", "NON ASN"
# A signed scan is a few pages of A4 at office-scanner resolution; 20 MB is generous.
MAX_SCAN_BYTES = 20 * 1024 * 1024
_SCAN = berkas.UploadRule(
    "pindaian", (berkas.PDF, berkas.JPG, berkas.PNG, berkas.TIFF), MAX_SCAN_BYTES
)
MIN_REASON = 10

# Structural seniority: who appraises whom (DOMAIN.md 5). Fungsional and pelaksana are
# appraised by the pengawas of their unit, pengawas by the administrator, administrator by
# the JPT pratama; the JPT's appraiser (Sekda / Wali Kota) is outside the agency.
_SENIORITY = {
    JenisJabatan.PELAKSANA.value: 0,
    JenisJabatan.FUNGSIONAL_KETERAMPILAN.value: 0,
    JenisJabatan.FUNGSIONAL_KEAHLIAN.value: 0,
    JenisJabatan.PENGAWAS.value: 1,
    JenisJabatan.ADMINISTRATOR.value: 2,
    JenisJabatan.JPT.value: 3,
}


class DistribusiMelanggar(ServiceError):
    """Finalising would leave the year's predikat outside the pola distribusi.

    The caller shows the messages and, if the clerk goes ahead, calls again with
    ``confirm_distribution=True``; the acknowledged breach is written into the audit entry.
    """

    def __init__(self, pelanggaran: Sequence[Pelanggaran]) -> None:
        self.pelanggaran = tuple(pelanggaran)
        super().__init__(
            pesan(
                "Pola distribusi predikat tidak terpenuhi:\n{daftar}",
                daftar=gabung("\n", (pesan("- {isi}", isi=p.pesan) for p in self.pelanggaran)),
            )
        )


# -- inputs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PenilaiInput:
    """An appraiser: ``employee_id`` of the register, or a non-ASN person typed in."""

    employee_id: int | None = None
    status: str = ASN
    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""


@dataclass(frozen=True)
class IndikatorInput:
    indikator: str
    target: str = ""
    aspek: str = "kuantitas"
    id: int | None = None  # an existing row being kept


@dataclass(frozen=True)
class RhkInput:
    rhk: str
    indikator: tuple[IndikatorInput, ...] = ()
    jenis: str = "utama"
    rhk_atasan_id: int | None = None
    rhk_atasan: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SkpDraft:
    tahun: int
    penilai: PenilaiInput | None = None
    atasan: PenilaiInput | None = None
    rhk: tuple[RhkInput, ...] = ()
    # kode of the core value -> ekspektasi khusus pimpinan
    ekspektasi: Mapping[str, str] = field(default_factory=dict)
    skema: str = Skema.PERMENPANRB_6_2022.value
    jenis_periode: str | None = None  # None: the policy's for the year


@dataclass(frozen=True)
class RealisasiInput:
    indikator_id: int
    realisasi: str
    bukti: str = ""


@dataclass(frozen=True)
class UmpanBalikInput:
    """Feedback on an RHK (``rhk_id``) or on a core value (``kode``), with its rating."""

    umpan_balik: str = ""
    rating: str | None = None
    rhk_id: int | None = None
    kode: str = ""


@dataclass(frozen=True)
class EvaluasiDraft:
    rating_hasil_kerja: str | None = None
    rating_perilaku: str | None = None
    realisasi: tuple[RealisasiInput, ...] = ()
    umpan_balik: tuple[UmpanBalikInput, ...] = ()
    catatan: str = ""
    tanggal_penetapan: date | None = None
    # PP 46/2011 history only
    nilai_skp: float | None = None
    nilai_perilaku: float | None = None


# -- what is read back -------------------------------------------------------------------------


@dataclass(frozen=True)
class IndikatorRecord:
    id: int
    aspek: str
    indikator: str
    target: str


@dataclass(frozen=True)
class RhkRecord:
    id: int
    jenis: str
    rhk: str
    rhk_atasan_id: int | None
    rhk_atasan: str
    indikator: tuple[IndikatorRecord, ...]


@dataclass(frozen=True)
class PenilaiRecord:
    employee_id: int | None
    status: str
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str

    def as_input(self) -> PenilaiInput:
        return PenilaiInput(
            self.employee_id,
            self.status,
            self.nama,
            self.nip,
            self.pangkat,
            self.jabatan,
            self.unit,
        )


@dataclass(frozen=True)
class EvaluasiSummary:
    id: int
    periode: str
    status: str
    versi: int
    predikat: str


@dataclass(frozen=True)
class SkpRecord:
    id: int
    uuid: str
    revision: int
    employee_id: int
    employee_label: str
    tahun: int
    skema: str
    jenis_periode: str
    unit_id: int | None
    penilai: PenilaiRecord | None
    atasan: PenilaiRecord | None
    rhk: tuple[RhkRecord, ...]
    ekspektasi: Mapping[str, str]
    evaluasi: tuple[EvaluasiSummary, ...]

    def as_draft(self) -> SkpDraft:
        return SkpDraft(
            tahun=self.tahun,
            penilai=self.penilai.as_input() if self.penilai else None,
            atasan=self.atasan.as_input() if self.atasan else None,
            rhk=tuple(
                RhkInput(
                    r.rhk,
                    tuple(
                        IndikatorInput(i.indikator, i.target, i.aspek, i.id) for i in r.indikator
                    ),
                    r.jenis,
                    r.rhk_atasan_id,
                    r.rhk_atasan,
                    r.id,
                )
                for r in self.rhk
            ),
            ekspektasi=dict(self.ekspektasi),
            skema=self.skema,
            jenis_periode=self.jenis_periode,
        )


@dataclass(frozen=True)
class VersiRecord:
    id: int
    versi: int
    kode_dokumen: str
    content_hash: str
    predikat: str
    finalised_at: datetime
    finalised_by: str
    reopened_at: datetime | None
    reopened_by: str
    alasan_buka: str
    signed: tuple[tuple[date, str], ...]  # (tanggal ttd, nama berkas)


@dataclass(frozen=True)
class EvaluasiRecord:
    id: int
    uuid: str
    revision: int
    skp_id: int
    periode: str
    status: str
    versi: int
    rating_hasil_kerja: str | None
    rating_perilaku: str | None
    predikat: str
    catatan: str
    tanggal_penetapan: date | None
    realisasi: Mapping[int, tuple[str, str]]  # indikator_id -> (realisasi, bukti)
    umpan_balik_rhk: Mapping[int, tuple[str, str | None]]  # rhk_id -> (text, rating)
    umpan_balik_perilaku: Mapping[str, tuple[str, str | None]]  # kode -> (text, rating)
    nilai_skp: float | None
    nilai_perilaku: float | None
    versions: tuple[VersiRecord, ...]

    @property
    def is_final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class UnitBatchResult:
    created: int
    copied: int
    skipped: tuple[str, ...]  # "Nama: why"


# -- helpers ---------------------------------------------------------------------------------


def _year_end(tahun: int) -> date:
    return date(tahun, 12, 31)


def _rating(value: str | None, field_name: str, problems: list[FieldProblem]) -> str | None:
    if value is None or value == "":
        return None
    try:
        return Rating(value).value
    except ValueError:
        problems.append(
            FieldProblem(
                field_name,
                pesan(
                    "Rating '{value}' tidak dikenal; gunakan di_atas, sesuai atau di_bawah.",
                    value=value,
                ),
            )
        )
        return None


def predikat_of(tahun: int, kode_periode: str, hasil: str | None, perilaku: str | None) -> str:
    """The stored predikat key ("baik") from the matrix in force at the period's end, or ""."""
    if hasil is None or perilaku is None:
        return ""
    end = periode(kode_periode, tahun).selesai
    return predikat_dari_rating(hasil, perilaku, on=end).value


def _penilai_record(row: Skp, prefix: str) -> PenilaiRecord | None:
    nama = getattr(row, f"{prefix}_nama")
    employee_id = getattr(row, f"{prefix}_id")
    if not nama and employee_id is None:
        return None
    return PenilaiRecord(
        employee_id,
        getattr(row, f"{prefix}_status"),
        nama,
        getattr(row, f"{prefix}_nip"),
        getattr(row, f"{prefix}_pangkat"),
        getattr(row, f"{prefix}_jabatan"),
        getattr(row, f"{prefix}_unit"),
    )


def _live(rows: Iterable[Any]) -> list[Any]:
    return [r for r in rows if r.deleted_at is None]


class AppraisalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------

    @use_case(Permission.READ)
    def skp(self, skp_id: int) -> SkpRecord:
        with self.db.reading() as session:
            return _skp_record(session, self._load_skp(session, skp_id))

    @use_case(Permission.READ)
    def skp_of(self, employee_id: int, tahun: int) -> SkpRecord | None:
        with self.db.reading() as session:
            row = _skp_row(session, employee_id, tahun)
            return _skp_record(session, row) if row is not None else None

    @use_case(Permission.READ)
    def evaluasi(self, evaluasi_id: int) -> EvaluasiRecord:
        with self.db.reading() as session:
            return _evaluasi_record(self._load_evaluasi(session, evaluasi_id))

    @use_case(Permission.READ)
    def evaluasi_of(self, skp_id: int, kode_periode: str) -> EvaluasiRecord | None:
        with self.db.reading() as session:
            row = _evaluasi_row(session, skp_id, kode_periode)
            return _evaluasi_record(row) if row is not None else None

    @use_case(Permission.READ)
    def propose_penilai(self, employee_id: int) -> tuple[PenilaiInput | None, PenilaiInput | None]:
        """The appraiser and the appraiser's superior the unit tree and positions suggest.

        Walks up from the employee's unit to the first person whose position is structurally
        senior (pengawas for staff, administrator for a pengawas, the JPT for an
        administrator); the superior is found the same way from the appraiser. None where
        nobody in the agency fits (the JPT's own appraiser is outside it).
        """
        with self.db.reading() as session:
            employee = session.get(Employee, employee_id)
            if employee is None or employee.deleted_at is not None:
                raise NotFound(pesan(pesan("Pegawai tidak ditemukan (mungkin sudah dihapus).")))
            penilai = _senior_of(session, employee)
            atasan = _senior_of(session, penilai) if penilai is not None else None
            return (
                PenilaiInput(employee_id=penilai.id) if penilai is not None else None,
                PenilaiInput(employee_id=atasan.id) if atasan is not None else None,
            )

    @use_case(Permission.READ)
    def rhk_penilai(self, penilai_employee_id: int, tahun: int) -> list[RhkRecord]:
        """The appraiser's own RHK of the year, to link an RHK to ("diintervensi")."""
        with self.db.reading() as session:
            row = _skp_row(session, penilai_employee_id, tahun)
            return list(_skp_record(session, row).rhk) if row is not None else []

    @use_case(Permission.READ)
    def capaian(self, tahun: int, unit_id: int | None = None) -> str | None:
        """The capaian kinerja organisasi that applies to a unit (its own, else the nearest
        unit above with one, else the agency's) or to the agency (unit_id None)."""
        with self.db.reading() as session:
            return _capaian_for(session, tahun, unit_id)

    # -- the SKP ---------------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def create_skp(self, employee_id: int, draft: SkpDraft) -> int:
        problems = _check_skp_draft(draft)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            employee = _live_employee(session, employee_id)
            if _skp_row(session, employee_id, draft.tahun) is not None:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "tahun",
                            pesan(
                                "{nama} sudah memiliki SKP tahun {tahun}; buka SKP itu untuk "
                                "mengubahnya.",
                                nama=employee.nama,
                                tahun=draft.tahun,
                            ),
                        )
                    ]
                )
            row = self._new_skp(session, employee, draft)
            self._write_skp_content(session, row, draft)
            return row.id

    @use_case(Permission.EDIT)
    def update_skp(self, skp_id: int, draft: SkpDraft, *, expected_revision: int) -> None:
        problems = _check_skp_draft(draft)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            row = self._load_skp(session, skp_id)
            _check_revision(row, expected_revision, f"SKP {row.employee.nama} {row.tahun}")
            _refuse_if_year_final(session, row)
            if draft.tahun != row.tahun:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "tahun",
                            pesan(
                                "Tahun SKP tidak dapat diubah; buat SKP baru untuk tahun lain.",
                            ),
                        )
                    ]
                )
            row.skema = draft.skema
            row.jenis_periode = draft.jenis_periode or row.jenis_periode
            self._write_skp_content(session, row, draft)
            stamp_change(session, self.db.actor, row)

    @use_case(Permission.EDIT)
    def delete_skp(self, skp_id: int, *, expected_revision: int) -> None:
        """A draft SKP and its draft evaluations; never one with a finalised document."""
        with self.db.unit_of_work() as session:
            row = self._load_skp(session, skp_id)
            _check_revision(row, expected_revision, f"SKP {row.employee.nama} {row.tahun}")
            if any(e.versi > 0 for e in _live(row.evaluasi)):
                raise ServiceError(
                    pesan(
                        "SKP {nama} tahun {tahun} memiliki evaluasi yang sudah difinalkan dan "
                        "dicetak; SKP itu tidak dapat dihapus.",
                        nama=row.employee.nama,
                        tahun=row.tahun,
                    )
                )
            now = datetime.now(UTC)
            for evaluasi in _live(row.evaluasi):
                evaluasi.deleted_at = now
                stamp_change(session, self.db.actor, evaluasi)
            row.deleted_at = now
            stamp_change(session, self.db.actor, row)

    @use_case(Permission.EDIT)
    def copy_previous(self, employee_id: int, tahun: int) -> int:
        """A new SKP for ``tahun`` starting from the latest earlier one (RHK, indicators,
        targets, expectations, appraisers), or from the proposal when there is none."""
        with self.db.unit_of_work() as session:
            employee = _live_employee(session, employee_id)
            if _skp_row(session, employee_id, tahun) is not None:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "tahun",
                            pesan(
                                "{nama} sudah memiliki SKP tahun {tahun}.",
                                nama=employee.nama,
                                tahun=tahun,
                            ),
                        )
                    ]
                )
            row, _ = self._start_skp(session, employee, tahun)
            return row.id

    @use_case(Permission.EDIT)
    def create_for_unit(
        self, unit_id: int, tahun: int, *, include_subunits: bool = True
    ) -> UnitBatchResult:
        """The SKPs of a whole unit at once, in one transaction: each employee without one
        gets a copy of their previous year's, or an empty one with the proposed appraisers."""
        with self.db.unit_of_work() as session:
            unit = session.get(OrgUnit, unit_id)
            if unit is None or unit.deleted_at is not None:
                raise NotFound(pesan("Unit kerja tidak ditemukan."))
            stmt = select(Employee).where(Employee.deleted_at.is_(None))
            if include_subunits:
                stmt = stmt.join(OrgUnit, Employee.unit_id == OrgUnit.id).where(
                    OrgUnit.path.startswith(unit.path)
                )
            else:
                stmt = stmt.where(Employee.unit_id == unit_id)
            created = copied = 0
            skipped: list[str] = []
            for employee in session.scalars(stmt.order_by(Employee.nama, Employee.id)):
                if _skp_row(session, employee.id, tahun) is not None:
                    skipped.append(f"{employee.nama}: sudah memiliki SKP {tahun}")
                    continue
                _row, was_copied = self._start_skp(session, employee, tahun)
                created += 1
                copied += int(was_copied)
            return UnitBatchResult(created, copied, tuple(skipped))

    def _start_skp(self, session: Session, employee: Employee, tahun: int) -> tuple[Skp, bool]:
        previous = session.scalars(
            select(Skp)
            .where(Skp.employee_id == employee.id, Skp.tahun < tahun, Skp.deleted_at.is_(None))
            .order_by(Skp.tahun.desc())
            .limit(1)
        ).first()
        if previous is not None:
            draft = _skp_record(session, previous).as_draft()
            penilai_input = _refreshed_penilai(draft.penilai)
            atasan_input = _refreshed_penilai(draft.atasan)
            if not (_still_here(session, penilai_input) and _still_here(session, atasan_input)):
                # Last year's appraiser has left the register: propose from the unit tree.
                senior = _senior_of(session, employee)
                above = _senior_of(session, senior) if senior is not None else None
                penilai_input = PenilaiInput(employee_id=senior.id) if senior else None
                atasan_input = PenilaiInput(employee_id=above.id) if above else None
            draft = SkpDraft(
                tahun=tahun,
                penilai=penilai_input,
                atasan=atasan_input,
                # Copies are new rows: the old ids stay with last year's SKP.
                rhk=tuple(
                    RhkInput(
                        r.rhk,
                        tuple(IndikatorInput(i.indikator, i.target, i.aspek) for i in r.indikator),
                        r.jenis,
                        None,
                        r.rhk_atasan,
                    )
                    for r in draft.rhk
                ),
                ekspektasi=draft.ekspektasi,
                # The new year's scheme, whatever last year's was.
                skema=skema_of_year(tahun).value,
            )
        else:
            penilai = _senior_of(session, employee)
            atasan = _senior_of(session, penilai) if penilai is not None else None
            draft = SkpDraft(
                tahun=tahun,
                penilai=PenilaiInput(employee_id=penilai.id) if penilai is not None else None,
                atasan=PenilaiInput(employee_id=atasan.id) if atasan is not None else None,
                skema=skema_of_year(tahun).value,
            )
        problems = _check_skp_draft(draft)
        if problems:
            raise ValidationFailed(
                [
                    FieldProblem(
                        p.field, pesan("{nama}: {message}", nama=employee.nama, message=p.message)
                    )
                    for p in problems
                ]
            )
        row = self._new_skp(session, employee, draft)
        self._write_skp_content(session, row, draft)
        return row, previous is not None

    def _new_skp(self, session: Session, employee: Employee, draft: SkpDraft) -> Skp:
        jenis = draft.jenis_periode
        if jenis is None:
            from asn_desktop.domain.kinerja import default_policy

            table = default_policy("periode_penilaian")
            first = table.versions[0]
            day = max(date(draft.tahun, 1, 1), first.effective_from)
            jenis = str(table.at(day).values["jenis"])
        row = Skp(
            employee_id=employee.id,
            tahun=draft.tahun,
            skema=draft.skema,
            jenis_periode=jenis,
            unit_id=employee.unit_id,
        )
        stamp_change(session, self.db.actor, row, first=True)
        session.add(row)
        session.flush()
        return row

    def _write_skp_content(self, session: Session, row: Skp, draft: SkpDraft) -> None:
        actor = self.db.actor
        for prefix, chosen in (("penilai", draft.penilai), ("atasan", draft.atasan)):
            _assign_penilai(session, row, prefix, chosen)
        if draft.penilai is not None and draft.penilai.employee_id == row.employee_id:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "penilai",
                        pesan(
                            "Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri.",
                        ),
                    )
                ]
            )

        existing = {r.id: r for r in _live(row.rhk)}
        kept: set[int] = set()
        order = {"utama": 0, "tambahan": 0}
        for item in draft.rhk:
            order[item.jenis] += 1
            if item.id is not None:
                rhk = existing.get(item.id)
                if rhk is None:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "rhk",
                                pesan(
                                    "Sebuah RHK yang diubah sudah tidak ada di SKP ini; buka "
                                    "ulang.",
                                ),
                            )
                        ]
                    )
                kept.add(item.id)
            else:
                rhk = SkpRhk(skp_id=row.id)
                stamp_change(session, actor, rhk, first=True)
                session.add(rhk)
            values = {
                "jenis": item.jenis,
                "urutan": order[item.jenis],
                "rhk": item.rhk.strip(),
                "rhk_atasan_id": item.rhk_atasan_id,
                "rhk_atasan": _rhk_atasan_text(session, item),
            }
            _set_if_changed(session, actor, rhk, values, is_new=item.id is None)
            session.flush()
            self._write_indikator(session, rhk, item)
        now = datetime.now(UTC)
        for rhk_id, rhk in existing.items():
            if rhk_id not in kept:
                rhk.deleted_at = now
                stamp_change(session, actor, rhk)
                for ind in _live(rhk.indikator):
                    ind.deleted_at = now
                    stamp_change(session, actor, ind)

        current = {p.kode: p for p in _live(row.perilaku)}
        # BerAKHLAK (2021) is the perilaku of the rated schemes; PP 46/2011 history has none.
        core_values = nilai_dasar(on=_year_end(row.tahun)) if Skema(row.skema).uses_ratings else []
        for number, nilai in enumerate(core_values, start=1):
            text = draft.ekspektasi.get(nilai.kode, "").strip()
            perilaku = current.get(nilai.kode)
            if perilaku is None:
                perilaku = SkpPerilaku(
                    skp_id=row.id, kode=nilai.kode, urutan=number, ekspektasi=text
                )
                stamp_change(session, actor, perilaku, first=True)
                session.add(perilaku)
            elif perilaku.ekspektasi != text:
                perilaku.ekspektasi = text
                stamp_change(session, actor, perilaku)

    def _write_indikator(self, session: Session, rhk: SkpRhk, item: RhkInput) -> None:
        actor = self.db.actor
        existing = {i.id: i for i in _live(rhk.indikator)}
        kept: set[int] = set()
        for number, ind_input in enumerate(item.indikator, start=1):
            if ind_input.id is not None and ind_input.id in existing:
                ind = existing[ind_input.id]
                kept.add(ind.id)
                is_new = False
            else:
                ind = SkpIndikator(rhk_id=rhk.id)
                stamp_change(session, actor, ind, first=True)
                session.add(ind)
                is_new = True
            _set_if_changed(
                session,
                actor,
                ind,
                {
                    "urutan": number,
                    "aspek": ind_input.aspek,
                    "indikator": ind_input.indikator.strip(),
                    "target": ind_input.target.strip(),
                },
                is_new=is_new,
            )
        now = datetime.now(UTC)
        for ind_id, ind in existing.items():
            if ind_id not in kept:
                ind.deleted_at = now
                stamp_change(session, actor, ind)

    # -- capaian kinerja organisasi ----------------------------------------------------------

    @use_case(Permission.EDIT)
    def set_capaian(
        self, tahun: int, capaian: str, *, unit_id: int | None = None, keterangan: str = ""
    ) -> None:
        try:
            labels = capaian_labels(on=_year_end(tahun))
        except PolicyError as exc:
            raise ValidationFailed([FieldProblem("tahun", str(exc))]) from exc
        if capaian not in labels:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "capaian",
                        pesan(
                            "Capaian '{capaian}' tidak dikenal; pilih {join}.",
                            capaian=capaian,
                            join=", ".join(labels.values()),
                        ),
                    )
                ]
            )
        problems = check_fields({"keterangan": keterangan}, today=date.today())
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            if unit_id is not None:
                unit = session.get(OrgUnit, unit_id)
                if unit is None or unit.deleted_at is not None:
                    raise NotFound(pesan("Unit kerja tidak ditemukan (mungkin sudah dihapus)."))
            stmt = select(CapaianOrganisasi).where(CapaianOrganisasi.tahun == tahun)
            stmt = stmt.where(
                CapaianOrganisasi.unit_id.is_(None)
                if unit_id is None
                else CapaianOrganisasi.unit_id == unit_id
            )
            row = session.scalars(stmt).first()
            if row is None:
                row = CapaianOrganisasi(
                    tahun=tahun, unit_id=unit_id, capaian=capaian, keterangan=keterangan
                )
                stamp_change(session, self.db.actor, row, first=True)
                session.add(row)
            elif (row.capaian, row.keterangan) != (capaian, keterangan):
                row.capaian, row.keterangan = capaian, keterangan
                stamp_change(session, self.db.actor, row)

    # -- evaluations --------------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def save_evaluasi(
        self,
        skp_id: int,
        kode_periode: str,
        draft: EvaluasiDraft,
        *,
        expected_revision: int | None = None,
    ) -> int:
        """Create or change the evaluation of one period; refused once it is final."""
        with self.db.unit_of_work() as session:
            skp = self._load_skp(session, skp_id)
            try:
                kode_periode = periode(kode_periode, skp.tahun).kode
            except ValueError as exc:
                raise ValidationFailed([FieldProblem("periode", str(exc))]) from exc
            _check_periode_of_year(skp, kode_periode)
            row = _evaluasi_row(session, skp_id, kode_periode)
            if row is None:
                if expected_revision is not None:
                    raise stale_record_error(f"evaluasi {skp.employee.nama}", "", None)
                row = Evaluasi(skp_id=skp_id, periode=kode_periode, status="draft", versi=0)
                stamp_change(session, self.db.actor, row, first=True)
                session.add(row)
                session.flush()
            else:
                if expected_revision is None:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "periode",
                                pesan(
                                    "Evaluasi periode ini sudah ada untuk {nama}; buka "
                                    "evaluasi itu untuk mengubahnya.",
                                    nama=skp.employee.nama,
                                ),
                            )
                        ]
                    )
                _check_revision(row, expected_revision, f"evaluasi {skp.employee.nama}")
                if row.status == "final":
                    raise ServiceError(_final_message(row))
            self._write_evaluasi(session, skp, row, draft, is_new=expected_revision is None)
            return row.id

    def _write_evaluasi(
        self, session: Session, skp: Skp, row: Evaluasi, draft: EvaluasiDraft, *, is_new: bool
    ) -> None:
        actor = self.db.actor
        problems: list[FieldProblem] = []
        hasil = _rating(draft.rating_hasil_kerja, "rating_hasil_kerja", problems)
        perilaku = _rating(draft.rating_perilaku, "rating_perilaku", problems)
        texts: dict[str, Any] = {"catatan": draft.catatan}
        if draft.tanggal_penetapan is not None:
            texts["tanggal_penetapan"] = draft.tanggal_penetapan
        problems += check_fields(texts, today=date.today())
        indikator = {i.id: (r, i) for r in _live(skp.rhk) for i in _live(r.indikator)}
        rhk_ids = {r.id for r in _live(skp.rhk)}
        kodes = {p.kode for p in _live(skp.perilaku)}
        for item in draft.realisasi:
            found = indikator.get(item.indikator_id)
            if found is None:
                problems.append(
                    FieldProblem(
                        "realisasi",
                        pesan(
                            "Realisasi untuk indikator yang sudah tidak ada di SKP; buka ulang.",
                        ),
                    )
                )
                continue
            problems += check_fields(
                {"realisasi": item.realisasi, "bukti": item.bukti}, today=date.today()
            )
            if item.realisasi.strip() and not found[1].target.strip():
                problems.append(
                    FieldProblem(
                        "realisasi",
                        pesan(
                            'Indikator "{short}" belum memiliki target; isi targetnya pada '
                            "SKP sebelum mencatat realisasi.",
                            short=_short(found[1].indikator),
                        ),
                    )
                )
        for fb in draft.umpan_balik:
            problems += check_fields({"umpan_balik": fb.umpan_balik}, today=date.today())
            _rating(fb.rating, "umpan_balik", problems)
            if fb.rhk_id is not None and fb.rhk_id not in rhk_ids:
                problems.append(
                    FieldProblem(
                        "umpan_balik",
                        pesan(
                            "Umpan balik untuk RHK yang sudah tidak ada di SKP; buka ulang.",
                        ),
                    )
                )
            if fb.rhk_id is None and fb.kode not in kodes:
                problems.append(
                    FieldProblem(
                        "umpan_balik", pesan("Perilaku kerja '{kode}' tidak dikenal.", kode=fb.kode)
                    )
                )
        legacy = skp.skema == Skema.PP_46_2011.value
        if legacy and (hasil is not None or perilaku is not None):
            problems.append(
                FieldProblem(
                    "rating_hasil_kerja",
                    pesan(
                        "Penilaian PP 46/2011 memakai nilai angka (nilai SKP dan nilai "
                        "perilaku), bukan rating.",
                    ),
                )
            )
            hasil = perilaku = None
        for name, value in (
            ("nilai_skp", draft.nilai_skp),
            ("nilai_perilaku", draft.nilai_perilaku),
        ):
            if value is not None and not (0 <= value <= 100):
                problems.append(FieldProblem(name, pesan("Nilai harus antara 0 dan 100.")))
        if not legacy and (draft.nilai_skp is not None or draft.nilai_perilaku is not None):
            problems.append(
                FieldProblem(
                    "nilai_skp", pesan("Nilai angka hanya untuk penilaian PP 46/2011 (riwayat).")
                )
            )
        if problems:
            raise ValidationFailed(problems)

        row_changed = _set_if_changed(
            session,
            actor,
            row,
            {
                "rating_hasil_kerja": hasil,
                "rating_perilaku": perilaku,
                "predikat": predikat_of(skp.tahun, row.periode, hasil, perilaku),
                "catatan": draft.catatan.strip(),
                "tanggal_penetapan": draft.tanggal_penetapan,
                "nilai_skp": draft.nilai_skp,
                "nilai_perilaku": draft.nilai_perilaku,
            },
            is_new=is_new,
        )

        children_changed = False
        by_ind = {r.indikator_id: r for r in _live(row.realisasi)}
        for item in draft.realisasi:
            values = {"realisasi": item.realisasi.strip(), "bukti": item.bukti.strip()}
            existing = by_ind.get(item.indikator_id)
            if existing is None:
                if not values["realisasi"] and not values["bukti"]:
                    continue
                new = EvaluasiIndikator(
                    evaluasi_id=row.id, indikator_id=item.indikator_id, **values
                )
                stamp_change(session, actor, new, first=True)
                session.add(new)
                children_changed = True
            else:
                children_changed |= _set_if_changed(session, actor, existing, values, is_new=False)
        by_rhk = {r.rhk_id: r for r in _live(row.hasil)}
        by_kode = {p.kode: p for p in _live(row.perilaku)}
        for fb in draft.umpan_balik:
            feedback: dict[str, str | None] = {
                "umpan_balik": fb.umpan_balik.strip(),
                "rating": fb.rating or None,
            }
            target: Any
            if fb.rhk_id is not None:
                target = by_rhk.get(fb.rhk_id)
                if target is None:
                    if not feedback["umpan_balik"] and feedback["rating"] is None:
                        continue
                    target = EvaluasiRhk(evaluasi_id=row.id, rhk_id=fb.rhk_id, **feedback)
                    stamp_change(session, actor, target, first=True)
                    session.add(target)
                    children_changed = True
                    continue
            else:
                target = by_kode.get(fb.kode)
                if target is None:
                    if not feedback["umpan_balik"] and feedback["rating"] is None:
                        continue
                    target = EvaluasiPerilaku(evaluasi_id=row.id, kode=fb.kode, **feedback)
                    stamp_change(session, actor, target, first=True)
                    session.add(target)
                    children_changed = True
                    continue
            children_changed |= _set_if_changed(session, actor, target, feedback, is_new=False)
        if children_changed and not row_changed and not is_new:
            # The evaluation's revision is what the window holds: a change of its realisasi
            # or feedback alone must make the other windows' copies stale too.
            stamp_change(session, actor, row)

    @use_case(Permission.EDIT)
    def finalise(
        self,
        evaluasi_ids: Sequence[int],
        *,
        confirm_distribution: bool = False,
        tanggal: date | None = None,
        expected_revisions: Mapping[int, int] | None = None,
    ) -> list[str]:
        """Freeze the documents of these evaluations; returns their document codes.

        All or nothing: one evaluation that cannot be finalised (no appraiser, a rating
        missing, already final) refuses the whole set with every reason. Finalising
        year-end evaluations first checks the pola distribusi of the year (the agency and
        each unit with its own capaian) as it would be afterwards; a breach raises
        DistribusiMelanggar unless ``confirm_distribution``. ``expected_revisions`` (evaluation
        id -> the revision the caller showed) refuses, with StaleRecord, one changed since.
        """
        from asn_desktop.services.appraisal_documents import build_dokumen

        ids = list(dict.fromkeys(evaluasi_ids))
        if not ids:
            raise ValidationFailed(
                [FieldProblem("evaluasi", pesan("Tidak ada evaluasi yang dipilih."))]
            )
        with self.db.unit_of_work() as session:
            rows = [self._load_evaluasi(session, i) for i in ids]
            # What the clerk saw is what gets frozen: a change saved meanwhile elsewhere makes
            # this finalisation stale instead of freezing content nobody here has read.
            for row in rows:
                if expected_revisions is not None and row.id in expected_revisions:
                    _check_revision(
                        row, expected_revisions[row.id], f"evaluasi {row.skp.employee.nama}"
                    )
            problems: list[FieldProblem] = []
            for row in rows:
                problems += _finalise_problems(session, row)
            if problems:
                raise ValidationFailed(problems)
            breaches = _distribution_after(session, rows)
            if breaches and not confirm_distribution:
                raise DistribusiMelanggar(breaches)
            day = tanggal or date.today()
            codes = []
            for row in rows:
                skp = row.skp
                row.capaian_organisasi = _capaian_for(session, skp.tahun, skp.unit_id) or ""
                if row.tanggal_penetapan is None:
                    row.tanggal_penetapan = day
                _refresh_register_penilai(session, skp, self.db.actor)
                dokumen = build_dokumen(session, row)
                digest = content_hash(dokumen)
                versi = row.versi + 1
                code = kode_dokumen(row.uuid, versi, digest)
                version = EvaluasiVersi(
                    evaluasi_id=row.id,
                    versi=versi,
                    kode_dokumen=code,
                    content_hash=digest,
                    snapshot=canonical_json(dokumen.to_dict()),
                    predikat=row.predikat,
                    finalised_by=self.db.actor,
                )
                stamp_change(session, self.db.actor, version, first=True)
                session.add(version)
                row.status = "final"
                row.versi = versi
                stamp_change(session, self.db.actor, row)
                if row.periode == "akhir":
                    # The SKP's revision moves too: an edit of the plan read before this
                    # finalisation is refused by the database (version column), on
                    # PostgreSQL as on SQLite, instead of changing a frozen year.
                    stamp_change(session, self.db.actor, skp)
                codes.append(code)
                if breaches and row.periode == "akhir":
                    audit.record(
                        session,
                        "update",
                        entity_type="evaluasi",
                        entity_uuid=row.uuid,
                        subject_uuid=skp.employee.uuid,
                        label=f"{skp.employee.nama} — SKP {skp.tahun}",
                        detail=f"Difinalkan ({code}) walau pola distribusi tidak terpenuhi: "
                        + " ".join(b.pesan for b in breaches),
                    )
            return codes

    @use_case(Permission.EDIT)
    def reopen(self, evaluasi_id: int, alasan: str, *, expected_revision: int) -> None:
        """Open a finalised evaluation for amendment; its printed version stays on record."""
        alasan = alasan.strip()
        problems = check_fields({"alasan_buka": alasan}, today=date.today())
        if len(alasan) < MIN_REASON:
            problems.append(
                FieldProblem(
                    "alasan_buka",
                    pesan(
                        "Tuliskan alasan membuka kembali (paling sedikit {min_reason} huruf): "
                        "alasan itu dicatat bersama versi yang sudah dicetak.",
                        min_reason=MIN_REASON,
                    ),
                )
            )
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            row = self._load_evaluasi(session, evaluasi_id)
            _check_revision(row, expected_revision, f"evaluasi {row.skp.employee.nama}")
            if row.status != "final":
                raise ServiceError(pesan("Evaluasi ini belum final; ubah saja lalu finalkan."))
            latest = row.versions[-1]
            latest.reopened_at = datetime.now(UTC)
            latest.reopened_by = self.db.actor
            latest.alasan_buka = alasan
            stamp_change(session, self.db.actor, latest)
            row.status = "reopened"
            stamp_change(session, self.db.actor, row)

    @use_case(Permission.EDIT)
    def register_signed(
        self, versi_id: int, tanggal_ttd: date, scan: Path | None = None, *, catatan: str = ""
    ) -> int:
        """Note that the paper copy of a version was signed, with its scan if there is one.

        The scan is stored inside the database by its SHA-256, so backups carry it and the
        same file attached twice is kept once.
        """
        problems = check_fields(
            {"tanggal_ttd": tanggal_ttd, "keterangan": catatan}, today=date.today()
        )
        upload: berkas.Upload | None = None
        if scan is not None:
            upload, scan_problems = berkas.read_upload(scan, _SCAN, field="scan")
            problems += scan_problems
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            version = session.get(EvaluasiVersi, versi_id)
            if version is None:
                raise NotFound(pesan("Versi dokumen tidak ditemukan."))
            if tanggal_ttd < hari_lokal(version.finalised_at):
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "tanggal_ttd",
                            pesan(
                                "Tanggal tanda tangan tidak boleh sebelum dokumen difinalkan "
                                "({hari_lokal}).",
                                hari_lokal=format_tanggal(hari_lokal(version.finalised_at)),
                            ),
                        )
                    ]
                )
            digest = berkas.store(session, upload) if upload is not None else None
            row = DokumenTtd(
                versi_id=versi_id,
                tanggal_ttd=tanggal_ttd,
                berkas_sha256=digest,
                nama_berkas=upload.name if upload is not None else "",
                catatan=catatan.strip(),
            )
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            return row.id

    @use_case(Permission.READ)
    def scan(self, sha256: str) -> tuple[str, bytes]:
        """(mime, bytes) of a stored scan."""
        with self.db.reading() as session:
            return berkas.load(session, sha256, missing=pesan("Berkas pindaian tidak ditemukan."))

    # -- loading --------------------------------------------------------------------------

    @staticmethod
    def _load_skp(session: Session, skp_id: int) -> Skp:
        row = session.get(Skp, skp_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(pesan("SKP tidak ditemukan (mungkin sudah dihapus)."))
        return row

    @staticmethod
    def _load_evaluasi(session: Session, evaluasi_id: int) -> Evaluasi:
        row = session.get(Evaluasi, evaluasi_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(pesan("Evaluasi tidak ditemukan (mungkin sudah dihapus)."))
        return row


# -- module helpers --------------------------------------------------------------------------


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _final_message(row: Evaluasi) -> str:
    latest = row.versions[-1] if row.versions else None
    when = (
        f" (versi {latest.versi}, {format_tanggal(hari_lokal(latest.finalised_at))} oleh "
        f"{latest.finalised_by})"
        if latest is not None
        else ""
    )
    return pesan(
        "Evaluasi ini sudah final{when}. Untuk mengubahnya, buka kembali dengan alasan; "
        "versi yang sudah dicetak tetap tersimpan.",
        when=when,
    )


def _check_revision(row: Any, expected: int, label: str) -> None:
    if row.revision != expected:
        raise stale_record_error(label, row.updated_by, row.updated_at)


def _set_if_changed(
    session: Session, actor: str, row: Any, values: Mapping[str, Any], *, is_new: bool
) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    if changed and not is_new:
        stamp_change(session, actor, row)
    return changed


def _live_employee(session: Session, employee_id: int) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None or employee.deleted_at is not None:
        raise NotFound(pesan(pesan("Pegawai tidak ditemukan (mungkin sudah dihapus).")))
    return employee


def _skp_row(session: Session, employee_id: int, tahun: int) -> Skp | None:
    return session.scalars(
        select(Skp).where(
            Skp.employee_id == employee_id, Skp.tahun == tahun, Skp.deleted_at.is_(None)
        )
    ).first()


def _evaluasi_row(session: Session, skp_id: int, kode_periode: str) -> Evaluasi | None:
    return session.scalars(
        select(Evaluasi).where(
            Evaluasi.skp_id == skp_id,
            Evaluasi.periode == kode_periode,
            Evaluasi.deleted_at.is_(None),
        )
    ).first()


def _check_periode_of_year(skp: Skp, kode_periode: str) -> None:
    if kode_periode == "akhir":
        return
    prefix = {"bulanan": "b", "triwulan": "tw", "semester": "s"}[skp.jenis_periode]
    if not kode_periode.startswith(prefix):
        raise ValidationFailed(
            [
                FieldProblem(
                    "periode",
                    pesan(
                        "SKP {tahun} dievaluasi per {jenis_periode}; periode '{kode_periode}' "
                        "bukan salah satunya.",
                        tahun=skp.tahun,
                        jenis_periode=skp.jenis_periode,
                        kode_periode=kode_periode,
                    ),
                )
            ]
        )


def _refuse_if_year_final(session: Session, row: Skp) -> None:
    for evaluasi in _live(row.evaluasi):
        if evaluasi.periode == "akhir" and evaluasi.status == "final":
            raise ServiceError(
                pesan(
                    "Evaluasi akhir SKP {tahun} sudah final; SKP tidak dapat diubah lagi. Buka "
                    "kembali evaluasi akhirnya dengan alasan bila SKP harus dikoreksi.",
                    tahun=row.tahun,
                )
            )


def skema_of_year(tahun: int) -> Skema:
    """The scheme a year was appraised under (policy table skema_penilaian: PP 46/2011 to
    2020, PermenPANRB 8/2021 for 2021, PermenPANRB 6/2022 from 2022 on)."""
    from asn_desktop.domain.kinerja import default_policy

    table = default_policy("skema_penilaian")
    day = max(date(tahun, 1, 1), table.versions[0].effective_from)
    return Skema(str(table.at(day).values["skema"]))


def _check_skp_draft(draft: SkpDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not (2000 <= draft.tahun <= date.today().year + 1):
        problems.append(
            FieldProblem(
                "tahun",
                pesan("Tahun SKP harus antara 2000 dan {nilai}.", nilai=date.today().year + 1),
            )
        )
    try:
        skema = Skema(draft.skema)
        expected = skema_of_year(draft.tahun)
        if draft.tahun >= 2000 and skema is not expected:
            problems.append(
                FieldProblem(
                    "skema",
                    pesan(
                        "Tahun {tahun} dinilai dengan {label}, bukan {label2}.",
                        tahun=draft.tahun,
                        label=expected.label,
                        label2=skema.label,
                    ),
                )
            )
    except ValueError:
        problems.append(
            FieldProblem(
                "skema", pesan("Skema penilaian '{skema}' tidak dikenal.", skema=draft.skema)
            )
        )
    if draft.jenis_periode is not None and draft.jenis_periode not in JENIS_PERIODE:
        problems.append(
            FieldProblem(
                "jenis_periode",
                pesan(
                    "Jenis periode harus salah satu dari {join}.",
                    join=", ".join(JENIS_PERIODE),
                ),
            )
        )
    for prefix, person in (("penilai", draft.penilai), ("atasan", draft.atasan)):
        if person is None:
            continue
        if person.status not in (ASN, NON_ASN):
            problems.append(FieldProblem(prefix, pesan("Status penilai harus ASN atau NON ASN.")))
        if person.employee_id is None:
            values = {
                "penilai_nama": person.nama,
                "penilai_nip": person.nip,
                "penilai_pangkat": person.pangkat,
                "penilai_jabatan": person.jabatan,
                "penilai_unit": person.unit,
            }
            for p in check_fields(values, today=date.today()):
                problems.append(FieldProblem(prefix, p.message))
            if not person.nama.strip():
                label = "pejabat penilai" if prefix == "penilai" else "atasan pejabat penilai"
                problems.append(
                    FieldProblem(prefix, pesan("Nama {label} wajib diisi.", label=label))
                )
    for number, rhk in enumerate(draft.rhk, start=1):
        if rhk.jenis not in ("utama", "tambahan"):
            problems.append(
                FieldProblem(
                    "rhk", pesan("RHK ke-{number}: jenis harus utama atau tambahan.", number=number)
                )
            )
        if not rhk.rhk.strip():
            problems.append(
                FieldProblem("rhk", pesan("RHK ke-{number} belum diisi.", number=number))
            )
        for p in check_fields({"rhk": rhk.rhk, "rhk_atasan": rhk.rhk_atasan}, today=date.today()):
            problems.append(
                FieldProblem(
                    p.field, pesan("RHK ke-{number}: {message}", number=number, message=p.message)
                )
            )
        for ind in rhk.indikator:
            if ind.aspek not in ASPEK:
                problems.append(
                    FieldProblem(
                        "aspek",
                        pesan(
                            "RHK ke-{number}: aspek harus {join}.",
                            number=number,
                            join=", ".join(ASPEK),
                        ),
                    )
                )
            if not ind.indikator.strip():
                problems.append(
                    FieldProblem(
                        "indikator",
                        pesan("RHK ke-{number}: ada indikator yang belum diisi.", number=number),
                    )
                )
            for p in check_fields(
                {"indikator": ind.indikator, "target": ind.target}, today=date.today()
            ):
                problems.append(
                    FieldProblem(
                        p.field,
                        pesan("RHK ke-{number}: {message}", number=number, message=p.message),
                    )
                )
    for kode, text in draft.ekspektasi.items():
        for p in check_fields({"ekspektasi": text}, today=date.today()):
            problems.append(
                FieldProblem("ekspektasi", pesan("{kode}: {message}", kode=kode, message=p.message))
            )
    return problems


def _rhk_atasan_text(session: Session, item: RhkInput) -> str:
    if item.rhk_atasan_id is None:
        return item.rhk_atasan.strip()
    linked = session.get(SkpRhk, item.rhk_atasan_id)
    if linked is None or linked.deleted_at is not None:
        raise ValidationFailed(
            [
                FieldProblem(
                    "rhk_atasan", pesan("RHK atasan yang dipilih sudah tidak ada; pilih ulang.")
                )
            ]
        )
    return linked.rhk


def _assign_penilai(session: Session, row: Skp, prefix: str, chosen: PenilaiInput | None) -> None:
    if chosen is None:
        values: dict[str, Any] = {
            "id": None,
            "status": ASN,
            "nama": "",
            "nip": "",
            "pangkat": "",
            "jabatan": "",
            "unit": "",
        }
    elif chosen.employee_id is not None:
        person = session.get(Employee, chosen.employee_id)
        if person is None or person.deleted_at is not None:
            raise ValidationFailed(
                [
                    FieldProblem(
                        prefix, pesan("Penilai yang dipilih tidak ada di daftar pegawai lagi.")
                    )
                ]
            )
        values = {"id": person.id, **_register_person(person)}
    else:
        values = {
            "id": None,
            "status": chosen.status,
            "nama": chosen.nama.strip(),
            "nip": chosen.nip.strip(),
            "pangkat": chosen.pangkat.strip(),
            "jabatan": chosen.jabatan.strip(),
            "unit": chosen.unit.strip(),
        }
    for key, value in values.items():
        setattr(row, f"{prefix}_{key}", value)


def orang_of(person: Employee) -> OrangCetak:
    """A person of the register as the documents print them (now)."""
    return orang_dari_pegawai(
        nama=person.nama,
        gelar_depan=person.gelar_depan,
        gelar_belakang=person.gelar_belakang,
        nip=person.nip,
        status_kepegawaian=person.status_kepegawaian,
        golongan_id=person.golongan_id,
        jabatan=person.jabatan_nama,
        unit_kerja=person.unit.nama if person.unit is not None else "",
    )


def _register_person(person: Employee) -> dict[str, Any]:
    orang = orang_of(person)
    return {
        "status": ASN,
        "nama": orang.nama,
        "nip": orang.nip,
        "pangkat": orang.pangkat,
        "jabatan": orang.jabatan,
        "unit": orang.unit_kerja,
    }


def _refresh_register_penilai(session: Session, skp: Skp, actor: str) -> None:
    """Copy the register's current facts of appraisers who are in it (at finalisation)."""
    for prefix in ("penilai", "atasan"):
        employee_id = getattr(skp, f"{prefix}_id")
        if employee_id is None:
            continue
        person = session.get(Employee, employee_id)
        if person is None:
            continue
        changed = False
        for key, value in _register_person(person).items():
            if getattr(skp, f"{prefix}_{key}") != value:
                setattr(skp, f"{prefix}_{key}", value)
                changed = True
        if changed:
            stamp_change(session, actor, skp)


def _refreshed_penilai(person: PenilaiInput | None) -> PenilaiInput | None:
    if person is None or person.employee_id is None:
        return person
    return PenilaiInput(employee_id=person.employee_id)


def _still_here(session: Session, person: PenilaiInput | None) -> bool:
    if person is None or person.employee_id is None:
        return True
    found = session.get(Employee, person.employee_id)
    return found is not None and found.deleted_at is None


def _senior_of(session: Session, employee: Employee) -> Employee | None:
    level = _SENIORITY.get(employee.jenis_jabatan, 0)
    unit = employee.unit
    while unit is not None:
        candidates = session.scalars(
            select(Employee).where(
                Employee.unit_id == unit.id,
                Employee.deleted_at.is_(None),
                Employee.id != employee.id,
            )
        ).all()
        senior = [c for c in candidates if _SENIORITY.get(c.jenis_jabatan, 0) > level]
        if senior:
            # The closest level above (the seksi head before the bidang head), then by NIP
            # so the proposal is stable.
            return min(senior, key=lambda c: (_SENIORITY.get(c.jenis_jabatan, 0), c.nip))
        unit = unit.parent
    return None


def _capaian_for(session: Session, tahun: int, unit_id: int | None) -> str | None:
    unit = session.get(OrgUnit, unit_id) if unit_id is not None else None
    while unit is not None:
        found = session.scalar(
            select(CapaianOrganisasi.capaian).where(
                CapaianOrganisasi.tahun == tahun,
                CapaianOrganisasi.unit_id == unit.id,
                CapaianOrganisasi.deleted_at.is_(None),
            )
        )
        if found:
            return found
        unit = unit.parent
    return session.scalar(
        select(CapaianOrganisasi.capaian).where(
            CapaianOrganisasi.tahun == tahun,
            CapaianOrganisasi.unit_id.is_(None),
            CapaianOrganisasi.deleted_at.is_(None),
        )
    )


def _finalise_problems(session: Session, row: Evaluasi) -> list[FieldProblem]:
    skp = row.skp
    who = f"{skp.employee.nama} ({periode(row.periode, skp.tahun).label})"
    problems: list[FieldProblem] = []
    if row.status == "final":
        problems.append(
            FieldProblem(
                "status",
                pesan("{who}: {final_message}", who=who, final_message=_final_message(row)),
            )
        )
        return problems
    if skp.skema == Skema.PP_46_2011.value:
        problems.append(
            FieldProblem(
                "skema",
                pesan(
                    "{who}: penilaian PP 46/2011 adalah riwayat dan tidak dicetak ulang.",
                    who=who,
                ),
            )
        )
        return problems
    if not skp.penilai_nama.strip() and skp.penilai_id is None:
        problems.append(
            FieldProblem("penilai", pesan("{who}: pejabat penilai belum dipilih.", who=who))
        )
    if not skp.atasan_nama.strip() and skp.atasan_id is None:
        problems.append(
            FieldProblem("atasan", pesan("{who}: atasan pejabat penilai belum dipilih.", who=who))
        )
    if not _live(skp.rhk):
        problems.append(
            FieldProblem("rhk", pesan("{who}: SKP belum memiliki rencana hasil kerja.", who=who))
        )
    if row.rating_hasil_kerja is None:
        problems.append(
            FieldProblem(
                "rating_hasil_kerja", pesan("{who}: rating hasil kerja belum diisi.", who=who)
            )
        )
    if row.rating_perilaku is None:
        problems.append(
            FieldProblem(
                "rating_perilaku", pesan("{who}: rating perilaku kerja belum diisi.", who=who)
            )
        )
    if _capaian_for(session, skp.tahun, skp.unit_id) is None:
        problems.append(
            FieldProblem(
                "capaian",
                pesan(
                    "{who}: capaian kinerja organisasi tahun {tahun} belum diisi (Penilaian > "
                    "Capaian organisasi).",
                    who=who,
                    tahun=skp.tahun,
                ),
            )
        )
    return problems


def _distribution_after(session: Session, rows: Sequence[Evaluasi]) -> list[Pelanggaran]:
    """The pola distribusi breaches of each year touched, as they would be after finalising
    ``rows`` (only year-end evaluations count)."""
    breaches: list[Pelanggaran] = []
    years = sorted({r.skp.tahun for r in rows if r.periode == "akhir"})
    pending = {r.id: (r.skp.unit_id, r.predikat) for r in rows if r.periode == "akhir"}
    for tahun in years:
        final_rows = session.execute(
            select(Evaluasi.id, Skp.unit_id, Evaluasi.predikat)
            .join(Skp, Skp.id == Evaluasi.skp_id)
            .where(
                Skp.tahun == tahun,
                Skp.deleted_at.is_(None),
                Evaluasi.deleted_at.is_(None),
                Evaluasi.periode == "akhir",
                Evaluasi.status == "final",
            )
        ).all()
        sets: dict[int, tuple[int | None, str]] = {
            eid: (unit, pred) for eid, unit, pred in final_rows
        }
        for eid, value in pending.items():
            sets[eid] = value
        day = _year_end(tahun)
        agency = _capaian_for(session, tahun, None)
        if agency is not None:
            counts = _tally(pred for _, pred in sets.values())
            breaches += cek_pola_distribusi(agency, counts, on=day, scope="Instansi")
        unit_capaian = session.execute(
            select(CapaianOrganisasi.unit_id, CapaianOrganisasi.capaian, OrgUnit.path, OrgUnit.nama)
            .join(OrgUnit, OrgUnit.id == CapaianOrganisasi.unit_id)
            .where(CapaianOrganisasi.tahun == tahun, CapaianOrganisasi.deleted_at.is_(None))
        ).all()
        if unit_capaian:
            paths = dict(session.execute(select(OrgUnit.id, OrgUnit.path)).all())
            for _unit_id, capaian, path, nama in unit_capaian:
                inside = (
                    pred
                    for unit, pred in sets.values()
                    if unit is not None and paths.get(unit, "").startswith(path)
                )
                breaches += cek_pola_distribusi(capaian, _tally(inside), on=day, scope=nama)
    return breaches


def _tally(predikat: Iterable[str]) -> dict[Predikat | str, int]:
    counts: dict[Predikat | str, int] = {}
    for p in predikat:
        if p:
            key = Predikat(p)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _skp_record(session: Session, row: Skp) -> SkpRecord:
    employee = row.employee
    rhk = tuple(
        RhkRecord(
            r.id,
            r.jenis,
            r.rhk,
            r.rhk_atasan_id,
            r.rhk_atasan,
            tuple(
                IndikatorRecord(i.id, i.aspek, i.indikator, i.target) for i in _live(r.indikator)
            ),
        )
        for r in sorted(_live(row.rhk), key=lambda r: (r.jenis != "utama", r.urutan, r.id))
    )
    evaluasi = tuple(
        EvaluasiSummary(e.id, e.periode, e.status, e.versi, e.predikat)
        for e in sorted(
            _live(row.evaluasi),
            key=lambda e: (e.periode == "akhir", periode(e.periode, row.tahun).mulai),
        )
    )
    return SkpRecord(
        id=row.id,
        uuid=row.uuid,
        revision=row.revision,
        employee_id=row.employee_id,
        employee_label=f"{employee.nama} ({employee.nip})",
        tahun=row.tahun,
        skema=row.skema,
        jenis_periode=row.jenis_periode,
        unit_id=row.unit_id,
        penilai=_penilai_record(row, "penilai"),
        atasan=_penilai_record(row, "atasan"),
        rhk=rhk,
        ekspektasi={p.kode: p.ekspektasi for p in _live(row.perilaku)},
        evaluasi=evaluasi,
    )


def _evaluasi_record(row: Evaluasi) -> EvaluasiRecord:
    versions = tuple(
        VersiRecord(
            v.id,
            v.versi,
            v.kode_dokumen,
            v.content_hash,
            v.predikat,
            v.finalised_at,
            v.finalised_by,
            v.reopened_at,
            v.reopened_by,
            v.alasan_buka,
            tuple((t.tanggal_ttd, t.nama_berkas) for t in _live(v.ttd)),
        )
        for v in row.versions
    )
    return EvaluasiRecord(
        id=row.id,
        uuid=row.uuid,
        revision=row.revision,
        skp_id=row.skp_id,
        periode=row.periode,
        status=row.status,
        versi=row.versi,
        rating_hasil_kerja=row.rating_hasil_kerja,
        rating_perilaku=row.rating_perilaku,
        predikat=row.predikat,
        catatan=row.catatan,
        tanggal_penetapan=row.tanggal_penetapan,
        realisasi={r.indikator_id: (r.realisasi, r.bukti) for r in _live(row.realisasi)},
        umpan_balik_rhk={h.rhk_id: (h.umpan_balik, h.rating) for h in _live(row.hasil)},
        umpan_balik_perilaku={p.kode: (p.umpan_balik, p.rating) for p in _live(row.perilaku)},
        nilai_skp=row.nilai_skp,
        nilai_perilaku=row.nilai_perilaku,
        versions=versions,
    )


def count_skp(session: Session, tahun: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Skp)
            .where(Skp.tahun == tahun, Skp.deleted_at.is_(None))
        )
        or 0
    )
