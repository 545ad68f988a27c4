"""Units: retired units kept, former names kept.

Revision ID: 0008_units
Revises: 0007_register_use

- org_unit.nonaktif_sejak: the date a unit was retired (tidak aktif). A retired unit keeps
  its row for the histories and exports but is no longer offered by filters and pickers.
- org_unit.nama_sebelumnya: the unit's former names with the date each changed (JSON).

Two added columns with defaults: existing units stay in use, with no former names.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_units"
down_revision = "0007_register_use"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("org_unit") as batch:
        batch.add_column(sa.Column("nonaktif_sejak", sa.Date(), nullable=True))
        batch.add_column(sa.Column("nama_sebelumnya", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("org_unit") as batch:
        batch.drop_column("nama_sebelumnya")
        batch.drop_column("nonaktif_sejak")
