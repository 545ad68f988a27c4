"""Look-ups in the SIASN catalogues (positions, education, code lists)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select

from asn_desktop.db.reference_models import RefCode, RefJabatan, RefPendidikan
from asn_desktop.services.database import Database
from asn_desktop.services.employees import contains


@dataclass(frozen=True)
class JabatanOption:
    katalog: str
    id: str
    nama: str
    jenis_jabatan: str
    jenjang: str
    usia_bup: int | None


@dataclass(frozen=True)
class CodeOption:
    code: str
    nama: str


def _like_all(column: object, text: str, dialect: str) -> list[object]:
    return [contains(column, w, dialect) for w in text.split()]


class ReferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search_jabatan(self, text: str, *, limit: int = 50) -> list[JabatanOption]:
        """Positions whose name holds every typed word, from both SIASN lists.

        The fungsional list (1,466, mixed case) would drown in the 70,899 upper-case
        pelaksana names, so each list gets up to half the limit (the other takes what one
        leaves unused); within a list, names starting with the first word come first.
        """
        conditions = _like_all(RefJabatan.nama, text, self.db.engine.dialect.name)
        if not conditions:
            return []
        first_word = text.split()[0]
        starts = case((RefJabatan.nama.ilike(f"{first_word}%"), 0), else_=1)
        found: dict[str, list[JabatanOption]] = {}
        with self.db.reading() as session:
            for katalog in ("fungsional", "pelaksana"):
                stmt = (
                    select(RefJabatan)
                    .where(RefJabatan.katalog == katalog, and_(*conditions))  # type: ignore[arg-type]
                    .order_by(starts, func.upper(RefJabatan.nama))
                    .limit(limit)
                )
                found[katalog] = [
                    JabatanOption(r.katalog, r.id, r.nama, r.jenis_jabatan, r.jenjang, r.usia_bup)
                    for r in session.scalars(stmt)
                ]
        fungsional, pelaksana = found["fungsional"], found["pelaksana"]
        take_f = min(len(fungsional), max(limit // 2, limit - len(pelaksana)))
        return fungsional[:take_f] + pelaksana[: limit - take_f]

    def search_pendidikan(self, text: str, *, limit: int = 50) -> list[CodeOption]:
        conditions = _like_all(RefPendidikan.nama, text, self.db.engine.dialect.name)
        if not conditions:
            return []
        stmt = (
            select(RefPendidikan.id, RefPendidikan.nama)
            .where(and_(*conditions))  # type: ignore[arg-type]
            .order_by(RefPendidikan.nama)
            .limit(limit)
        )
        with self.db.reading() as session:
            return [CodeOption(row[0], row[1]) for row in session.execute(stmt)]

    def codes(self, catalogue: str) -> list[CodeOption]:
        """A small SIASN code list, e.g. codes("kedudukanHukum"), ordered by code."""
        stmt = (
            select(RefCode.code, RefCode.nama)
            .where(RefCode.catalogue == catalogue)
            .order_by(RefCode.code)
        )
        with self.db.reading() as session:
            return [CodeOption(row[0], row[1]) for row in session.execute(stmt)]
