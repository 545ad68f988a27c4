"""The employee register: organisation units, employees and their dated histories.

Columns use the domain's own words (nip, golongan, tmt, sk). The employee row carries its
*current* golongan, position and unit, copied from the newest history entry by the service,
so that the register can be filtered and sorted in SQL without joining the histories.
History rows keep the names as they were at the time (snapshots), because printed documents
must show what was true then, not what the catalogue says today.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asn_desktop.db.base import Base, ExchangedRecord


class AppMeta(Base):
    """Key/value facts about this database (agency, change counter, reference version)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OrgUnit(ExchangedRecord, Base):
    """A unit of the agency's tree: dinas > bidang > seksi/UPT.

    `path` is the materialised chain of ids ("/1/4/9/") so that "this unit and everything
    under it" is one indexed prefix match.
    """

    __tablename__ = "org_unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kode: Mapped[str] = mapped_column(String(40), unique=True)
    nama: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="RESTRICT"), default=None, index=True
    )
    path: Mapped[str] = mapped_column(String(400), default="/", index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    # Retired (tidak aktif) since this date: kept for the histories and exports, left out of
    # the tree the filters and pickers offer (services.org_units). None: in use.
    nonaktif_sejak: Mapped[date | None] = mapped_column(Date, default=None)
    # The unit's former names, oldest first, as JSON [{"nama", "kode", "sampai"}] ("sampai":
    # the ISO date the name changed); "" when it never changed.
    nama_sebelumnya: Mapped[str] = mapped_column(Text, default="", server_default="")

    parent: Mapped[OrgUnit | None] = relationship(remote_side="OrgUnit.id")


class Employee(ExchangedRecord, Base):
    __tablename__ = "employee"
    __table_args__ = (
        CheckConstraint("jenis_kelamin IN ('L', 'P')", name="jenis_kelamin"),
        CheckConstraint("status_kepegawaian IN ('CPNS', 'PNS', 'PPPK')", name="status"),
        CheckConstraint("length(nip) = 18", name="nip_length"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    nama: Mapped[str] = mapped_column(String(100), index=True)
    gelar_depan: Mapped[str] = mapped_column(String(60), default="")
    gelar_belakang: Mapped[str] = mapped_column(String(80), default="")
    tempat_lahir: Mapped[str] = mapped_column(String(80), default="")
    tanggal_lahir: Mapped[date] = mapped_column(Date)
    jenis_kelamin: Mapped[str] = mapped_column(String(1))
    status_kepegawaian: Mapped[str] = mapped_column(String(4), index=True)
    # SIASN kedudukanHukum code ("01" Aktif, "02" CLTN, ...), kept as text like SIASN does.
    kedudukan_hukum: Mapped[str] = mapped_column(String(2), default="01")
    nik: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    telepon: Mapped[str] = mapped_column(String(30), default="")
    alamat: Mapped[str] = mapped_column(Text, default="")
    tmt_cpns: Mapped[date | None] = mapped_column(Date, default=None)
    tmt_pns: Mapped[date | None] = mapped_column(Date, default=None)

    # Current state, maintained by the service from the newest history entry.
    golongan_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    tmt_golongan: Mapped[date | None] = mapped_column(Date, default=None)
    jabatan_nama: Mapped[str] = mapped_column(String(300), default="")
    jenis_jabatan: Mapped[str] = mapped_column(String(30), default="")
    jenjang: Mapped[str] = mapped_column(String(2), default="")
    usia_bup_jabatan: Mapped[int | None] = mapped_column(Integer, default=None)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="RESTRICT"), default=None, index=True
    )
    # Derived, for the register only (not exchanged, no revision of their own): the name as
    # printed in search form (domain.nama.nama_cari) and the current unit's name, so that
    # searching by titles and sorting by unit read one indexed row without a join.
    nama_cari: Mapped[str] = mapped_column(String(300), default="")
    unit_nama: Mapped[str] = mapped_column(String(200), default="")

    # Leaving the agency (domain.pemberhentian): "" while the person works here.
    keluar: Mapped[str] = mapped_column(String(20), default="")
    keluar_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    keluar_alasan: Mapped[str] = mapped_column(Text, default="")
    keluar_sk_nomor: Mapped[str] = mapped_column(String(100), default="")
    keluar_sk_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    keluar_instansi: Mapped[str] = mapped_column(String(200), default="")
    # The kedudukan hukum before leaving, restored when a leaving recorded in error is undone.
    kedudukan_sebelum_keluar: Mapped[str] = mapped_column(String(2), default="")

    unit: Mapped[OrgUnit | None] = relationship()
    rank_history: Mapped[list[RankHistory]] = relationship(
        back_populates="employee", order_by="RankHistory.tmt"
    )
    position_history: Mapped[list[PositionHistory]] = relationship(
        back_populates="employee", order_by="PositionHistory.tmt"
    )
    unit_history: Mapped[list[UnitHistory]] = relationship(
        back_populates="employee", order_by="UnitHistory.tmt"
    )


class _DecreeColumns:
    """Every history entry is backed by a decree (SK) and takes effect on its TMT."""

    tmt: Mapped[date] = mapped_column(Date)
    sk_nomor: Mapped[str] = mapped_column(String(100), default="")
    sk_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    keterangan: Mapped[str] = mapped_column(Text, default="")


class RankHistory(ExchangedRecord, _DecreeColumns, Base):
    """Riwayat pangkat/golongan."""

    __tablename__ = "rank_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    golongan_id: Mapped[int] = mapped_column(Integer)
    # SIASN kenaikanPangkat id (101 Reguler, 201.. Pilihan); empty for the first appointment.
    jenis_kp: Mapped[str] = mapped_column(String(10), default="")
    masa_kerja_tahun: Mapped[int] = mapped_column(Integer, default=0)
    masa_kerja_bulan: Mapped[int] = mapped_column(Integer, default=0)
    # A grade lower than the one before is only a demotion (hukuman disiplin penurunan
    # pangkat), and says why.
    penurunan_alasan: Mapped[str] = mapped_column(Text, default="")

    employee: Mapped[Employee] = relationship(back_populates="rank_history")


class PositionHistory(ExchangedRecord, _DecreeColumns, Base):
    """Riwayat jabatan, with the position's name as it was (snapshot)."""

    __tablename__ = "position_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    jenis_jabatan: Mapped[str] = mapped_column(String(30))
    jabatan_nama: Mapped[str] = mapped_column(String(300))
    # SIASN catalogue id (jabatanPelaksana / jabatanFungsional) when chosen from it.
    ref_jabatan_id: Mapped[str] = mapped_column(String(40), default="")
    jenjang: Mapped[str] = mapped_column(String(2), default="")
    eselon: Mapped[str] = mapped_column(String(2), default="")
    # SIASN jenisPenugasan: D definitif, PLT, PLH, ...
    jenis_penugasan: Mapped[str] = mapped_column(String(4), default="D")
    unit_nama: Mapped[str] = mapped_column(String(200), default="")
    # BUP of this position from the catalogue (jabatanFungsional.usiaBup) when it has one.
    usia_bup: Mapped[int | None] = mapped_column(Integer, default=None)

    employee: Mapped[Employee] = relationship(back_populates="position_history")


class UnitHistory(ExchangedRecord, _DecreeColumns, Base):
    """Riwayat unit kerja (placement), with the unit's name as it was."""

    __tablename__ = "unit_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="SET NULL"), default=None, index=True
    )
    unit_nama: Mapped[str] = mapped_column(String(200))

    employee: Mapped[Employee] = relationship(back_populates="unit_history")
