"""Performance appraisal: the SKP of an employee's year, its evaluations and their versions.

An SKP (sasaran kinerja pegawai) is the year's plan: rencana hasil kerja (RHK) with their
indicators and targets, and the leader's expectation for each BerAKHLAK core value. An
evaluation (evaluasi) of one period records what was achieved against it, the feedback and
the two ratings. Finalising an evaluation freezes everything the printed document shows
into an `EvaluasiVersi` (a JSON snapshot with its content hash and short document code), so
a reprint after a promotion or a transfer prints the same page; reopening keeps that
version and the next finalisation adds another.

Unique rules (one SKP per employee and year, one evaluation per SKP and period) hold only
for rows that are not deleted, so a deleted draft's tombstone does not block a new one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asn_desktop.db.base import Base, ExchangedRecord, utc_now
from asn_desktop.db.models import Employee

_LIVE = text("deleted_at IS NULL")


def _unique_live(name: str, *columns: str) -> Index:
    return Index(name, *columns, unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)


class _Penilai:
    """Appraiser and the appraiser's superior, each from the register or a non-ASN person.

    The text columns are what the document prints. For a person of the register they are
    copied from the register whenever a draft is saved and at finalisation; the snapshot in
    EvaluasiVersi is what a reprint uses.
    """

    penilai_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), default=None, index=True
    )
    penilai_status: Mapped[str] = mapped_column(String(7), default="ASN")
    penilai_nama: Mapped[str] = mapped_column(String(200), default="")
    penilai_nip: Mapped[str] = mapped_column(String(18), default="")
    penilai_pangkat: Mapped[str] = mapped_column(String(100), default="")
    penilai_jabatan: Mapped[str] = mapped_column(String(300), default="")
    penilai_unit: Mapped[str] = mapped_column(String(200), default="")
    atasan_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), default=None
    )
    atasan_status: Mapped[str] = mapped_column(String(7), default="ASN")
    atasan_nama: Mapped[str] = mapped_column(String(200), default="")
    atasan_nip: Mapped[str] = mapped_column(String(18), default="")
    atasan_pangkat: Mapped[str] = mapped_column(String(100), default="")
    atasan_jabatan: Mapped[str] = mapped_column(String(300), default="")
    atasan_unit: Mapped[str] = mapped_column(String(200), default="")


class Skp(ExchangedRecord, _Penilai, Base):
    __tablename__ = "skp"
    __table_args__ = (
        _unique_live("uq_skp_employee_tahun", "employee_id", "tahun"),
        CheckConstraint("tahun BETWEEN 1970 AND 2100", name="tahun"),
        CheckConstraint(
            "skema IN ('permenpanrb_6_2022', 'permenpanrb_8_2021', 'pp_46_2011')", name="skema"
        ),
        CheckConstraint("penilai_status IN ('ASN', 'NON ASN')", name="penilai_status"),
        CheckConstraint("atasan_status IN ('ASN', 'NON ASN')", name="atasan_status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    skema: Mapped[str] = mapped_column(String(24), default="permenpanrb_6_2022")
    # bulanan, triwulan or semester: the periodic evaluations of this year.
    jenis_periode: Mapped[str] = mapped_column(String(10), default="triwulan")
    # The unit the employee was in when the SKP was made: lists by unit follow the year.
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="SET NULL"), default=None, index=True
    )

    employee: Mapped[Employee] = relationship(foreign_keys=[employee_id])
    rhk: Mapped[list[SkpRhk]] = relationship(
        back_populates="skp", order_by="(SkpRhk.jenis, SkpRhk.urutan)"
    )
    perilaku: Mapped[list[SkpPerilaku]] = relationship(
        back_populates="skp", order_by="SkpPerilaku.urutan"
    )
    evaluasi: Mapped[list[Evaluasi]] = relationship(back_populates="skp")


class SkpRhk(ExchangedRecord, Base):
    """A rencana hasil kerja, Utama or Tambahan, optionally supporting the appraiser's RHK."""

    __tablename__ = "skp_rhk"
    __table_args__ = (CheckConstraint("jenis IN ('utama', 'tambahan')", name="jenis"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    jenis: Mapped[str] = mapped_column(String(8), default="utama")
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    rhk: Mapped[str] = mapped_column(Text)
    # "RHK atasan yang diintervensi": a row of the appraiser's own SKP when it is in this
    # database, and its text as printed (also for appraisers who are not).
    rhk_atasan_id: Mapped[int | None] = mapped_column(
        ForeignKey("skp_rhk.id", ondelete="SET NULL"), default=None
    )
    rhk_atasan: Mapped[str] = mapped_column(Text, default="")

    skp: Mapped[Skp] = relationship(back_populates="rhk")
    indikator: Mapped[list[SkpIndikator]] = relationship(
        back_populates="rhk", order_by="SkpIndikator.urutan"
    )


class SkpIndikator(ExchangedRecord, Base):
    """An indikator kinerja individu of an RHK, with its aspek and target."""

    __tablename__ = "skp_indikator"
    __table_args__ = (
        CheckConstraint("aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')", name="aspek"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rhk_id: Mapped[int] = mapped_column(ForeignKey("skp_rhk.id", ondelete="CASCADE"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    aspek: Mapped[str] = mapped_column(String(10), default="kuantitas")
    indikator: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(300), default="")

    rhk: Mapped[SkpRhk] = relationship(back_populates="indikator")


class SkpPerilaku(ExchangedRecord, Base):
    """A BerAKHLAK core value of the SKP with the leader's specific expectation."""

    __tablename__ = "skp_perilaku"
    __table_args__ = (_unique_live("uq_skp_perilaku_kode", "skp_id", "kode"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    kode: Mapped[str] = mapped_column(String(40))
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    ekspektasi: Mapped[str] = mapped_column(Text, default="")

    skp: Mapped[Skp] = relationship(back_populates="perilaku")


class Evaluasi(ExchangedRecord, Base):
    """The evaluation of one period ("tw2", "akhir") of an SKP.

    status: draft (never finalised), final, or reopened (being amended; its earlier
    versions stay valid documents until it is finalised again).
    """

    __tablename__ = "evaluasi"
    __table_args__ = (
        _unique_live("uq_evaluasi_skp_periode", "skp_id", "periode"),
        CheckConstraint("status IN ('draft', 'final', 'reopened')", name="status"),
        CheckConstraint(
            "rating_hasil_kerja IS NULL OR rating_hasil_kerja IN ('di_atas', 'sesuai', 'di_bawah')",
            name="rating_hasil_kerja",
        ),
        CheckConstraint(
            "rating_perilaku IS NULL OR rating_perilaku IN ('di_atas', 'sesuai', 'di_bawah')",
            name="rating_perilaku",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    periode: Mapped[str] = mapped_column(String(6))
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    # How many versions have been finalised (0 for a draft that never was).
    versi: Mapped[int] = mapped_column(Integer, default=0)
    rating_hasil_kerja: Mapped[str | None] = mapped_column(String(10), default=None)
    rating_perilaku: Mapped[str | None] = mapped_column(String(10), default=None)
    # Kept on every save from the matrix in force, so lists filter and count in SQL.
    predikat: Mapped[str] = mapped_column(String(20), default="", index=True)
    capaian_organisasi: Mapped[str] = mapped_column(String(20), default="")
    catatan: Mapped[str] = mapped_column(Text, default="")
    # The date printed above the signatures ("Bandung, 27 November 2026").
    tanggal_penetapan: Mapped[date | None] = mapped_column(Date, default=None)
    # PP 46/2011 years (numeric, imported history only).
    nilai_skp: Mapped[float | None] = mapped_column(Float, default=None)
    nilai_perilaku: Mapped[float | None] = mapped_column(Float, default=None)

    skp: Mapped[Skp] = relationship(back_populates="evaluasi")
    hasil: Mapped[list[EvaluasiRhk]] = relationship(back_populates="evaluasi")
    realisasi: Mapped[list[EvaluasiIndikator]] = relationship(back_populates="evaluasi")
    perilaku: Mapped[list[EvaluasiPerilaku]] = relationship(back_populates="evaluasi")
    versions: Mapped[list[EvaluasiVersi]] = relationship(
        back_populates="evaluasi", order_by="EvaluasiVersi.versi"
    )


_RATING_OR_NULL = "rating IS NULL OR rating IN ('di_atas', 'sesuai', 'di_bawah')"


class EvaluasiRhk(ExchangedRecord, Base):
    """Feedback (umpan balik berkelanjutan) and an optional rating for one RHK."""

    __tablename__ = "evaluasi_rhk"
    __table_args__ = (
        _unique_live("uq_evaluasi_rhk", "evaluasi_id", "rhk_id"),
        CheckConstraint(_RATING_OR_NULL, name="rating"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(
        ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True
    )
    rhk_id: Mapped[int] = mapped_column(ForeignKey("skp_rhk.id", ondelete="CASCADE"))
    umpan_balik: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(10), default=None)

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="hasil")


class EvaluasiIndikator(ExchangedRecord, Base):
    """Realisasi of one indicator with the evidence it rests on (bukti dukung)."""

    __tablename__ = "evaluasi_indikator"
    __table_args__ = (_unique_live("uq_evaluasi_indikator", "evaluasi_id", "indikator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(
        ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True
    )
    indikator_id: Mapped[int] = mapped_column(ForeignKey("skp_indikator.id", ondelete="CASCADE"))
    realisasi: Mapped[str] = mapped_column(Text, default="")
    bukti: Mapped[str] = mapped_column(Text, default="")

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="realisasi")


class EvaluasiPerilaku(ExchangedRecord, Base):
    """Feedback and an optional rating for one core value."""

    __tablename__ = "evaluasi_perilaku"
    __table_args__ = (
        _unique_live("uq_evaluasi_perilaku", "evaluasi_id", "kode"),
        CheckConstraint(_RATING_OR_NULL, name="rating"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(
        ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True
    )
    kode: Mapped[str] = mapped_column(String(40))
    umpan_balik: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(10), default=None)

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="perilaku")


class EvaluasiVersi(ExchangedRecord, Base):
    """A finalised version: the document's data frozen as JSON, its hash and short code.

    Never changed after it is written, except to note that it was reopened (when, by whom,
    why): that is what `verify` reports as "amended since".
    """

    __tablename__ = "evaluasi_versi"
    __table_args__ = (Index("uq_evaluasi_versi", "evaluasi_id", "versi", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(
        ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True
    )
    versi: Mapped[int] = mapped_column(Integer)
    kode_dokumen: Mapped[str] = mapped_column(String(16), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text)
    predikat: Mapped[str] = mapped_column(String(20), default="")
    finalised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    finalised_by: Mapped[str] = mapped_column(String(100), default="")
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    reopened_by: Mapped[str] = mapped_column(String(100), default="")
    alasan_buka: Mapped[str] = mapped_column(Text, default="")

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="versions")
    ttd: Mapped[list[DokumenTtd]] = relationship(back_populates="versi_row")


class DokumenTtd(ExchangedRecord, Base):
    """The signed paper copy of a version: when it was signed and its scan, by content hash."""

    __tablename__ = "dokumen_ttd"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    versi_id: Mapped[int] = mapped_column(
        ForeignKey("evaluasi_versi.id", ondelete="CASCADE"), index=True
    )
    tanggal_ttd: Mapped[date] = mapped_column(Date)
    berkas_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("berkas.sha256", ondelete="RESTRICT"), default=None
    )
    nama_berkas: Mapped[str] = mapped_column(String(255), default="")
    catatan: Mapped[str] = mapped_column(Text, default="")

    versi_row: Mapped[EvaluasiVersi] = relationship(back_populates="ttd")


class CapaianOrganisasi(ExchangedRecord, Base):
    """The organisation's capaian kinerja of a year: the agency's (unit_id NULL) or a unit's.

    It decides the pola distribusi the year's predikat are checked against.
    """

    __tablename__ = "capaian_organisasi"
    __table_args__ = (
        Index(
            "uq_capaian_instansi",
            "tahun",
            unique=True,
            sqlite_where=text("unit_id IS NULL"),
            postgresql_where=text("unit_id IS NULL"),
        ),
        Index(
            "uq_capaian_unit",
            "tahun",
            "unit_id",
            unique=True,
            sqlite_where=text("unit_id IS NOT NULL"),
            postgresql_where=text("unit_id IS NOT NULL"),
        ),
        CheckConstraint(
            "capaian IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')",
            name="capaian",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="CASCADE"), default=None
    )
    capaian: Mapped[str] = mapped_column(String(20))
    keterangan: Mapped[str] = mapped_column(Text, default="")


class Berkas(Base):
    """A stored file (a signed scan), kept inside the database so backups carry it.

    Keyed by the SHA-256 of its bytes: the same scan attached twice is stored once.
    """

    __tablename__ = "berkas"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    ukuran: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
