"""Competency standards, assessments, gaps and JPM (PermenPANRB 38/2017, DOMAIN.md 4 and 10).

The catalogue is the nine fixed competencies of the policy table (8 manajerial, 1 sosial
kultural) plus the agency's own teknis ones. A standard is stored per named position or as
the agency's default of a kind of position; what applies to an employee is found by
services.profil_kompetensi (its docstring has the lookup order), the only place that
decides it. JPM and its mapping band are computed here from that profile.

Public API of ``CompetencyService(db)``:

- READ: ``kompetensi()``, ``jabatan()``, ``standar(jenis_jabatan, jabatan_nama="")``,
  ``asesmen_of(employee_id)``, ``asesmen(asesmen_id)``, ``profil(employee_id)``,
  ``pemetaan_ids(query, sort="nama", descending=False)``, ``pemetaan_rows(ids)``.
- EDIT: ``add_teknis(kode, nama, deskripsi="")``, ``update_teknis(id, kode, nama,
  deskripsi="", *, expected_revision)``, ``delete_teknis(id, *, expected_revision)``,
  ``set_standar(jenis_jabatan, jabatan_nama, levels, *, expected_revisions={})``,
  ``create_asesmen(employee_id, draft)``, ``update_asesmen(id, draft, *,
  expected_revision)``, ``delete_asesmen(id, *, expected_revision)``.
- IMPORT (the .xlsx of an assessment centre, read by services.assessment_import):
  ``baca_impor(path, sheet=None) -> ImportSheet``, ``pratinjau_impor(path, mapping,
  sheet=None) -> ImportPreview``, ``impor_asesmen(path, mapping, *, sheet=None,
  lewati_baris_salah=False, asesor="") -> ImportResult``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import (
    Asesmen,
    AsesmenNilai,
    KompetensiTeknis,
    StandarKompetensi,
)
from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.domain import (
    FieldProblem,
    JenisJabatan,
    check_date,
    check_text,
    format_nama_lengkap,
    format_tanggal_angka,
)
from asn_desktop.domain.kompetensi import (
    BandJpm,
    KelompokKompetensi,
    KompetensiError,
    band_pemetaan,
    check_level,
    jpm,
    kesenjangan,
    kompetensi_baku,
    standar_bawaan,
    standar_bawaan_dikonfirmasi,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import assessment_import
from asn_desktop.services.assessment_import import (
    BarisImpor,
    ImportPreview,
    ImportResult,
    ImportSheet,
    KolomImpor,
)
from asn_desktop.services.database import Database, fetch_column, stale_record_error, stamp_change
from asn_desktop.services.employees import EmployeeQuery, build_id_query
from asn_desktop.services.errors import NotFound, ServiceError, StaleRecord, ValidationFailed
from asn_desktop.services.permissions import use_case
from asn_desktop.services.profil_kompetensi import (
    SUMBER_BAWAAN,
    ProfilKompetensi,
    kunci_jabatan,
    profil,
    standar_pegawai,
)

__all__ = [
    "PEMETAAN_SORTS",
    "AsesmenDraft",
    "AsesmenRecord",
    "CompetencyService",
    "JabatanItem",
    "KompetensiItem",
    "PemetaanQuery",
    "PemetaanRow",
    "ProfilItem",
    "ProfilView",
    "StandarItem",
    "StandarView",
]

_NO_REVISIONS: Mapping[str, int] = MappingProxyType({})
# A teknis kode is typed by the clerk and read back from assessment files: lower case,
# digits and a few separators, so "TK-01" and "tk-01" cannot become two competencies.
_KODE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}")

_SQL_SORTS = ("nama", "nip", "unit", "jabatan")
PEMETAAN_SORTS: tuple[str, ...] = (*_SQL_SORTS, "jpm", "band", "kesenjangan", "asesmen")


# -- what the pages read -------------------------------------------------------------------


@dataclass(frozen=True)
class KompetensiItem:
    """A competency of the catalogue; ``id`` and ``revision`` only for the teknis ones."""

    kode: str
    nama: str
    kelompok: KelompokKompetensi
    deskripsi: str = ""
    id: int | None = None
    revision: int | None = None


@dataclass(frozen=True)
class JabatanItem:
    """A position of the register (live employees grouped by kind and name)."""

    jenis_jabatan: str
    jabatan_nama: str
    pegawai: int
    punya_standar: bool  # a row for this named position exists


@dataclass(frozen=True)
class StandarItem:
    """One competency of a standard as it applies at the level asked for (a named position,
    or the kind of position when the name is empty).

    ``id``/``revision`` are of the row stored at that level (None: nothing set there, the
    level comes from below); removing it makes ``level_tanpa``/``sumber_tanpa`` apply.
    ``belum_dikonfirmasi`` is True when the level in force is the shipped default and the
    policy table marks that default unconfirmed.
    """

    kode: str
    nama: str
    kelompok: KelompokKompetensi
    level: int | None
    sumber: str | None  # SUMBER_BAWAAN, SUMBER_JENIS, SUMBER_JABATAN; None: no standard
    belum_dikonfirmasi: bool
    id: int | None
    revision: int | None
    level_tanpa: int | None
    sumber_tanpa: str | None


@dataclass(frozen=True)
class StandarView:
    jenis_jabatan: str
    jabatan_nama: str
    item: tuple[StandarItem, ...]
    bawaan_dikonfirmasi: bool
    catatan_bawaan: str


@dataclass(frozen=True)
class AsesmenDraft:
    tanggal: date | None
    asesor: str = ""
    catatan: str = ""
    nilai: Mapping[str, int] = field(default_factory=dict)  # kode -> level


@dataclass(frozen=True)
class AsesmenRecord:
    id: int
    revision: int
    employee_id: int
    tanggal: date
    asesor: str
    catatan: str
    nilai: Mapping[str, int]  # kode -> level, in catalogue order
    updated_by: str
    updated_at: datetime

    def as_draft(self) -> AsesmenDraft:
        return AsesmenDraft(self.tanggal, self.asesor, self.catatan, dict(self.nilai))


@dataclass(frozen=True)
class ProfilItem:
    kode: str
    nama: str
    kelompok: KelompokKompetensi
    standar: int | None  # None: assessed but not part of the position's standard
    aktual: int | None  # None: not assessed
    selisih: int | None  # levels missing (0 when met); None when not assessed or no standard
    sumber: str | None


@dataclass(frozen=True)
class ProfilView:
    employee_id: int
    nip: str
    nama: str  # printed, with titles
    jenis_jabatan: str
    jabatan: str
    unit: str
    item: tuple[ProfilItem, ...]
    jpm: float | None  # None: not assessed on any competency of the standard
    band: BandJpm | None
    asesmen_terakhir: date | None

    @property
    def kesenjangan(self) -> int:
        """How many competencies of the standard are assessed below it."""
        return sum(1 for i in self.item if i.selisih)


@dataclass(frozen=True)
class PemetaanQuery:
    """The competency mapping list: ``unit_id`` includes the units below it; ``search``
    matches the NIP (digits) or every word of the name, as the register does."""

    unit_id: int | None = None
    jenis_jabatan: str | None = None
    band: str | None = None  # a kode of the pemetaan bands (jpm.json)
    belum_dinilai: bool = False  # only those with no JPM
    search: str = ""


@dataclass(frozen=True)
class PemetaanRow:
    employee_id: int
    nip: str
    nama: str
    jenis_jabatan: str
    jabatan: str
    unit: str
    jpm: float | None
    band_kode: str  # "" when not assessed
    band: str  # the band's label, "" when not assessed
    kesenjangan: int
    asesmen_terakhir: date | None


class _Bentrok(Exception):
    """An insert lost to a concurrent one on a unique rule; turned into StaleRecord."""


def _katalog(session: Session, on: date | None = None) -> list[KompetensiItem]:
    items = [KompetensiItem(k.kode, k.nama, k.kelompok) for k in kompetensi_baku(on)]
    for row in session.scalars(
        select(KompetensiTeknis)
        .where(KompetensiTeknis.deleted_at.is_(None))
        .order_by(func.lower(KompetensiTeknis.nama), KompetensiTeknis.id)
    ):
        items.append(
            KompetensiItem(
                row.kode, row.nama, KelompokKompetensi.TEKNIS, row.deskripsi, row.id, row.revision
            )
        )
    return items


def _check_revision(row: Any, expected: int, label: str) -> None:
    if row.revision != expected:
        raise stale_record_error(label, row.updated_by, row.updated_at)


def _live_employee(session: Session, employee_id: int) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None or employee.deleted_at is not None:
        raise NotFound(pesan("Pegawai tidak ditemukan (mungkin sudah dihapus)."))
    return employee


def _jenis_of(value: str, problems: list[FieldProblem]) -> str:
    jenis = str(value or "").strip().upper()
    try:
        return JenisJabatan(jenis).value
    except ValueError:
        known = ", ".join(j.value for j in JenisJabatan)
        shown = jenis or "(kosong)"
        problems.append(
            FieldProblem(
                "jenis_jabatan",
                pesan(
                    "Jenis jabatan {shown} tidak dikenal; pilih {known}.",
                    shown=shown,
                    known=known,
                ),
            )
        )
        return jenis


def _jenis_label(jenis: str) -> str:
    try:
        return JenisJabatan(jenis).label
    except ValueError:
        return jenis


def _standar_rows(session: Session, jenis: str, kunci: str) -> dict[str, StandarKompetensi]:
    """The live rows of one level (a named position, or the kind's default when kunci is
    ""), by kode; read inside the writing transaction before it changes them."""
    rows = session.scalars(
        select(StandarKompetensi).where(
            StandarKompetensi.jenis_jabatan == jenis,
            StandarKompetensi.jabatan_kunci == kunci,
            StandarKompetensi.deleted_at.is_(None),
        )
    )
    return {row.kompetensi_kode: row for row in rows}


def _uses_of(session: Session, kode: str) -> tuple[int, int]:
    """(standards, assessments) that use a competency kode."""
    standards = session.scalar(
        select(func.count())
        .select_from(StandarKompetensi)
        .where(StandarKompetensi.kompetensi_kode == kode, StandarKompetensi.deleted_at.is_(None))
    )
    assessments = session.scalar(
        select(func.count(func.distinct(AsesmenNilai.asesmen_id)))
        .join(Asesmen, Asesmen.id == AsesmenNilai.asesmen_id)
        .where(
            AsesmenNilai.kompetensi_kode == kode,
            AsesmenNilai.deleted_at.is_(None),
            Asesmen.deleted_at.is_(None),
        )
    )
    return int(standards or 0), int(assessments or 0)


def _check_asesmen_draft(draft: AsesmenDraft, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if draft.tanggal is None:
        problems.append(FieldProblem("tanggal", pesan("Tanggal asesmen wajib diisi.")))
    else:
        problems += check_date(
            "tanggal_ttd", draft.tanggal, "Tanggal asesmen", today=today, problem_field="tanggal"
        )
    problems += check_text("asesor", draft.asesor)
    problems += check_text("asesmen_catatan", draft.catatan, problem_field="catatan")
    if not draft.nilai:
        problems.append(
            FieldProblem("nilai", pesan("Isi level paling sedikit satu kompetensi hasil asesmen."))
        )
    return problems


def _checked_levels(
    nilai: Mapping[str, object], katalog: Sequence[KompetensiItem]
) -> tuple[dict[str, int], list[FieldProblem]]:
    names = {k.kode: k.nama for k in katalog}
    levels: dict[str, int] = {}
    problems: list[FieldProblem] = []
    for kode, value in nilai.items():
        if kode not in names:
            problems.append(
                FieldProblem(
                    kode,
                    pesan(
                        "Kompetensi '{kode}' tidak dikenal; tambahkan dahulu sebagai "
                        "kompetensi teknis atau pilih dari daftar kompetensi.",
                        kode=kode,
                    ),
                )
            )
            continue
        try:
            levels[kode] = check_level(value)
        except KompetensiError as exc:
            problems.append(FieldProblem(kode, pesan("{names}: {exc}", names=names[kode], exc=exc)))
    return levels, problems


def _asesmen_record(row: Asesmen, order: Mapping[str, int]) -> AsesmenRecord:
    live = sorted(
        (n for n in row.nilai if n.deleted_at is None),
        key=lambda n: (order.get(n.kompetensi_kode, len(order)), n.kompetensi_kode),
    )
    return AsesmenRecord(
        id=row.id,
        revision=row.revision,
        employee_id=row.employee_id,
        tanggal=row.tanggal,
        asesor=row.asesor,
        catatan=row.catatan,
        nilai={n.kompetensi_kode: n.level for n in live},
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _same_day(
    session: Session, employee_id: int, tanggal: date, exclude_id: int | None = None
) -> Asesmen | None:
    stmt = select(Asesmen).where(
        Asesmen.employee_id == employee_id,
        Asesmen.tanggal == tanggal,
        Asesmen.deleted_at.is_(None),
    )
    if exclude_id is not None:
        stmt = stmt.where(Asesmen.id != exclude_id)
    return session.scalars(stmt).first()


def _profil_view(
    employee: Any, unit_nama: str, found: ProfilKompetensi, katalog: Sequence[KompetensiItem]
) -> ProfilView:
    by_kode = {k.kode: k for k in katalog}
    items: list[ProfilItem] = []
    for gap in kesenjangan(found.standar, found.aktual):
        known = by_kode.get(gap.kode)
        items.append(
            ProfilItem(
                gap.kode,
                known.nama if known else gap.kode,
                known.kelompok if known else KelompokKompetensi.TEKNIS,
                gap.standar,
                gap.aktual,
                gap.selisih,
                found.sumber.get(gap.kode),
            )
        )
    # Assessed competencies outside the standard are shown, not counted (DOMAIN.md 10).
    for kode, level in found.aktual.items():
        if kode not in found.standar:
            known = by_kode.get(kode)
            items.append(
                ProfilItem(
                    kode,
                    known.nama if known else kode,
                    known.kelompok if known else KelompokKompetensi.TEKNIS,
                    None,
                    level,
                    None,
                    None,
                )
            )
    score = jpm(found.standar, found.aktual)
    return ProfilView(
        employee_id=employee.id,
        nip=employee.nip,
        nama=format_nama_lengkap(employee.gelar_depan, employee.nama, employee.gelar_belakang),
        jenis_jabatan=employee.jenis_jabatan,
        jabatan=employee.jabatan_nama,
        unit=unit_nama,
        item=tuple(items),
        jpm=score,
        band=band_pemetaan(score) if score is not None else None,
        asesmen_terakhir=found.asesmen_terakhir,
    )


@dataclass(frozen=True)
class _Skor:
    jpm: float | None
    band: BandJpm | None
    kesenjangan: int
    asesmen_terakhir: date | None


def _skor(found: ProfilKompetensi) -> _Skor:
    score = jpm(found.standar, found.aktual)
    band = band_pemetaan(score) if score is not None else None
    gaps = sum(1 for g in kesenjangan(found.standar, found.aktual) if g.selisih)
    return _Skor(score, band, gaps, found.asesmen_terakhir)


def _band_order(scores: Iterable[_Skor]) -> dict[str, float]:
    """band kode -> the lowest JPM in it: the bands are ranges of JPM, so any member's JPM
    orders them as the policy table does, without reading the table a second way."""
    lowest: dict[str, float] = {}
    for s in scores:
        if s.band is not None and s.jpm is not None:
            lowest[s.band.kode] = min(s.jpm, lowest.get(s.band.kode, s.jpm))
    return lowest


def _matches(score: _Skor, query: PemetaanQuery) -> bool:
    if query.belum_dinilai and score.jpm is not None:
        return False
    return query.band is None or (score.band is not None and score.band.kode == query.band)


class CompetencyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the catalogue ---------------------------------------------------------------------

    @use_case(Permission.READ)
    def kompetensi(self) -> list[KompetensiItem]:
        """The nine fixed competencies in the policy's order, then the agency's teknis ones
        by name."""
        with self.db.reading() as session:
            return _katalog(session)

    @use_case(Permission.EDIT)
    def add_teknis(self, kode: str, nama: str, deskripsi: str = "") -> int:
        kode, nama, deskripsi = self._checked_teknis(kode, nama, deskripsi)
        try:
            with self.db.unit_of_work() as session:
                self._refuse_clash(session, kode, nama, exclude_id=None)
                row = KompetensiTeknis(kode=kode, nama=nama, deskripsi=deskripsi)
                stamp_change(session, self.db.actor, row, first=True)
                session.add(row)
                try:
                    session.flush()
                except IntegrityError as exc:
                    raise _Bentrok from exc
                return row.id
        except _Bentrok:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "kode",
                        pesan(
                            "Kode kompetensi '{kode}' baru saja disimpan pengguna lain; muat "
                            "ulang daftar kompetensi.",
                            kode=kode,
                        ),
                    )
                ]
            ) from None

    @use_case(Permission.EDIT)
    def update_teknis(
        self, teknis_id: int, kode: str, nama: str, deskripsi: str = "", *, expected_revision: int
    ) -> None:
        """Change a teknis competency; its kode only while no standard or assessment uses it
        (they refer to it by kode)."""
        kode, nama, deskripsi = self._checked_teknis(kode, nama, deskripsi)
        with self.db.unit_of_work() as session:
            row = self._load_teknis(session, teknis_id)
            _check_revision(row, expected_revision, f"kompetensi teknis {row.nama}")
            self._refuse_clash(session, kode, nama, exclude_id=row.id)
            if kode != row.kode:
                standards, assessments = _uses_of(session, row.kode)
                if standards or assessments:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "kode",
                                pesan(
                                    "Kode '{kode}' dipakai {standards} standar kompetensi dan "
                                    "{assessments} hasil asesmen, jadi tidak dapat diganti; "
                                    "ubah namanya saja, atau buat kompetensi baru.",
                                    kode=row.kode,
                                    standards=standards,
                                    assessments=assessments,
                                ),
                            )
                        ]
                    )
            if (row.kode, row.nama, row.deskripsi) != (kode, nama, deskripsi):
                row.kode, row.nama, row.deskripsi = kode, nama, deskripsi
                stamp_change(session, self.db.actor, row)

    @use_case(Permission.EDIT)
    def delete_teknis(self, teknis_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = self._load_teknis(session, teknis_id)
            _check_revision(row, expected_revision, f"kompetensi teknis {row.nama}")
            standards, assessments = _uses_of(session, row.kode)
            if standards or assessments:
                raise ServiceError(
                    pesan(
                        "Kompetensi teknis {nama} masih dipakai {standards} standar kompetensi "
                        "dan {assessments} hasil asesmen; hapus atau ubah standar dan hasil "
                        "asesmen itu dahulu.",
                        nama=row.nama,
                        standards=standards,
                        assessments=assessments,
                    )
                )
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)

    @staticmethod
    def _checked_teknis(kode: str, nama: str, deskripsi: str) -> tuple[str, str, str]:
        kode = str(kode or "").strip().lower()
        nama = " ".join(str(nama or "").split())
        deskripsi = str(deskripsi or "").strip()
        problems: list[FieldProblem] = []
        text_problems = check_text("kompetensi_kode", kode, problem_field="kode")
        if text_problems:
            problems += text_problems
        elif not _KODE.fullmatch(kode):
            problems.append(
                FieldProblem(
                    "kode",
                    pesan(
                        "Kode kompetensi '{kode}' tidak sah: isi 1-40 huruf kecil, angka, "
                        "titik, garis bawah atau tanda hubung, diawali huruf atau angka (mis. "
                        "tk_01).",
                        kode=kode,
                    ),
                )
            )
        if not nama:
            problems.append(FieldProblem("nama", pesan("Nama kompetensi wajib diisi.")))
        problems += check_text("kompetensi_nama", nama, problem_field="nama")
        problems += check_text("kompetensi_deskripsi", deskripsi, problem_field="deskripsi")
        if problems:
            raise ValidationFailed(problems)
        return kode, nama, deskripsi

    @staticmethod
    def _refuse_clash(session: Session, kode: str, nama: str, *, exclude_id: int | None) -> None:
        problems: list[FieldProblem] = []
        for item in _katalog(session):
            if item.id is not None and item.id == exclude_id:
                continue
            if item.kode == kode:
                problems.append(
                    FieldProblem(
                        "kode",
                        pesan(
                            "Kode kompetensi '{kode}' sudah dipakai {nama}.",
                            kode=kode,
                            nama=item.nama,
                        ),
                    )
                )
            if item.nama.casefold() == nama.casefold():
                problems.append(
                    FieldProblem(
                        "nama",
                        pesan(
                            "Kompetensi bernama {nama} sudah ada (kode {kode}); nama yang sama "
                            "membuat kolom impor tidak bisa dibedakan.",
                            nama=item.nama,
                            kode=item.kode,
                        ),
                    )
                )
        if problems:
            raise ValidationFailed(problems)

    @staticmethod
    def _load_teknis(session: Session, teknis_id: int) -> KompetensiTeknis:
        row = session.get(KompetensiTeknis, teknis_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(pesan("Kompetensi teknis tidak ditemukan (mungkin sudah dihapus)."))
        return row

    # -- standards -------------------------------------------------------------------------

    @use_case(Permission.READ)
    def jabatan(self) -> list[JabatanItem]:
        """The positions of live employees, by kind then name; spellings that differ only
        in case or spaces are one position (as the standard lookup matches them)."""
        with self.db.reading() as session:
            grouped = session.execute(
                select(Employee.jenis_jabatan, Employee.jabatan_nama, func.count())
                .where(Employee.deleted_at.is_(None), Employee.jabatan_nama != "")
                .group_by(Employee.jenis_jabatan, Employee.jabatan_nama)
            ).all()
            specific = set(
                session.execute(
                    select(StandarKompetensi.jenis_jabatan, StandarKompetensi.jabatan_kunci)
                    .where(
                        StandarKompetensi.deleted_at.is_(None),
                        StandarKompetensi.jabatan_kunci != "",
                    )
                    .distinct()
                ).all()
            )
        merged: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for jenis, nama, count in grouped:
            merged.setdefault((jenis, kunci_jabatan(nama)), []).append((int(count), nama))
        items = []
        for (jenis, kunci), spellings in merged.items():
            # The spelling most employees have is the one shown.
            spellings.sort(key=lambda s: (-s[0], s[1]))
            items.append(
                JabatanItem(
                    jenis,
                    spellings[0][1],
                    sum(c for c, _ in spellings),
                    (jenis, kunci) in specific,
                )
            )
        items.sort(key=lambda i: (i.jenis_jabatan, i.jabatan_nama.casefold()))
        return items

    @use_case(Permission.READ)
    def standar(self, jenis_jabatan: str, jabatan_nama: str = "") -> StandarView:
        """The standard of a named position (or, with jabatan_nama "", the kind's default)
        per competency of the catalogue, with where each level comes from."""
        problems: list[FieldProblem] = []
        jenis = _jenis_of(jenis_jabatan, problems)
        if problems:
            raise ValidationFailed(problems)
        nama = " ".join(str(jabatan_nama or "").split())
        kunci = kunci_jabatan(nama)
        confirmed, note = standar_bawaan_dikonfirmasi(jenis)
        with self.db.reading() as session:
            katalog = _katalog(session)
            # The one lookup (services.profil_kompetensi) for this level and the level below.
            asked = standar_pegawai(session, [(0, jenis, nama)])[0]
            below: tuple[dict[str, int], dict[str, str]]
            if kunci:
                below = standar_pegawai(session, [(0, jenis, "")])[0]
            else:
                shipped = standar_bawaan(jenis)
                below = shipped, dict.fromkeys(shipped, SUMBER_BAWAAN)
            rows = _standar_rows(session, jenis, kunci)
        items = []
        for k in katalog:
            level = asked[0].get(k.kode)
            sumber = asked[1].get(k.kode)
            row = rows.get(k.kode)
            items.append(
                StandarItem(
                    kode=k.kode,
                    nama=k.nama,
                    kelompok=k.kelompok,
                    level=level,
                    sumber=sumber,
                    belum_dikonfirmasi=sumber == SUMBER_BAWAAN and not confirmed,
                    id=row.id if row is not None else None,
                    revision=row.revision if row is not None else None,
                    level_tanpa=below[0].get(k.kode),
                    sumber_tanpa=below[1].get(k.kode),
                )
            )
        return StandarView(jenis, nama, tuple(items), confirmed, note)

    @use_case(Permission.EDIT)
    def set_standar(
        self,
        jenis_jabatan: str,
        jabatan_nama: str,
        levels: Mapping[str, int | None],
        *,
        expected_revisions: Mapping[str, int] = _NO_REVISIONS,
    ) -> None:
        """Set the levels of a named position (jabatan_nama "": the agency's default for the
        kind of position). A level None removes what is set at this level, so the one below
        applies again. A competency already set here needs its row's revision in
        ``expected_revisions``: someone else's change since it was read is refused."""
        problems: list[FieldProblem] = []
        jenis = _jenis_of(jenis_jabatan, problems)
        nama = " ".join(str(jabatan_nama or "").split())
        problems += check_text("jabatan_nama", nama)
        if problems:
            raise ValidationFailed(problems)
        kunci = kunci_jabatan(nama)
        where = nama or f"bawaan {_jenis_label(jenis)}"
        try:
            with self.db.unit_of_work() as session:
                try:
                    self._write_standar(
                        session, jenis, nama, kunci, where, levels, expected_revisions
                    )
                    session.flush()
                except IntegrityError as exc:
                    raise _Bentrok from exc
        except _Bentrok:
            raise self._standar_taken(jenis, kunci, where, levels) from None

    def _write_standar(
        self,
        session: Session,
        jenis: str,
        nama: str,
        kunci: str,
        where: str,
        levels: Mapping[str, int | None],
        expected_revisions: Mapping[str, int],
    ) -> None:
        katalog = _katalog(session)
        names = {k.kode: k.nama for k in katalog}
        wanted = {kode: value for kode, value in levels.items() if value is not None}
        checked, problems = _checked_levels(wanted, katalog)
        problems += [
            FieldProblem(
                kode,
                pesan(
                    "Kompetensi '{kode}' tidak dikenal; pilih dari daftar kompetensi.",
                    kode=kode,
                ),
            )
            for kode, value in levels.items()
            if value is None and kode not in names
        ]
        if problems:
            raise ValidationFailed(problems)
        rows = _standar_rows(session, jenis, kunci)
        actor = self.db.actor
        for kode, value in levels.items():
            row = rows.get(kode)
            label = f"standar {names[kode]} {where}"
            expected = expected_revisions.get(kode)
            if row is None:
                if expected is not None:
                    # Read as set, gone now: someone removed it meanwhile.
                    raise stale_record_error(label, "", None)
                if value is None:
                    continue
                new = StandarKompetensi(
                    jenis_jabatan=jenis,
                    jabatan_nama=nama,
                    jabatan_kunci=kunci,
                    kompetensi_kode=kode,
                    level=checked[kode],
                )
                stamp_change(session, actor, new, first=True)
                session.add(new)
                continue
            if expected is None:
                # Set by someone else since this editor read it as "not set here".
                raise stale_record_error(label, row.updated_by, row.updated_at)
            _check_revision(row, expected, label)
            if value is None:
                row.deleted_at = datetime.now(UTC)
                stamp_change(session, actor, row)
            elif row.level != checked[kode]:
                row.level = checked[kode]
                stamp_change(session, actor, row)

    def _standar_taken(
        self, jenis: str, kunci: str, where: str, levels: Mapping[str, int | None]
    ) -> StaleRecord:
        """The message for an insert that lost to another clerk's insert of the same row."""
        with self.db.reading() as session:
            rows = _standar_rows(session, jenis, kunci)
            names = {k.kode: k.nama for k in _katalog(session)}
        for kode in levels:
            row = rows.get(kode)
            if row is not None:
                label = f"standar {names.get(kode, kode)} {where}"
                return stale_record_error(label, row.updated_by, row.updated_at)
        return stale_record_error(f"standar kompetensi {where}", "", None)

    # -- assessments -----------------------------------------------------------------------

    @use_case(Permission.READ)
    def asesmen_of(self, employee_id: int) -> list[AsesmenRecord]:
        """An employee's assessments, newest first."""
        with self.db.reading() as session:
            _live_employee(session, employee_id)
            order = {k.kode: i for i, k in enumerate(_katalog(session))}
            rows = session.scalars(
                select(Asesmen)
                .where(Asesmen.employee_id == employee_id, Asesmen.deleted_at.is_(None))
                .order_by(Asesmen.tanggal.desc(), Asesmen.id.desc())
            ).all()
            return [_asesmen_record(row, order) for row in rows]

    @use_case(Permission.READ)
    def asesmen(self, asesmen_id: int) -> AsesmenRecord:
        with self.db.reading() as session:
            order = {k.kode: i for i, k in enumerate(_katalog(session))}
            return _asesmen_record(self._load_asesmen(session, asesmen_id), order)

    @use_case(Permission.EDIT)
    def create_asesmen(self, employee_id: int, draft: AsesmenDraft) -> int:
        problems = _check_asesmen_draft(draft, date.today())
        if problems:
            raise ValidationFailed(problems)
        assert draft.tanggal is not None
        with self.db.unit_of_work() as session:
            employee = _live_employee(session, employee_id)
            levels = self._levels_for(session, draft)
            self._refuse_same_day(session, employee, draft.tanggal, None)
            row = self._new_asesmen(session, employee_id, draft, levels)
            return row.id

    @use_case(Permission.EDIT)
    def update_asesmen(
        self, asesmen_id: int, draft: AsesmenDraft, *, expected_revision: int
    ) -> None:
        problems = _check_asesmen_draft(draft, date.today())
        if problems:
            raise ValidationFailed(problems)
        assert draft.tanggal is not None
        with self.db.unit_of_work() as session:
            row = self._load_asesmen(session, asesmen_id)
            _check_revision(row, expected_revision, f"asesmen {row.employee.nama}")
            levels = self._levels_for(session, draft)
            self._refuse_same_day(session, row.employee, draft.tanggal, row.id)
            actor = self.db.actor
            now = datetime.now(UTC)
            live = {n.kompetensi_kode: n for n in row.nilai if n.deleted_at is None}
            for kode, nilai in live.items():
                if kode not in levels:
                    nilai.deleted_at = now
                    stamp_change(session, actor, nilai)
                elif nilai.level != levels[kode]:
                    nilai.level = levels[kode]
                    stamp_change(session, actor, nilai)
            # The removed rows leave the live unique rule before their kode may come back.
            session.flush()
            for kode, level in levels.items():
                if kode not in live:
                    added = AsesmenNilai(asesmen_id=row.id, kompetensi_kode=kode, level=level)
                    stamp_change(session, actor, added, first=True)
                    session.add(added)
            row.tanggal, row.asesor, row.catatan = draft.tanggal, draft.asesor, draft.catatan
            # Always: the levels are part of the assessment, so its revision moves with them.
            stamp_change(session, actor, row)

    @use_case(Permission.EDIT)
    def delete_asesmen(self, asesmen_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = self._load_asesmen(session, asesmen_id)
            _check_revision(row, expected_revision, f"asesmen {row.employee.nama}")
            now = datetime.now(UTC)
            for nilai in row.nilai:
                if nilai.deleted_at is None:
                    nilai.deleted_at = now
                    stamp_change(session, self.db.actor, nilai)
            row.deleted_at = now
            stamp_change(session, self.db.actor, row)

    def _levels_for(self, session: Session, draft: AsesmenDraft) -> dict[str, int]:
        levels, problems = _checked_levels(draft.nilai, _katalog(session))
        if problems:
            raise ValidationFailed(problems)
        return levels

    @staticmethod
    def _refuse_same_day(
        session: Session, employee: Employee, tanggal: date, exclude_id: int | None
    ) -> None:
        if _same_day(session, employee.id, tanggal, exclude_id) is not None:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "tanggal",
                        pesan(
                            "{nama} sudah memiliki hasil asesmen tanggal {tanggal}; buka hasil "
                            "itu untuk mengubahnya.",
                            nama=employee.nama,
                            tanggal=format_tanggal_angka(tanggal),
                        ),
                    )
                ]
            )

    def _new_asesmen(
        self, session: Session, employee_id: int, draft: AsesmenDraft, levels: Mapping[str, int]
    ) -> Asesmen:
        assert draft.tanggal is not None
        actor = self.db.actor
        row = Asesmen(
            employee_id=employee_id,
            tanggal=draft.tanggal,
            asesor=draft.asesor,
            catatan=draft.catatan,
        )
        stamp_change(session, actor, row, first=True)
        session.add(row)
        session.flush()
        for kode, level in levels.items():
            nilai = AsesmenNilai(asesmen_id=row.id, kompetensi_kode=kode, level=level)
            stamp_change(session, actor, nilai, first=True)
            session.add(nilai)
        return row

    @staticmethod
    def _load_asesmen(session: Session, asesmen_id: int) -> Asesmen:
        row = session.get(Asesmen, asesmen_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(pesan("Hasil asesmen tidak ditemukan (mungkin sudah dihapus)."))
        return row

    # -- profile, gaps and JPM -------------------------------------------------------------

    @use_case(Permission.READ)
    def profil(self, employee_id: int) -> ProfilView:
        """Standard against the latest assessed levels, the gaps, JPM and its band."""
        with self.db.reading() as session:
            employee = _live_employee(session, employee_id)
            unit = session.get(OrgUnit, employee.unit_id) if employee.unit_id else None
            found = profil(session, [employee_id])[employee_id]
            return _profil_view(employee, unit.nama if unit else "", found, _katalog(session))

    @use_case(Permission.READ)
    def pemetaan_ids(
        self, query: PemetaanQuery, sort: str = "nama", descending: bool = False
    ) -> list[int]:
        """Employee ids of the mapping list, filtered and sorted.

        Name, NIP, unit and position sort in SQL (the register's own query). JPM is not a
        column: filtering by band or "not assessed" and sorting by JPM, band, gaps or the
        last assessment compute the profiles of the filtered set in Python (two chunked
        queries over the standards and the assessments, then arithmetic per employee),
        which is fine for an agency of 20,000. Employees without a value (not assessed)
        come last whichever the direction.
        """
        if sort not in PEMETAAN_SORTS:
            raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(PEMETAAN_SORTS)}")
        dialect = self.db.engine.dialect.name
        stmt = build_id_query(
            EmployeeQuery(
                search=query.search,
                unit_id=query.unit_id,
                sort=sort if sort in _SQL_SORTS else "nama",
                descending=descending if sort in _SQL_SORTS else False,
            ),
            dialect,
        )
        if query.jenis_jabatan:
            stmt = stmt.where(Employee.jenis_jabatan == query.jenis_jabatan.strip().upper())
        try:
            with self.db.engine.connect() as conn:
                ids: list[int] = fetch_column(conn, stmt)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc
        needs_scores = query.band is not None or query.belum_dinilai or sort not in _SQL_SORTS
        if not needs_scores or not ids:
            return ids
        with self.db.reading() as session:
            found = profil(session, ids)
        scores = {eid: _skor(found[eid]) for eid in ids if eid in found}
        kept = [eid for eid in ids if eid in scores and _matches(scores[eid], query)]
        if sort in _SQL_SORTS:
            return kept
        band_rank = _band_order(scores[eid] for eid in kept)

        def key(eid: int) -> Any:
            s = scores[eid]
            if sort == "jpm":
                return s.jpm
            if sort == "band":
                return band_rank.get(s.band.kode) if s.band is not None else None
            if sort == "kesenjangan":
                return s.kesenjangan if s.jpm is not None else None
            return s.asesmen_terakhir

        valued = [eid for eid in kept if key(eid) is not None]
        missing = [eid for eid in kept if key(eid) is None]
        # Python's sort is stable in both directions: equal values keep the SQL order
        # (by name, then id).
        valued.sort(key=key, reverse=descending)
        return valued + missing

    @use_case(Permission.READ)
    def pemetaan_rows(self, ids: Sequence[int]) -> dict[int, PemetaanRow]:
        """Display rows for one page of the mapping list, keyed by employee id."""
        if not ids:
            return {}
        with self.db.reading() as session:
            people = session.execute(
                select(
                    Employee.id,
                    Employee.nip,
                    Employee.gelar_depan,
                    Employee.nama,
                    Employee.gelar_belakang,
                    Employee.jenis_jabatan,
                    Employee.jabatan_nama,
                    OrgUnit.nama,
                )
                .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
                .where(Employee.id.in_(list(ids)), Employee.deleted_at.is_(None))
            ).all()
            found = profil(session, [p[0] for p in people])
        rows: dict[int, PemetaanRow] = {}
        for eid, nip, depan, nama, belakang, jenis, jabatan, unit in people:
            score = _skor(found[eid])
            rows[eid] = PemetaanRow(
                employee_id=eid,
                nip=nip,
                nama=format_nama_lengkap(depan, nama, belakang),
                jenis_jabatan=jenis,
                jabatan=jabatan,
                unit=unit or "",
                jpm=score.jpm,
                band_kode=score.band.kode if score.band else "",
                band=score.band.label if score.band else "",
                kesenjangan=score.kesenjangan,
                asesmen_terakhir=score.asesmen_terakhir,
            )
        return rows

    # -- the assessment centre's .xlsx -----------------------------------------------------

    @use_case(Permission.IMPORT)
    def baca_impor(self, path: Path | str, sheet: str | None = None) -> ImportSheet:
        """The sheet's header and a proposed column mapping; without ``sheet`` the first
        sheet whose header names a NIP and a competency."""
        with self.db.reading() as session:
            katalog = _katalog(session)
        return assessment_import.baca(Path(path), katalog, sheet)

    @use_case(Permission.IMPORT)
    def pratinjau_impor(
        self, path: Path | str, mapping: KolomImpor, sheet: str | None = None
    ) -> ImportPreview:
        """Every data row with its problems and warnings; nothing is written."""
        with self.db.reading() as session:
            katalog = _katalog(session)
            found = assessment_import.lembar(Path(path), sheet, katalog)
            baris = assessment_import.periksa(session, found, mapping, katalog, date.today())
        return ImportPreview(found.nama, tuple(baris))

    @use_case(Permission.IMPORT)
    def impor_asesmen(
        self,
        path: Path | str,
        mapping: KolomImpor,
        *,
        sheet: str | None = None,
        lewati_baris_salah: bool = False,
        asesor: str = "",
    ) -> ImportResult:
        """Save the rows as assessments in one transaction. A row with a problem refuses the
        whole file (every row's problem is listed) unless ``lewati_baris_salah``, which
        saves the good rows and reports the others. ``asesor`` fills rows without one."""
        asesor = " ".join(str(asesor or "").split())
        problems = check_text("asesor", asesor)
        if problems:
            raise ValidationFailed(problems)
        with self.db.reading() as session:
            katalog = _katalog(session)
        # Read before the transaction opens: a slow disk must not hold the write lock.
        found = assessment_import.lembar(Path(path), sheet, katalog)
        with self.db.unit_of_work() as session:
            katalog = _katalog(session)
            baris = assessment_import.periksa(session, found, mapping, katalog, date.today())
            salah = [b for b in baris if not b.ok]
            if salah and not lewati_baris_salah:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            f"baris_{b.baris}",
                            pesan("Baris {baris}: {message}", baris=b.baris, message=message),
                        )
                        for b in salah
                        for message in b.salah
                    ]
                )
            ids = [self._import_row(session, b, asesor) for b in baris if b.ok]
        return ImportResult(
            tuple(ids), tuple(assessment_import.dilewati(b) for b in baris if not b.ok)
        )

    def _import_row(self, session: Session, baris: BarisImpor, asesor: str) -> int:
        assert baris.employee_id is not None and baris.tanggal is not None
        draft = AsesmenDraft(baris.tanggal, baris.asesor or asesor, "", dict(baris.nilai))
        return self._new_asesmen(session, baris.employee_id, draft, baris.nilai).id
