"""Competency development: activities and their participants, degree study, the training
budget, competency standards and assessments, the yearly plan (AKPK), and public
satisfaction (SKM) per service unit.

An activity (pelatihan) stores the raw amount its JP rule needs (stated JP, days, sessions,
placements), the JP it counts and the version of the conversion rule that counted it, so a
report of a past year gives the same figures after the rule table changes. Each participant
is credited the activity's JP unless they failed it or attended less than its minimum.

Money is whole rupiah in 64-bit integers: an agency's yearly budget passes 2^31.
Unique rules hold only for rows that are not deleted, so a deleted record's tombstone does
not block entering it again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asn_desktop.db.base import Base, ExchangedRecord
from asn_desktop.db.models import Employee, OrgUnit

_LIVE = text("deleted_at IS NULL")

SATUAN_JP = ("jp", "hari", "sesi", "kunjungan", "penempatan")
HASIL_PESERTA = ("mengikuti", "lulus", "tidak_lulus")
STATUS_RENCANA = ("draft", "disetujui_atasan", "disetujui_pyb", "ditetapkan_ppk")


def _unique_live(name: str, *columns: str) -> Index:
    return Index(name, *columns, unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Pelatihan(ExchangedRecord, Base):
    """A development activity (training, workshop, coaching, internship...) of one or more
    participants. ``jenis_diklat`` is the SIASN jenisDiklat id; for leadership training
    (jenis 1) ``latihan_struktural`` holds the SIASN latihanStruktural id."""

    __tablename__ = "pelatihan"
    __table_args__ = (
        CheckConstraint("selesai >= mulai", name="tanggal"),
        CheckConstraint(_in("satuan", SATUAN_JP), name="satuan"),
        CheckConstraint("jumlah >= 0 AND jp >= 0", name="jp"),
        CheckConstraint("biaya_rencana >= 0", name="biaya_rencana"),
        CheckConstraint("biaya_realisasi IS NULL OR biaya_realisasi >= 0", name="biaya_realisasi"),
        CheckConstraint("min_kehadiran BETWEEN 0 AND 100", name="min_kehadiran"),
        Index("ix_pelatihan_selesai", "selesai"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nama: Mapped[str] = mapped_column(String(300))
    jenis_diklat: Mapped[str] = mapped_column(String(4), index=True)
    latihan_struktural: Mapped[str] = mapped_column(String(4), default="")
    # From the type (SIASN ids 1-13 are klasikal); stored so lists filter in SQL.
    klasikal: Mapped[bool] = mapped_column(Boolean, default=True)
    penyelenggara: Mapped[str] = mapped_column(String(200), default="", index=True)
    tempat: Mapped[str] = mapped_column(String(200), default="")
    internasional: Mapped[bool] = mapped_column(Boolean, default=False)
    mulai: Mapped[date] = mapped_column(Date)
    selesai: Mapped[date] = mapped_column(Date)
    # The year the JP is credited to (the year the activity ends, with its certificate).
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    satuan: Mapped[str] = mapped_column(String(12), default="jp")
    jumlah: Mapped[float] = mapped_column(Float, default=0.0)
    jp: Mapped[float] = mapped_column(Float, default=0.0)
    aturan_versi: Mapped[str] = mapped_column(String(60), default="")
    aturan_dikonfirmasi: Mapped[bool] = mapped_column(Boolean, default=True)
    # The competency the activity develops (a standard's kode), "" when not said.
    kompetensi_kode: Mapped[str] = mapped_column(String(40), default="", index=True)
    biaya_rencana: Mapped[int] = mapped_column(BigInteger, default=0)
    biaya_realisasi: Mapped[int | None] = mapped_column(BigInteger, default=None)
    sumber_dana: Mapped[str] = mapped_column(String(20), default="APBD")
    # Pass rules vary by programme (DOMAIN.md 11): kept per activity.
    min_kehadiran: Mapped[int] = mapped_column(Integer, default=80)
    nilai_lulus: Mapped[float | None] = mapped_column(Float, default=None)
    # Kirkpatrick level 1, the participants' survey, mean of a 1-4 scale per aspect.
    reaksi_penyelenggara: Mapped[float | None] = mapped_column(Float, default=None)
    reaksi_fasilitas: Mapped[float | None] = mapped_column(Float, default=None)
    reaksi_pengajar: Mapped[float | None] = mapped_column(Float, default=None)
    catatan: Mapped[str] = mapped_column(Text, default="")

    peserta: Mapped[list[PesertaPelatihan]] = relationship(back_populates="pelatihan")


class PesertaPelatihan(ExchangedRecord, Base):
    __tablename__ = "peserta_pelatihan"
    __table_args__ = (
        _unique_live("uq_peserta_pelatihan_employee", "pelatihan_id", "employee_id"),
        CheckConstraint(_in("hasil", HASIL_PESERTA), name="hasil"),
        CheckConstraint("kehadiran BETWEEN 0 AND 100", name="kehadiran"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pelatihan_id: Mapped[int] = mapped_column(
        ForeignKey("pelatihan.id", ondelete="CASCADE"), index=True
    )
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    kehadiran: Mapped[int] = mapped_column(Integer, default=100)  # percent attended
    nilai_pre: Mapped[float | None] = mapped_column(Float, default=None)
    nilai_post: Mapped[float | None] = mapped_column(Float, default=None)
    hasil: Mapped[str] = mapped_column(String(12), default="mengikuti")
    sttp_nomor: Mapped[str] = mapped_column(String(100), default="")
    sttp_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    # The scanned certificate, stored by content hash in the database (table berkas), so
    # backups carry it.
    sertifikat_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("berkas.sha256", ondelete="RESTRICT"), default=None
    )
    catatan: Mapped[str] = mapped_column(Text, default="")

    pelatihan: Mapped[Pelatihan] = relationship(back_populates="peserta")
    employee: Mapped[Employee] = relationship()


class TugasBelajar(ExchangedRecord, Base):
    """Degree study: tugas belajar (released from duty) or izin belajar (alongside it)."""

    __tablename__ = "tugas_belajar"
    __table_args__ = (
        CheckConstraint("jenis IN ('tugas_belajar', 'izin_belajar')", name="jenis"),
        CheckConstraint("status IN ('berjalan', 'lulus', 'berhenti')", name="status"),
        CheckConstraint("selesai IS NULL OR selesai >= mulai", name="tanggal"),
        CheckConstraint("biaya >= 0", name="biaya"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    jenis: Mapped[str] = mapped_column(String(14), default="tugas_belajar")
    jenjang: Mapped[str] = mapped_column(String(10), default="")  # D3, D4, S1, S2, S3...
    program_studi: Mapped[str] = mapped_column(String(200), default="")
    institusi: Mapped[str] = mapped_column(String(200), default="")
    internasional: Mapped[bool] = mapped_column(Boolean, default=False)
    mulai: Mapped[date] = mapped_column(Date)
    # Planned end while running; the day studies ended when lulus or berhenti.
    selesai: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default="berjalan")
    sk_nomor: Mapped[str] = mapped_column(String(100), default="")
    biaya: Mapped[int] = mapped_column(BigInteger, default=0)
    sumber_dana: Mapped[str] = mapped_column(String(20), default="")
    aturan_versi: Mapped[str] = mapped_column(String(60), default="")
    catatan: Mapped[str] = mapped_column(Text, default="")

    employee: Mapped[Employee] = relationship()


class AnggaranPelatihan(ExchangedRecord, Base):
    """The agency's training budget of a year from one funding source (APBD, ...)."""

    __tablename__ = "anggaran_pelatihan"
    __table_args__ = (
        _unique_live("uq_anggaran_pelatihan_tahun_sumber", "tahun", "sumber_dana"),
        CheckConstraint("jumlah >= 0", name="jumlah"),
        CheckConstraint("tahun BETWEEN 1970 AND 2100", name="tahun"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    sumber_dana: Mapped[str] = mapped_column(String(20))
    jumlah: Mapped[int] = mapped_column(BigInteger, default=0)
    keterangan: Mapped[str] = mapped_column(Text, default="")


class KompetensiTeknis(ExchangedRecord, Base):
    """A technical competency named by the agency; the manajerial and sosial kultural ones
    are fixed by PermenPANRB 38/2017 (resources/policy/standar_kompetensi.json)."""

    __tablename__ = "kompetensi_teknis"
    __table_args__ = (_unique_live("uq_kompetensi_teknis_kode", "kode"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kode: Mapped[str] = mapped_column(String(40))
    nama: Mapped[str] = mapped_column(String(200))
    deskripsi: Mapped[str] = mapped_column(Text, default="")


class StandarKompetensi(ExchangedRecord, Base):
    """The level one competency requires: for a named position (``jabatan_nama``), or the
    agency's default for a kind of position (``jabatan_nama`` empty, ``jenis_jabatan`` set),
    which overrides the shipped default of the policy table."""

    __tablename__ = "standar_kompetensi"
    __table_args__ = (
        _unique_live("uq_standar_kompetensi", "jenis_jabatan", "jabatan_kunci", "kompetensi_kode"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    jenis_jabatan: Mapped[str] = mapped_column(String(30), default="")
    jabatan_nama: Mapped[str] = mapped_column(String(300), default="")
    # casefolded, single-spaced jabatan_nama: what the register's position is matched by
    jabatan_kunci: Mapped[str] = mapped_column(String(300), default="", index=True)
    kompetensi_kode: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer)


class Asesmen(ExchangedRecord, Base):
    """An assessment of one employee (assessment centre, uji kompetensi) on one day."""

    __tablename__ = "asesmen"
    __table_args__ = (Index("ix_asesmen_employee_tanggal", "employee_id", "tanggal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    tanggal: Mapped[date] = mapped_column(Date)
    asesor: Mapped[str] = mapped_column(String(200), default="")
    catatan: Mapped[str] = mapped_column(Text, default="")

    employee: Mapped[Employee] = relationship()
    nilai: Mapped[list[AsesmenNilai]] = relationship(back_populates="asesmen")


class AsesmenNilai(ExchangedRecord, Base):
    __tablename__ = "asesmen_nilai"
    __table_args__ = (
        _unique_live("uq_asesmen_nilai_kode", "asesmen_id", "kompetensi_kode"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asesmen_id: Mapped[int] = mapped_column(
        ForeignKey("asesmen.id", ondelete="CASCADE"), index=True
    )
    kompetensi_kode: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer)

    asesmen: Mapped[Asesmen] = relationship(back_populates="nilai")


class RencanaPengembangan(ExchangedRecord, Base):
    """The yearly competency development plan (AKPK, PP 11/2017 Ps. 205-207): drafted,
    approved by the superiors (atasan), the PyB and set by the PPK."""

    __tablename__ = "rencana_pengembangan"
    __table_args__ = (
        _unique_live("uq_rencana_pengembangan_tahun", "tahun"),
        CheckConstraint(_in("status", STATUS_RENCANA), name="status"),
        CheckConstraint("anggaran >= 0", name="anggaran"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # The budget the draft was fitted to, when it was generated.
    anggaran: Mapped[int] = mapped_column(BigInteger, default=0)
    dibuat_pada: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    disetujui_atasan_oleh: Mapped[str] = mapped_column(String(200), default="")
    disetujui_atasan_pada: Mapped[date | None] = mapped_column(Date, default=None)
    disetujui_pyb_oleh: Mapped[str] = mapped_column(String(200), default="")
    disetujui_pyb_pada: Mapped[date | None] = mapped_column(Date, default=None)
    ditetapkan_ppk_oleh: Mapped[str] = mapped_column(String(200), default="")
    ditetapkan_ppk_pada: Mapped[date | None] = mapped_column(Date, default=None)
    catatan: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[list[RencanaItem]] = relationship(
        back_populates="rencana", order_by="RencanaItem.urutan"
    )


class RencanaItem(ExchangedRecord, Base):
    """One need of one employee in the plan, with its route; the texts are what the plan
    prints (names as they were when it was generated)."""

    __tablename__ = "rencana_item"
    __table_args__ = (
        CheckConstraint("prioritas BETWEEN 1 AND 3", name="prioritas"),
        CheckConstraint("bulan BETWEEN 1 AND 12", name="bulan"),
        CheckConstraint("biaya >= 0 AND jp >= 0", name="biaya"),
        CheckConstraint("jalur IN ('klasikal', 'nonklasikal')", name="jalur"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rencana_id: Mapped[int] = mapped_column(
        ForeignKey("rencana_pengembangan.id", ondelete="CASCADE"), index=True
    )
    employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), default=None, index=True
    )
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    nip: Mapped[str] = mapped_column(String(18), default="")
    nama: Mapped[str] = mapped_column(String(200), default="")
    jabatan: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    kompetensi_kode: Mapped[str] = mapped_column(String(40), default="")
    kompetensi_nama: Mapped[str] = mapped_column(String(200), default="")
    standar: Mapped[int | None] = mapped_column(Integer, default=None)
    aktual: Mapped[int | None] = mapped_column(Integer, default=None)
    kesenjangan_kinerja: Mapped[str] = mapped_column(Text, default="")
    penyebab: Mapped[str] = mapped_column(Text, default="")
    jenis_diklat: Mapped[str] = mapped_column(String(4), default="")
    jalur: Mapped[str] = mapped_column(String(12), default="klasikal")
    rute: Mapped[str] = mapped_column(String(200), default="")
    penyelenggara: Mapped[str] = mapped_column(String(200), default="")
    bulan: Mapped[int] = mapped_column(Integer, default=1)
    jp: Mapped[float] = mapped_column(Float, default=0.0)
    biaya: Mapped[int] = mapped_column(BigInteger, default=0)
    prioritas: Mapped[int] = mapped_column(Integer, default=2)
    didanai: Mapped[bool] = mapped_column(Boolean, default=True)
    # What closing the gap fully would cost when a cheaper route was taken or nothing was.
    biaya_ideal: Mapped[int] = mapped_column(BigInteger, default=0)
    alasan: Mapped[str] = mapped_column(Text, default="")
    catatan: Mapped[str] = mapped_column(Text, default="")

    rencana: Mapped[RencanaPengembangan] = relationship(back_populates="item")


class Skm(ExchangedRecord, Base):
    """The public satisfaction survey (SKM, PermenPANRB 14/2017) of a service unit and year:
    the nine element means (1-4) when known, and the index with its mutu."""

    __tablename__ = "skm"
    __table_args__ = (
        _unique_live("uq_skm_unit_tahun", "unit_id", "tahun"),
        CheckConstraint("indeks BETWEEN 25 AND 100", name="indeks"),
        CheckConstraint("responden >= 0", name="responden"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id", ondelete="CASCADE"), index=True)
    tahun: Mapped[int] = mapped_column(Integer)
    u1: Mapped[float | None] = mapped_column(Float, default=None)
    u2: Mapped[float | None] = mapped_column(Float, default=None)
    u3: Mapped[float | None] = mapped_column(Float, default=None)
    u4: Mapped[float | None] = mapped_column(Float, default=None)
    u5: Mapped[float | None] = mapped_column(Float, default=None)
    u6: Mapped[float | None] = mapped_column(Float, default=None)
    u7: Mapped[float | None] = mapped_column(Float, default=None)
    u8: Mapped[float | None] = mapped_column(Float, default=None)
    u9: Mapped[float | None] = mapped_column(Float, default=None)
    indeks: Mapped[float] = mapped_column(Float)
    mutu: Mapped[str] = mapped_column(String(1))
    responden: Mapped[int] = mapped_column(Integer, default=0)
    catatan: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[OrgUnit] = relationship()
