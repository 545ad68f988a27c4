"""Reading appraisals in bulk: the list page, the yearly report, the distribution, the gaps.

The list is one row per SKP (an employee's year) with its evaluation of one period (the
year-end one by default): ids from one SQL query, rows rendered a page at a time, as the
register does. The report and the distribution are aggregates over the same join.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from sqlalchemy import Select, and_, func, select
from sqlalchemy.exc import DBAPIError

from asn_desktop.db.appraisal_models import (
    Evaluasi,
    EvaluasiPerilaku,
    EvaluasiRhk,
    Skp,
    SkpRhk,
)
from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.domain import PolicyError, format_nama_lengkap
from asn_desktop.domain.kinerja import (
    Pelanggaran,
    Predikat,
    Rating,
    cek_pola_distribusi,
    nilai_dasar,
    predikat_label,
    rating_label,
    sebutan_pp46,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.appraisals import _capaian_for, _tally
from asn_desktop.services.database import Database, fetch_column
from asn_desktop.services.errors import NotFound
from asn_desktop.services.permissions import use_case

__all__ = [
    "STATUS_LABELS",
    "AppraisalListService",
    "AppraisalQuery",
    "AppraisalRow",
    "Distribusi",
    "KesenjanganKinerja",
    "ReportRow",
    "report_status",
]

# What a list and a report say of an evaluation's state.
STATUS_LABELS = {
    "none": "Belum dievaluasi",
    "draft": "Draf",
    "reopened": "Dibuka kembali",
    "final": "Final",
    "amended": "Final (diubah)",
}

SortKey = Literal["nama", "nip", "unit", "status", "predikat"]


def report_status(status: str | None, versi: int) -> str:
    """draft, final or amended, as `report appraisals` prints it. A reopened evaluation is
    a draft again until it is finalised; one finalised after a reopening is amended."""
    if status == "final":
        return "amended" if versi > 1 else "final"
    # An SKP whose period is not evaluated yet is a draft appraisal too: the report's
    # contract has three states (the list page tells "Belum dievaluasi" apart).
    return "draft"


@cache
def _labels(tahun: int) -> tuple[dict[str, str], dict[str, str]]:
    """The printed labels of the matrix in force at the end of ``tahun``; none for the years
    before it (PP 46/2011 history, rated with numbers and sebutan instead)."""
    day = date(tahun, 12, 31)
    try:
        ratings = {r.value: rating_label(r, on=day) for r in Rating}
        predikat = {p.value: predikat_label(p, on=day) for p in Predikat}
    except PolicyError:
        return {}, {}
    return ratings, predikat


@dataclass(frozen=True)
class AppraisalQuery:
    tahun: int
    unit_id: int | None = None
    # none, draft, reopened, final, amended; None for all
    status: str | None = None
    predikat: str | None = None
    search: str = ""
    kode_periode: str = "akhir"
    sort: str = "nama"
    descending: bool = False


@dataclass(frozen=True)
class AppraisalRow:
    skp_id: int
    employee_id: int
    evaluasi_id: int | None
    nip: str
    nama: str
    unit: str
    penilai: str
    status: str  # key of STATUS_LABELS
    predikat: str  # printed label, "" when not rated
    evaluasi_revision: int | None = None  # what finalising from the list expects

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class ReportRow:
    nip: str
    name: str
    unit: str
    rating_hasil_kerja: str
    rating_perilaku: str
    predikat: str
    status: str

    def as_dict(self) -> dict[str, str]:
        return {
            "nip": self.nip,
            "name": self.name,
            "unit": self.unit,
            "rating_hasil_kerja": self.rating_hasil_kerja,
            "rating_perilaku": self.rating_perilaku,
            "predikat": self.predikat,
            "status": self.status,
        }


@dataclass(frozen=True)
class Distribusi:
    """The year's year-end predikat of a scope, and what breaks the rule of its capaian."""

    scope: str
    capaian: str | None
    counts: dict[str, int]  # predikat key -> how many (final and draft alike)
    final_counts: dict[str, int]
    pelanggaran: tuple[Pelanggaran, ...]  # of the final ones


@dataclass(frozen=True)
class KesenjanganKinerja:
    """A performance gap: a core value or an RHK rated Di Bawah Ekspektasi (or the whole
    hasil kerja / perilaku rating). The competency plan (AKPK) reads these."""

    employee_id: int
    nip: str
    nama: str
    tahun: int
    periode: str
    jenis: str  # "hasil_kerja" or "perilaku"
    kode: str  # core value kode, "rhk:<id>", or "" for the overall rating
    uraian: str  # the core value's name or the RHK's text
    umpan_balik: str


