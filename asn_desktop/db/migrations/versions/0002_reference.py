"""SIASN reference catalogues: positions, education, small code lists.

Revision ID: 0002_reference
Revises: 0001_register
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reference"
down_revision = '0001_register'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ref_code',
    sa.Column('catalogue', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('nama', sa.Text(), nullable=False),
    sa.Column('extra', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('catalogue', 'code', name=op.f('pk_ref_code'))
    )
    op.create_table('ref_jabatan',
    sa.Column('katalog', sa.String(length=12), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('nama', sa.String(length=300), nullable=False),
    sa.Column('jenis_jabatan', sa.String(length=30), nullable=False),
    sa.Column('jenjang', sa.String(length=2), nullable=False),
    sa.Column('usia_bup', sa.Integer(), nullable=True),
    sa.Column('kode_cepat', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('katalog', 'id', name=op.f('pk_ref_jabatan'))
    )
    with op.batch_alter_table('ref_jabatan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ref_jabatan_nama'), ['nama'], unique=False)

    op.create_table('ref_pendidikan',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('nama', sa.String(length=300), nullable=False),
    sa.Column('tingkat_id', sa.String(length=4), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ref_pendidikan'))
    )
    with op.batch_alter_table('ref_pendidikan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ref_pendidikan_nama'), ['nama'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ref_pendidikan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ref_pendidikan_nama'))

    op.drop_table('ref_pendidikan')
    with op.batch_alter_table('ref_jabatan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ref_jabatan_nama'))

    op.drop_table('ref_jabatan')
    op.drop_table('ref_code')

