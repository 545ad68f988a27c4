"""An employee's competency profile: the standard of their position against their latest
assessed levels. The standards page, the gaps, JPM and the yearly plan all read this.

The standard of a competency is, from the most specific to the least: a row for the
employee's named position (the kind of position and the name, matched caselessly, spaces
folded), the agency's default row for the kind of position, the shipped default of
resources/policy/standar_kompetensi.json. The actual level is the one of the newest
assessment that rated the competency.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Asesmen, AsesmenNilai, StandarKompetensi
from asn_desktop.db.models import Employee
from asn_desktop.domain.kompetensi import standar_bawaan

__all__ = [
    "SUMBER_BAWAAN",
    "SUMBER_JABATAN",
    "SUMBER_JENIS",
    "ProfilKompetensi",
    "aktual_terbaru",
    "kunci_jabatan",
    "profil",
    "standar_pegawai",
]

SUMBER_BAWAAN = "bawaan"  # the shipped default of the kind of position
SUMBER_JENIS = "jenis_jabatan"  # the agency's default of the kind of position
SUMBER_JABATAN = "jabatan"  # set for the named position

_CHUNK = 900


def kunci_jabatan(nama: str) -> str:
    """What a position name is matched by: caseless, single spaces."""
    return " ".join(nama.casefold().split())


@dataclass(frozen=True)
class ProfilKompetensi:
    employee_id: int
    standar: Mapping[str, int]  # kode -> required level, in display order
    sumber: Mapping[str, str]  # kode -> SUMBER_*
    aktual: Mapping[str, int]  # kode -> level of the newest assessment that rated it
    asesmen_terakhir: date | None


def _chunks(ids: Collection[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def standar_pegawai(
    session: Session, people: Iterable[tuple[int, str, str]], *, on: date | None = None
) -> dict[int, tuple[dict[str, int], dict[str, str]]]:
    """employee id -> (standard, source per kode) for (id, jenis_jabatan, jabatan_nama)."""
    people = list(people)
    rows = session.execute(
        select(
            StandarKompetensi.jenis_jabatan,
            StandarKompetensi.jabatan_kunci,
            StandarKompetensi.kompetensi_kode,
            StandarKompetensi.level,
        )
        .where(StandarKompetensi.deleted_at.is_(None))
        .order_by(StandarKompetensi.id)
    ).all()
    per_jenis: dict[str, dict[str, int]] = {}
    # A position row is keyed like its unique index (jenis, kunci): the same name under
    # another kind of position is another position, not a second candidate for this one.
    per_jabatan: dict[tuple[str, str], dict[str, int]] = {}
    for jenis, kunci, kode, level in rows:
        if kunci:
            per_jabatan.setdefault((jenis, kunci), {})[kode] = level
        else:
            per_jenis.setdefault(jenis, {})[kode] = level
    bawaan_cache: dict[str, dict[str, int]] = {}
    out: dict[int, tuple[dict[str, int], dict[str, str]]] = {}
    for employee_id, jenis, jabatan in people:
        if jenis not in bawaan_cache:
            bawaan_cache[jenis] = standar_bawaan(jenis, on)
        standar = dict(bawaan_cache[jenis])
        sumber = dict.fromkeys(standar, SUMBER_BAWAAN)
        for kode, level in per_jenis.get(jenis, {}).items():
            standar[kode] = level
            sumber[kode] = SUMBER_JENIS
        for kode, level in per_jabatan.get((jenis, kunci_jabatan(jabatan)), {}).items():
            standar[kode] = level
            sumber[kode] = SUMBER_JABATAN
        out[employee_id] = (standar, sumber)
    return out


def aktual_terbaru(
    session: Session, employee_ids: Collection[int] | None = None
) -> dict[int, tuple[date, dict[str, int]]]:
    """employee id -> (date of the newest assessment, kode -> newest level)."""
    stmt = (
        select(
            Asesmen.employee_id, Asesmen.tanggal, AsesmenNilai.kompetensi_kode, AsesmenNilai.level
        )
        .join(AsesmenNilai, AsesmenNilai.asesmen_id == Asesmen.id)
        .where(Asesmen.deleted_at.is_(None), AsesmenNilai.deleted_at.is_(None))
        # Oldest first, so a newer assessment's level overwrites an older one.
        .order_by(Asesmen.tanggal, Asesmen.id)
    )
    results = []
    if employee_ids is None:
        results = list(session.execute(stmt))
    else:
        for chunk in _chunks(employee_ids):
            # One employee is in one chunk, so each one's rows stay oldest first.
            results.extend(session.execute(stmt.where(Asesmen.employee_id.in_(chunk))))
    out: dict[int, tuple[date, dict[str, int]]] = {}
    for employee_id, tanggal, kode, level in results:
        latest, levels = out.get(employee_id, (tanggal, {}))
        levels[kode] = level
        out[employee_id] = (max(latest, tanggal), levels)
    return out


def profil(
    session: Session, employee_ids: Collection[int] | None = None, *, on: date | None = None
) -> dict[int, ProfilKompetensi]:
    """The profile of the given live employees (all live employees when None)."""
    stmt = select(Employee.id, Employee.jenis_jabatan, Employee.jabatan_nama).where(
        Employee.deleted_at.is_(None)
    )
    people: list[tuple[int, str, str]] = []
    if employee_ids is None:
        people = [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]
    else:
        for chunk in _chunks(employee_ids):
            people.extend(tuple(r) for r in session.execute(stmt.where(Employee.id.in_(chunk))))  # type: ignore[misc]
    standar = standar_pegawai(session, people, on=on)
    aktual = aktual_terbaru(session, [p[0] for p in people] if employee_ids is not None else None)
    out: dict[int, ProfilKompetensi] = {}
    for employee_id, _jenis, _jabatan in people:
        levels, sumber = standar[employee_id]
        tanggal, nilai = aktual.get(employee_id, (None, {}))
        out[employee_id] = ProfilKompetensi(employee_id, levels, sumber, nilai, tanggal)
    return out
