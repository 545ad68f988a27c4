"""Look-ups in the SIASN catalogues (positions, education, code lists)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, select

from asn_desktop.db.reference_models import RefCode, RefJabatan, RefPendidikan
from asn_desktop.services.database import Database


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


def _like_all(column: object, text: str) -> list[object]:
    words = [w.replace("%", "").replace("_", "") for w in text.split()]
    return [column.like(f"%{w}%") for w in words if w]  # type: ignore[attr-defined]


class ReferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search_jabatan(self, text: str, *, limit: int = 50) -> list[JabatanOption]:
        """Positions whose name holds every typed word; names starting with it come first."""
        conditions = _like_all(RefJabatan.nama, text)
        if not conditions:
            return []
        first_word = text.split()[0]
        starts = case((RefJabatan.nama.like(f"{first_word}%"), 0), else_=1)
        stmt = (
            select(RefJabatan)
            .where(and_(*conditions))  # type: ignore[arg-type]
            .order_by(starts, RefJabatan.nama)
            .limit(limit)
        )
        with self.db.reading() as session:
            return [
                JabatanOption(r.katalog, r.id, r.nama, r.jenis_jabatan, r.jenjang, r.usia_bup)
                for r in session.scalars(stmt)
            ]

    def search_pendidikan(self, text: str, *, limit: int = 50) -> list[CodeOption]:
        conditions = _like_all(RefPendidikan.nama, text)
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
