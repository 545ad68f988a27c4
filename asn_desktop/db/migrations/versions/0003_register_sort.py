"""Indexes for sorting the register: caseless names and positions, NIP and golongan.

Revision ID: 0003_register_sort
Revises: 0002_reference

Every register query reads live rows only (deleted_at IS NULL), so the indexes are partial
on that condition: an index scan then needs no lookups into the table to skip tombstones.
Text typed by clerks and imported from SIASN mixes "AHMAD", "Ahmad" and "ahmad", so names
and positions sort without regard to case (SQLite: COLLATE NOCASE; PostgreSQL: lower()).
The name and position indexes also carry the columns the register filters and searches on,
so a search while sorted by name or position is answered from the index alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_register_sort"
down_revision = "0002_reference"
branch_labels = None
depends_on = None

_FILTERED = ("nip", "unit_id", "golongan_id", "status_kepegawaian")
LIVE = "deleted_at IS NULL"


def _caseless(column: str) -> sa.TextClause:
    if op.get_bind().dialect.name == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f"lower({column})")


def _index(name: str, columns: list[sa.TextClause | str]) -> None:
    op.create_index(
        name,
        "employee",
        columns,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )


def upgrade() -> None:
    _index("ix_employee_nama_caseless", [_caseless("nama"), *_FILTERED])
    _index("ix_employee_jabatan_nama_caseless", [_caseless("jabatan_nama"), "nama", *_FILTERED])
    _index("ix_employee_nip_live", ["nip"])
    _index("ix_employee_golongan_live", ["golongan_id"])


def downgrade() -> None:
    for name in (
        "ix_employee_golongan_live",
        "ix_employee_nip_live",
        "ix_employee_jabatan_nama_caseless",
        "ix_employee_nama_caseless",
    ):
        op.drop_index(name, table_name="employee")
