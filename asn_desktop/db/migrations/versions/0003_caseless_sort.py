"""Indexes that let the register sort names and positions without regard to case.

Revision ID: 0003_caseless_sort
Revises: 0002_reference
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_caseless_sort"
down_revision = "0002_reference"
branch_labels = None
depends_on = None

# SQLite orders by a column's COLLATE NOCASE form; PostgreSQL by lower(column).
_INDEXES = {
    "ix_employee_nama_caseless": "nama",
    "ix_employee_jabatan_nama_caseless": "jabatan_nama",
}


def _expression(column: str) -> sa.TextClause:
    if op.get_bind().dialect.name == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f"lower({column})")


def upgrade() -> None:
    for name, column in _INDEXES.items():
        op.create_index(name, "employee", [_expression(column)])


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="employee")
