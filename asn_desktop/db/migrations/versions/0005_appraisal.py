"""Performance appraisal: SKP, evaluations, finalised versions, signed copies, capaian.

Revision ID: 0005_appraisal
Revises: 0004_users_audit

New tables only; nothing existing changes, so upgrading an agency's database keeps every
record as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_appraisal"
down_revision = "0004_users_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('berkas',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ukuran', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_berkas'))
    )
    op.create_table('capaian_organisasi',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('capaian', sa.String(length=20), nullable=False),
    sa.Column('keterangan', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("capaian IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')", name=op.f('ck_capaian_organisasi_capaian')),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_capaian_organisasi_unit_id_org_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_capaian_organisasi')),
    sa.UniqueConstraint('uuid', name=op.f('uq_capaian_organisasi_uuid'))
    )
    op.create_index(op.f('ix_capaian_organisasi_change_seq'), 'capaian_organisasi', ['change_seq'], unique=False)
    op.create_index('uq_capaian_instansi', 'capaian_organisasi', ['tahun'], unique=True, sqlite_where=sa.text('unit_id IS NULL'), postgresql_where=sa.text('unit_id IS NULL'))
    op.create_index('uq_capaian_unit', 'capaian_organisasi', ['tahun', 'unit_id'], unique=True, sqlite_where=sa.text('unit_id IS NOT NULL'), postgresql_where=sa.text('unit_id IS NOT NULL'))
    op.create_table('skp',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('skema', sa.String(length=24), nullable=False),
    sa.Column('jenis_periode', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('penilai_id', sa.Integer(), nullable=True),
    sa.Column('penilai_status', sa.String(length=7), nullable=False),
    sa.Column('penilai_nama', sa.String(length=200), nullable=False),
    sa.Column('penilai_nip', sa.String(length=18), nullable=False),
    sa.Column('penilai_pangkat', sa.String(length=100), nullable=False),
    sa.Column('penilai_jabatan', sa.String(length=300), nullable=False),
    sa.Column('penilai_unit', sa.String(length=200), nullable=False),
    sa.Column('atasan_id', sa.Integer(), nullable=True),
    sa.Column('atasan_status', sa.String(length=7), nullable=False),
    sa.Column('atasan_nama', sa.String(length=200), nullable=False),
    sa.Column('atasan_nip', sa.String(length=18), nullable=False),
    sa.Column('atasan_pangkat', sa.String(length=100), nullable=False),
    sa.Column('atasan_jabatan', sa.String(length=300), nullable=False),
    sa.Column('atasan_unit', sa.String(length=200), nullable=False),
    sa.CheckConstraint("atasan_status IN ('ASN', 'NON ASN')", name=op.f('ck_skp_atasan_status')),
    sa.CheckConstraint("penilai_status IN ('ASN', 'NON ASN')", name=op.f('ck_skp_penilai_status')),
    sa.CheckConstraint("skema IN ('permenpanrb_6_2022', 'permenpanrb_8_2021', 'pp_46_2011')", name=op.f('ck_skp_skema')),
    sa.CheckConstraint('tahun BETWEEN 1970 AND 2100', name=op.f('ck_skp_tahun')),
    sa.ForeignKeyConstraint(['atasan_id'], ['employee.id'], name=op.f('fk_skp_atasan_id_employee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_skp_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['penilai_id'], ['employee.id'], name=op.f('fk_skp_penilai_id_employee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_skp_unit_id_org_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skp_uuid'))
    )
    op.create_index(op.f('ix_skp_change_seq'), 'skp', ['change_seq'], unique=False)
    op.create_index(op.f('ix_skp_employee_id'), 'skp', ['employee_id'], unique=False)
    op.create_index(op.f('ix_skp_penilai_id'), 'skp', ['penilai_id'], unique=False)
    op.create_index(op.f('ix_skp_tahun'), 'skp', ['tahun'], unique=False)
    op.create_index(op.f('ix_skp_unit_id'), 'skp', ['unit_id'], unique=False)
    op.create_index('uq_skp_employee_tahun', 'skp', ['employee_id', 'tahun'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('evaluasi',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('skp_id', sa.Integer(), nullable=False),
    sa.Column('periode', sa.String(length=6), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('versi', sa.Integer(), nullable=False),
    sa.Column('rating_hasil_kerja', sa.String(length=10), nullable=True),
    sa.Column('rating_perilaku', sa.String(length=10), nullable=True),
    sa.Column('predikat', sa.String(length=20), nullable=False),
    sa.Column('capaian_organisasi', sa.String(length=20), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=False),
    sa.Column('tanggal_penetapan', sa.Date(), nullable=True),
    sa.Column('nilai_skp', sa.Float(), nullable=True),
    sa.Column('nilai_perilaku', sa.Float(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("rating_hasil_kerja IS NULL OR rating_hasil_kerja IN ('di_atas', 'sesuai', 'di_bawah')", name=op.f('ck_evaluasi_rating_hasil_kerja')),
    sa.CheckConstraint("rating_perilaku IS NULL OR rating_perilaku IN ('di_atas', 'sesuai', 'di_bawah')", name=op.f('ck_evaluasi_rating_perilaku')),
    sa.CheckConstraint("status IN ('draft', 'final', 'reopened')", name=op.f('ck_evaluasi_status')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_evaluasi_skp_id_skp'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluasi_uuid'))
    )
    op.create_index(op.f('ix_evaluasi_change_seq'), 'evaluasi', ['change_seq'], unique=False)
    op.create_index(op.f('ix_evaluasi_predikat'), 'evaluasi', ['predikat'], unique=False)
    op.create_index(op.f('ix_evaluasi_skp_id'), 'evaluasi', ['skp_id'], unique=False)
    op.create_index(op.f('ix_evaluasi_status'), 'evaluasi', ['status'], unique=False)
    op.create_index('uq_evaluasi_skp_periode', 'evaluasi', ['skp_id', 'periode'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('skp_perilaku',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('skp_id', sa.Integer(), nullable=False),
    sa.Column('kode', sa.String(length=40), nullable=False),
    sa.Column('urutan', sa.Integer(), nullable=False),
    sa.Column('ekspektasi', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_skp_perilaku_skp_id_skp'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp_perilaku')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skp_perilaku_uuid'))
    )
    op.create_index(op.f('ix_skp_perilaku_change_seq'), 'skp_perilaku', ['change_seq'], unique=False)
    op.create_index(op.f('ix_skp_perilaku_skp_id'), 'skp_perilaku', ['skp_id'], unique=False)
    op.create_index('uq_skp_perilaku_kode', 'skp_perilaku', ['skp_id', 'kode'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('skp_rhk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('skp_id', sa.Integer(), nullable=False),
    sa.Column('jenis', sa.String(length=8), nullable=False),
    sa.Column('urutan', sa.Integer(), nullable=False),
    sa.Column('rhk', sa.Text(), nullable=False),
    sa.Column('rhk_atasan_id', sa.Integer(), nullable=True),
    sa.Column('rhk_atasan', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("jenis IN ('utama', 'tambahan')", name=op.f('ck_skp_rhk_jenis')),
    sa.ForeignKeyConstraint(['rhk_atasan_id'], ['skp_rhk.id'], name=op.f('fk_skp_rhk_rhk_atasan_id_skp_rhk'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_skp_rhk_skp_id_skp'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp_rhk')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skp_rhk_uuid'))
    )
    op.create_index(op.f('ix_skp_rhk_change_seq'), 'skp_rhk', ['change_seq'], unique=False)
    op.create_index(op.f('ix_skp_rhk_skp_id'), 'skp_rhk', ['skp_id'], unique=False)
    op.create_table('evaluasi_perilaku',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluasi_id', sa.Integer(), nullable=False),
    sa.Column('kode', sa.String(length=40), nullable=False),
    sa.Column('umpan_balik', sa.Text(), nullable=False),
    sa.Column('rating', sa.String(length=10), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("rating IS NULL OR rating IN ('di_atas', 'sesuai', 'di_bawah')", name=op.f('ck_evaluasi_perilaku_rating')),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi.id'], name=op.f('fk_evaluasi_perilaku_evaluasi_id_evaluasi'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_perilaku')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluasi_perilaku_uuid'))
    )
    op.create_index(op.f('ix_evaluasi_perilaku_change_seq'), 'evaluasi_perilaku', ['change_seq'], unique=False)
    op.create_index(op.f('ix_evaluasi_perilaku_evaluasi_id'), 'evaluasi_perilaku', ['evaluasi_id'], unique=False)
    op.create_index('uq_evaluasi_perilaku', 'evaluasi_perilaku', ['evaluasi_id', 'kode'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('evaluasi_rhk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluasi_id', sa.Integer(), nullable=False),
    sa.Column('rhk_id', sa.Integer(), nullable=False),
    sa.Column('umpan_balik', sa.Text(), nullable=False),
    sa.Column('rating', sa.String(length=10), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("rating IS NULL OR rating IN ('di_atas', 'sesuai', 'di_bawah')", name=op.f('ck_evaluasi_rhk_rating')),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi.id'], name=op.f('fk_evaluasi_rhk_evaluasi_id_evaluasi'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rhk_id'], ['skp_rhk.id'], name=op.f('fk_evaluasi_rhk_rhk_id_skp_rhk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_rhk')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluasi_rhk_uuid'))
    )
    op.create_index(op.f('ix_evaluasi_rhk_change_seq'), 'evaluasi_rhk', ['change_seq'], unique=False)
    op.create_index(op.f('ix_evaluasi_rhk_evaluasi_id'), 'evaluasi_rhk', ['evaluasi_id'], unique=False)
    op.create_index('uq_evaluasi_rhk', 'evaluasi_rhk', ['evaluasi_id', 'rhk_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('evaluasi_versi',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluasi_id', sa.Integer(), nullable=False),
    sa.Column('versi', sa.Integer(), nullable=False),
    sa.Column('kode_dokumen', sa.String(length=16), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('predikat', sa.String(length=20), nullable=False),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finalised_by', sa.String(length=100), nullable=False),
    sa.Column('reopened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopened_by', sa.String(length=100), nullable=False),
    sa.Column('alasan_buka', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi.id'], name=op.f('fk_evaluasi_versi_evaluasi_id_evaluasi'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_versi')),
    sa.UniqueConstraint('kode_dokumen', name=op.f('uq_evaluasi_versi_kode_dokumen')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluasi_versi_uuid'))
    )
    op.create_index(op.f('ix_evaluasi_versi_change_seq'), 'evaluasi_versi', ['change_seq'], unique=False)
    op.create_index(op.f('ix_evaluasi_versi_evaluasi_id'), 'evaluasi_versi', ['evaluasi_id'], unique=False)
    op.create_index('uq_evaluasi_versi', 'evaluasi_versi', ['evaluasi_id', 'versi'], unique=True)
    op.create_table('skp_indikator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rhk_id', sa.Integer(), nullable=False),
    sa.Column('urutan', sa.Integer(), nullable=False),
    sa.Column('aspek', sa.String(length=10), nullable=False),
    sa.Column('indikator', sa.Text(), nullable=False),
    sa.Column('target', sa.String(length=300), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')", name=op.f('ck_skp_indikator_aspek')),
    sa.ForeignKeyConstraint(['rhk_id'], ['skp_rhk.id'], name=op.f('fk_skp_indikator_rhk_id_skp_rhk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp_indikator')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skp_indikator_uuid'))
    )
    op.create_index(op.f('ix_skp_indikator_change_seq'), 'skp_indikator', ['change_seq'], unique=False)
    op.create_index(op.f('ix_skp_indikator_rhk_id'), 'skp_indikator', ['rhk_id'], unique=False)
    op.create_table('dokumen_ttd',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('versi_id', sa.Integer(), nullable=False),
    sa.Column('tanggal_ttd', sa.Date(), nullable=False),
    sa.Column('berkas_sha256', sa.String(length=64), nullable=True),
    sa.Column('nama_berkas', sa.String(length=255), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['berkas_sha256'], ['berkas.sha256'], name=op.f('fk_dokumen_ttd_berkas_sha256_berkas'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['versi_id'], ['evaluasi_versi.id'], name=op.f('fk_dokumen_ttd_versi_id_evaluasi_versi'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dokumen_ttd')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dokumen_ttd_uuid'))
    )
    op.create_index(op.f('ix_dokumen_ttd_change_seq'), 'dokumen_ttd', ['change_seq'], unique=False)
    op.create_index(op.f('ix_dokumen_ttd_versi_id'), 'dokumen_ttd', ['versi_id'], unique=False)
    op.create_table('evaluasi_indikator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluasi_id', sa.Integer(), nullable=False),
    sa.Column('indikator_id', sa.Integer(), nullable=False),
    sa.Column('realisasi', sa.Text(), nullable=False),
    sa.Column('bukti', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi.id'], name=op.f('fk_evaluasi_indikator_evaluasi_id_evaluasi'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['indikator_id'], ['skp_indikator.id'], name=op.f('fk_evaluasi_indikator_indikator_id_skp_indikator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_indikator')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluasi_indikator_uuid'))
    )
    op.create_index(op.f('ix_evaluasi_indikator_change_seq'), 'evaluasi_indikator', ['change_seq'], unique=False)
    op.create_index(op.f('ix_evaluasi_indikator_evaluasi_id'), 'evaluasi_indikator', ['evaluasi_id'], unique=False)
    op.create_index('uq_evaluasi_indikator', 'evaluasi_indikator', ['evaluasi_id', 'indikator_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    for table in (
        "evaluasi_indikator", "dokumen_ttd", "skp_indikator", "evaluasi_versi", "evaluasi_rhk",
        "evaluasi_perilaku", "skp_rhk", "skp_perilaku", "evaluasi", "skp", "capaian_organisasi",
        "berkas",
    ):
        op.drop_table(table)
