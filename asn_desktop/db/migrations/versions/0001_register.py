"""Employee register: organisation units, employees, rank/position/unit histories.

Revision ID: 0001_register
Revises: None
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_register"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('org_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kode', sa.String(length=40), nullable=False),
    sa.Column('nama', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('path', sa.String(length=400), nullable=False),
    sa.Column('urutan', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['org_unit.id'], name=op.f('fk_org_unit_parent_id_org_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_unit')),
    sa.UniqueConstraint('kode', name=op.f('uq_org_unit_kode')),
    sa.UniqueConstraint('uuid', name=op.f('uq_org_unit_uuid'))
    )
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_unit_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_path'), ['path'], unique=False)

    op.create_table('employee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nip', sa.String(length=18), nullable=False),
    sa.Column('nama', sa.String(length=100), nullable=False),
    sa.Column('gelar_depan', sa.String(length=60), nullable=False),
    sa.Column('gelar_belakang', sa.String(length=80), nullable=False),
    sa.Column('tempat_lahir', sa.String(length=80), nullable=False),
    sa.Column('tanggal_lahir', sa.Date(), nullable=False),
    sa.Column('jenis_kelamin', sa.String(length=1), nullable=False),
    sa.Column('status_kepegawaian', sa.String(length=4), nullable=False),
    sa.Column('kedudukan_hukum', sa.String(length=2), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('telepon', sa.String(length=30), nullable=False),
    sa.Column('alamat', sa.Text(), nullable=False),
    sa.Column('tmt_cpns', sa.Date(), nullable=True),
    sa.Column('tmt_pns', sa.Date(), nullable=True),
    sa.Column('golongan_id', sa.Integer(), nullable=True),
    sa.Column('tmt_golongan', sa.Date(), nullable=True),
    sa.Column('jabatan_nama', sa.String(length=300), nullable=False),
    sa.Column('jenis_jabatan', sa.String(length=30), nullable=False),
    sa.Column('jenjang', sa.String(length=2), nullable=False),
    sa.Column('usia_bup_jabatan', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("jenis_kelamin IN ('L', 'P')", name=op.f('ck_employee_jenis_kelamin')),
    sa.CheckConstraint("status_kepegawaian IN ('CPNS', 'PNS', 'PPPK')", name=op.f('ck_employee_status')),
    sa.CheckConstraint('length(nip) = 18', name=op.f('ck_employee_nip_length')),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_employee_unit_id_org_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee')),
    sa.UniqueConstraint('nip', name=op.f('uq_employee_nip')),
    sa.UniqueConstraint('uuid', name=op.f('uq_employee_uuid'))
    )
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employee_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_golongan_id'), ['golongan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_nama'), ['nama'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_status_kepegawaian'), ['status_kepegawaian'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_unit_id'), ['unit_id'], unique=False)

    op.create_table('position_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('jenis_jabatan', sa.String(length=30), nullable=False),
    sa.Column('jabatan_nama', sa.String(length=300), nullable=False),
    sa.Column('ref_jabatan_id', sa.String(length=40), nullable=False),
    sa.Column('jenjang', sa.String(length=2), nullable=False),
    sa.Column('eselon', sa.String(length=2), nullable=False),
    sa.Column('jenis_penugasan', sa.String(length=4), nullable=False),
    sa.Column('unit_nama', sa.String(length=200), nullable=False),
    sa.Column('usia_bup', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tmt', sa.Date(), nullable=False),
    sa.Column('sk_nomor', sa.String(length=100), nullable=False),
    sa.Column('sk_tanggal', sa.Date(), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_position_history_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_history')),
    sa.UniqueConstraint('uuid', name=op.f('uq_position_history_uuid'))
    )
    with op.batch_alter_table('position_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_history_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_history_employee_id'), ['employee_id'], unique=False)

    op.create_table('rank_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('golongan_id', sa.Integer(), nullable=False),
    sa.Column('jenis_kp', sa.String(length=10), nullable=False),
    sa.Column('masa_kerja_tahun', sa.Integer(), nullable=False),
    sa.Column('masa_kerja_bulan', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tmt', sa.Date(), nullable=False),
    sa.Column('sk_nomor', sa.String(length=100), nullable=False),
    sa.Column('sk_tanggal', sa.Date(), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_rank_history_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rank_history')),
    sa.UniqueConstraint('uuid', name=op.f('uq_rank_history_uuid'))
    )
    with op.batch_alter_table('rank_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rank_history_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_rank_history_employee_id'), ['employee_id'], unique=False)

    op.create_table('unit_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_nama', sa.String(length=200), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('origin_agency', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tmt', sa.Date(), nullable=False),
    sa.Column('sk_nomor', sa.String(length=100), nullable=False),
    sa.Column('sk_tanggal', sa.Date(), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_unit_history_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_unit_history_unit_id_org_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_history')),
    sa.UniqueConstraint('uuid', name=op.f('uq_unit_history_uuid'))
    )
    with op.batch_alter_table('unit_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_history_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_history_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_history_unit_id'), ['unit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('unit_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_history_unit_id'))
        batch_op.drop_index(batch_op.f('ix_unit_history_employee_id'))
        batch_op.drop_index(batch_op.f('ix_unit_history_change_seq'))

    op.drop_table('unit_history')
    with op.batch_alter_table('rank_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rank_history_employee_id'))
        batch_op.drop_index(batch_op.f('ix_rank_history_change_seq'))

    op.drop_table('rank_history')
    with op.batch_alter_table('position_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_history_employee_id'))
        batch_op.drop_index(batch_op.f('ix_position_history_change_seq'))

    op.drop_table('position_history')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employee_unit_id'))
        batch_op.drop_index(batch_op.f('ix_employee_status_kepegawaian'))
        batch_op.drop_index(batch_op.f('ix_employee_nama'))
        batch_op.drop_index(batch_op.f('ix_employee_golongan_id'))
        batch_op.drop_index(batch_op.f('ix_employee_change_seq'))

    op.drop_table('employee')
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_unit_path'))
        batch_op.drop_index(batch_op.f('ix_org_unit_parent_id'))
        batch_op.drop_index(batch_op.f('ix_org_unit_change_seq'))

    op.drop_table('org_unit')
    op.drop_table('app_meta')

