"""Public satisfaction (SKM, PermenPANRB 14/2017) per service unit and year, and its impact
view beside the unit's JP compliance and training spend (issue 6 item 7, DOMAIN.md 11).

Public API of ``SkmService(db)``:

- READ ``skm(tahun) -> list[SkmRecord]``: the units with an SKM that year, in the order of
  the unit tree.
- EDIT ``set_skm(unit_id, tahun, *, nilai_unsur=None, indeks=None, responden=0,
  catatan="", expected_revision=None) -> int``: the nine element means (the index is
  computed by domain.skm.indeks_skm) or the index alone; creates the year's record of the
  unit, or with ``expected_revision`` changes it (a stale one is refused).
- EDIT ``delete_skm(skm_id, *, expected_revision)``.
- READ ``dampak(tahun, *, as_of=None) -> list[DampakUnit]``: per unit with an SKM that
  year, its index and mutu beside the share of its staff meeting the JP target and their
  average JP (services.jp_compliance.ComplianceService.laporan, so the figures are the
  compliance page's: staff of the unit and its sub-units, in service that year), and the
  year's training spend on those staff.

Spend: an activity's cost is its realised cost once recorded, else the planned one (as
services.training_budget counts it), shared equally by its enrolled participants; each share
goes to the participant's current unit, and a unit sums its own and its sub-units' shares.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan, Skm
from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.domain import FieldProblem, PolicyError, check_text
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.skm import MutuSkm, SkmError, indeks_skm, mutu_skm, unsur_skm
from asn_desktop.services.database import Database, stale_record_error, stamp_change
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.permissions import use_case

__all__ = ["DampakUnit", "SkmRecord", "SkmService"]

_UNSUR_COLUMNS = ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9")
# Respondents of one unit's survey in a year; a city-wide office has thousands, more than
# a million is a typing mistake.
RESPONDEN_MAX = 1_000_000


@dataclass(frozen=True)
class SkmRecord:
    id: int
    revision: int
    unit_id: int
    unit_kode: str
    unit_nama: str
    tahun: int
    nilai_unsur: tuple[float | None, ...]  # U1..U9; all None when only the index was given
    indeks: float
    mutu: MutuSkm
    responden: int
    catatan: str
    updated_by: str
    updated_at: datetime

    @property
    def dari_unsur(self) -> bool:
        """Whether the index was computed from the nine element means."""
        return all(v is not None for v in self.nilai_unsur)


@dataclass(frozen=True)
class DampakUnit:
    unit_id: int
    unit_kode: str
    unit_nama: str
    skm_id: int
    indeks: float
    mutu: MutuSkm
    responden: int
    staff: int  # in service that year, sub-units included (as the compliance page)
    memenuhi_target: int
    persen_memenuhi: float | None  # None without staff
    jp_rata2: float | None
    biaya: int  # rupiah spent on the unit's staff that year
    biaya_per_pegawai: float | None


def _on(tahun: int) -> date:
    # The tables in force at the end of the survey's year: a later change to the bands
    # does not re-grade an old survey read for that year.
    return date(tahun, 12, 31)


def _mutu(tahun: int, indeks: float) -> MutuSkm:
    try:
        return mutu_skm(indeks, _on(tahun))
    except PolicyError as exc:
        raise ValidationFailed([FieldProblem("tahun", _no_table(tahun, exc))]) from exc


def _no_table(tahun: int, exc: Exception) -> str:
    return pesan(
        "Tahun {tahun} tidak tercakup tabel SKM (PermenPANRB 14/2017): {exc}",
        tahun=tahun,
        exc=exc,
    )


def _record(row: Skm, unit: OrgUnit) -> SkmRecord:
    return SkmRecord(
        id=row.id,
        revision=row.revision,
        unit_id=row.unit_id,
        unit_kode=unit.kode,
        unit_nama=unit.nama,
        tahun=row.tahun,
        nilai_unsur=tuple(getattr(row, c) for c in _UNSUR_COLUMNS),
        indeks=row.indeks,
        mutu=_stored_mutu(row),
        responden=row.responden,
        catatan=row.catatan,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _stored_mutu(row: Skm) -> MutuSkm:
    # The kode stored with the survey, labelled by the table of its year.
    try:
        found = mutu_skm(row.indeks, _on(row.tahun))
    except (PolicyError, SkmError):
        return MutuSkm(row.mutu, row.mutu)
    return found if found.kode == row.mutu else MutuSkm(row.mutu, row.mutu)


def _live_unit(session: Session, unit_id: int) -> OrgUnit:
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise NotFound(pesan("Unit kerja tidak ditemukan (mungkin sudah dihapus)."))
    return unit


def _unit_order(session: Session) -> dict[int, tuple[str, ...]]:
    """unit id -> a key ordering the tree as the register shows it (urutan, then name,
    parents before children)."""
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.path, OrgUnit.urutan, OrgUnit.nama).where(
            OrgUnit.deleted_at.is_(None)
        )
    ).all()
    own = {r.id: f"{r.urutan:09d}|{r.nama.casefold()}|{r.id:09d}" for r in rows}
    return {
        r.id: tuple(own.get(int(p), "") for p in r.path.strip("/").split("/") if p) for r in rows
    }


def _check_tahun(tahun: int) -> list[FieldProblem]:
    if isinstance(tahun, bool) or not isinstance(tahun, int):
        return [
            FieldProblem(
                "tahun", pesan("Tahun SKM harus bilangan bulat; yang diisi '{tahun}'.", tahun=tahun)
            )
        ]
    this_year = date.today().year
    if not 1970 <= tahun <= this_year:
        return [
            FieldProblem(
                "tahun",
                pesan(
                    "Tahun SKM {tahun} di luar batas; isi 1970 sampai {this_year}.",
                    tahun=tahun,
                    this_year=this_year,
                ),
            )
        ]
    return []


def _spend_per_employee(session: Session, tahun: int) -> dict[int, float]:
    """employee id -> the year's rupiah share of the activities they were enrolled in."""
    enrolled = (
        select(
            PesertaPelatihan.pelatihan_id.label("pelatihan_id"),
            func.count().label("peserta"),
        )
        .where(PesertaPelatihan.deleted_at.is_(None))
        .group_by(PesertaPelatihan.pelatihan_id)
        .subquery()
    )
    rows = session.execute(
        select(
            PesertaPelatihan.employee_id,
            func.coalesce(Pelatihan.biaya_realisasi, Pelatihan.biaya_rencana),
            enrolled.c.peserta,
        )
        .join(Pelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
        .join(enrolled, enrolled.c.pelatihan_id == Pelatihan.id)
        .where(
            Pelatihan.tahun == tahun,
            Pelatihan.deleted_at.is_(None),
            PesertaPelatihan.deleted_at.is_(None),
        )
    )
    out: dict[int, float] = {}
    for employee_id, biaya, peserta in rows:
        out[employee_id] = out.get(employee_id, 0.0) + int(biaya or 0) / int(peserta)
    return out


class SkmService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.READ)
    def skm(self, tahun: int) -> list[SkmRecord]:
        with self.db.reading() as session:
            order = _unit_order(session)
            found = session.execute(
                select(Skm, OrgUnit)
                .join(OrgUnit, OrgUnit.id == Skm.unit_id)
                .where(Skm.tahun == tahun, Skm.deleted_at.is_(None), OrgUnit.deleted_at.is_(None))
            ).all()
            records = [_record(row, unit) for row, unit in found]
        records.sort(key=lambda r: (order.get(r.unit_id, ()), r.id))
        return records

    @use_case(Permission.EDIT)
    def set_skm(
        self,
        unit_id: int,
        tahun: int,
        *,
        nilai_unsur: Sequence[float] | None = None,
        indeks: float | None = None,
        responden: int = 0,
        catatan: str = "",
        expected_revision: int | None = None,
    ) -> int:
        """Record the unit's survey of the year from its nine element means or from the
        index alone (exactly one of them)."""
        problems = _check_tahun(tahun)
        if problems:
            raise ValidationFailed(problems)
        values, indeks = self._checked_values(tahun, nilai_unsur, indeks)
        mutu = _mutu(tahun, indeks)
        if isinstance(responden, bool) or not isinstance(responden, int):
            problems.append(
                FieldProblem(
                    "responden",
                    pesan(
                        "Jumlah responden harus bilangan bulat; '{responden}'.",
                        responden=responden,
                    ),
                )
            )
        elif not 0 <= responden <= RESPONDEN_MAX:
            problems.append(
                FieldProblem(
                    "responden",
                    pesan(
                        "Jumlah responden {responden} di luar batas; isi 0 sampai {responden_max}.",
                        responden=responden,
                        responden_max=RESPONDEN_MAX,
                    ),
                )
            )
        problems += check_text("catatan", catatan, "Catatan")
        if problems:
            raise ValidationFailed(problems)
        try:
            with self.db.unit_of_work() as session:
                unit = _live_unit(session, unit_id)
                label = f"SKM {unit.nama} {tahun}"
                row = session.scalars(
                    select(Skm).where(
                        Skm.unit_id == unit_id, Skm.tahun == tahun, Skm.deleted_at.is_(None)
                    )
                ).first()
                if row is None:
                    if expected_revision is not None:
                        raise stale_record_error(label, "", None)
                    row = Skm(unit_id=unit_id, tahun=tahun)
                    self._fill(row, values, indeks, mutu, responden, catatan)
                    stamp_change(session, self.db.actor, row, first=True)
                    session.add(row)
                    try:
                        session.flush()
                    except IntegrityError as exc:
                        raise _Bentrok from exc
                    return row.id
                if expected_revision is None:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "tahun",
                                pesan(
                                    "{nama} sudah memiliki SKM tahun {tahun}; buka SKM itu "
                                    "untuk mengubahnya.",
                                    nama=unit.nama,
                                    tahun=tahun,
                                ),
                            )
                        ]
                    )
                if row.revision != expected_revision:
                    raise stale_record_error(label, row.updated_by, row.updated_at)
                self._fill(row, values, indeks, mutu, responden, catatan)
                stamp_change(session, self.db.actor, row)
                return row.id
        except _Bentrok:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "tahun",
                        pesan(
                            "SKM unit ini tahun {tahun} baru saja disimpan pengguna lain; muat "
                            "ulang lalu ubah SKM itu.",
                            tahun=tahun,
                        ),
                    )
                ]
            ) from None

    @staticmethod
    def _checked_values(
        tahun: int, nilai_unsur: Sequence[float] | None, indeks: float | None
    ) -> tuple[tuple[float | None, ...], float]:
        if (nilai_unsur is None) == (indeks is None):
            raise ValidationFailed(
                [
                    FieldProblem(
                        "indeks",
                        pesan("Isi sembilan nilai unsur SKM atau indeksnya saja, salah satu."),
                    )
                ]
            )
        try:
            if nilai_unsur is not None:
                found = indeks_skm(nilai_unsur, _on(tahun))
                return tuple(float(v) for v in nilai_unsur), found
            assert indeks is not None
            if isinstance(indeks, bool) or not isinstance(indeks, int | float):
                raise SkmError(
                    pesan("Indeks SKM harus berupa angka; yang diisi '{indeks}'.", indeks=indeks)
                )
            if math.isnan(indeks):
                raise SkmError(pesan("Indeks SKM harus berupa angka; yang diisi NaN."))
            # Kept as typed, not rounded: 88.305 rounds to 88.31 (A) but lies below A's
            # lower bound, so it is B (domain.skm); mutu is judged on what is stored.
            mutu_skm(float(indeks), _on(tahun))  # the range check, with its message
            return (None,) * len(unsur_skm(_on(tahun))), float(indeks)
        except PolicyError as exc:
            raise ValidationFailed([FieldProblem("tahun", _no_table(tahun, exc))]) from exc
        except SkmError as exc:
            where = "nilai_unsur" if nilai_unsur is not None else "indeks"
            raise ValidationFailed([FieldProblem(where, str(exc))]) from exc

    @staticmethod
    def _fill(
        row: Skm,
        values: tuple[float | None, ...],
        indeks: float,
        mutu: MutuSkm,
        responden: int,
        catatan: str,
    ) -> None:
        for column, value in zip(_UNSUR_COLUMNS, values, strict=True):
            setattr(row, column, value)
        row.indeks = indeks
        row.mutu = mutu.kode
        row.responden = responden
        row.catatan = catatan

    @use_case(Permission.EDIT)
    def delete_skm(self, skm_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = session.get(Skm, skm_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(pesan("SKM tidak ditemukan (mungkin sudah dihapus)."))
            if row.revision != expected_revision:
                raise stale_record_error(
                    f"SKM {row.unit.nama} {row.tahun}", row.updated_by, row.updated_at
                )
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)

    @use_case(Permission.READ)
    def dampak(self, tahun: int, *, as_of: date | None = None) -> list[DampakUnit]:
        """Per unit with an SKM in ``tahun``: the index beside JP compliance and spend."""
        surveys = self.skm(tahun)
        if not surveys:
            return []
        laporan = ComplianceService(self.db).laporan(tahun, as_of=as_of)
        per_unit = {u.unit_id: u for u in laporan.unit}
        with self.db.reading() as session:
            spend = _spend_per_employee(session, tahun)
            # Where each live employee is placed now (the unit's path), to add their share
            # to the unit and to the units above it.
            placed: dict[int, str] = {
                eid: path
                for eid, path in session.execute(
                    select(Employee.id, OrgUnit.path)
                    .join(OrgUnit, OrgUnit.id == Employee.unit_id)
                    .where(Employee.deleted_at.is_(None))
                )
            }
            paths: dict[int, str] = {
                uid: path for uid, path in session.execute(select(OrgUnit.id, OrgUnit.path))
            }
        out = []
        for s in surveys:
            path = paths[s.unit_id]
            biaya = round(
                sum(v for eid, v in spend.items() if placed.get(eid, "").startswith(path))
            )
            unit = per_unit.get(s.unit_id)
            staff = unit.staff if unit is not None else 0
            out.append(
                DampakUnit(
                    unit_id=s.unit_id,
                    unit_kode=s.unit_kode,
                    unit_nama=s.unit_nama,
                    skm_id=s.id,
                    indeks=s.indeks,
                    mutu=s.mutu,
                    responden=s.responden,
                    staff=staff,
                    memenuhi_target=unit.meeting_target if unit is not None else 0,
                    persen_memenuhi=unit.share if unit is not None else None,
                    jp_rata2=unit.jp_rata2 if unit is not None else None,
                    biaya=biaya,
                    biaya_per_pegawai=round(biaya / staff, 2) if staff else None,
                )
            )
        return out


class _Bentrok(Exception):
    """The insert lost to a concurrent one of the same unit and year."""
