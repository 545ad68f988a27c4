"""Who may use the database (accounts) and what they did (the audit trail).

Neither table is exchanged with BKPSDM: accounts are local to one office, and the audit
trail travels only as the head of its hash chain in a bundle's manifest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.db.base import Base, utc_now


class AppUser(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'operator', 'viewer')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(10))
    # Argon2id, PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # Two admins saving the same account at once: the database refuses the second.
    revision: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class AuditEntry(Base):
    """One row of the audit trail; see asn_desktop.domain.jejak_audit for the chain."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_subject", "subject_uuid"),
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_username", "username"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    # The person the entry is about (an employee's UUID for the employee, its histories and
    # its exports), for the personal-data dossier: the one UUID that is indexed. Every index
    # costs each audited edit a b-tree write (docs/benchmarks.md).
    subject_uuid: Mapped[str] = mapped_column(String(36), default="")
    # Readable name of the entity at the time ("Budi Santoso, 1985...", "Seksi Data").
    entity_label: Mapped[str] = mapped_column(String(200), default="")
    # {"field": [before, after], ...} as canonical JSON; never a password hash.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
