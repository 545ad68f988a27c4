"""Declarative base and the columns every exchanged record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints make Alembic's batch mode (needed for ALTER on SQLite) deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


class ExchangedRecord:
    """Columns that let a record travel between an agency and BKPSDM.

    Local integer keys never leave the machine; the UUID is the record's identity everywhere.
    `revision` grows by one on every change and decides staleness on import. `change_seq`
    is this database's global write counter at the last change, so an export can take
    "everything changed since the last bundle". A deleted record keeps its row with
    `deleted_at` set, so that the deletion itself can be exported.
    """

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    origin_agency: Mapped[str] = mapped_column(String(40), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The database itself refuses a stale write: every UPDATE of a record carries
        # "WHERE revision = <the revision this session read>", so of two clerks who read
        # the same revision only the first to commit wins, on PostgreSQL as on SQLite.
        # The revision is set by services.database.stamp_change (generator off), because
        # it is also the exchange's revision and moves by exactly one per change.
        table = cls.__table__  # type: ignore[attr-defined]
        return {"version_id_col": table.c.revision, "version_id_generator": False}
