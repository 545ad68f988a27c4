"""SIASN reference catalogues, loaded from resources/siasn on first run.

SIASN's own ids are the primary keys: they are what SIASN expects on export.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.db.base import Base


class RefJabatan(Base):
    """Positions: jabatanPelaksana (70,899) and jabatanFungsional (1,466) in one list.

    The two SIASN lists share an id space that is not disjoint (one id is in both), so the
    catalogue it came from is part of the key.
    """

    __tablename__ = "ref_jabatan"

    katalog: Mapped[str] = mapped_column(String(12), primary_key=True)  # pelaksana|fungsional
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    nama: Mapped[str] = mapped_column(String(300), index=True)
    # "PELAKSANA" or one of the fungsional jenis (FUNGSIONAL_KEAHLIAN/_KETERAMPILAN).
    jenis_jabatan: Mapped[str] = mapped_column(String(30))
    jenjang: Mapped[str] = mapped_column(String(2), default="")
    usia_bup: Mapped[int | None] = mapped_column(Integer, default=None)
    kode_cepat: Mapped[str] = mapped_column(String(20), default="")


class RefPendidikan(Base):
    __tablename__ = "ref_pendidikan"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    nama: Mapped[str] = mapped_column(String(300), index=True)
    tingkat_id: Mapped[str] = mapped_column(String(4), default="")


class RefCode(Base):
    """The small SIASN code lists (kedudukanHukum, agama, jenisDiklat, eselon, ...)."""

    __tablename__ = "ref_code"

    catalogue: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    nama: Mapped[str] = mapped_column(Text)
    # The rest of the SIASN row as JSON, for fields only some lists have.
    extra: Mapped[str] = mapped_column(Text, default="{}")
