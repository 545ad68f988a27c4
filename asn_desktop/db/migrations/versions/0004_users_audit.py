"""Accounts and the hash-chained audit trail.

Revision ID: 0004_users_audit
Revises: 0003_register_sort

A database upgraded from 0003 has no accounts: the program asks for the first
administrator before anything else (GUI set-up dialog, or `asn-desktop users add NAME
--role admin`). There is never a default password.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_users_audit"
down_revision = "0003_register_sort"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('admin', 'operator', 'viewer')", name=op.f("ck_app_user_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("subject_uuid", sa.String(length=36), nullable=False),
        sa.Column("entity_label", sa.String(length=200), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_log_seq")),
    )
    op.create_index("ix_audit_log_subject", "audit_log", ["subject_uuid"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_username", "audit_log", ["username"])
    # The chain's head ("seq:hash") exists from the start, so that two first writers on
    # PostgreSQL lock the same row instead of both inserting it.
    app_meta = sa.table("app_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(app_meta, [{"key": "audit_head", "value": "0:" + "0" * 64}])


def downgrade() -> None:
    op.execute("DELETE FROM app_meta WHERE key = 'audit_head'")
    op.drop_table("audit_log")
    op.drop_table("app_user")
