"""Competency development: activities, participants, degree study, budget, standards,
assessments, the yearly plan (AKPK) and public satisfaction (SKM).

Revision ID: 0006_competency
Revises: 0005_appraisal

New tables only; nothing existing changes, so upgrading an agency's database keeps every
record as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_competency"
down_revision = "0005_appraisal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "anggaran_pelatihan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("sumber_dana", sa.String(length=20), nullable=False),
        sa.Column("jumlah", sa.BigInteger(), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_anggaran_pelatihan_jumlah")),
        sa.CheckConstraint("tahun BETWEEN 1970 AND 2100", name=op.f("ck_anggaran_pelatihan_tahun")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anggaran_pelatihan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_anggaran_pelatihan_uuid")),
    )
    with op.batch_alter_table("anggaran_pelatihan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_anggaran_pelatihan_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_anggaran_pelatihan_tahun"), ["tahun"], unique=False)
        batch_op.create_index(
            "uq_anggaran_pelatihan_tahun_sumber",
            ["tahun", "sumber_dana"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "kompetensi_teknis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kode", sa.String(length=40), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("deskripsi", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kompetensi_teknis")),
        sa.UniqueConstraint("uuid", name=op.f("uq_kompetensi_teknis_uuid")),
    )
    with op.batch_alter_table("kompetensi_teknis", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kompetensi_teknis_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            "uq_kompetensi_teknis_kode",
            ["kode"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "pelatihan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=300), nullable=False),
        sa.Column("jenis_diklat", sa.String(length=4), nullable=False),
        sa.Column("latihan_struktural", sa.String(length=4), nullable=False),
        sa.Column("klasikal", sa.Boolean(), nullable=False),
        sa.Column("penyelenggara", sa.String(length=200), nullable=False),
        sa.Column("tempat", sa.String(length=200), nullable=False),
        sa.Column("internasional", sa.Boolean(), nullable=False),
        sa.Column("mulai", sa.Date(), nullable=False),
        sa.Column("selesai", sa.Date(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("satuan", sa.String(length=12), nullable=False),
        sa.Column("jumlah", sa.Float(), nullable=False),
        sa.Column("jp", sa.Float(), nullable=False),
        sa.Column("aturan_versi", sa.String(length=60), nullable=False),
        sa.Column("aturan_dikonfirmasi", sa.Boolean(), nullable=False),
        sa.Column("kompetensi_kode", sa.String(length=40), nullable=False),
        sa.Column("biaya_rencana", sa.BigInteger(), nullable=False),
        sa.Column("biaya_realisasi", sa.BigInteger(), nullable=True),
        sa.Column("sumber_dana", sa.String(length=20), nullable=False),
        sa.Column("min_kehadiran", sa.Integer(), nullable=False),
        sa.Column("nilai_lulus", sa.Float(), nullable=True),
        sa.Column("reaksi_penyelenggara", sa.Float(), nullable=True),
        sa.Column("reaksi_fasilitas", sa.Float(), nullable=True),
        sa.Column("reaksi_pengajar", sa.Float(), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "satuan IN ('jp', 'hari', 'sesi', 'kunjungan', 'penempatan')",
            name=op.f("ck_pelatihan_satuan"),
        ),
        sa.CheckConstraint(
            "biaya_realisasi IS NULL OR biaya_realisasi >= 0",
            name=op.f("ck_pelatihan_biaya_realisasi"),
        ),
        sa.CheckConstraint("biaya_rencana >= 0", name=op.f("ck_pelatihan_biaya_rencana")),
        sa.CheckConstraint("jumlah >= 0 AND jp >= 0", name=op.f("ck_pelatihan_jp")),
        sa.CheckConstraint(
            "min_kehadiran BETWEEN 0 AND 100", name=op.f("ck_pelatihan_min_kehadiran")
        ),
        sa.CheckConstraint("selesai >= mulai", name=op.f("ck_pelatihan_tanggal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pelatihan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_pelatihan_uuid")),
    )
    with op.batch_alter_table("pelatihan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pelatihan_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pelatihan_jenis_diklat"), ["jenis_diklat"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pelatihan_kompetensi_kode"), ["kompetensi_kode"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pelatihan_penyelenggara"), ["penyelenggara"], unique=False
        )
        batch_op.create_index("ix_pelatihan_selesai", ["selesai"], unique=False)
        batch_op.create_index(batch_op.f("ix_pelatihan_tahun"), ["tahun"], unique=False)

    op.create_table(
        "rencana_pengembangan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("anggaran", sa.BigInteger(), nullable=False),
        sa.Column("dibuat_pada", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disetujui_atasan_oleh", sa.String(length=200), nullable=False),
        sa.Column("disetujui_atasan_pada", sa.Date(), nullable=True),
        sa.Column("disetujui_pyb_oleh", sa.String(length=200), nullable=False),
        sa.Column("disetujui_pyb_pada", sa.Date(), nullable=True),
        sa.Column("ditetapkan_ppk_oleh", sa.String(length=200), nullable=False),
        sa.Column("ditetapkan_ppk_pada", sa.Date(), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'disetujui_atasan', 'disetujui_pyb', 'ditetapkan_ppk')",
            name=op.f("ck_rencana_pengembangan_status"),
        ),
        sa.CheckConstraint("anggaran >= 0", name=op.f("ck_rencana_pengembangan_anggaran")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rencana_pengembangan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rencana_pengembangan_uuid")),
    )
    with op.batch_alter_table("rencana_pengembangan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rencana_pengembangan_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            "uq_rencana_pengembangan_tahun",
            ["tahun"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "standar_kompetensi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jenis_jabatan", sa.String(length=30), nullable=False),
        sa.Column("jabatan_nama", sa.String(length=300), nullable=False),
        sa.Column("jabatan_kunci", sa.String(length=300), nullable=False),
        sa.Column("kompetensi_kode", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_standar_kompetensi_level")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standar_kompetensi")),
        sa.UniqueConstraint("uuid", name=op.f("uq_standar_kompetensi_uuid")),
    )
    with op.batch_alter_table("standar_kompetensi", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_standar_kompetensi_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_standar_kompetensi_jabatan_kunci"), ["jabatan_kunci"], unique=False
        )
        batch_op.create_index(
            "uq_standar_kompetensi",
            ["jenis_jabatan", "jabatan_kunci", "kompetensi_kode"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "skm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("u1", sa.Float(), nullable=True),
        sa.Column("u2", sa.Float(), nullable=True),
        sa.Column("u3", sa.Float(), nullable=True),
        sa.Column("u4", sa.Float(), nullable=True),
        sa.Column("u5", sa.Float(), nullable=True),
        sa.Column("u6", sa.Float(), nullable=True),
        sa.Column("u7", sa.Float(), nullable=True),
        sa.Column("u8", sa.Float(), nullable=True),
        sa.Column("u9", sa.Float(), nullable=True),
        sa.Column("indeks", sa.Float(), nullable=False),
        sa.Column("mutu", sa.String(length=1), nullable=False),
        sa.Column("responden", sa.Integer(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("indeks BETWEEN 25 AND 100", name=op.f("ck_skm_indeks")),
        sa.CheckConstraint("responden >= 0", name=op.f("ck_skm_responden")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_unit.id"], name=op.f("fk_skm_unit_id_org_unit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skm")),
        sa.UniqueConstraint("uuid", name=op.f("uq_skm_uuid")),
    )
    with op.batch_alter_table("skm", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skm_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_skm_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            "uq_skm_unit_tahun",
            ["unit_id", "tahun"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "asesmen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("asesor", sa.String(length=200), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_asesmen_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asesmen")),
        sa.UniqueConstraint("uuid", name=op.f("uq_asesmen_uuid")),
    )
    with op.batch_alter_table("asesmen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asesmen_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            "ix_asesmen_employee_tanggal", ["employee_id", "tanggal"], unique=False
        )

    op.create_table(
        "peserta_pelatihan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pelatihan_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kehadiran", sa.Integer(), nullable=False),
        sa.Column("nilai_pre", sa.Float(), nullable=True),
        sa.Column("nilai_post", sa.Float(), nullable=True),
        sa.Column("hasil", sa.String(length=12), nullable=False),
        sa.Column("sttp_nomor", sa.String(length=100), nullable=False),
        sa.Column("sttp_tanggal", sa.Date(), nullable=True),
        sa.Column("sertifikat_sha256", sa.String(length=64), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "hasil IN ('mengikuti', 'lulus', 'tidak_lulus')",
            name=op.f("ck_peserta_pelatihan_hasil"),
        ),
        sa.CheckConstraint(
            "kehadiran BETWEEN 0 AND 100", name=op.f("ck_peserta_pelatihan_kehadiran")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_peserta_pelatihan_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pelatihan_id"],
            ["pelatihan.id"],
            name=op.f("fk_peserta_pelatihan_pelatihan_id_pelatihan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sertifikat_sha256"],
            ["berkas.sha256"],
            name=op.f("fk_peserta_pelatihan_sertifikat_sha256_berkas"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peserta_pelatihan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_peserta_pelatihan_uuid")),
    )
    with op.batch_alter_table("peserta_pelatihan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_peserta_pelatihan_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_peserta_pelatihan_employee_id"), ["employee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_peserta_pelatihan_pelatihan_id"), ["pelatihan_id"], unique=False
        )
        batch_op.create_index(
            "uq_peserta_pelatihan_employee",
            ["pelatihan_id", "employee_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "rencana_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rencana_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("jabatan", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("kompetensi_kode", sa.String(length=40), nullable=False),
        sa.Column("kompetensi_nama", sa.String(length=200), nullable=False),
        sa.Column("standar", sa.Integer(), nullable=True),
        sa.Column("aktual", sa.Integer(), nullable=True),
        sa.Column("kesenjangan_kinerja", sa.Text(), nullable=False),
        sa.Column("penyebab", sa.Text(), nullable=False),
        sa.Column("jenis_diklat", sa.String(length=4), nullable=False),
        sa.Column("jalur", sa.String(length=12), nullable=False),
        sa.Column("rute", sa.String(length=200), nullable=False),
        sa.Column("penyelenggara", sa.String(length=200), nullable=False),
        sa.Column("bulan", sa.Integer(), nullable=False),
        sa.Column("jp", sa.Float(), nullable=False),
        sa.Column("biaya", sa.BigInteger(), nullable=False),
        sa.Column("prioritas", sa.Integer(), nullable=False),
        sa.Column("didanai", sa.Boolean(), nullable=False),
        sa.Column("biaya_ideal", sa.BigInteger(), nullable=False),
        sa.Column("alasan", sa.Text(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "jalur IN ('klasikal', 'nonklasikal')", name=op.f("ck_rencana_item_jalur")
        ),
        sa.CheckConstraint("biaya >= 0 AND jp >= 0", name=op.f("ck_rencana_item_biaya")),
        sa.CheckConstraint("bulan BETWEEN 1 AND 12", name=op.f("ck_rencana_item_bulan")),
        sa.CheckConstraint("prioritas BETWEEN 1 AND 3", name=op.f("ck_rencana_item_prioritas")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_rencana_item_employee_id_employee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rencana_id"],
            ["rencana_pengembangan.id"],
            name=op.f("fk_rencana_item_rencana_id_rencana_pengembangan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rencana_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rencana_item_uuid")),
    )
    with op.batch_alter_table("rencana_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rencana_item_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rencana_item_employee_id"), ["employee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rencana_item_rencana_id"), ["rencana_id"], unique=False
        )

    op.create_table(
        "tugas_belajar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("jenis", sa.String(length=14), nullable=False),
        sa.Column("jenjang", sa.String(length=10), nullable=False),
        sa.Column("program_studi", sa.String(length=200), nullable=False),
        sa.Column("institusi", sa.String(length=200), nullable=False),
        sa.Column("internasional", sa.Boolean(), nullable=False),
        sa.Column("mulai", sa.Date(), nullable=False),
        sa.Column("selesai", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("sk_nomor", sa.String(length=100), nullable=False),
        sa.Column("biaya", sa.BigInteger(), nullable=False),
        sa.Column("sumber_dana", sa.String(length=20), nullable=False),
        sa.Column("aturan_versi", sa.String(length=60), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "jenis IN ('tugas_belajar', 'izin_belajar')", name=op.f("ck_tugas_belajar_jenis")
        ),
        sa.CheckConstraint(
            "status IN ('berjalan', 'lulus', 'berhenti')", name=op.f("ck_tugas_belajar_status")
        ),
        sa.CheckConstraint("biaya >= 0", name=op.f("ck_tugas_belajar_biaya")),
        sa.CheckConstraint(
            "selesai IS NULL OR selesai >= mulai", name=op.f("ck_tugas_belajar_tanggal")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_tugas_belajar_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tugas_belajar")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tugas_belajar_uuid")),
    )
    with op.batch_alter_table("tugas_belajar", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tugas_belajar_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_tugas_belajar_employee_id"), ["employee_id"], unique=False
        )

    op.create_table(
        "asesmen_nilai",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asesmen_id", sa.Integer(), nullable=False),
        sa.Column("kompetensi_kode", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("origin_agency", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_asesmen_nilai_level")),
        sa.ForeignKeyConstraint(
            ["asesmen_id"],
            ["asesmen.id"],
            name=op.f("fk_asesmen_nilai_asesmen_id_asesmen"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asesmen_nilai")),
        sa.UniqueConstraint("uuid", name=op.f("uq_asesmen_nilai_uuid")),
    )
    with op.batch_alter_table("asesmen_nilai", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_asesmen_nilai_asesmen_id"), ["asesmen_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_asesmen_nilai_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            "uq_asesmen_nilai_kode",
            ["asesmen_id", "kompetensi_kode"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    for table in (
        "asesmen_nilai",
        "tugas_belajar",
        "rencana_item",
        "peserta_pelatihan",
        "asesmen",
        "skm",
        "standar_kompetensi",
        "rencana_pengembangan",
        "pelatihan",
        "kompetensi_teknis",
        "anggaran_pelatihan",
    ):
        op.drop_table(table)
