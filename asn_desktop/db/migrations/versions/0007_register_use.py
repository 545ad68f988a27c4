"""The register as a clerk uses it: leaving the agency, search by titles, every column sorted
by an index with ties by name, demotions in the rank history.

Revision ID: 0007_register_use
Revises: 0006_competency

- employee.keluar* record how and when a person left (domain.pemberhentian); the record stays.
- employee.nama_cari is the printed name (titles included) in search form, filled here for
  every existing row with the same function the services use.
- employee.unit_nama is the current unit's name, a sort cache kept by the services.
- rank_history.penurunan_alasan: the reason of a demotion.
- The register's sort indexes are replaced by one per sortable column of the form
  (column, name, ...): ties are ordered by name, and the scan in index order needs no sort
  step, so every column sorts about as fast as the NIP. They stay partial on live rows and
  carry `keluar` (the active/nonactive filter) so the filter is read from the index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from asn_desktop.domain.nama import nama_cari

revision = "0007_register_use"
down_revision = "0006_competency"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
_OLD_INDEXES = (
    "ix_employee_golongan_live",
    "ix_employee_nip_live",
    "ix_employee_jabatan_nama_caseless",
    "ix_employee_nama_caseless",
)
# sort key column -> caseless?
SORT_INDEXES: tuple[tuple[str, bool], ...] = (
    ("golongan_id", False),
    ("jabatan_nama", True),
    ("unit_nama", True),
    ("status_kepegawaian", False),
    ("tanggal_lahir", False),
    ("tmt_golongan", False),
    ("tmt_cpns", False),
    ("kedudukan_hukum", False),
    ("keluar_tanggal", False),
)
# What every register query filters on, carried after the order so that SQLite answers the
# query from the index alone (a partial index on deleted_at would not be covering: SQLite
# reads the table for the condition's column).
_FILTER = ("keluar", "deleted_at")
# And what a search reads, carried by the name index.
_SEARCHED = ("nama_cari", "nip", "unit_id", "golongan_id", "status_kepegawaian", "jenis_jabatan")


def _caseless(column: str, dialect: str) -> sa.TextClause:
    if dialect == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f"lower({column})")


def _index(name: str, columns: list[sa.TextClause | str], dialect: str) -> None:
    if dialect == "sqlite":
        op.create_index(name, "employee", columns)
    else:
        # PostgreSQL reads the heap for the filter anyway; a partial index is smaller.
        op.create_index(name, "employee", columns, postgresql_where=sa.text(LIVE))


def sort_index_columns(column: str, caseless: bool, dialect: str) -> list[sa.TextClause | str]:
    """(column, name, id): services.employees.order_by; then the filter on SQLite."""
    key = _caseless(column, dialect) if caseless else column
    tail = list(_FILTER) if dialect == "sqlite" else []
    return [key, _caseless("nama", dialect), "id", *tail]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("employee") as batch:
        batch.add_column(sa.Column("nama_cari", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("unit_nama", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("keluar", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("keluar_tanggal", sa.Date(), nullable=True))
        batch.add_column(sa.Column("keluar_alasan", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("keluar_sk_nomor", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("keluar_sk_tanggal", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("keluar_instansi", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("kedudukan_sebelum_keluar", sa.String(2), nullable=False, server_default="")
        )
    with op.batch_alter_table("rank_history") as batch:
        batch.add_column(
            sa.Column("penurunan_alasan", sa.Text(), nullable=False, server_default="")
        )

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, gelar_depan, nama, gelar_belakang FROM employee")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE employee SET nama_cari = :cari WHERE id = :id"),
            [{"id": r[0], "cari": nama_cari(r[1], r[2], r[3])} for r in rows],
        )
    conn.execute(
        sa.text(
            "UPDATE employee SET unit_nama = COALESCE("
            "(SELECT nama FROM org_unit WHERE org_unit.id = employee.unit_id), '')"
        )
    )

    for name in _OLD_INDEXES:
        op.drop_index(name, table_name="employee")
    sqlite = dialect == "sqlite"
    nama = [_caseless("nama", dialect), "id", *((*_FILTER, *_SEARCHED) if sqlite else ())]
    _index("ix_employee_sort_nama", nama, dialect)
    _index("ix_employee_sort_nip", ["nip", *(_FILTER if sqlite else ())], dialect)
    for column, caseless in SORT_INDEXES:
        _index(f"ix_employee_sort_{column}", sort_index_columns(column, caseless, dialect), dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for column, _ in SORT_INDEXES:
        op.drop_index(f"ix_employee_sort_{column}", table_name="employee")
    op.drop_index("ix_employee_sort_nip", table_name="employee")
    op.drop_index("ix_employee_sort_nama", table_name="employee")
    with op.batch_alter_table("rank_history") as batch:
        batch.drop_column("penurunan_alasan")
    with op.batch_alter_table("employee") as batch:
        for column in (
            "kedudukan_sebelum_keluar",
            "keluar_instansi",
            "keluar_sk_tanggal",
            "keluar_sk_nomor",
            "keluar_alasan",
            "keluar_tanggal",
            "keluar",
            "unit_nama",
            "nama_cari",
        ):
            batch.drop_column(column)
    filtered = ("nip", "unit_id", "golongan_id", "status_kepegawaian")

    def live(name: str, columns: list[sa.TextClause | str]) -> None:
        op.create_index(
            name,
            "employee",
            columns,
            sqlite_where=sa.text(LIVE),
            postgresql_where=sa.text(LIVE),
        )

    live("ix_employee_nama_caseless", [_caseless("nama", dialect), *filtered])
    live(
        "ix_employee_jabatan_nama_caseless",
        [_caseless("jabatan_nama", dialect), "nama", *filtered],
    )
    live("ix_employee_nip_live", ["nip"])
    live("ix_employee_golongan_live", ["golongan_id"])