def _evaluasi_of_period(kode_periode: str) -> Any:
    """The join condition of an SKP with its (live) evaluation of one period."""
    return and_(
        Evaluasi.skp_id == Skp.id,
        Evaluasi.periode == kode_periode,
        Evaluasi.deleted_at.is_(None),
    )


def _status_expr() -> Any:
    return func.coalesce(Evaluasi.status, "none")


def _joined(query: AppraisalQuery) -> Select[Any]:
    evaluasi_on = _evaluasi_of_period(query.kode_periode)
    return (
        select(Skp.id)
        .join(Employee, Employee.id == Skp.employee_id)
        .outerjoin(OrgUnit, OrgUnit.id == Skp.unit_id)
        .outerjoin(Evaluasi, evaluasi_on)
        .where(Skp.tahun == query.tahun, Skp.deleted_at.is_(None), Employee.deleted_at.is_(None))
    )


def build_id_query(query: AppraisalQuery, unit_path: str | None) -> Select[Any]:
    stmt = _joined(query)
    if unit_path is not None:
        stmt = stmt.where(OrgUnit.path.startswith(unit_path))
    if query.status == "amended":
        stmt = stmt.where(Evaluasi.status == "final", Evaluasi.versi > 1)
    elif query.status == "final":
        stmt = stmt.where(Evaluasi.status == "final", Evaluasi.versi <= 1)
    elif query.status == "none":
        stmt = stmt.where(Evaluasi.id.is_(None))
    elif query.status:
        stmt = stmt.where(Evaluasi.status == query.status)
    if query.predikat:
        stmt = stmt.where(Evaluasi.predikat == query.predikat)
    text = " ".join(query.search.split())
    if text:
        digits = "".join(c for c in text if c.isdigit())
        if digits and len(digits) == len(text.replace(" ", "")):
            stmt = stmt.where(Employee.nip.like(f"%{digits}%"))
        else:
            for word in text.split():
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                stmt = stmt.where(Employee.nama.ilike(f"%{escaped}%", escape="\\"))
    columns = {
        "nama": func.lower(Employee.nama),
        "nip": Employee.nip,
        "unit": func.lower(OrgUnit.nama),
        "status": _status_expr(),
        "predikat": Evaluasi.predikat,
    }
    column = columns.get(query.sort)
    if column is None:
        raise ValueError(f"cannot sort by {query.sort!r}; use one of {', '.join(columns)}")
    order = column.desc() if query.descending else column.asc()
    tie = Skp.id.desc() if query.descending else Skp.id.asc()
    return stmt.order_by(order, tie)


def build_report_query(
    tahun: int, unit_path: str | None, kode_periode: str
) -> Select[*tuple[Any, ...]]:
    """One row per employee with an SKP in the year (public so the benchmark can time the
    same SQL raw)."""
    evaluasi_on = _evaluasi_of_period(kode_periode)
    stmt = (
        select(
            Employee.nip,
            Employee.gelar_depan,
            Employee.nama,
            Employee.gelar_belakang,
            OrgUnit.nama,
            Evaluasi.rating_hasil_kerja,
            Evaluasi.rating_perilaku,
            Evaluasi.predikat,
            Evaluasi.status,
            Evaluasi.versi,
            Skp.skema,
            Evaluasi.nilai_skp,
            Evaluasi.nilai_perilaku,
        )
        .join(Employee, Employee.id == Skp.employee_id)
        .outerjoin(OrgUnit, OrgUnit.id == Skp.unit_id)
        .outerjoin(Evaluasi, evaluasi_on)
        .where(Skp.tahun == tahun, Skp.deleted_at.is_(None), Employee.deleted_at.is_(None))
    )
    if unit_path is not None:
        stmt = stmt.where(OrgUnit.path.startswith(unit_path))
    return stmt.order_by(OrgUnit.path, Employee.nama, Employee.id)


class AppraisalListService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _unit_path(self, unit_id: int | None) -> str | None:
        if unit_id is None:
            return None
        with self.db.reading() as session:
            unit = session.get(OrgUnit, unit_id)
            if unit is None:
                raise NotFound(pesan("Unit kerja tidak ditemukan."))
            return unit.path

    def search_ids(self, query: AppraisalQuery) -> list[int]:
        """SKP ids of the list, filtered and sorted in SQL."""
        stmt = build_id_query(query, self._unit_path(query.unit_id))
        try:
            with self.db.engine.connect() as conn:
                return fetch_column(conn, stmt)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc

    def rows(
        self, skp_ids: Sequence[int], *, kode_periode: str = "akhir"
    ) -> dict[int, AppraisalRow]:
        if not skp_ids:
            return {}
        evaluasi_on = _evaluasi_of_period(kode_periode)
        stmt = (
            select(
                Skp.id,
                Skp.employee_id,
                Evaluasi.id,
                Employee.nip,
                Employee.gelar_depan,
                Employee.nama,
                Employee.gelar_belakang,
                OrgUnit.nama,
                Skp.penilai_nama,
                Evaluasi.status,
                Evaluasi.versi,
                Evaluasi.predikat,
                Skp.tahun,
                Evaluasi.revision,
            )
            .join(Employee, Employee.id == Skp.employee_id)
            .outerjoin(OrgUnit, OrgUnit.id == Skp.unit_id)
            .outerjoin(Evaluasi, evaluasi_on)
            .where(Skp.id.in_(list(skp_ids)), Skp.deleted_at.is_(None))
        )
        found: dict[int, AppraisalRow] = {}
        with self.db.reading() as session:
            for r in session.execute(stmt):
                status = r[9] or "none"
                if status == "final" and (r[10] or 0) > 1:
                    status = "amended"
                _, predikat = _labels(r[12])
                found[r[0]] = AppraisalRow(
                    skp_id=r[0],
                    employee_id=r[1],
                    evaluasi_id=r[2],
                    nip=r[3],
                    nama=format_nama_lengkap(r[4], r[5], r[6]),
                    unit=r[7] or "",
                    penilai=r[8] or "",
                    status=status,
                    predikat=predikat.get(r[11] or "", ""),
                    evaluasi_revision=r[13],
                )
        return found

    @use_case(Permission.READ)
    def report(
        self, tahun: int, *, unit_id: int | None = None, kode_periode: str = "akhir"
    ) -> list[ReportRow]:
        """`report appraisals`: one row per employee with an SKP in the year."""
        stmt = build_report_query(tahun, self._unit_path(unit_id), kode_periode)
        ratings, predikat = _labels(tahun)
        out: list[ReportRow] = []
        with self.db.reading() as session:
            for r in session.execute(stmt):
                legacy = r[10] == "pp_46_2011"
                if legacy and r[11] is not None and r[12] is not None:
                    from asn_desktop.domain.kinerja import nilai_prestasi_pp46

                    nilai = nilai_prestasi_pp46(r[11], r[12], tahun=tahun)
                    label = sebutan_pp46(nilai, tahun=tahun)
                else:
                    label = predikat.get(r[7] or "", "")
                out.append(
                    ReportRow(
                        nip=r[0],
                        name=format_nama_lengkap(r[1], r[2], r[3]),
                        unit=r[4] or "",
                        rating_hasil_kerja=ratings.get(r[5] or "", ""),
                        rating_perilaku=ratings.get(r[6] or "", ""),
                        predikat=label,
                        status=report_status(r[8], r[9] or 0),
                    )
                )
        return out

    @use_case(Permission.READ)
    def distribusi(self, tahun: int, *, unit_id: int | None = None) -> Distribusi:
        """The year-end predikat of the agency (or a unit and those below it) against the
        pola distribusi of its capaian kinerja organisasi."""
        path = self._unit_path(unit_id)
        with self.db.reading() as session:
            stmt = (
                select(Evaluasi.predikat, Evaluasi.status, func.count())
                .join(Skp, Skp.id == Evaluasi.skp_id)
                .outerjoin(OrgUnit, OrgUnit.id == Skp.unit_id)
                .where(
                    Skp.tahun == tahun,
                    Skp.deleted_at.is_(None),
                    Evaluasi.deleted_at.is_(None),
                    Evaluasi.periode == "akhir",
                    Evaluasi.predikat != "",
                )
                .group_by(Evaluasi.predikat, Evaluasi.status)
            )
            if path is not None:
                stmt = stmt.where(OrgUnit.path.startswith(path))
            counts: dict[str, int] = {}
            final_counts: dict[str, int] = {}
            for pred, status, n in session.execute(stmt):
                counts[pred] = counts.get(pred, 0) + n
                if status == "final":
                    final_counts[pred] = final_counts.get(pred, 0) + n
            capaian = _capaian_for(session, tahun, unit_id)
            scope = "Instansi"
            if unit_id is not None:
                unit = session.get(OrgUnit, unit_id)
                scope = unit.nama if unit is not None else scope
        pelanggaran: tuple[Pelanggaran, ...] = ()
        if capaian is not None:
            pelanggaran = tuple(
                cek_pola_distribusi(
                    capaian,
                    _tally(k for k, n in final_counts.items() for _ in range(n)),
                    on=date(tahun, 12, 31),
                    scope=scope,
                )
            )
        return Distribusi(scope, capaian, counts, final_counts, pelanggaran)

    @use_case(Permission.READ)
    def kesenjangan(
        self, tahun: int, *, employee_id: int | None = None
    ) -> list[KesenjanganKinerja]:
        """Every "Di Bawah Ekspektasi" of the year's finalised (or reopened) evaluations,
        newest period first per employee: what the yearly development plan should address."""
        try:
            names = {n.kode: n.nama for n in nilai_dasar(on=date(tahun, 12, 31))}
        except PolicyError:  # before BerAKHLAK (2021): PP 46/2011 history has no ratings
            names = {}
        below = Rating.DI_BAWAH.value
        base = (
            select(
                Evaluasi.id,
                Evaluasi.periode,
                Evaluasi.rating_hasil_kerja,
                Evaluasi.rating_perilaku,
                Employee.id,
                Employee.nip,
                Employee.nama,
            )
            .join(Skp, Skp.id == Evaluasi.skp_id)
            .join(Employee, Employee.id == Skp.employee_id)
            .where(
                Skp.tahun == tahun,
                Skp.deleted_at.is_(None),
                Evaluasi.deleted_at.is_(None),
                Evaluasi.status.in_(("final", "reopened")),
            )
        )
        if employee_id is not None:
            base = base.where(Employee.id == employee_id)
        gaps: list[KesenjanganKinerja] = []
        with self.db.reading() as session:
            evaluations = session.execute(base.order_by(Employee.nama, Evaluasi.id)).all()
            ids = [e[0] for e in evaluations]
            rhk_rows: dict[int, list[tuple[int, str, str]]] = {}
            perilaku_rows: dict[int, list[tuple[str, str]]] = {}
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                for eid, rhk_id, text, fb in session.execute(
                    select(EvaluasiRhk.evaluasi_id, SkpRhk.id, SkpRhk.rhk, EvaluasiRhk.umpan_balik)
                    .join(SkpRhk, SkpRhk.id == EvaluasiRhk.rhk_id)
                    .where(
                        EvaluasiRhk.evaluasi_id.in_(part),
                        EvaluasiRhk.rating == below,
                        EvaluasiRhk.deleted_at.is_(None),
                        SkpRhk.deleted_at.is_(None),
                    )
                ):
                    rhk_rows.setdefault(eid, []).append((rhk_id, text, fb))
                for eid, kode, fb in session.execute(
                    select(
                        EvaluasiPerilaku.evaluasi_id,
                        EvaluasiPerilaku.kode,
                        EvaluasiPerilaku.umpan_balik,
                    ).where(
                        EvaluasiPerilaku.evaluasi_id.in_(part),
                        EvaluasiPerilaku.rating == below,
                        EvaluasiPerilaku.deleted_at.is_(None),
                    )
                ):
                    perilaku_rows.setdefault(eid, []).append((kode, fb))
        for eid, kode_periode, hasil, perilaku, emp_id, nip, nama in evaluations:
            who = (emp_id, nip, nama, tahun, kode_periode)

            def gap(
                jenis: str,
                kode: str,
                uraian: str,
                fb: str,
                who: tuple[int, str, str, int, str] = who,
            ) -> KesenjanganKinerja:
                return KesenjanganKinerja(*who, jenis, kode, uraian, fb)

            if hasil == below:
                gaps.append(gap("hasil_kerja", "", "Rating hasil kerja", ""))
            if perilaku == below:
                gaps.append(gap("perilaku", "", "Rating perilaku kerja", ""))
            for rhk_id, text, fb in rhk_rows.get(eid, []):
                gaps.append(gap("hasil_kerja", f"rhk:{rhk_id}", text, fb))
            for kode, fb in perilaku_rows.get(eid, []):
                gaps.append(gap("perilaku", kode, names.get(kode, kode), fb))
        return gaps
